// Firefox driver: puppeteer-core over WebDriver BiDi with the built MV2 add-on installed.
// Same interface as chromium.mjs. The add-on's UUID is pinned so moz-extension:// URLs are known.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIREFOX_EXT, FIREFOX_PATH, FIREFOX_UUID, GECKO_ID, assertBuilt } from './env.mjs';
import { consoleWatcher } from './console.mjs';
import { commonTab, UI_HOST_CANDIDATES } from './page.mjs';

const { errors: consoleErrors, watch: watchConsole } = consoleWatcher();

/**
 * Runs `fn(root, arg)` with Sourcelight's UI shadow root, open or closed, in the page's world:
 * WebDriver BiDi serialises a node's shadow root, closed ones too, when asked to
 * (includeShadowTree: 'all'). `fn(null, arg)` when there is no UI on the page.
 */
async function uiEvaluate(page, fn, arg) {
  const connection = page.browser().connection;
  const context = page.mainFrame()._id;
  const found = await connection.send('script.evaluate', {
    expression: UI_HOST_CANDIDATES, target: { context }, awaitPromise: false, resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const nodes = found.result?.result?.value ?? [];
  const root = nodes.map((n) => n.value?.shadowRoot).find((r) => r?.sharedId);
  const res = await connection.send('script.callFunction', {
    functionDeclaration: `async function (arg) { return JSON.stringify(await (${fn})(${root ? 'this' : 'null'}, JSON.parse(arg)) ?? null); }`,
    ...(root ? { this: { sharedId: root.sharedId } } : {}),
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context }, awaitPromise: true, resultOwnership: 'none',
  });
  const out = res.result;
  if (out?.type === 'exception') throw new Error(`uiEvaluate: ${out.exceptionDetails?.text}`);
  return JSON.parse(out?.result?.value ?? 'null');
}

const wrap = (page) => ({
  ...commonTab(page),
  uiEvaluate: (fn, arg) => uiEvaluate(page, fn, arg),
  /** Runs `fn(arg)` in the page's own world before any of its scripts, on every load. */
  addInitScript: (fn, arg) => page.evaluateOnNewDocument(fn, arg),
  /** A chord such as 'Alt+Shift+KeyN' or 'Escape': modifiers held while the last key is pressed. */
  async press(chord) {
    const keys = chord.split('+');
    const last = keys.pop();
    for (const k of keys) await page.keyboard.down(k);
    await page.keyboard.press(last);
    for (const k of keys.reverse()) await page.keyboard.up(k);
  },
  // BiDi's own command: puppeteer's setViewport also asks for a screen orientation override,
  // which Firefox 140 ESR does not know
  setViewport: (width, height) => page.browser().connection.send('browsingContext.setViewport', { context: page.mainFrame()._id, viewport: { width, height } }),
  screenshot: (file, { fullPage = false } = {}) => page.screenshot({ path: file, fullPage }),
  /** Chooses a file in a file input, as a person does through the file dialog. */
  setInputFile: async (selector, file) => (await page.$(selector)).uploadFile(file),
});

/**
 * @param {{ demo: { port: number, hosts: () => Promise<string[]> }, extDir?: string, headless?: boolean, executablePath?: string, proxy?: boolean, prefs?: Record<string, unknown> }} options
 *   proxy: route every request through the demo server's log (tests); off for a person's demo browser.
 *   prefs: more preferences (the store benchmark sets a download folder).
 */
export async function launchFirefox({ demo, extDir = FIREFOX_EXT, headless = true, executablePath = FIREFOX_PATH, proxy = true, prefs = {} }) {
  assertBuilt(extDir);
  const hosts = await demo.hosts();
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-firefox-'));
  const origin = `moz-extension://${FIREFOX_UUID}`;
  /** Requests seen through BiDi network events of the pages we opened (kept across restarts). */
  const requests = [];
  const watch = (page) => page.on('request', (req) => {
    const frameUrl = req.frame()?.url() ?? '';
    requests.push({ url: req.url(), method: req.method(), source: frameUrl.startsWith('moz-extension:') ? 'extension-page' : 'page' });
  });

  async function start() {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      // Release Firefox ignores puppeteer's dummy remote-settings server unless this is set; without it
      // Firefox's own settings sync would show in the privacy log beside what pages and the add-on ask.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'network.dns.localDomains': hosts.join(','),
        'dom.security.https_first': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // A temporary add-on is removed at shutdown; keep its data so a restart finds it again.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // Every HTTP(S) request, from pages and from the add-on alike, goes to the demo server,
        // which records it and forwards nothing (the privacy test reads its log).
        ...(proxy ? {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': demo.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': demo.port,
          'network.proxy.share_proxy_settings': true,
        } : {}),
        ...prefs,
      },
    });
    await browser.installExtension(extDir);
    return browser;
  }

  let browser = await start();
  let bgPage = null;

  /** Extension pages never fire their load event under BiDi: start, then wait for a document. */
  async function openExtensionPage(pathAndQuery) {
    const page = await browser.newPage();
    watch(page);
    page.goto(`${origin}/${pathAndQuery}`).catch(() => {});
    // Polled with evaluate: puppeteer's waitForFunction fails at once ("Waiting failed") in
    // moz-extension documents of Firefox 140; an evaluate in the blank document the tab opens with,
    // or one cut off by the navigation, is simply tried again.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page.evaluate(() => document.readyState !== 'loading' && location.protocol === 'moz-extension:').catch(() => false);
      if (ready) break;
      if (Date.now() >= deadline) throw new Error(`${pathAndQuery} did not load within 15 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return wrap(page);
  }

  return {
    name: 'firefox',
    requests,
    profile,
    extensionOrigin: origin,
    get browser() { return browser; },
    consoleErrors,
    async newPage() {
      const page = await browser.newPage();
      watch(page);
      watchConsole(page);
      return wrap(page);
    },
    /** Runs `fn(arg)` in an extension page: same origin as the background, so same IndexedDB and messaging. */
    async backgroundEval(fn, arg) {
      bgPage ??= await openExtensionPage('popup.html?e2e=background');
      return bgPage.evaluate(fn, arg);
    },
    openExtensionPage,
    /** Quits and starts the browser again on the same profile, installing the add-on again. */
    async restart() {
      await browser.close();
      bgPage = null;
      browser = await start();
    },
    async close() {
      await browser.close().catch(() => {});
      await fs.rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}
