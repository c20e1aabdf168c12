// `sourcelight xref FILE... [--json] [--strict]`: reads articles (.html through the article reader,
// .txt as text), extracts claims with the engine, files them in the same store code the extension
// uses (fake-indexeddb in Node) and prints the stories and conflicts it finds: with other outlets,
// and within one article. A file that is no article is skipped with a warning (--strict: an error).
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import 'fake-indexeddb/auto'; // IndexedDB and its classes as globals, as in a browser
import { extract } from '../lib/extract/index';
import { openStore } from '../lib/store';
import type { PageReport } from '../lib/protocol';
import type { ArticleMeta, Conflict, ConflictSide, Story } from '../lib/types';
import { digestArticle } from '../lib/xref/digest';
import { readArticleHtml } from './read-html';
import { MAX_INPUT_BYTES, readInput } from './input';

const USAGE = `usage: sourcelight xref FILE... [--json] [--strict]   (.html/.htm read as web pages, anything else as plain text; each at most ${MAX_INPUT_BYTES / 1_000_000} MB; --strict: a file that is no article is an error, not a warning)`;

interface Loaded {
  /** The URL printed: canonical/og:url for pages, the file path for text. */
  shown: string;
  report: PageReport;
}

/** The store only keeps http(s) pages; local files get a stand-in address, mapped back on output. */
function storeUrl(file: string): string {
  return `https://local.file${pathToFileURL(resolve(file)).pathname}`;
}

/** A .txt may have a sibling SLUG.gold.json (the fixture format) naming its outlet and date. */
function sidecar(file: string): { outlet?: string; published?: string } {
  const gold = file.replace(/\.txt$/i, '.gold.json');
  if (gold === file || !existsSync(gold)) return {};
  try {
    const g = JSON.parse(readFileSync(gold, 'utf8')) as { outlet?: unknown; published?: unknown };
    return { ...(typeof g.outlet === 'string' ? { outlet: g.outlet } : {}), ...(typeof g.published === 'string' ? { published: g.published } : {}) };
  } catch {
    return {};
  }
}

/** A file that could not be loaded: unreadable (always an error) or no article (a warning unless --strict). */
interface Failed { reason: string; notArticle: boolean }

async function load(file: string): Promise<Loaded | Failed> {
  let raw: string;
  try {
    raw = await readInput(file);
  } catch (e) {
    return { reason: `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`, notArticle: false };
  }
  let meta: ArticleMeta;
  let text: string;
  let shown: string;
  if (/\.html?$/i.test(extname(file))) {
    const read = readArticleHtml(raw, pathToFileURL(resolve(file)).href);
    if (!read.isArticle) return { reason: `${file} is not an article (${read.reason ?? 'no article body found'})`, notArticle: true };
    text = read.text;
    shown = /^https?:/.test(read.meta.url) ? read.meta.url : file;
    meta = { ...read.meta, url: /^https?:/.test(read.meta.url) ? read.meta.url : storeUrl(file) };
    if (meta.canonicalUrl && !/^https?:/.test(meta.canonicalUrl)) delete meta.canonicalUrl;
  } else {
    text = raw;
    shown = file;
    const side = sidecar(file);
    const title = raw.split('\n').find((l) => l.trim())?.trim().slice(0, 500) ?? basename(file);
    meta = { url: storeUrl(file), title, outlet: { name: side.outlet ?? basename(file), domain: 'local.file' }, authors: [], ...(side.published ? { published: side.published } : {}) };
  }
  if (!text.trim() || /\u0000/.test(text.slice(0, 4096))) return { reason: `${file} is not an article (${text.trim() ? 'binary data' : 'no text'})`, notArticle: true };
  const { claims, actors } = extract(text, meta);
  return { shown, report: { meta, claims, actors, words: text.split(/\s+/).filter(Boolean).length, digest: digestArticle(text, claims) } };
}

function sideOut(s: ConflictSide, shownOf: (u: string) => string): unknown {
  return {
    url: shownOf(s.url),
    outlet: s.outlet,
    published: s.published ?? null,
    actor: s.actor,
    own: s.own ?? false,
    content: { text: s.content },
    sentence: s.sentence ?? null,
    value: s.value,
    frame: s.frame ?? null,
  };
}

function jsonOut(stories: Story[], conflicts: Conflict[], shownOf: (u: string) => string): unknown {
  return {
    stories: stories.map((s) => ({ id: s.id, articles: s.articles.map(shownOf), evidence: s.evidence })),
    conflicts: conflicts.map((c) => ({
      id: c.id,
      story: c.storyId ?? null,
      type: c.type,
      scope: c.within ? 'within-article' : 'across-outlets',
      topic: c.topic,
      reason: c.reason ?? null,
      explanation: c.explanation,
      ...(c.update ? { update: true } : {}),
      claims: c.sides.map((s) => sideOut(s, shownOf)),
    })),
  };
}

function textOut(stories: Story[], conflicts: Conflict[], unlinked: string[], shownOf: (u: string) => string): string {
  const lines: string[] = [`Stories (${stories.length})`];
  for (const s of stories) {
    lines.push(`  ${s.id}: ${s.articles.length} articles`);
    for (const a of s.articles) lines.push(`    - ${shownOf(a)}`);
    for (const e of s.evidence) lines.push(`    why: ${e}`);
  }
  if (unlinked.length) lines.push(`  not grouped with anything: ${unlinked.map(shownOf).join(', ')}`);
  const section = (title: string, list: Conflict[]) => {
    lines.push('', `${title} (${list.filter((c) => !c.update).length}, plus ${list.filter((c) => c.update).length} updated figures)`);
    for (const c of list) {
      lines.push(`  [${c.update ? 'update' : c.type}] ${c.topic}${c.storyId ? ` (story ${c.storyId})` : ''}`, `    ${c.explanation}`);
      for (const s of c.sides) {
        const who = s.own ? 'own reporting' : s.actor ?? 'unnamed source';
        lines.push(`      ${s.outlet}${s.published ? ` ${s.published.slice(0, 16)}` : ''} · ${who}: «${s.value}» in "${(s.sentence?.text ?? s.content).slice(0, 160)}"`);
      }
    }
  };
  section('Conflicts with other outlets', conflicts.filter((c) => !c.within));
  section('Conflicts within one article', conflicts.filter((c) => c.within));
  return lines.join('\n');
}

export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const strict = args.includes('--strict');
  const files = args.filter((a) => a !== '--json' && a !== '--strict');
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const badFlag = files.find((f) => f.startsWith('--'));
  if (files.length === 0 || badFlag) {
    console.error(badFlag ? `xref: unknown option ${badFlag}\n${USAGE}` : USAGE);
    return 2;
  }
  const loaded: Loaded[] = [];
  for (const f of files) {
    const r = await load(f);
    if ('reason' in r) {
      if (r.notArticle && !strict) {
        console.error(`xref: warning: skipped ${r.reason}`);
        continue;
      }
      console.error(`xref: ${r.reason}`);
      return 1;
    }
    loaded.push(r);
  }
  const store = await openStore(`sourcelight-xref-${process.pid}-${Date.now()}`);
  const shown = new Map<string, string>();
  // oldest first, so a later higher figure reads as an update; readAt follows publication
  loaded.sort((a, b) => (Date.parse(a.report.meta.published ?? '') || 0) - (Date.parse(b.report.meta.published ?? '') || 0));
  const urls: string[] = [];
  for (const [i, l] of loaded.entries()) {
    const { url } = await store.ingest(l.report, Date.now() + i);
    shown.set(url, l.shown);
    urls.push(url);
  }
  const stories = new Map<string, Story>();
  const conflicts = new Map<string, Conflict>();
  const unlinked: string[] = [];
  for (const url of urls) {
    const view = await store.view(url);
    for (const s of view.stories) stories.set(s.id, s);
    if (!view.stories.length) unlinked.push(url);
    for (const c of view.conflicts) conflicts.set(c.id, c);
  }
  store.close();
  const shownOf = (u: string) => shown.get(u) ?? u;
  const all = [...conflicts.values()].sort((a, b) => Number(a.update ?? false) - Number(b.update ?? false) || a.type.localeCompare(b.type));
  console.log(json ? JSON.stringify(jsonOut([...stories.values()], all, shownOf), null, 2) : textOut([...stories.values()], all, unlinked, shownOf));
  return 0;
}
