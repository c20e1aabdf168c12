// One review input through the extension's own path, in Node (linkedom for the DOM, fake-indexeddb
// for the store): find the article and build the text model (lib/article, lib/textmodel), extract
// as the content script does (in the background up to LIMITS.maxExtractChars, else in pieces),
// cap and validate the report, ingest it into a store that already holds four articles, and check
// that those are all still there. Prints one JSON line per stage as it ends (a stage that never
// ends shows as the last line missing). Usage: tsx bench/review/page-run.ts NAME
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readArticleHtml } from '../../cli/read-html';
import { extract } from '../../lib/extract';
import { capForReport, extractInChunks } from '../../lib/analyze/chunked';
import { LIMITS, validateMessage, type PageReport } from '../../lib/protocol';
import { openStore } from '../../lib/store';
import { ROOT } from '../adversarial/inventory';
import { reviewInputs } from './inputs';

const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
async function stage<T>(name: string, fn: () => Promise<T> | T, note: (r: T) => string): Promise<T> {
  const t0 = performance.now();
  try {
    const r = await fn();
    say({ stage: name, ms: performance.now() - t0, ok: true, note: note(r) });
    return r;
  } catch (e) {
    say({ stage: name, ms: performance.now() - t0, ok: false, note: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 200) : String(e) });
    throw e;
  }
}

async function main(name: string) {
  const input = reviewInputs().find((i) => i.name === name);
  if (!input) throw new Error(`no input ${name}`);
  const store = await openStore(`review-${process.pid}`);
  const seeded: [string, number][] = [];
  for (const slug of ['ferry-northwire', 'ferry-meridian', 'ferry-bcn', 'ferry-gazette']) {
    const text = readFileSync(path.join(ROOT, 'tests/fixtures/articles', `${slug}.txt`), 'utf8');
    const meta = { url: `https://${slug}.example/a`, title: text.split('\n')[0]!, outlet: { name: slug, domain: `${slug}.example` }, authors: [] };
    const r = capForReport(extract(text, meta));
    const { url } = await store.ingest({ meta, claims: r.claims, actors: r.actors, words: 500 });
    seeded.push([url, (await store.view(url)).claims.length]);
  }
  const html = input.html();
  const read = await stage('read page (locate + text model)', () => readArticleHtml(html, 'https://hostile.example/page'), (r) => (r.isArticle ? `article of ${r.text.length} chars` : `not an article: ${r.reason}`));
  if (!read.isArticle) return;
  const meta = { ...read.meta, url: 'https://hostile.example/page' };
  const result = await stage('extract (as the content script)', () => (read.text.length <= LIMITS.maxExtractChars ? extract(read.text, meta) : extractInChunks(read.text, extract, meta, async () => {})), (r) => `${r.claims.length} claims${read.text.length > LIMITS.maxExtractChars ? ', in pieces' : ''}`);
  const capped = capForReport(result);
  const report: PageReport = { meta, claims: capped.claims, actors: capped.actors, words: read.text.split(/\s+/).length };
  await stage('report: validate + ingest', async () => {
    const v = validateMessage({ type: 'page:report', page: report });
    if (!v.ok) return `refused: ${v.reason}`;
    const { conflicts } = await store.ingest(report);
    return `stored ${report.claims.length} claims, ${conflicts.length} conflicts`;
  }, (r) => r);
  await stage('nothing lost from the store', async () => {
    const lost = [];
    for (const [url, n] of seeded) if ((await store.view(url)).claims.length !== n) lost.push(url);
    if (lost.length) throw new Error(`lost: ${lost.join(', ')}`);
    return seeded.length;
  }, (n) => `${n} earlier articles intact`);
  store.close();
}

main(process.argv[2] ?? '').catch(() => { process.exitCode = 1; });
