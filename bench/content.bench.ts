// The content script's cost on the page's main thread, in real Chromium with the built extension:
// total time of its stages on a 2,000-word article and the longest task on a 30,000-word page.
// Side by side: compromise (the JavaScript NLP a developer would reach for) run in the same page
// on the same text, finding people and organisations and "X said" matches.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = join(process.env.SOURCELIGHT_OUT_DIR ?? join(ROOT, '.output'), 'chrome-mv3');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';

/** Paragraphs of our own fixture articles, repeated until `words` words. */
function articleHtml(words: number): string {
  const dir = join(ROOT, 'tests/fixtures/articles');
  const paras = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\n+/).slice(1));
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const round = Math.floor(i / paras.length);
    // Later rounds get a marker so no paragraph repeats exactly (pages drop duplicate paragraphs).
    const p = round ? `${paras[i % paras.length]!} (${round})` : paras[i % paras.length]!;
    out.push(p);
    n += p.split(/\s+/).length;
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${words}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bench article","datePublished":"2026-11-20T10:00:00Z"}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Bench article of ${words} words</h1>${out.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

/** Page loads per size; the machine is shared and noisy, so the median of several is reported. */
const LOADS = 5;

interface Scan { ms: number; chars: number }
interface Run { stagesMs: number; longestTaskMs: number; peerMs: number; claims: number; firstScan: Scan; appendScan: Scan }

async function measure(port: number, words: number): Promise<Run> {
  const profile = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP *.example 127.0.0.1'],
  });
  try {
    const page = await ctx.newPage();
    await page.goto(`http://bench.example:${port}/article-${words}.html`);
    // Done when the paint stage has been measured.
    await page.waitForFunction(`performance.getEntriesByName('sourcelight:paint').length > 0`, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    // The content script yields after locate, between slices of the text model, after model+metadata, after each extraction piece, and before paint:
    // those are its tasks, so the longest of them is the longest task it adds to the page.
    // Functions passed to evaluate() are sent as strings (tsx would inject helpers the page lacks).
    const r = (await page.evaluate(`(() => {
      const d = (n) => performance.getEntriesByName('sourcelight:' + n).map((e) => e.duration);
      const sum = (xs) => xs.reduce((a, b) => a + b, 0);
      const model = d('model');
      if (model.length) model[model.length - 1] += sum(d('metadata')); // the last model slice and metadata share a task
      const tasks = [...d('locate'), ...model, ...d('extract'), ...d('paint')];
      return { stages: Object.fromEntries(['locate','model','metadata','extract','paint'].map((n) => [n, d(n).map((x) => Math.round(x))])), stagesMs: sum(tasks), longestTaskMs: Math.max(...tasks), claims: CSS.highlights.get('sourcelight-claim')?.size ?? 0 };
    })()`)) as Omit<Run, 'peerMs' | 'firstScan' | 'appendScan'>;
    // A live page adds a post at the end: the re-scan reads the new blocks with some context, where
    // the first scan (the peer: what every re-scan cost before) read everything.
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.textContent = '"We will reopen the harbour road by Friday," said Ines Carvalho, the port director, on Monday evening.';
      document.querySelector('article').append(p);
    })()`);
    await page.waitForFunction(`performance.getEntriesByName('sourcelight:scan').length > 1`, null, { timeout: 60_000 });
    const [firstScan, appendScan] = (await page.evaluate(
      `performance.getEntriesByName('sourcelight:scan').slice(0, 2).map((e) => ({ ms: e.duration, chars: e.detail.chars }))`,
    )) as [Scan, Scan];
    await page.addScriptTag({ path: join(ROOT, 'node_modules/compromise/builds/compromise.js') });
    const peerMs = (await page.evaluate(`(() => {
      const text = Array.from(document.querySelectorAll('article p'), (p) => p.textContent).join('\\n\\n');
      const t0 = performance.now();
      const doc = nlp(text);
      doc.people().out('array');
      doc.organizations().out('array');
      doc.match('#Noun+ (said|says|told|added|announced)').out('array');
      return performance.now() - t0;
    })()`)) as number;
    if (process.env.BENCH_VERBOSE) console.error(words, JSON.stringify(r));
    return { ...r, peerMs, firstScan, appendScan };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export default async function contentBench() {
  if (!existsSync(CHROMIUM)) {
    return { title: 'Content script in Chromium', columns: ['note'], rows: [[`skipped: no Chromium at ${CHROMIUM} (set CHROME_PATH)`]], json: { skipped: true } };
  }
  if (!existsSync(join(EXT, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const pages = new Map([2_000, 30_000].map((w) => [`/article-${w}.html`, articleHtml(w)]));
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const rows: (string | number)[][] = [];
  const json: Record<string, unknown> = {};
  try {
    for (const words of [2_000, 30_000]) {
      const runs: Run[] = [];
      for (let i = 0; i < LOADS; i++) runs.push(await measure(port, words));
      const med = (f: (r: Run) => number) => runs.map(f).sort((a, b) => a - b)[LOADS >> 1]!;
      const row = {
        words,
        sourcelightMainThreadMs: med((r) => r.stagesMs),
        longestTaskMs: med((r) => r.longestTaskMs),
        compromiseMs: med((r) => r.peerMs),
        claimsPainted: med((r) => r.claims),
        fullScanMs: med((r) => r.firstScan.ms),
        fullScanChars: med((r) => r.firstScan.chars),
        appendRescanMs: med((r) => r.appendScan.ms),
        appendRescanChars: med((r) => r.appendScan.chars),
      };
      json[`${words}`] = row;
      rows.push([words, row.sourcelightMainThreadMs.toFixed(1), row.longestTaskMs.toFixed(1), row.compromiseMs.toFixed(1), row.claimsPainted, `${row.fullScanMs.toFixed(1)} / ${row.fullScanChars}`, `${row.appendRescanMs.toFixed(1)} / ${row.appendRescanChars}`]);
    }
  } finally {
    server.close();
  }
  return {
    title: `Content script in Chromium (median of ${LOADS} page loads)`,
    columns: ['words', 'Sourcelight main-thread ms (all stages)', 'longest Sourcelight task ms (goal < 50)', 'compromise ms (same text, in page)', 'claims painted', 'full scan: wall ms / chars extracted', 're-scan after a post is appended: wall ms / chars'],
    rows,
    json,
  };
}
