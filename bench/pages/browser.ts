// The corpus pages in real Chromium with the built extension: each page is served from a local
// server at its own path under a stand-in host (NAME.pages.example: real outlets' hosts are on
// Chromium's HSTS list, which would force HTTPS; every host name resolves to the server, so nothing
// leaves the machine), and the content script's own timeline entries ("sourcelight:locate", ...,
// one per slice of work between yields) give the longest task it adds to the page's main thread.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type ConsoleMessage } from 'playwright-core';
import type { CorpusPage } from './corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(process.env.SOURCELIGHT_OUT_DIR ?? join(ROOT, '.output'), 'chrome-mv3');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

export interface BrowserRun {
  /** 'read', or the reason the extension gave for not reading it, or 'timeout'. */
  outcome: string;
  longestTaskMs: number;
  /** The stage that task belongs to: locate, model, extract or paint. */
  longestStage: string;
  claims: number;
  /** Console errors from the extension (content script or worker); the page's own are not counted. */
  consoleErrors: string[];
}

/** Collected in the page once the extension is done with it: its tasks and what it painted. */
const COLLECT = `(() => {
  const d = (n) => performance.getEntriesByName('sourcelight:' + n).map((e) => e.duration);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const model = d('model');
  if (model.length) model[model.length - 1] += sum(d('metadata')); // the last model slice and metadata share a task
  const named = (n, xs) => xs.map((ms) => ({ n, ms }));
  const tasks = [...named('locate', d('locate')), ...named('model', model), ...named('extract', d('extract')), ...named('paint', d('paint'))];
  const top = tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { n: '-', ms: 0 });
  const skipped = performance.getEntriesByName('sourcelight:skipped')[0];
  const rd = performance.getEntriesByName('sourcelight:readability').map((e) => Math.round(e.duration) + 'ms/' + (e.detail && e.detail.elements)).join(' ');
  return { longest: top.ms, stage: top.n + (rd ? ' readability ' + rd : ''), outcome: skipped ? String(skipped.detail ?? 'skipped') : 'read', claims: CSS.highlights.get('sourcelight-claim')?.size ?? 0 };
})()`;
const DONE = `performance.getEntriesByName('sourcelight:scan').length + performance.getEntriesByName('sourcelight:skipped').length > 0`;

export async function browserRuns(pages: CorpusPage[], only = process.env.PAGES_ONLY): Promise<Map<string, BrowserRun>> {
  const out = new Map<string, BrowserRun>();
  if (only) pages = pages.filter((p) => only.split(',').includes(p.name));
  if (!existsSync(CHROMIUM)) throw new Error(`--browser: no Chromium at ${CHROMIUM} (set CHROME_PATH)`);
  if (!existsSync(join(EXT, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const served = new Map<string, string>();
  const address = new Map<string, URL>();
  for (const p of pages) {
    const u = new URL(p.url);
    u.protocol = 'http:';
    u.hostname = `${p.name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.pages.example`;
    u.hash = '';
    served.set(`${u.hostname}${u.pathname}${u.search}`, p.source);
    address.set(p.name, u);
  }
  const server = createServer((req, res) => {
    const key = `${(req.headers.host ?? '').replace(/:\d+$/, '')}${req.url ?? ''}`;
    const body = served.get(key);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const profile = mkdtempSync(join(tmpdir(), 'sl-pages-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost'],
  });
  const workerErrors: string[] = [];
  try {
    let [sw] = ctx.serviceWorkers();
    sw ??= await ctx.waitForEvent('serviceworker');
    sw.on('console', (m: ConsoleMessage) => { if (m.type() === 'error') workerErrors.push(m.text()); });
    for (const p of pages) {
      const errors: string[] = [];
      const page = await ctx.newPage();
      page.on('console', (m) => { if (m.type() === 'error' && /^(chrome-extension|moz-extension):/.test(m.location().url)) errors.push(m.text()); });
      const before = workerErrors.length;
      try {
        const u = address.get(p.name)!;
        await page.goto(`http://${u.hostname}:${port}${u.pathname}${u.search}`, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        const done = await page.waitForFunction(DONE, null, { timeout: 30_000 }).then(() => true, () => false);
        await page.waitForTimeout(200);
        const r = (await page.evaluate(COLLECT)) as { longest: number; stage: string; outcome: string; claims: number };
        errors.push(...workerErrors.slice(before));
        const run = { outcome: done ? r.outcome : 'timeout', longestTaskMs: r.longest, longestStage: r.stage, claims: r.claims, consoleErrors: errors };
        out.set(p.name, run);
        // Progress on stderr: a full corpus takes minutes.
        process.stderr.write(`  ${p.name}: ${run.outcome}, longest task ${run.longestTaskMs.toFixed(0)} ms (${run.longestStage})\n`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await ctx.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
