// The attribution engine against compromise (the JavaScript NLP library a developer would pick
// first), on a ~1,000-word and a ~10,000-word article built from our own sentences. Reports
// milliseconds per 1,000 words warm (median after a one-second warm-up) and cold (the first
// extraction in a fresh Node process: median of COLD_RUNS processes, with the module's load time
// beside it; and the CPU time of both, from process.cpuUsage: all threads, so V8's background
// compiling counts, but it moves much less than the wall clock when the machine is busy; and the
// garbage collectors' pauses in each, since where a minor collection falls moves with small changes
// in allocation), the speed ratio, heap growth, and the engine's gzipped bundle size. Cold comes twice:
// - "cold": nothing compiled yet. Every function is parsed and compiled on its first call and runs
//   interpreted: the engine as a page's content script first loads it, or a service worker just
//   installed or updated.
// - "cold, code cached": the same fresh process, but V8 is handed the compiled code of an earlier
//   run (vm.Script cachedData), as Chrome keeps it for an installed extension's service worker: a
//   background that was asleep and wakes for a page. Both engines get the same treatment.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import type { extract as Extract } from '../lib/extract';
import { HOW_TO_GET } from './polnear.bench';
import { asciiOnly } from '../build/ascii-only';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PEOPLE = ['Ines Valdr', 'Tomas Ekdal', 'Mevlüt Çavuşoğlu', 'Khaled al-Mashri', 'Petra Salo', 'Arno Vesk', 'Lena Holt', 'Oskar Brand'];
const ORGS = ['the Harbour Authority', 'the Regional Council', 'the Daily Lantern', 'the Ministry of Transport', 'the Teachers Federation'];
const TOWNS = ['Orsk', 'Dunmarra', 'Vardholm', 'Kestrel Bay', 'Inish Carra'];

/** Paragraphs in news style: attributions of every common shape, plus plain narrative. */
function paragraph(i: number): string {
  const p = PEOPLE[i % PEOPLE.length];
  const q = PEOPLE[(i + 3) % PEOPLE.length];
  const o = ORGS[i % ORGS.length];
  const t = TOWNS[i % TOWNS.length];
  const n = 3 + (i % 17);
  const forms = [
    `The ferry service from ${t} will resume on Monday after ${n} days of repairs, ${o} said in a statement.`,
    `"We have checked every bolt on that ramp," ${p} said. "Nobody should be worried about travelling."`,
    `${p}, who has led the inquiry since the spring, told reporters that ${n} inspectors had been sent to ${t}.`,
    `According to ${o}, about ${n * 100} people were waiting at the terminal in ${t} on Sunday evening.`,
    `Residents of ${t} said the road had been closed for ${n} hours, and local shops reported a drop in trade.`,
    `${q} denied that the council had ignored the warnings, adding that the budget for repairs had doubled.`,
    `The weather turned quickly in the afternoon. Waves of ${n} metres were recorded off the headland near ${t}.`,
    `It was reported on Tuesday that ${n} workers at the yard in ${t} had not been paid for a month.`,
  ];
  return `${forms[i % forms.length]} ${forms[(i + 5) % forms.length]}`;
}

export function article(words: number): string {
  const paras: string[] = ['Ferry service to resume as inspectors finish work'];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraph(i);
    paras.push(p);
    count += p.split(/\s+/).length;
  }
  return paras.join('\n\n');
}

const REAL_DIR = path.join(root, '.cache/corpora/polnear-dev');
const REAL_COUNT = 5;

/**
 * The REAL_COUNT PolNeAR dev articles closest to 1,000 words (by name order on ties), or none when the
 * split is absent: the synthetic article repeats a few sentence shapes, and real reporting reaches
 * more of the engine's rules, so compiles more on a first extraction.
 */
function realArticles(): { name: string; text: string; words: number }[] {
  if (!existsSync(REAL_DIR)) return [];
  return readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(REAL_DIR, name), 'utf8');
      return { name, text, words: text.split(/\s+/).filter(Boolean).length };
    })
    .sort((a, b) => Math.abs(a.words - 1000) - Math.abs(b.words - 1000))
    .slice(0, REAL_COUNT);
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median run time after a warm-up long enough for the JIT to settle (time-based, both engines alike). */
function time(fn: () => void, warmMs: number, measureMs: number, minRuns: number): number {
  const w0 = performance.now();
  let warm = 0;
  while (performance.now() - w0 < warmMs || warm < 2) { fn(); warm++; }
  const ts: number[] = [];
  const m0 = performance.now();
  while (ts.length < minRuns || performance.now() - m0 < measureMs) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/** What a developer would write with compromise to find attributions and the people/organisations. */
function compromiseAttributions(text: string): unknown[] {
  const doc = nlp(text);
  const cues = doc.match('[<source>#Noun+] (said|says|told|added|announced|denied|warned|reported)').out('array') as string[];
  const according = doc.match('according to [<source>#Noun+]').out('array') as string[];
  const quotes = doc.quotations().out('array') as string[];
  const people = doc.people().out('array') as string[];
  const orgs = doc.organizations().out('array') as string[];
  return [cues, according, quotes, people, orgs];
}

/** A gc() function even without --expose-gc, so heap figures are not noise from earlier runs. */
function gcFn(): (() => void) | undefined {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

/** Heap growth over one run from a collected heap, in MB (what the run allocates, if no GC hits mid-run). */
function heapDelta(fn: () => unknown): number {
  const g = gcFn();
  g?.();
  const before = process.memoryUsage().heapUsed;
  const keep = fn();
  const after = process.memoryUsage().heapUsed;
  void keep;
  return Math.max(0, after - before) / 1024 / 1024;
}

const COLD_RUNS = 7;

/**
 * What a cold child prints: wall times, and the CPU time of the first run (process.cpuUsage, user +
 * system of all the process's threads: it counts V8's background compiling too, but waiting for a
 * busy machine's cores much less than the wall clock does), and the garbage collections' pauses in
 * each. Where a minor collection falls depends on how full the young generation is when the run
 * starts, and one moves between load and first run with a few KB of allocation: the pauses show
 * when it did. Expects GC_WATCH before t0/c0, and t0/t1 and c0/c1 around the load.
 */
const GC_WATCH = `import { PerformanceObserver } from 'node:perf_hooks';
const gcs = []; new PerformanceObserver((l) => gcs.push(...l.getEntries())).observe({ entryTypes: ['gc'] });`;
const REPORT = `const t2 = performance.now(); const c2 = process.cpuUsage();
await new Promise((r) => setTimeout(r, 0)); // GC entries arrive on a later task
const cpuMs = (a, b) => (b.user - a.user + b.system - a.system) / 1000;
const gcMs = (a, b) => gcs.filter((g) => g.startTime >= a && g.startTime < b).reduce((sum, g) => sum + g.duration, 0);
console.log(JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1, loadCpuMs: cpuMs(c0, c1), firstCpuMs: cpuMs(c1, c2), loadGcMs: gcMs(t0, t1), firstGcMs: gcMs(t1, t2) }));`;

/** The same query as compromiseAttributions, as source for a fresh process. */
const COMPROMISE_CHILD = (entry: string) => `
${GC_WATCH}
const c0 = process.cpuUsage(); const t0 = performance.now();
const nlp = (await import(${JSON.stringify(entry)})).default;
const c1 = process.cpuUsage(); const t1 = performance.now();
const doc = nlp(text);
doc.match('[<source>#Noun+] (said|says|told|added|announced|denied|warned|reported)').out('array');
doc.match('according to [<source>#Noun+]').out('array');
doc.quotations().out('array'); doc.people().out('array'); doc.organizations().out('array');
${REPORT}`;

const ENGINE_CHILD = (file: string) => `
${GC_WATCH}
const c0 = process.cpuUsage(); const t0 = performance.now();
const { extract } = await import(${JSON.stringify(pathToFileURL(file).href)});
const c1 = process.cpuUsage(); const t1 = performance.now();
extract(text);
${REPORT}`;

/** The query of COMPROMISE_CHILD and the engine's extract, on a classic script's global (for the cached run). */
const COMPROMISE_RUN = `const nlp = globalThis.nlp; const doc = nlp(text);
doc.match('[<source>#Noun+] (said|says|told|added|announced|denied|warned|reported)').out('array');
doc.match('according to [<source>#Noun+]').out('array');
doc.quotations().out('array'); doc.people().out('array'); doc.organizations().out('array');`;
const ENGINE_RUN = `globalThis.SourcelightEngine.extract(text);`;

/**
 * Loads a classic script through vm.Script and runs `run` on the text once. With `produce`, it writes
 * the compiled code (what V8 compiled while loading and running) to `cache`; otherwise it loads with
 * that code, and fails if V8 rejects it (then the figure would silently be the uncached one).
 */
const CACHED_CHILD = (scriptFile: string, cache: string, run: string, produce: boolean) => `
import vm from 'node:vm';
${GC_WATCH}
import { writeFileSync } from 'node:fs';
const src = readFileSync(${JSON.stringify(scriptFile)}, 'utf8');
${produce ? '' : `const cachedData = readFileSync(${JSON.stringify(cache)});`}
const c0 = process.cpuUsage(); const t0 = performance.now();
const script = new vm.Script(src, { filename: ${JSON.stringify(scriptFile)}${produce ? '' : ', cachedData'} });
${produce ? '' : "if (script.cachedDataRejected) throw new Error('code cache rejected');"}
script.runInThisContext();
const c1 = process.cpuUsage(); const t1 = performance.now();
${run}
${REPORT}
${produce ? `writeFileSync(${JSON.stringify(cache)}, script.createCachedData());` : ''}`;

/** Cold times with a code cache: one process compiles and writes it, COLD_RUNS fresh ones use it. */
function coldCached(dir: string, name: string, scriptFile: string, run: string, text: string): ColdTimes {
  const cache = path.join(dir, `${name}.v8cache`);
  cold(dir, `${name}-produce`, CACHED_CHILD(scriptFile, cache, run, true), text, 1);
  return cold(dir, `${name}-cached`, CACHED_CHILD(scriptFile, cache, run, false), text);
}

interface ColdTimes { loadMs: number; firstMs: number; loadCpuMs: number; firstCpuMs: number; loadGcMs: number; firstGcMs: number }

/** Median load and first-run times (wall and CPU) over fresh Node processes running `body` on the text. */
function cold(dir: string, name: string, body: string, text: string, runs = COLD_RUNS): ColdTimes {
  const script = path.join(dir, `${name}-cold.mjs`);
  writeFileSync(script, `import { readFileSync } from 'node:fs';\nconst text = readFileSync(${JSON.stringify(path.join(dir, 'article.txt'))}, 'utf8');\n${body}\n`);
  writeFileSync(path.join(dir, 'article.txt'), text);
  const results = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [script], { cwd: root, encoding: 'utf8' })) as ColdTimes);
  const med = (k: keyof ColdTimes) => median(results.map((r) => r[k]));
  return { loadMs: med('loadMs'), firstMs: med('firstMs'), loadCpuMs: med('loadCpuMs'), firstCpuMs: med('firstCpuMs'), loadGcMs: med('loadGcMs'), firstGcMs: med('firstGcMs') };
}

/** "first (+load load) cpu first+load": wall times, then CPU times, in ms. */
const coldCell = (c: ColdTimes) => `${c.firstMs.toFixed(1)} (+${c.loadMs.toFixed(1)} load) cpu ${c.firstCpuMs.toFixed(1)}+${c.loadCpuMs.toFixed(1)} gc ${c.firstGcMs.toFixed(1)}+${c.loadGcMs.toFixed(1)}`;

/** The engine as a minified classic script that sets globalThis.SourcelightEngine (for vm.Script's code cache). */
function engineScript(file: string): void {
  writeFileSync(file, esbuildEngine(['--format=iife', '--global-name=SourcelightEngine']));
}

/** lib/extract bundled and minified by esbuild, in ASCII as the extension's build writes it (build/ascii-only.ts). */
function esbuildEngine(format: string[]): Buffer {
  const js = execFileSync(path.join(root, 'node_modules/.bin/esbuild'), [path.join(root, 'lib/extract/index.ts'), '--bundle', '--minify', ...format, '--platform=browser', '--log-level=error'], { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return Buffer.from(asciiOnly(js));
}

/** The engine as it ships: bundled and minified by esbuild (timed as such, and weighed). */
async function bundledEngine(): Promise<{ extract: typeof Extract; raw: number; gzip: number; js: Buffer }> {
  const js = esbuildEngine(['--format=esm']);
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcelight-bench-'));
  try {
    const file = path.join(dir, 'engine.mjs');
    writeFileSync(file, js);
    const mod = (await import(pathToFileURL(file).href)) as { extract: typeof Extract };
    return { extract: mod.extract, raw: js.length / 1024, gzip: gzipSync(js, { level: 9 }).length / 1024, js };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the engine and compromise are, for the fresh processes. */
interface Engines { extract: typeof Extract; dir: string; engineFile: string; engineClassic: string; compromiseEntry: string; compromiseClassic: string }

type Measures = ReturnType<typeof measure>;

/** Every figure of one text, both engines side by side. */
function measure(e: Engines, text: string) {
  const words = text.split(/\s+/).filter(Boolean).length;
  const oursMs = time(() => e.extract(text), 1000, 1500, 15);
  const peerMs = time(() => compromiseAttributions(text), 1000, 1500, 5);
  const oursCold = cold(e.dir, 'engine', ENGINE_CHILD(e.engineFile), text);
  const peerCold = cold(e.dir, 'compromise', COMPROMISE_CHILD(e.compromiseEntry), text);
  const oursCached = coldCached(e.dir, 'engine', e.engineClassic, ENGINE_RUN, text);
  const peerCached = coldCached(e.dir, 'compromise', e.compromiseClassic, COMPROMISE_RUN, text);
  const per1k = (ms: number) => (ms * 1000) / words;
  return {
    words,
    sourcelightMsPer1kWords: per1k(oursMs),
    compromiseMsPer1kWords: per1k(peerMs),
    speedup: peerMs / oursMs,
    sourcelightColdMs: oursCold.firstMs,
    compromiseColdMs: peerCold.firstMs,
    sourcelightLoadMs: oursCold.loadMs,
    compromiseLoadMs: peerCold.loadMs,
    sourcelightCachedColdMs: oursCached.firstMs,
    compromiseCachedColdMs: peerCached.firstMs,
    sourcelightCachedLoadMs: oursCached.loadMs,
    compromiseCachedLoadMs: peerCached.loadMs,
    sourcelightColdCpuMs: oursCold.firstCpuMs,
    compromiseColdCpuMs: peerCold.firstCpuMs,
    sourcelightLoadCpuMs: oursCold.loadCpuMs,
    compromiseLoadCpuMs: peerCold.loadCpuMs,
    sourcelightCachedColdCpuMs: oursCached.firstCpuMs,
    compromiseCachedColdCpuMs: peerCached.firstCpuMs,
    sourcelightCachedLoadCpuMs: oursCached.loadCpuMs,
    compromiseCachedLoadCpuMs: peerCached.loadCpuMs,
    sourcelightColdGcMs: oursCold.firstGcMs,
    compromiseColdGcMs: peerCold.firstGcMs,
    sourcelightLoadGcMs: oursCold.loadGcMs,
    compromiseLoadGcMs: peerCold.loadGcMs,
    sourcelightCachedColdGcMs: oursCached.firstGcMs,
    compromiseCachedColdGcMs: peerCached.firstGcMs,
    sourcelightCachedLoadGcMs: oursCached.loadGcMs,
    compromiseCachedLoadGcMs: peerCached.loadGcMs,
    sourcelightHeapMb: heapDelta(() => e.extract(text)),
    compromiseHeapMb: heapDelta(() => compromiseAttributions(text)),
    claims: e.extract(text).claims.length,
  };
}

/** Each figure's median over several texts (the real articles' row). */
function medianOf(ms: Measures[]): Measures {
  const out = { ...ms[0] };
  for (const k of Object.keys(out) as (keyof Measures)[]) out[k] = median(ms.map((m) => m[k]));
  return out;
}

/** One table row; `label` replaces the word count (the real articles' row). */
function tableRow(m: Measures, label?: string): (string | number)[] {
  const times = (first: number, load: number, firstCpu: number, loadCpu: number, firstGc: number, loadGc: number) =>
    coldCell({ firstMs: first, loadMs: load, firstCpuMs: firstCpu, loadCpuMs: loadCpu, firstGcMs: firstGc, loadGcMs: loadGc });
  return [
    label ?? m.words,
    m.sourcelightMsPer1kWords.toFixed(3),
    m.compromiseMsPer1kWords.toFixed(2),
    `${m.speedup.toFixed(0)}x`,
    times(m.sourcelightColdMs, m.sourcelightLoadMs, m.sourcelightColdCpuMs, m.sourcelightLoadCpuMs, m.sourcelightColdGcMs, m.sourcelightLoadGcMs),
    times(m.compromiseColdMs, m.compromiseLoadMs, m.compromiseColdCpuMs, m.compromiseLoadCpuMs, m.compromiseColdGcMs, m.compromiseLoadGcMs),
    times(m.sourcelightCachedColdMs, m.sourcelightCachedLoadMs, m.sourcelightCachedColdCpuMs, m.sourcelightCachedLoadCpuMs, m.sourcelightCachedColdGcMs, m.sourcelightCachedLoadGcMs),
    times(m.compromiseCachedColdMs, m.compromiseCachedLoadMs, m.compromiseCachedColdCpuMs, m.compromiseCachedLoadCpuMs, m.compromiseCachedColdGcMs, m.compromiseCachedLoadGcMs),
    m.sourcelightHeapMb.toFixed(2),
    m.compromiseHeapMb.toFixed(2),
    m.claims,
  ];
}

export default async function extractBench() {
  const engine = await bundledEngine();
  const rows: (string | number)[][] = [];
  const json: Record<string, unknown> = {};
  const notes: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcelight-cold-'));
  const e: Engines = {
    extract: engine.extract,
    dir,
    engineFile: path.join(dir, 'engine.mjs'),
    engineClassic: path.join(dir, 'engine.js'),
    compromiseEntry: pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('compromise')).href,
    // compromise's own browser build: a UMD script that sets globalThis.nlp
    compromiseClassic: path.join(root, 'node_modules/compromise/builds/compromise.js'),
  };
  writeFileSync(e.engineFile, engine.js);
  engineScript(e.engineClassic);
  try {
    for (const target of [1_000, 10_000]) {
      const m = measure(e, article(target));
      json[String(target)] = m;
      rows.push(tableRow(m));
    }
    const real = realArticles();
    if (real.length) {
      const ms = real.map((a) => measure(e, a.text));
      const m = medianOf(ms);
      json.real = { articles: real.map((a, i) => ({ name: a.name, ...ms[i] })), median: m };
      rows.push(tableRow(m, `${real.length} real (PolNeAR dev, ${Math.min(...real.map((a) => a.words))}-${Math.max(...real.map((a) => a.words))} words), median`));
      notes.push(`Real articles, Sourcelight cold first extraction ms each: ${ms.map((x, i) => `${real[i].name.slice(0, 24)} ${x.sourcelightColdMs.toFixed(1)}`).join('; ')}`);
    } else {
      notes.push(`No real-article row: ${HOW_TO_GET('dev', REAL_DIR)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  json.bundle = { rawKb: engine.raw, gzipKb: engine.gzip };
  json.coldRuns = COLD_RUNS;
  rows.push(['engine bundle (lib/extract, esbuild --minify)', `${engine.raw.toFixed(1)} KB`, `${engine.gzip.toFixed(1)} KB gzip`, '', '', '', '', '', '', '', '']);
  return {
    title: `Attribution engine vs compromise (warm: median ms per 1,000 words; cold: first extraction in a fresh process, median of ${COLD_RUNS}, ms for the whole text, with the CPU time of the first run and of the load after 'cpu' (all threads: less sensitive to a busy machine), and the garbage collectors' pauses in each after 'gc' (a minor collection moves between load and first run with small changes in allocation); code cached: the same with V8's compiled code from an earlier run, as a waking service worker has it)`,
    columns: ['words', 'Sourcelight warm ms/1k words', 'compromise warm ms/1k words', 'speedup', 'Sourcelight cold ms', 'compromise cold ms', 'Sourcelight cold ms, code cached', 'compromise cold ms, code cached', 'Sourcelight heap MB/run', 'compromise heap MB/run', 'claims'],
    rows,
    json,
    notes,
  };
}
