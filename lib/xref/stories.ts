// Story grouping: decides whether two articles report the same event, and says why.
// Pure: the store feeds it article features and document frequencies from its index.
import type { Actor, Claim } from '../types';
import type { ArticleDigest } from './digest';
import { contentWords, fold, jaccard } from './text';
import { emptyTable } from '../word-table';

/** What story grouping needs to know about one article (kept in the store with the article). */
export interface ArticleFeatures {
  url: string;
  outlet: string;
  publishedMs: number | null;
  /** Name keys (folded) → display form: people, organisations, places named in the article. */
  names: Record<string, string>;
  /** Stemmed content words of the headline. */
  titleWords: string[];
  /** Stemmed content words of the body (most frequent first), or of the claims when no body was read. */
  vocab: string[];
  /** Folded names of the headline and the first sentences: places there are the story's own scope. */
  leadNames?: string[];
}

export interface StoryLink {
  score: number;
  evidence: string;
}

const MAX_NAMES = 80;
const MAX_VOCAB = 400;
const DAY = 86_400_000;
/** Reports further apart than this are treated as different events. */
const MAX_GAP_DAYS = 10;

const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec the a an ' +
    'but and he she it they we i in on at as after before when while this that there his her their its our ' +
    'meanwhile later earlier however also on the other hand police officials people we our you i my one two three four five ' +
    'six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty ' +
    'fifty sixty seventy eighty ninety hundred if what when where why how then there some many most all every no yes sources'
  ).split(' '),
);

/** Capitalised word sequences ("Port Aldmouth", "Khaled al-Mashri") in free text. */
export function properNames(text: string): string[] {
  // one space between the words of a name: linear on any run of spaces
  const re = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0](?:(?:al|el|bin|ibn|van|der|de|la|von|du|of)[- \u00a0])?\p{Lu}[\p{L}'’.-]*)*/gu;
  const out: string[] = [];
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    let name = m[0].replace(/['’]s$/, '');
    while (/[.'’-]/.test(name.charAt(name.length - 1))) name = name.slice(0, -1);
    const key = fold(name);
    if (key.length < 3 || NOT_NAMES.has(key)) continue;
    out.push(name);
  }
  return out;
}

export function nameKey(name: string): string {
  return fold(name)
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const NAME_TYPES = new Set<Actor['type']>(['person', 'organization', 'government', 'group', 'place']);

/**
 * Features of an article from its headline and body (the digest of its text) only, never from page
 * furniture. Without a digest (pages stored by older versions) the claims and actors stand in.
 */
export function articleFeatures(input: {
  url: string;
  outlet: string;
  title: string;
  published?: string;
  claims: readonly Claim[];
  actors: readonly Actor[];
  digest?: Pick<ArticleDigest, 'names' | 'words' | 'sentences'>;
}): ArticleFeatures {
  const names = emptyTable<string>();
  const ownOutlet = nameKey(input.outlet);
  const add = (display: string, key = nameKey(display)) => {
    if (key.length < 3 || key === ownOutlet || NOT_NAMES.has(key) || Object.keys(names).length >= MAX_NAMES) return;
    if (!(key in names)) names[key] = display;
  };
  const vocab = new Set<string>();
  const d = input.digest;
  const bodyNames = new Set((d?.names ?? []).map((n) => nameKey(n)));
  // a headline capitalises every word: its names count when the body names them too (or they are several words)
  for (const n of properNames(input.title)) if (!bodyNames.size || bodyNames.has(nameKey(n)) || /\s/.test(n)) add(n);
  if (d && (d.names.length || d.words.length)) {
    for (const n of d.names) add(n);
    for (const w of d.words) if (vocab.size < MAX_VOCAB) vocab.add(w);
  } else {
    for (const a of input.actors) if (NAME_TYPES.has(a.type) && a.key) add(a.name, a.key);
    for (const c of input.claims) for (const n of properNames(c.content.text)) add(n);
    for (const c of input.claims) {
      for (const w of contentWords(c.content.text)) {
        if (vocab.size >= MAX_VOCAB) break;
        vocab.add(w);
      }
    }
  }
  const lead = new Set<string>();
  for (const n of properNames(input.title)) lead.add(nameKey(n));
  for (const s of (d?.sentences ?? []).slice(0, 2)) for (const n of properNames(s.text)) lead.add(nameKey(n));
  const t = input.published ? Date.parse(input.published) : NaN;
  return {
    url: input.url,
    outlet: input.outlet,
    publishedMs: Number.isFinite(t) ? t : null,
    names,
    titleWords: [...new Set(contentWords(input.title))],
    vocab: [...vocab],
    leadNames: [...lead].filter((k) => k.length >= 3).slice(0, 40),
  };
}

/** Index terms under which the store files an article for candidate lookup. */
export function storyTerms(f: ArticleFeatures): string[] {
  return Object.keys(f.names).map((k) => `n:${k}`);
}

function hoursApart(a: number, b: number): string {
  const h = Math.abs(a - b) / 3_600_000;
  return h < 1 ? 'published within the hour' : h < 48 ? `published ${Math.round(h)} hours apart` : `published ${Math.round(h / 24)} days apart`;
}

/**
 * Should article `b` join article `a`'s story? `rare(key)` says whether a name is rare in the
 * store (few articles mention it). Different events in one town share the town and perhaps a
 * spokesperson; the same event shares several names and the vocabulary of what happened.
 */
export function linkArticles(a: ArticleFeatures, b: ArticleFeatures, rare: (key: string) => boolean): StoryLink | null {
  if (a.url === b.url) return null;
  if (a.publishedMs !== null && b.publishedMs !== null && Math.abs(a.publishedMs - b.publishedMs) > MAX_GAP_DAYS * DAY) return null;

  const shared: string[] = [];
  let nameScore = 0;
  for (const k of Object.keys(b.names)) {
    if (!Object.hasOwn(a.names, k)) continue; // a stored record is a plain object again: "constructor" is in every one
    shared.push(a.names[k]);
    nameScore += rare(k) ? 1 : 0.25;
  }
  const title = jaccard(new Set(a.titleWords), new Set(b.titleWords));
  const vocab = jaccard(new Set(a.vocab), new Set(b.vocab));
  // Names alone never decide: two stories from one town (and one newsroom's bylines) share many.
  const topical = (title >= 0.15 || vocab >= 0.12) && vocab >= 0.05;
  const linked =
    (nameScore >= 3 && topical) ||
    (nameScore >= 2 && title >= 0.15 && vocab >= 0.08) ||
    (nameScore >= 1 && title >= 0.3 && vocab >= 0.15);
  if (!linked) return null;

  // In a reader's words: names as written, no stems, no percentages of word sets.
  const parts = [`both name ${shared.slice(0, 6).join(', ')}`];
  if (title >= 0.15) parts.push('similar headlines');
  parts.push(`${vocab >= 0.3 ? 'much' : vocab >= 0.15 ? 'a good deal' : 'some'} of the same wording`);
  if (a.publishedMs !== null && b.publishedMs !== null) parts.push(hoursApart(a.publishedMs, b.publishedMs));
  return { score: nameScore + 3 * title + 5 * vocab, evidence: `${b.outlet} ↔ ${a.outlet}: ${parts.join('; ')}` };
}
