// Chromium driver: Playwright's persistent context with the built MV3 extension loaded.
// Exposes the same small interface as firefox.mjs so one suite runs in both browsers.
import { chromium } from 'playwright-core';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROME_EXT, CHROME_PATH, assertBuilt } from './env.mjs';
import { consoleWatcher } from './console.mjs';
import { commonTab, UI_HOST_CANDIDATES } from './page.mjs';

const { errors: consoleErrors, watch: watchConsole } = consoleWatcher();

/**
 * Runs `fn(root, arg)` with Sourcelight's UI shadow root, open or closed, in the page's world: the
 * DevTools protocol describes a host's shadow roots even when the page itself cannot reach them.
 * `fn(null, arg)` when there is no UI on the page.
 */
async function uiEvaluate(page, fn, arg) {
  const cdp = await page.context().newCDPSession(page);
  try {
    let rootId = null;
    const { result: list } = await cdp.send('Runtime.evaluate', { expression: UI_HOST_CANDIDATES });
    const { result: props } = await cdp.send('Runtime.getProperties', { objectId: list.objectId, ownProperties: true });
    for (const p of props) {
      if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
      const { node } = await cdp.send('DOM.describeNode', { objectId: p.value.objectId, depth: 1, pierce: true });
      const root = node.shadowRoots?.[0];
      if (!root) continue;
      rootId = (await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId })).object.objectId;
      break;
    }
    const call = { functionDeclaration: `async function (arg) { return (${fn})(this, arg); }`, arguments: [{ value: arg ?? null }], returnByValue: true, awaitPromise: true };
    const { result, exceptionDetails } = rootId
      ? await cdp.send('Runtime.callFunctionOn', { ...call, objectId: rootId })
      : await cdp.send('Runtime.callFunctionOn', { ...call, functionDeclaration: `async function (arg) { return (${fn})(null, arg); }`, objectId: list.objectId });
    if (exceptionDetails) throw new Error(`uiEvaluate: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const wrap = (page) => ({
  ...commonTab(page),
  uiEvaluate: (fn, arg) => uiEvaluate(page, fn, arg),
  /** Runs `fn(arg)` in the page's own world before any of its scripts, on every load. */
  addInitScript: (fn, arg) => page.addInitScript(fn, arg),
  /** A chord such as 'Alt+Shift+KeyN' or 'Escape'. */
  press: (chord) => page.keyboard.press(chord),
  setViewport: (width, height) => page.setViewportSize({ width, height }),
  screenshot: (file, { fullPage = false } = {}) => page.screenshot({ path: file, fullPage }),
  /** Chooses a file in a file input, as a person does through the file dialog. */
  setInputFile: (selector, file) => page.setInputFiles(selector, file),
});

/**
 * @param {{ demo: { port: number }, extDir?: string, headless?: boolean, executablePath?: string, proxy?: boolean, extraArgs?: string[] }} options
 *   proxy: route every request through the demo server's log (tests); off for a person's demo browser.
 *   extraArgs: more command line switches (the store benchmark opens a DevTools port).
 */
export async function launchChromium({ demo, extDir = CHROME_EXT, headless = true, executablePath = CHROME_PATH, proxy = true, extraArgs = [] }) {
  assertBuilt(extDir);
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'sourcelight-chromium-'));
  /** Requests seen by the browser, tagged with who made them (kept across restarts). */
  const requests = [];

  async function start() {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox',
        '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
        '--host-resolver-rules=MAP *.example 127.0.0.1',
        // Every HTTP(S) request of every context goes to the demo server, which records it and
        // forwards nothing: the privacy test sees even requests to hosts that do not exist.
        ...(proxy ? [`--proxy-server=http://127.0.0.1:${demo.port}`, '--proxy-bypass-list=<-loopback>'] : []),
        // Branded Chrome 137+ ignores --load-extension unless this feature is off (Chromium does not).
        '--disable-features=DisableLoadExtensionCommandLineSwitch',
        ...extraArgs,
      ],
    });
    context.on('request', (req) => {
      let source = 'page';
      if (req.serviceWorker()) source = 'service-worker';
      else {
        try {
          if (/^chrome-extension:/.test(req.frame().url())) source = 'extension-page';
        } catch {
          source = 'unknown';
        }
      }
      requests.push({ url: req.url(), method: req.method(), source, type: req.resourceType() });
    });
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    return { context, sw, extId: new URL(sw.url()).host };
  }

  let s = await start();
  const driver = {
    name: 'chromium',
    requests,
    profile,
    get context() { return s.context; },
    get extensionOrigin() { return `chrome-extension://${s.extId}`; },
    consoleErrors,
    async newPage() {
      const page = await s.context.newPage();
      watchConsole(page);
      return wrap(page);
    },
    /** Runs `fn(arg)` in the background service worker (IndexedDB lives there). */
    async backgroundEval(fn, arg) {
      const [worker] = s.context.serviceWorkers();
      return (worker ?? s.sw).evaluate(fn, arg);
    },
    /** Opens an extension page such as `popup.html?url=...` in a tab. */
    async openExtensionPage(pathAndQuery) {
      const page = await s.context.newPage();
      await page.goto(`chrome-extension://${s.extId}/${pathAndQuery}`);
      return wrap(page);
    },
    /** Stops the extension's service worker, as Chrome does to an idle one; true once it reports stopped.
     *  Asked from a plain tab: an open extension page would keep the worker alive. */
    async stopWorker() {
      const page = await s.context.newPage();
      try {
        await page.goto('about:blank');
        const cdp = await s.context.newCDPSession(page);
        const status = new Map();
        let onUpdate = () => {};
        cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
          for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${s.extId}/`)) status.set(v.versionId, v.runningStatus);
          onUpdate();
        });
        await cdp.send('ServiceWorker.enable');
        const until = (ok, ms) => new Promise((resolve) => {
          const timer = setTimeout(() => resolve(ok()), ms);
          onUpdate = () => { if (ok()) { clearTimeout(timer); resolve(true); } };
          onUpdate();
        });
        await until(() => [...status.values()].includes('running'), 2_000);
        const running = [...status].filter(([, st]) => st === 'running').map(([id]) => id);
        for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
        const stopped = running.length > 0 && (await until(() => running.every((id) => status.get(id) === 'stopped'), 5_000));
        await cdp.detach().catch(() => {});
        return stopped;
      } finally {
        await page.close();
      }
    },
    /** Quits and starts the browser again on the same profile (what a reader's restart does). */
    async restart() {
      await s.context.close();
      s = await start();
    },
    async close() {
      await s.context.close().catch(() => {});
      await fs.rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
  return driver;
}
