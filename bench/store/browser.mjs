// The store in a real browser (issue 14): the built extension in Chromium or Firefox (the e2e
// drivers), a generated reading history imported through the options page as a reader would, then
// what a reader waits for: new pages read (ingest, highlights, badge), the popup's view, export,
// clear, the database's size on disk and (Chromium) the worker's heap, sampled over DevTools.
import { createServer } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { launchChromium } from '../../tests/e2e/lib/chromium.mjs';
import { launchFirefox } from '../../tests/e2e/lib/firefox.mjs';
import { badgeTextFor } from '../../tests/e2e/lib/probes.mjs';
import { sleep } from '../../tests/e2e/lib/wait.mjs';

const STEP_TIMEOUT = 20 * 60_000;
/** Progress on stderr: a run at 10,000 articles takes many minutes. */
const log = (...a) => console.error(`[store bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

const freePort = () => new Promise((resolve) => {
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});

/** Serves each page at its host and path (every *.example host resolves to this server). */
async function serve(pages) {
  const byKey = new Map(pages.map((p) => [`${new URL(p.url).hostname}${new URL(p.url).pathname}`, p.html]));
  const server = createServer((req, res) => {
    const html = byKey.get(`${(req.headers.host ?? '').split(':')[0]}${req.url?.split('?')[0]}`);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

function du(dirs) {
  let bytes = 0;
  for (const d of dirs) if (fs.existsSync(d)) bytes += Number(execFileSync('du', ['-sb', d]).toString().split(/\s/)[0]);
  return bytes;
}

/** The extension's IndexedDB folders in a profile. */
function dbDirs(browser, profile) {
  if (browser === 'chromium') {
    const root = path.join(profile, 'Default', 'IndexedDB');
    return fs.existsSync(root) ? fs.readdirSync(root).filter((d) => d.startsWith('chrome-extension_')).map((d) => path.join(root, d)) : [];
  }
  const root = path.join(profile, 'storage', 'default');
  return fs.existsSync(root) ? fs.readdirSync(root).filter((d) => d.startsWith('moz-extension')).map((d) => path.join(root, d)) : [];
}

/** Peak of the service worker's used JS heap, sampled every 200 ms over the DevTools protocol. */
async function heapSampler(driver) {
  const page = await driver.context.newPage();
  await page.goto('about:blank');
  const cdp = await driver.context.newCDPSession(page);
  let nextId = 0;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    pending.get(m.id)?.(m.result);
    pending.delete(m.id);
  });
  let session = null;
  async function attach() {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(driver.extensionOrigin));
    if (!sw) return null;
    if (session?.targetId === sw.targetId) return session.id;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    session = { targetId: sw.targetId, id: sessionId };
    return sessionId;
  }
  const ask = (sessionId, method) => new Promise((resolve) => {
    const id = ++nextId;
    pending.set(id, resolve);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => resolve(null));
    setTimeout(() => resolve(null), 2_000);
  });
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const sid = await attach();
        const r = sid ? await ask(sid, 'Runtime.getHeapUsage') : null;
        if (r?.usedSize) peak = Math.max(peak, r.usedSize);
      } catch {
        session = null;
      }
      await sleep(200);
    }
  })();
  return {
    get peakMb() { return peak / 2 ** 20; },
    async stop() {
      running = false;
      await loop;
      await page.close().catch(() => {});
    },
  };
}

const statusOf = (tab) => tab.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '');
async function untilStatus(tab, re, timeout = STEP_TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await statusOf(tab);
    if (re.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${re}: status "${s}"`);
    await sleep(50);
  }
}
const pressButton = (tab, label) => tab.evaluate((l) => [...document.querySelectorAll('button')].find((b) => b.textContent.includes(l)).click(), label);

function askBackground(tab, msg) {
  return tab.evaluate(async (m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), msg);
}

/** Highlights painted in the page (ours are all named sourcelight-*). */
const paintedIn = (tab) => tab.evaluate(() => {
  let n = 0;
  CSS.highlights?.forEach((h, name) => { if (name.startsWith('sourcelight')) n += h.size; });
  return n;
});

/**
 * @param {'chromium' | 'firefox'} browserName
 * @param {{ exportFile: string, size: number, newPages: { url: string, html: string }[], coldPages?: { url: string, html: string }[], viewUrls: string[] }} o
 */
export async function browserStoreRun(browserName, o) {
  const served = [...o.newPages, ...(o.coldPages ?? [])];
  const server = await serve(served);
  const port = server.address().port;
  const hosts = [...new Set(served.map((p) => new URL(p.url).hostname))];
  const demo = { port, hosts: async () => hosts };
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-bench-dl-'));
  const driver = browserName === 'chromium'
    ? await launchChromium({ demo, proxy: false })
    : await launchFirefox({ demo, proxy: false, prefs: { 'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false, 'browser.download.start_downloads_in_tmp_dir': false } });
  const heap = browserName === 'chromium' ? await heapSampler(driver) : null;
  const out = { browser: browserName, size: o.size };
  try {
    const opts = await driver.openExtensionPage('options.html');
    await askBackground(opts, { type: 'settings:set', settings: { retention: { maxArticles: 1_000_000, maxAgeDays: 36_500 } } });
    await untilStatus(opts, /^$/, 10_000).catch(() => undefined);

    // import, as a reader does: choose the file on the options page
    let t = performance.now();
    await opts.setInputFile('#import-file', o.exportFile);
    const imported = await untilStatus(opts, /^(Imported|Import refused|Import failed)/);
    out.importS = (performance.now() - t) / 1000;
    log(browserName, o.size, 'import', out.importS.toFixed(1), 's:', imported);
    if (!/^Imported/.test(imported)) throw new Error(imported);
    const stats = await askBackground(opts, { type: 'data:stats' });
    out.stored = stats.articles;
    out.claims = stats.claims;
    await sleep(1_000);
    out.diskMb = du(dbDirs(browserName, driver.profile)) / 2 ** 20;

    // new pages read: ingest (the worker's own timing), highlights, then the badge; every other
    // page in a tab behind the one in front, as a link opened in the background is (browsers clamp a
    // hidden tab's timers to a second). The badge is asked from the options page, opened before any
    // page is timed (an extension page opened by the first page's probe took the front and its load
    // was counted).
    const behind = await driver.newPage();
    const tab = await driver.newPage();
    /** Reads one page in tab `t`; the time from its highlights to its badge, or null. */
    async function read(t, p) {
      const served = p.url.replace(/^https:\/\/([^/]+)/, `http://$1:${port}`);
      await t.goto(served);
      const start = Date.now();
      let painted = null;
      let badged = null;
      while (Date.now() - start < 10_000 && (painted === null || badged === null)) {
        if (painted === null && (await paintedIn(t)) > 0) painted = Date.now();
        if (badged === null) {
          // asked from the options page: polling the worker itself would slow what is measured
          const b = await opts.evaluate(badgeTextFor, served);
          if (b?.text) badged = Date.now();
        }
        await sleep(10);
      }
      return { painted, badgeMs: painted !== null && badged !== null ? Math.max(0, badged - painted) : null };
    }
    const badgeMs = [];
    const behindMs = [];
    let unread = 0;
    for (const [i, p] of o.newPages.entries()) {
      const [t, into] = i % 2 ? [behind, behindMs] : [tab, badgeMs];
      const r = await read(t, p);
      if (r.badgeMs !== null) into.push(r.badgeMs);
      // Firefox 140 here runs no content script at all (on main too): say so rather than wait
      if (r.painted === null && ++unread === 3 && badgeMs.length + behindMs.length === 0) {
        out.note = 'no page was read (the content script did not run)';
        break;
      }
    }
    const after = await askBackground(opts, { type: 'data:stats' });
    out.ingestMs = after.timings.ingestMs.slice(-o.newPages.length);
    out.pagesRead = after.timings.ingestMs.length;
    out.badgeMs = badgeMs;
    // a headless Chromium reports every tab visible: the row says so rather than repeat the one above
    const shown = await Promise.all([tab, behind].map((t) => t.evaluate(() => document.visibilityState).catch(() => '?')));
    out.behindBadgeMs = shown[1] === 'hidden' ? behindMs : null;
    log(browserName, o.size, `tabs ${shown.join(', ')};`, 'ingest ms', out.ingestMs.map((x) => x.toFixed(0)).join(' '), '| badge ms', badgeMs.join(' '), '| behind', behindMs.join(' '));

    // The same with a fresh worker for each page (Chromium stops an idle one after 30 s, so a
    // reader who spends a minute on each article meets this on most pages).
    if (driver.stopWorker && o.coldPages?.length) {
      out.coldIngestMs = [];
      out.coldBadgeMs = [];
      for (const p of o.coldPages) {
        if (!(await driver.stopWorker())) throw new Error('the worker did not stop');
        const r = await read(tab, p);
        if (r.badgeMs !== null) out.coldBadgeMs.push(r.badgeMs);
        const s = await askBackground(opts, { type: 'data:stats' });
        if (s.timings.ingestMs.length === 1) out.coldIngestMs.push(s.timings.ingestMs[0]);
      }
      log(browserName, o.size, 'fresh worker: ingest ms', out.coldIngestMs.map((x) => x.toFixed(0)).join(' '), '| badge ms', out.coldBadgeMs.join(' '));
    }

    // the popup's view of a page: the message round trip from an extension page
    out.viewMs = await opts.evaluate(async (urls) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const ms = [];
      for (const url of urls) {
        const t0 = performance.now();
        await api.runtime.sendMessage({ type: 'page:view', url });
        ms.push(performance.now() - t0);
      }
      return ms;
    }, o.viewUrls);

    // export, then check the file holds every article
    const download = browserName === 'chromium' ? opts.raw.waitForEvent('download', { timeout: STEP_TIMEOUT }) : null;
    t = performance.now();
    await pressButton(opts, 'Export to a file');
    await untilStatus(opts, /^Export (ready|failed)/);
    out.exportS = (performance.now() - t) / 1000;
    log(browserName, o.size, 'export', out.exportS.toFixed(1), 's');
    let file;
    if (download) file = await (await download).path();
    else {
      const end = Date.now() + 60_000;
      while (!(file = fs.readdirSync(downloads).filter((f) => f.endsWith('.gz')).map((f) => path.join(downloads, f))[0]) && Date.now() < end) await sleep(200);
      await sleep(500);
    }
    const exported = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
    out.exportedArticles = exported.articles.length;
    out.exportMb = fs.statSync(file).size / 2 ** 20;

    // clear: the database is deleted, its space given back
    t = performance.now();
    await pressButton(opts, 'Clear all stored data');
    await pressButton(opts, 'Delete everything');
    await untilStatus(opts, /deleted/);
    out.clearS = (performance.now() - t) / 1000;
    await sleep(1_500);
    out.diskAfterClearMb = du(dbDirs(browserName, driver.profile)) / 2 ** 20;
    out.heapPeakMb = heap ? heap.peakMb : null;
  } finally {
    await heap?.stop().catch(() => {});
    await driver.close();
    server.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  }
  return out;
}
