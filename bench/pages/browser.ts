// The corpus pages in real Chromium, with and without the built extension: each page is served from
// a local server at its own path under a stand-in host (NAME.pages.example: real outlets' hosts are
// on Chromium's HSTS list, which would force HTTPS; every host name resolves to the server, so
// nothing leaves the machine). The browser's own long-task observer (installed before the page's
// scripts, buffered) records every main-thread task over 50 ms; a task is the extension's when one
// of the content script's timeline entries ("sourcelight:locate", ..., one per slice of work between
// yields) falls inside it, or when the browser's long-animation-frame entry names one of the
// extension's scripts. The run without the extension gives the page's own tasks for comparison.
// Wall time stretches with the machine's load (a task waits for a core), so each task's CPU time is
// also read from a Chromium trace of the run with the extension: its main-thread tasks that hold one
// of the extension's timeline entries or call one of its scripts.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import type { CorpusPage } from './corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(process.env.SOURCELIGHT_OUT_DIR ?? join(ROOT, '.output'), 'chrome-mv3');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
/** After the scan ends: the digest, the report and the conflict marks still run. */
const SETTLE_MS = 1_500;

export interface Task { start: number; ms: number }

export interface BrowserRun {
  /** 'read', or the reason the extension gave for not reading it, or 'timeout'. */
  outcome: string;
  /** Longest long task that is the extension's (0 when none is over 50 ms). */
  extLongestMs: number;
  /** Long tasks (> 50 ms) that are the extension's. */
  extTasks: Task[];
  /** The stage of the extension's longest task, from its timeline entries. */
  extStage: string;
  /** Longest long task of the whole page, with and without the extension (0 when none). */
  pageLongestMs: number;
  pageLongestWithoutMs: number;
  /** Long tasks of the whole page, with and without the extension. */
  longTasks: number;
  longTasksWithout: number;
  claims: number;
  /** CPU time of the extension's longest task, and its tasks over 50 ms of CPU (from the trace). */
  extLongestCpuMs: number;
  extTasksOver50Cpu: number;
  extCpuStage: string;
  /** Console errors from the extension (content script or worker); the page's own are not counted. */
  consoleErrors: string[];
}

/** In the page's own world before any of its scripts: keep every long task and long animation frame. */
const OBSERVE = `(() => {
  const keep = { tasks: [], frames: [] };
  Object.defineProperty(window, '__slLongTasks', { value: keep });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) keep.tasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) keep.frames.push({ start: e.startTime, ms: e.duration, scripts: (e.scripts || []).map((s) => ({ start: s.startTime, ms: s.duration, url: s.sourceURL || '' })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

/** Collected in the page once the extension is done with it. */
const COLLECT = `(() => {
  const keep = window.__slLongTasks || { tasks: [], frames: [] };
  const stages = ['locate', 'model', 'metadata', 'extract', 'paint', 'digest'];
  const ours = stages.flatMap((n) => performance.getEntriesByName('sourcelight:' + n).map((e) => ({ n, start: e.startTime, end: e.startTime + e.duration })));
  const extScripts = keep.frames.flatMap((f) => f.scripts.filter((s) => /^(chrome-extension|moz-extension):/.test(s.url)));
  const within = (t, a, b) => a >= t.start - 1 && b <= t.start + t.ms + 1;
  const tasks = keep.tasks.map((t) => {
    const mine = ours.filter((e) => within(t, e.start, e.end));
    const script = extScripts.some((s) => s.ms > 0 && within(t, s.start, s.start + s.ms));
    // "paint 80+digest 9": the measured work of each stage inside the task, in ms
    const by = new Map();
    for (const e of mine) by.set(e.n, (by.get(e.n) || 0) + e.end - e.start);
    return { start: Math.round(t.start), ms: Math.round(t.ms), stage: mine.length ? [...by].map(([n, ms]) => n + ' ' + Math.round(ms)).join('+') : script ? 'script' : '' };
  });
  const skipped = performance.getEntriesByName('sourcelight:skipped')[0];
  return { tasks, extScripts: extScripts.length, outcome: skipped ? String(skipped.detail ?? 'skipped') : 'read', claims: CSS.highlights.get('sourcelight-claim')?.size ?? 0 };
})()`;
const DONE = `performance.getEntriesByName('sourcelight:scan').length + performance.getEntriesByName('sourcelight:skipped').length > 0`;

interface Collected { tasks: (Task & { stage: string })[]; extScripts: number; outcome: string; claims: number }

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string } } }

/** The extension's main-thread tasks in a trace, as CPU and wall ms: a task (RunTask) holding the
 *  start of a "sourcelight:" timeline entry or a call into a chrome-extension:// script. */
export function extensionTasks(events: TraceEvent[]): { cpuMs: number; wallMs: number; stages: string }[] {
  // A measure's start, its "b" event, is stamped when the measure is taken (at its end): matched
  // by name with its "e" event, the span is the work itself.
  const open = new Map<string, TraceEvent[]>();
  const spans: { thread: string; name: string; start: number; end: number }[] = [];
  for (const e of events.filter((x) => x.name.startsWith('sourcelight:')).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.name}:${(e as { id?: string }).id ?? ''}`;
    if (e.ph === 'b') open.set(key, [...(open.get(key) ?? []), e]);
    else if (e.ph === 'e') {
      const b = open.get(key)?.shift();
      if (b) spans.push({ thread: `${e.pid}:${e.tid}`, name: e.name.slice('sourcelight:'.length), start: b.ts, end: e.ts });
    } else spans.push({ thread: `${e.pid}:${e.tid}`, name: e.name.slice('sourcelight:'.length), start: e.ts, end: e.ts });
  }
  const threads = new Set(spans.map((s) => s.thread));
  // The main thread's tasks ("ThreadControllerImpl::RunTask"; "RunTask" in older versions).
  const tasks = events.filter((e) => /(^|::)RunTask$/.test(e.name) && e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
  return tasks.flatMap((t) => {
    const end = t.ts + (t.dur ?? 0);
    const inside = spans.filter((s) => s.thread === `${t.pid}:${t.tid}` && s.start >= t.ts && s.end <= end && !/^(scan|readability)$/.test(s.name));
    return inside.length ? [{ cpuMs: (t.tdur ?? t.dur ?? 0) / 1000, wallMs: (t.dur ?? 0) / 1000, stages: [...new Set(inside.map((s) => s.name))].join('+') }] : [];
  });
}

/** Few categories: the DevTools timeline ones would slow the page they measure. So a task is known
 *  as the extension's by its timeline entries only; the long-task observer still names the rest. */
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/** Records a trace of one page from before its load until `stop()` returns its events. */
async function traced(ctx: BrowserContext, page: Page) {
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { for (const x of e.value as unknown as TraceEvent[]) events.push(x); });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    return events;
  };
}

async function serve(pages: CorpusPage[]): Promise<{ server: Server; address: Map<string, string> }> {
  const served = new Map<string, string>();
  const hosts = new Map<string, URL>();
  for (const p of pages) {
    const u = new URL(p.url);
    u.protocol = 'http:';
    u.hostname = `${p.name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.pages.example`;
    u.hash = '';
    served.set(`${u.hostname}${u.pathname}${u.search}`, p.source);
    hosts.set(p.name, u);
  }
  const server = createServer((req, res) => {
    const key = `${(req.headers.host ?? '').replace(/:\d+$/, '')}${req.url ?? ''}`;
    const body = served.get(key);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const address = new Map([...hosts].map(([name, u]) => [name, `http://${u.hostname}:${port}${u.pathname}${u.search}`]));
  return { server, address };
}

async function launch(profile: string, extension: boolean): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...(extension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : []), '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost'],
  });
  await ctx.addInitScript(OBSERVE);
  return ctx;
}

/** One pass over the pages in one browser; `waitMs` (the run without the extension) is how long
 *  each page is watched after load, so both runs see the same stretch of the page's life. */
async function pass(pages: CorpusPage[], address: Map<string, string>, extension: boolean, waitMs: Map<string, number>) {
  const out = new Map<string, Collected & { errors: string[]; watchedMs: number; done: boolean; cpu: ReturnType<typeof extensionTasks> }>();
  const profile = mkdtempSync(join(tmpdir(), 'sl-pages-'));
  const ctx = await launch(profile, extension);
  const workerErrors: string[] = [];
  try {
    if (extension) {
      let [sw] = ctx.serviceWorkers();
      sw ??= await ctx.waitForEvent('serviceworker');
      sw.on('console', (m: ConsoleMessage) => { if (m.type() === 'error') workerErrors.push(m.text()); });
    }
    for (const p of pages) {
      const errors: string[] = [];
      const page = await ctx.newPage();
      page.on('console', (m) => { if (m.type() === 'error' && /^(chrome-extension|moz-extension):/.test(m.location().url)) errors.push(m.text()); });
      const before = workerErrors.length;
      const stopTrace = extension ? await traced(ctx, page) : null;
      try {
        const t0 = Date.now();
        await page.goto(address.get(p.name)!, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
        let done = true;
        if (extension) {
          done = await page.waitForFunction(DONE, null, { timeout: 30_000 }).then(() => true, () => false);
          await page.waitForTimeout(SETTLE_MS);
        } else await page.waitForTimeout(Math.max(SETTLE_MS, (waitMs.get(p.name) ?? 0) - (Date.now() - t0)));
        const r = (await page.evaluate(COLLECT)) as Collected;
        errors.push(...workerErrors.slice(before));
        const watchedMs = Date.now() - t0;
        const cpu = stopTrace ? extensionTasks(await stopTrace()) : [];
        out.set(p.name, { ...r, errors, watchedMs, done, cpu });
      } finally {
        await page.close();
      }
    }
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

export async function browserRuns(pages: CorpusPage[], only = process.env.PAGES_ONLY): Promise<Map<string, BrowserRun>> {
  if (only) pages = pages.filter((p) => only.split(',').includes(p.name));
  if (!existsSync(CHROMIUM)) throw new Error(`--browser: no Chromium at ${CHROMIUM} (set CHROME_PATH)`);
  if (!existsSync(join(EXT, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const { server, address } = await serve(pages);
  const out = new Map<string, BrowserRun>();
  try {
    process.stderr.write(`  with the extension (load average ${loadAverage()})\n`);
    const withExt = await pass(pages, address, true, new Map());
    process.stderr.write(`  without it (load average ${loadAverage()})\n`);
    const without = await pass(pages, address, false, new Map([...withExt].map(([n, r]) => [n, r.watchedMs])));
    for (const p of pages) {
      const w = withExt.get(p.name)!;
      const o = without.get(p.name);
      const ext = w.tasks.filter((t) => t.stage);
      const top = ext.reduce((a, b) => (b.ms > a.ms ? b : a), { start: 0, ms: 0, stage: '-' });
      const run: BrowserRun = {
        outcome: w.done ? w.outcome : 'timeout',
        extLongestMs: top.ms,
        extTasks: ext.map(({ start, ms }) => ({ start, ms })),
        extStage: top.stage,
        pageLongestMs: Math.max(0, ...w.tasks.map((t) => t.ms)),
        pageLongestWithoutMs: Math.max(0, ...(o?.tasks ?? []).map((t) => t.ms)),
        longTasks: w.tasks.length,
        longTasksWithout: o?.tasks.length ?? 0,
        claims: w.claims,
        extLongestCpuMs: Math.max(0, ...w.cpu.map((t) => t.cpuMs)),
        extCpuStage: w.cpu.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), { cpuMs: 0, wallMs: 0, stages: '-' }).stages,
        extTasksOver50Cpu: w.cpu.filter((t) => t.cpuMs > 50).length,
        consoleErrors: w.errors,
      };
      out.set(p.name, run);
      process.stderr.write(`  ${p.name}: ${run.outcome}, extension's long tasks ${ext.map((t) => `${t.ms} (${t.stage})`).join(', ') || 'none'}; its longest by CPU ${run.extLongestCpuMs.toFixed(0)} ms (${run.extCpuStage}); page's ${run.longTasks} with, ${run.longTasksWithout} without\n`);
    }
  } finally {
    server.close();
  }
  return out;
}

/** The machine is shared: timings are read beside the load at the time. */
export const loadAverage = () => loadavg().map((x) => x.toFixed(2)).join(' ');
