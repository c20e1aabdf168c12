// Firefox driver: puppeteer-core over WebDriver BiDi with the built MV2 add-on installed.
// Same interface as chromium.mjs. The add-on's UUID is pinned so moz-extension:// URLs are known.
import puppeteer from 'puppeteer-core';
import { FIREFOX_EXT, FIREFOX_PATH, FIREFOX_UUID, GECKO_ID, assertBuilt } from './env.mjs';

/**
 * @param {{ demo: { port: number, hosts: () => Promise<string[]> }, extDir?: string, headless?: boolean, executablePath?: string, proxy?: boolean }} options
 *   proxy: route every request through the demo server's log (tests); off for a person's demo browser.
 */
export async function launchFirefox({ demo, extDir = FIREFOX_EXT, headless = true, executablePath = FIREFOX_PATH, proxy = true }) {
  assertBuilt(extDir);
  const hosts = await demo.hosts();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    args: ['--remote-allow-system-access'],
    // Release Firefox ignores puppeteer's dummy remote-settings server unless this is set; without it
    // Firefox's own settings sync would show in the privacy log beside what pages and the add-on ask.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'dom.security.https_first': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
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
    },
  });
  await browser.installExtension(extDir);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  /** Requests seen by the browser through BiDi network events of the pages we opened. */
  const requests = [];
  const watch = (page) => page.on('request', (req) => {
    const frameUrl = req.frame()?.url() ?? '';
    requests.push({ url: req.url(), method: req.method(), source: frameUrl.startsWith('moz-extension:') ? 'extension-page' : 'page' });
  });

  const wrap = (page) => ({
    raw: page,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    url: () => page.url(),
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    /** A chord such as 'Alt+Shift+KeyN' or 'Escape': modifiers held while the last key is pressed. */
    async press(chord) {
      const keys = chord.split('+');
      const last = keys.pop();
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(last);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    screenshot: (file) => page.screenshot({ path: file }),
    close: () => page.close(),
  });

  /** Extension pages never fire their load event under BiDi: start, then wait for a document. */
  async function openExtensionPage(pathAndQuery) {
    const page = await browser.newPage();
    watch(page);
    page.goto(`${origin}/${pathAndQuery}`).catch(() => {});
    await page.waitForFunction(() => document.readyState !== 'loading' && location.protocol === 'moz-extension:', { timeout: 15_000 });
    return wrap(page);
  }

  let bgPage = null;
  return {
    name: 'firefox',
    browser,
    requests,
    extensionOrigin: origin,
    async newPage() {
      const page = await browser.newPage();
      watch(page);
      return wrap(page);
    },
    /** Runs `fn(arg)` in an extension page: same origin as the background, so same IndexedDB and messaging. */
    async backgroundEval(fn, arg) {
      bgPage ??= await openExtensionPage('popup.html?e2e=background');
      return bgPage.evaluate(fn, arg);
    },
    openExtensionPage,
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
