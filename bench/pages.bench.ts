// `npm run bench -- pages [--corpus DIR] [--browser] [--json]`: reads a folder of saved real pages
// (Mozilla Readability's test pages by default; see bench/pages/corpus.ts for which count as English
// news) the way the extension does, and prints per page and in total: read or why not, text recall
// against expected.html, outlet, date, claims, claims inside photo captions, and time. With --browser
// the same pages are served locally to real Chromium with and without the built extension, and the
// browser's long-task observer gives per page the longest task that is the extension's and how many
// of its tasks are over 50 ms (median and 90th percentile over pages), the page's longest task with
// and without it, and console errors; the load average is printed beside them.
import { readArticleDoc, parseDocument } from '../cli/read-html';
import { extract } from '../lib/extract';
import { captionTexts, DEFAULT_CORPUS, givenDate, groupOf, isCorpus, isNamedOutlet, loadCorpus, NO_CORPUS, recall, type CorpusPage, type Group } from './pages/corpus';
import { browserRuns, loadAverage, type BrowserRun } from './pages/browser';

interface Row {
  name: string;
  group: Group;
  read: boolean;
  reason?: string;
  notEnglish?: string | null;
  recall: number | null;
  outlet: string;
  outletNamed: boolean;
  date: string | null;
  dateGiven: string | null;
  claims: number;
  captionClaims: number;
  readMs: number;
  extractMs: number;
  browser?: BrowserRun;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function readPage(p: CorpusPage): Row {
  const doc = parseDocument(p.source);
  const captions = captionTexts(doc);
  const t0 = performance.now();
  const r = readArticleDoc(doc, p.url);
  const readMs = performance.now() - t0;
  let claims = 0;
  let captionClaims = 0;
  let extractMs = 0;
  if (r.isArticle) {
    const t1 = performance.now();
    const found = extract(r.text, r.meta).claims;
    extractMs = performance.now() - t1;
    claims = found.length;
    // A claim read from a caption: the paragraph of our text it sits in is (part of) a caption.
    const paras: [number, string][] = [];
    for (let at = 0; at <= r.text.length; ) {
      const end = r.text.indexOf('\n\n', at);
      const stop = end < 0 ? r.text.length : end;
      paras.push([at, norm(r.text.slice(at, stop))]);
      at = stop + 2;
    }
    const inCaption = found.filter((c) => {
      const para = paras.filter(([at]) => at <= c.content.start).pop()?.[1] ?? '';
      // The paragraph is (most of) a caption: a caption's words inside a longer paragraph are not.
      return para.length >= 12 && captions.some((cap) => cap.includes(para) || (para.includes(cap) && cap.length * 2 >= para.length));
    });
    captionClaims = inCaption.length;
    if (process.env.BENCH_VERBOSE) for (const c of inCaption) console.error(`  ${p.name}: claim in a caption: ${c.content.text.slice(0, 120)}`);
  }
  return {
    name: p.name,
    group: groupOf(p),
    read: r.isArticle,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.notEnglish ? { notEnglish: r.notEnglish.lang } : {}),
    recall: p.expected && r.isArticle ? recall(p.expected, r.text) : r.isArticle ? null : 0,
    outlet: r.meta.outlet.name,
    outletNamed: isNamedOutlet(r.meta.outlet.name),
    date: r.meta.published ?? null,
    dateGiven: givenDate(p),
    claims,
    captionClaims,
    readMs,
    extractMs,
  };
}

const pct = (n: number, d: number) => (d ? `${n}/${d} (${((100 * n) / d).toFixed(0)}%)` : '-');
const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

function totals(rows: Row[], group: string) {
  const read = rows.filter((r) => r.read);
  const good = read.filter((r) => (r.recall ?? 0) >= 0.9);
  const given = rows.filter((r) => r.dateGiven);
  const runs = rows.map((r) => r.browser).filter((b): b is BrowserRun => !!b);
  const q = (f: (b: BrowserRun) => number) => ({ p50: quantile(runs.map(f), 0.5), p90: quantile(runs.map(f), 0.9) });
  return {
    group,
    pages: rows.length,
    read: read.length,
    recallAtLeast90: good.length,
    medianRecall: quantile(read.map((r) => r.recall ?? 0), 0.5),
    outletNamed: read.filter((r) => r.outletNamed).length,
    dateFound: given.filter((r) => r.date).length,
    dateGiven: given.length,
    claims: read.reduce((n, r) => n + r.claims, 0),
    captionClaims: rows.reduce((n, r) => n + r.captionClaims, 0),
    saidNotEnglish: rows.filter((r) => r.notEnglish !== undefined).length,
    readMsMedian: quantile(rows.map((r) => r.readMs), 0.5),
    readMsMax: Math.max(0, ...rows.map((r) => r.readMs)),
    ...(runs.length
      ? {
          browser: {
            pages: runs.length,
            extensionLongestTask: q((b) => b.extLongestMs),
            extensionLongestTaskCpu: q((b) => b.extLongestCpuMs),
            extensionTasksOver50Cpu: runs.reduce((n, b) => n + b.extTasksOver50Cpu, 0),
            extensionTasksOver50: runs.reduce((n, b) => n + b.extTasks.length, 0),
            pagesWithExtensionTaskOver50: runs.filter((b) => b.extTasks.length).length,
            pageLongestTaskWith: q((b) => b.pageLongestMs),
            pageLongestTaskWithout: q((b) => b.pageLongestWithoutMs),
            longTasksWith: runs.reduce((n, b) => n + b.longTasks, 0),
            longTasksWithout: runs.reduce((n, b) => n + b.longTasksWithout, 0),
            consoleErrors: runs.reduce((n, b) => n + b.consoleErrors.length, 0),
          },
        }
      : {}),
  };
}

function browserCells(b: BrowserRun | undefined): string[] {
  if (!b) return ['-', '-', '-', '-', '-'];
  return [`${b.extLongestMs.toFixed(0)}${b.extLongestMs ? ` (${b.extStage})` : ''}`, String(b.extTasks.length), `${b.extLongestCpuMs.toFixed(0)} (${b.extTasksOver50Cpu})`, `${b.pageLongestMs.toFixed(0)} / ${b.pageLongestWithoutMs.toFixed(0)}`, `${b.outcome === 'read' ? b.claims : b.outcome.slice(0, 20)} / ${b.consoleErrors.length}`];
}

function browserTotals(b: ReturnType<typeof totals>['browser']): string[] {
  if (!b) return ['-', '-', '-', '-', '-'];
  const pq = (x: { p50: number; p90: number }) => `p50 ${x.p50.toFixed(0)} / p90 ${x.p90.toFixed(0)}`;
  return [pq(b.extensionLongestTask), `${b.extensionTasksOver50} on ${b.pagesWithExtensionTaskOver50} pages`, `${pq(b.extensionLongestTaskCpu)} (${b.extensionTasksOver50Cpu})`, `${pq(b.pageLongestTaskWith)} / ${pq(b.pageLongestTaskWithout)}`, `errors ${b.consoleErrors}`];
}

export default async function pagesBench(argv: string[] = []) {
  const i = argv.indexOf('--corpus');
  const dir = i >= 0 && argv[i + 1] ? argv[i + 1]! : DEFAULT_CORPUS;
  const title = `Real pages (${dir})`;
  if (!isCorpus(dir)) return { title, columns: ['note'], rows: [[NO_CORPUS(dir)]], json: { skipped: true, note: NO_CORPUS(dir) } };
  const pages = loadCorpus(dir);
  const rows = pages.map(readPage);
  const withBrowser = argv.includes('--browser');
  let load = '';
  if (withBrowser) {
    load = loadAverage();
    // English news (the goal's pages) and pages in other languages (nothing may be painted there):
    // the browser runs are minutes long on a shared machine.
    const runs = await browserRuns(pages.filter((p) => groupOf(p) === 'english-news' || groupOf(p) === 'not-english'));
    for (const r of rows) {
      const b = runs.get(r.name);
      if (b) r.browser = b;
    }
  }
  const groups: Group[] = ['english-news', 'english', 'not-english', 'other'];
  const order = (r: Row) => groups.indexOf(r.group);
  rows.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
  const columns = ['page', 'group', 'read (or why not)', 'recall', 'outlet', 'date (given)', 'claims', 'in captions', 'read ms', 'extract ms', ...(withBrowser ? ['ext. longest task ms (stage)', 'ext. tasks > 50', 'ext. longest CPU ms (> 50)', 'page longest with / without', 'painted / errors'] : [])];
  const table = rows.map((r) => [
    r.name.slice(0, 30),
    r.group,
    r.read ? 'read' : (r.reason ?? '').slice(0, 48),
    r.recall === null ? '-' : r.recall.toFixed(3),
    `${r.outletNamed ? '' : '✗ '}${r.outlet}`.slice(0, 26),
    `${r.date?.slice(0, 10) ?? '-'} (${r.dateGiven?.slice(0, 10) ?? '-'})`,
    r.claims,
    r.captionClaims,
    r.readMs.toFixed(0),
    r.extractMs.toFixed(0),
    ...(withBrowser ? browserCells(r.browser) : []),
  ]);
  const sums = groups.map((g) => totals(rows.filter((r) => r.group === g), g));
  const all = totals(rows, 'all');
  for (const s of [...sums, all]) {
    table.push([
      `TOTAL ${s.group}`,
      `${s.pages} pages`,
      `read ${s.read}; recall≥0.9: ${pct(s.recallAtLeast90, s.pages)}`,
      Number.isFinite(s.medianRecall) ? s.medianRecall.toFixed(2) : '-',
      `named ${pct(s.outletNamed, s.read)}`,
      `found ${pct(s.dateFound, s.dateGiven)}`,
      s.claims,
      s.captionClaims,
      `${s.readMsMedian.toFixed(0)} (max ${s.readMsMax.toFixed(0)})`,
      s.group === 'not-english' ? `said so ${pct(s.saidNotEnglish, s.pages)}` : '',
      ...(withBrowser ? browserTotals(s.browser) : []),
    ]);
  }
  const loadNote = withBrowser ? `load average before the browser runs ${load}, after ${loadAverage()} (2 cores, shared)` : '';
  return { title, columns, rows: table, ...(loadNote ? { notes: [loadNote] } : {}), json: { corpus: dir, ...(loadNote ? { loadAverage: loadNote } : {}), totals: [...sums, all], pages: rows } };
}
