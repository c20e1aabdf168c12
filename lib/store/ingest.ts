// Storing one page inside a caller's transaction: what is kept of it (computed without the
// database), the story it joins, and replacing an earlier version of it. Shared by the store's
// ingest, by imports (lib/store/bulk.ts runs the same steps for many pages at once) and by removal.
import type { IDBPTransaction } from 'idb';
import { LIMITS, type PageReport } from '../protocol';
import type { Actor, Claim, Frame, Span } from '../types';
import { articleFeatures, linkArticles, storyTerms, type ArticleFeatures } from '../xref/stories';
import { hash } from '../xref/text';
import { pageFrames, type ActorRecord, type ArticleRecord, type ClaimRecord, type SourcelightDB, type StoreName, type StoryRecord } from './schema';
import { normalizeUrl } from './urls';

export type WriteTx = IDBPTransaction<SourcelightDB, StoreName[], 'readwrite'>;

/** A name mentioned by at most this many stored articles (or 2% of them) counts as rare. */
const RARE_MIN = 5;
/** Names in more articles than this are not used to look up story candidates. */
export const TERM_LOOKUP_CAP = 300;
const MAX_CANDIDATES = 60;
const MAX_STORY_EVIDENCE = 30;

/** A write not awaited on its own: if it fails the transaction aborts, and the caller awaits that. */
export const later = (request: Promise<unknown>) => void request.catch(() => undefined);

/** A page as it will be stored, before the database is asked anything. */
export interface Prepared {
  url: string;
  aliases: Set<string>;
  report: PageReport;
  readAt: number;
  claims: Claim[];
  actors: Actor[];
  features: ArticleFeatures;
  frames: Frame[];
  sentences: (Span & { id: string })[];
  terms: string[];
}

/** `frames`: an import's checked frames, kept as they are (computing them is most of a page's cost). */
export function prepare(report: PageReport, readAt: number, extraAliases: string[], frames?: Frame[]): Prepared {
  const { meta } = report;
  const url = normalizeUrl(meta.canonicalUrl ?? meta.url);
  const claims = report.claims.slice(0, LIMITS.maxClaims);
  const actors = report.actors.slice(0, LIMITS.maxActors);
  const features = articleFeatures({ url, outlet: meta.outlet.name, title: meta.title, published: meta.published, claims, actors, digest: report.digest });
  const sentences = report.digest?.sentences ?? [];
  const framed = frames ? { frames, sentences: sentences.filter((s) => frames.some((f) => f.sentence.start === s.start)) } : pageFrames(claims, sentences, features.publishedMs);
  return { url, aliases: new Set([url, normalizeUrl(meta.url), ...extraAliases.map(normalizeUrl)]), report, readAt, claims, actors, features, ...framed, terms: storyTerms(features) };
}

/** The candidates worth reading for a page with these names, from the articles naming each
 *  (`lists[i]`: at most one past the cap, for `terms[i]`), and which names are rare. */
export function pickCandidates(terms: string[], lists: string[][], total: number): { urls: string[]; rare: (key: string) => boolean } {
  const rareCap = Math.max(RARE_MIN, Math.floor(total * 0.02));
  const df = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const [i, term] of terms.entries()) {
    const keys = lists[i];
    df.set(term.slice(2), keys.length > TERM_LOOKUP_CAP ? Infinity : keys.length);
    if (keys.length > TERM_LOOKUP_CAP) continue;
    for (const url of keys) shared.set(url, (shared.get(url) ?? 0) + 1);
  }
  const rare = (key: string) => (df.get(key) ?? 0) + 1 <= rareCap;
  // Only candidates that can link are read: linkArticles needs names worth 1 (a rare one, or four
  // others at 0.25 each; a name past the cap may be shared too, so those count as shared).
  const rareUrls = new Set(terms.flatMap((t, i) => (rare(t.slice(2)) ? lists[i] : [])));
  const capped = terms.filter((t) => df.get(t.slice(2)) === Infinity).length;
  const urls = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).filter(([url, n]) => rareUrls.has(url) || n + capped >= 4).map(([url]) => url);
  return { urls, rare };
}

export type Candidate = Pick<ArticleRecord, 'features' | 'storyId'>;

/** The best-linked candidate's story, with the evidence of the link. */
export function bestLink(candidates: (Candidate | undefined)[], features: ArticleFeatures, rare: (key: string) => boolean): { storyId: string; evidence: string } | null {
  let best: { storyId: string; evidence: string; score: number } | null = null;
  for (const cand of candidates) {
    if (!cand) continue;
    const link = linkArticles(cand.features, features, rare);
    if (link && (!best || link.score > best.score)) best = { storyId: cand.storyId, evidence: link.evidence, score: link.score };
  }
  return best && { storyId: best.storyId, evidence: best.evidence };
}

/** The story a page joins (`story`: the linked one as stored, if any), or a new one of its own. */
export function joinStory(p: Prepared, link: { storyId: string; evidence: string } | null, story: StoryRecord | undefined): StoryRecord {
  if (link && story) return { ...story, articles: [...story.articles, p.url], evidence: [...story.evidence, link.evidence].slice(-MAX_STORY_EVIDENCE) };
  return { id: `s${hash(`${p.url}@${p.readAt}`)}`, articles: [p.url], evidence: [] };
}

/** The page's article and claim records. */
export function recordsOf(p: Prepared, storyId: string): { article: ArticleRecord; claims: ClaimRecord[] } {
  const { meta } = p.report;
  const keyOf = new Map(p.actors.map((a) => [a.id, a.key]));
  const article: ArticleRecord = {
    url: p.url,
    aliases: [...p.aliases].slice(0, 50),
    meta,
    outlet: meta.outlet.name,
    title: meta.title,
    ...(meta.published ? { published: meta.published } : {}),
    readAt: p.readAt,
    words: p.report.words,
    actors: p.actors,
    actorKeys: [...new Set(p.actors.map((a) => a.key).filter(Boolean))],
    storyId,
    terms: p.terms,
    features: p.features,
    frames: p.frames,
    sentences: p.sentences,
  };
  return { article, claims: p.claims.map((c) => ({ id: `${p.url}#${c.id}`, article: p.url, actorKey: (c.actorId && keyOf.get(c.actorId)) || null, claim: c })) };
}

/** The page's named actors merged into what is known of them (`known`: by key, updated in place;
 *  two actors of one page may share a key). Returns the keys it touched. */
export function mergeActors(p: Prepared, known: Map<string, ActorRecord | undefined>): string[] {
  const touched: string[] = [];
  for (const a of p.actors) {
    if (!a.key) continue;
    const prev = known.get(a.key);
    const aliasSet = new Set([...(prev?.aliases ?? []), ...a.aliases, a.name]);
    const name = prev && prev.name.length >= a.name.length ? prev.name : a.name;
    const role = a.role ?? prev?.role;
    known.set(a.key, { key: a.key, name, type: a.type, ...(role ? { role } : {}), aliases: [...aliasSet].slice(0, 20), lastSeen: p.readAt });
    touched.push(a.key);
  }
  return touched;
}

/** Deletes an article with its claims, its place in its story and actors no one else names. */
export async function removeArticle(tx: WriteTx, url: string): Promise<void> {
  const articles = tx.objectStore('articles');
  const rec = await articles.get(url);
  if (!rec) return;
  const claims = tx.objectStore('claims');
  const [claimKeys, story] = await Promise.all([claims.index('byArticle').getAllKeys(url), tx.objectStore('stories').get(rec.storyId)]);
  const writes: Promise<unknown>[] = [...claimKeys.map((key) => claims.delete(key)), articles.delete(url)];
  if (story) {
    const rest = story.articles.filter((u) => u !== url);
    writes.push(rest.length ? tx.objectStore('stories').put({ ...story, articles: rest }) : tx.objectStore('stories').delete(story.id));
  }
  // one remaining article is enough to keep the actor (a count would walk every article naming it)
  const left = await Promise.all(rec.actorKeys.map((key) => articles.index('byActor').getKey(key)));
  rec.actorKeys.forEach((key, i) => left[i] === undefined && writes.push(tx.objectStore('actors').delete(key)));
  await Promise.all(writes);
}

/** Re-reading: drops the previous versions of a page (also one first stored under a visited URL as
 *  key, and versions under the aliases that one had), adding their aliases to `p`. Returns how many. */
export async function replaceEarlier(tx: WriteTx, p: Prepared): Promise<number> {
  const articles = tx.objectStore('articles');
  const checked = new Set<string>();
  let removed = 0;
  // lookups go out together: each request is a round trip
  for (let todo = [...p.aliases]; todo.length; todo = [...p.aliases].filter((a) => !checked.has(a))) {
    for (const a of todo) checked.add(a);
    const found = await Promise.all(todo.map(async (alias) => {
      const [byKey, byAlias] = await Promise.all([articles.get(alias), articles.index('byAlias').get(alias)]);
      return byKey ?? byAlias;
    }));
    for (const old of found) {
      if (!old || !(await articles.getKey(old.url))) continue; // none, or already removed
      for (const a of old.aliases) p.aliases.add(a);
      await removeArticle(tx, old.url);
      removed++;
    }
  }
  return removed;
}

/** What the database knows that a page's story and actors are decided from. */
function lookUp(tx: WriteTx, p: Prepared, keys: string[]): Promise<[string[][], (ActorRecord | undefined)[]]> {
  const byTerm = tx.objectStore('articles').index('byTerm');
  const actors = tx.objectStore('actors');
  // At most one past the cap is read: a common name costs the same in a store of any size.
  return Promise.all([Promise.all(p.terms.map((term) => byTerm.getAllKeys(term, TERM_LOOKUP_CAP + 1))), Promise.all(keys.map((k) => actors.get(k)))]);
}

/** A page as stored by storePage, with its story as it now stands. */
export interface Stored {
  removed: number;
  article: ArticleRecord;
  claims: ClaimRecord[];
  story: StoryRecord;
}

/** Stores one prepared page (the ingest of one page). Its writes are not awaited: a failed one
 *  aborts the transaction, which the caller's next request or commit meets. Each awaited round trip
 *  to the browser's database cost 1-10 ms in Chromium, so requests that need not wait go together. */
export async function storePage(tx: WriteTx, p: Prepared, total: number): Promise<Stored> {
  const keys = [...new Set(p.actors.map((a) => a.key).filter(Boolean))];
  // asked with the look-up of earlier versions; asked again only if one was removed
  const early = lookUp(tx, p, keys);
  early.catch(() => undefined); // met below, or the transaction failed anyway
  const removed = await replaceEarlier(tx, p);
  const [lists, stored] = removed ? await lookUp(tx, p, keys) : await early;
  const { urls, rare } = pickCandidates(p.terms, lists, total);
  const link = bestLink(await Promise.all(urls.map((u) => tx.objectStore('articles').get(u))), p.features, rare);
  const stories = tx.objectStore('stories');
  const story = joinStory(p, link, link ? await stories.get(link.storyId) : undefined);
  later(stories.put(story));
  const { article, claims } = recordsOf(p, story.id);
  later(tx.objectStore('articles').put(article));
  for (const c of claims) later(tx.objectStore('claims').put(c));
  const known = new Map(keys.map((k, i) => [k, stored[i]]));
  for (const key of new Set(mergeActors(p, known))) later(tx.objectStore('actors').put(known.get(key)!));
  return { removed, article, claims, story };
}
