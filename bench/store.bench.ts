// `npm run bench -- store [--sizes 1000,5000,10000] [--browser | --browsers chromium] [--no-node]`: the background store with a
// generated reading history of each size (bench/store/corpus.ts: stories of 3-6 outlets with
// differing figures among unrelated articles), imported the way a reader moves their history
// (the options page's import, in batches). Measured in Node (fake-indexeddb) and, with --browser,
// in real Chromium and Firefox with the built extension (bench/store/browser.mjs): import, ingest
// of one new page (p50/p95), the popup's view (p50/p95), highlights to badge, export (and that it
// holds every article), clear, the database on disk before and after clear, the worker's peak heap.
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { StoreHolder } from '../lib/store/holder';
import type { OptionsClient } from '../components/options/client';
import { exportBlob, importFile } from '../components/options/transfer';
import type { BenchOptions } from './run';
import { articleAt, exportText, newPages, pageHtml, reportOf, rng } from './store/corpus';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE = path.join(ROOT, '.cache', 'bench-store');
const NEW_PAGES = 30;
/** Pages read each by a freshly started worker (real Chromium only: it can stop its worker). */
const COLD_PAGES = 5;
const VIEWS = 100;
const TARGETS: Record<string, string> = {
  ingestP95: '<= 50 ms',
  viewP95: '<= 100 ms',
  badgeP95: '<= 300 ms',
  importS: '10k <= 60 s',
  exportS: '<= 20 s',
  heapPeakMb: '< 100 MB',
};

interface Run {
  importS?: number;
  stored?: number;
  claims?: number;
  ingestMs?: number[];
  /** The same, each page read by a worker started for it (Chromium stops an idle one after 30 s). */
  coldIngestMs?: number[];
  coldBadgeMs?: number[];
  viewMs?: number[];
  badgeMs?: number[];
  /** The same in a hidden tab (a link opened in the background); null where the browser shows none hidden. */
  behindBadgeMs?: number[] | null;
  exportS?: number;
  exportedArticles?: number;
  exportMb?: number;
  clearS?: number;
  diskMb?: number | null;
  diskAfterClearMb?: number | null;
  heapPeakMb?: number | null;
  error?: string;
  note?: string;
  /** Pages the browser read and stored (ingest timings the worker kept). */
  pagesRead?: number;
}

const pct = (xs: number[] | undefined, p: number) => (xs?.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : undefined);
const fmt = (x: number | null | undefined, d = 0) => (x === undefined || x === null || Number.isNaN(x) ? '-' : x.toFixed(d));

/** The gzipped export of the first `size` generated articles (cached: the engine runs on each). */
function exportFile(size: number, now: number): string {
  mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, `export-${size}.json.gz`);
  if (!existsSync(file)) writeFileSync(file, gzipSync(exportText(size, now)));
  return file;
}

/** The options page's client, answered by a StoreHolder in this process. */
function directClient(holder: StoreHolder): OptionsClient {
  const fail = (e: unknown) => ({ ok: false, message: e instanceof Error ? e.message : String(e) });
  return {
    getSettings: async () => { throw new Error('unused'); },
    setSettings: async () => { throw new Error('unused'); },
    exportPage: async (after) => {
      const page = await holder.store.exportPage(after, 1_500_000);
      return { ok: true, ...page, ...(page.next ? {} : { dismissals: await holder.store.dismissals() }) };
    },
    importStart: (bytes) => holder.beginImport(bytes).then((importId) => ({ ok: true, importId }), fail),
    importBatch: (id, a, d) => holder.importBatch(id, a, d).then(() => ({ ok: true }), fail),
    importFinish: (id, header) => holder.finishImport(id, header, { maxArticles: 1_000_000, maxAgeDays: 36_500 }).then((r) => ({ ok: true, ...r }), fail),
    importCancel: (id) => holder.cancelImport(id).then(() => ({ ok: true })),
    stats: async () => ({ ok: true, ...(await holder.store.stats()), approxBytes: 0 }),
    storageUsage: async () => null,
    clearData: () => holder.clear().then(() => ({ ok: true })),
  };
}

async function nodeRun(size: number, file: string, viewUrls: string[]): Promise<Run> {
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  const holder = await StoreHolder.open({ get: async () => null, set: async () => undefined }, `bench-${size}-${Date.now()}`);
  const client = directClient(holder);
  const out: Run = {};
  try {
    let t = performance.now();
    const r = await importFile(new Blob([readFileSync(file)]), client, () => undefined, () => false);
    if (!r.ok) throw new Error(r.message);
    out.importS = (performance.now() - t) / 1000;
    Object.assign(out, await holder.store.stats());
    out.stored = (await holder.store.stats()).articles;
    out.ingestMs = [];
    for (const a of newPages(NEW_PAGES, size)) {
      const rep = reportOf(a);
      t = performance.now();
      await holder.store.ingest(rep);
      out.ingestMs.push(performance.now() - t);
    }
    out.viewMs = [];
    for (const url of viewUrls) {
      t = performance.now();
      await holder.store.view(url);
      out.viewMs.push(performance.now() - t);
    }
    t = performance.now();
    const blob = await exportBlob(client, out.stored, () => undefined);
    out.exportS = (performance.now() - t) / 1000;
    out.exportMb = blob.size / 2 ** 20;
    const text = await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
    out.exportedArticles = (JSON.parse(text) as { articles: unknown[] }).articles.length;
    t = performance.now();
    await holder.clear();
    out.clearS = (performance.now() - t) / 1000;
    out.diskMb = null;
    out.heapPeakMb = peak / 2 ** 20;
  } finally {
    clearInterval(sample);
    holder.store.close();
  }
  return out;
}

const badgeCell = (ms: number[] | null | undefined) => (ms ? `${fmt(pct(ms, 0.5))} / ${fmt(pct(ms, 0.95))} (${ms.length})` : '-');

function rowsFor(size: number, runs: [string, Run][]): (string | number)[][] {
  const cell = (f: (r: Run) => string) => runs.map(([, r]) => (r.error ? 'error' : f(r)));
  return [
    [`${size.toLocaleString('en')} articles: stored (claims)`, '', ...cell((r) => `${r.stored ?? '-'} (${r.claims ?? '-'})`)],
    ['  import of the whole export, s', TARGETS.importS, ...cell((r) => fmt(r.importS, 1))],
    ['  ingest of one new page p50 / p95, ms (pages)', TARGETS.ingestP95, ...cell((r) => `${fmt(pct(r.ingestMs, 0.5), 1)} / ${fmt(pct(r.ingestMs, 0.95), 1)} (${r.ingestMs?.length ?? 0})`)],
    ['  the same, a fresh worker for each page: ingest ms; badge after highlights ms', '', ...cell((r) => (r.coldIngestMs ? `${r.coldIngestMs.map((x) => fmt(x)).join(' ')}; ${r.coldBadgeMs?.join(' ')}` : '-'))],
    ['  popup view p50 / p95, ms', TARGETS.viewP95, ...cell((r) => `${fmt(pct(r.viewMs, 0.5), 1)} / ${fmt(pct(r.viewMs, 0.95), 1)}`)],
    ['  highlights to badge p50 / p95, ms (pages)', TARGETS.badgeP95, ...cell((r) => badgeCell(r.badgeMs))],
    ['  the same, tab in the background', TARGETS.badgeP95, ...cell((r) => badgeCell(r.behindBadgeMs))],
    ['  export, s (articles in the file; MB gzipped)', TARGETS.exportS, ...cell((r) => `${fmt(r.exportS, 1)} (${r.exportedArticles ?? '-'}; ${fmt(r.exportMb, 1)})`)],
    ['  clear, s', '', ...cell((r) => fmt(r.clearS, 2))],
    ['  database on disk, MB: stored / after clear', '', ...cell((r) => `${fmt(r.diskMb, 1)} / ${fmt(r.diskAfterClearMb, 1)}`)],
    ['  worker peak heap, MB (Node: process)', TARGETS.heapPeakMb, ...cell((r) => fmt(r.heapPeakMb))],
  ];
}

export default async function storeBench(argv: string[], options?: BenchOptions) {
  const sizes = (options?.values.sizes ?? '1000,5000,10000').split(',').map(Number).filter((n) => n > 0);
  const browsers = options?.values.browsers?.split(',') ?? (options?.flags.has('browser') ? ['chromium', 'firefox'] : []);
  const now = Date.now();
  const rows: (string | number)[][] = [];
  const json: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const size of sizes) {
    const file = exportFile(size, now - (now % 86_400_000));
    const r = rng(size);
    const all = newPages(NEW_PAGES + COLD_PAGES, size);
    const fresh = all.slice(0, NEW_PAGES);
    const cold = all.slice(NEW_PAGES).map((a) => ({ url: a.url, html: pageHtml(a, a.url) }));
    const viewUrls = [...Array.from({ length: VIEWS - fresh.length }, () => articleAt(Math.floor(r() * size)).url), ...fresh.map((a) => a.url)];
    const runs: [string, Run][] = options?.flags.has('no-node') ? [] : [['node', await nodeRun(size, file, viewUrls)]];
    for (const b of browsers) {
      const pages = fresh.map((a) => ({ url: a.url, html: pageHtml(a, a.url) }));
      try {
        const mod = (await import(path.join(import.meta.dirname, 'store', 'browser.mjs'))) as { browserStoreRun: (b: string, o: object) => Promise<Run> };
        // the served pages' own address (with the server's port) is their canonical one
        runs.push([b, await mod.browserStoreRun(b, { exportFile: file, size, newPages: pages, coldPages: cold, viewUrls })]);
      } catch (e) {
        notes.push(`${b} at ${size}: ${e instanceof Error ? e.message : String(e)}`);
        runs.push([b, { error: String(e) }]);
      }
    }
    rows.push(...rowsFor(size, runs));
    json[size] = Object.fromEntries(runs);
    for (const [b, r] of runs) if (r.note) notes.push(`${b} at ${size}: ${r.note}`);
    // each size as it completes (a run at 10,000 takes a long time)
    console.error(rowsFor(size, runs).map((row) => row.join(' | ')).join('\n'));
  }
  return {
    title: `Store at scale (Node: fake-indexeddb${browsers.length ? '; real browsers: the built extension' : ''})`,
    columns: ['measure', 'target', ...(options?.flags.has('no-node') ? [] : ['node']), ...browsers],
    rows,
    json,
    notes,
  };
}
