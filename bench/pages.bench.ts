// `npm run bench -- pages [--corpus DIR] [--browser] [--json]`: reads a folder of saved real pages
// (Mozilla Readability's test pages by default; see bench/pages/corpus.ts for which count as English
// news) the way the extension does, and prints per page and in total: read or why not, text recall
// against expected.html, outlet, date, claims, claims inside photo captions, and time. With --browser
// the same pages are served locally to real Chromium with the built extension: the longest
// main-thread task the extension adds per page (median and 90th percentile) and console errors.
import { readArticleDoc, parseDocument } from '../cli/read-html';
import { extract } from '../lib/extract';
import { captionTexts, DEFAULT_CORPUS, givenDate, groupOf, isCorpus, isNamedOutlet, loadCorpus, NO_CORPUS, recall, type CorpusPage, type Group } from './pages/corpus';
import { browserRuns, type BrowserRun } from './pages/browser';

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
  const tasks = rows.map((r) => r.browser?.longestTaskMs).filter((x): x is number => typeof x === 'number');
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
    ...(tasks.length ? { longestTaskP50: quantile(tasks, 0.5), longestTaskP90: quantile(tasks, 0.9), consoleErrors: rows.reduce((n, r) => n + (r.browser?.consoleErrors.length ?? 0), 0) } : {}),
  };
}

export default async function pagesBench(argv: string[] = []) {
  const i = argv.indexOf('--corpus');
  const dir = i >= 0 && argv[i + 1] ? argv[i + 1]! : DEFAULT_CORPUS;
  const title = `Real pages (${dir})`;
  if (!isCorpus(dir)) return { title, columns: ['note'], rows: [[NO_CORPUS(dir)]], json: { skipped: true, note: NO_CORPUS(dir) } };
  const pages = loadCorpus(dir);
  const rows = pages.map(readPage);
  const withBrowser = argv.includes('--browser');
  if (withBrowser) {
    const runs = await browserRuns(pages.filter((p) => groupOf(p) !== 'other'));
    for (const r of rows) {
      const b = runs.get(r.name);
      if (b) r.browser = b;
    }
  }
  const groups: Group[] = ['english-news', 'english', 'not-english', 'other'];
  const order = (r: Row) => groups.indexOf(r.group);
  rows.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
  const columns = ['page', 'group', 'read (or why not)', 'recall', 'outlet', 'date (given)', 'claims', 'in captions', 'read ms', 'extract ms', ...(withBrowser ? ['browser: longest task ms', 'browser: claims painted / console errors'] : [])];
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
    ...(withBrowser ? [r.browser ? r.browser.longestTaskMs.toFixed(0) : '-', r.browser ? `${r.browser.claims} / ${r.browser.consoleErrors.length}` : '-'] : []),
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
      ...(withBrowser ? [s.longestTaskP50 !== undefined ? `p50 ${s.longestTaskP50.toFixed(0)} / p90 ${s.longestTaskP90!.toFixed(0)}` : '-', s.consoleErrors !== undefined ? `errors ${s.consoleErrors}` : '-'] : []),
    ]);
  }
  return { title, columns, rows: table, json: { corpus: dir, totals: [...sums, all], pages: rows } };
}
