// An import's pages stored in a few round trips per run of pages instead of several per page
// (each request is a round trip to the browser's database: at 10,000 pages they were most of an
// import's time). The result is the one ingesting the pages one after the other would give: each
// page sees the pages before it, those of its own run included, when it looks for its story.
import type { ActorRecord, StoryRecord } from './schema';
import { bestLink, joinStory, later, mergeActors, pickCandidates, recordsOf, storePage, TERM_LOOKUP_CAP, type Candidate, type Prepared, type WriteTx } from './ingest';

/** Pages looked up together (bounds the candidates read at once). */
const RUN = 50;

/** Stores `pages` in order; returns the number of articles stored afterwards (`total` before). */
export async function storePages(tx: WriteTx, pages: Prepared[], total: number): Promise<number> {
  for (let i = 0; i < pages.length; ) {
    const run = pages.slice(i, i + RUN);
    const fresh = await freshPrefix(tx, run);
    if (fresh === 0) {
      // an earlier version is stored: the ingest of one page replaces it
      total += 1 - (await storePage(tx, run[0], total)).removed;
      i += 1;
    } else {
      await storeFresh(tx, run.slice(0, fresh), total);
      total += fresh;
      i += fresh;
    }
  }
  return total;
}

/** How many pages at the start of `run` have no earlier version, stored or earlier in the run. */
async function freshPrefix(tx: WriteTx, run: Prepared[]): Promise<number> {
  const articles = tx.objectStore('articles');
  const known = (alias: string) => Promise.all([articles.getKey(alias), articles.index('byAlias').getKey(alias)]).then((keys) => keys.some((k) => k !== undefined));
  const stored = await Promise.all(run.map((p) => Promise.all([...p.aliases].map(known))));
  const seen = new Set<string>();
  for (const [k, p] of run.entries()) {
    if (stored[k].some(Boolean) || [...p.aliases].some((a) => seen.has(a))) return k;
    for (const a of [...p.aliases].slice(0, 50)) seen.add(a); // the aliases it is stored with
  }
  return run.length;
}

/** The first keys of the union, in key order, as the index would give them once `extra` is stored. */
function withRun(stored: string[], extra: string[] | undefined): string[] {
  return extra ? [...stored, ...extra].sort().slice(0, TERM_LOOKUP_CAP + 1) : stored;
}

/** Stores pages none of which has an earlier version. */
async function storeFresh(tx: WriteTx, run: Prepared[], total: number): Promise<void> {
  const articles = tx.objectStore('articles');
  const terms = [...new Set(run.flatMap((p) => p.terms))];
  const actorKeys = [...new Set(run.flatMap((p) => p.actors.map((a) => a.key).filter(Boolean)))];
  const [lists, actorRecs] = await Promise.all([
    Promise.all(terms.map((t) => articles.index('byTerm').getAllKeys(t, TERM_LOOKUP_CAP + 1))),
    Promise.all(actorKeys.map((k) => tx.objectStore('actors').get(k))),
  ]);
  const listOf = new Map(terms.map((t, i) => [t, lists[i]]));

  // each page's candidates, as it would find them with the run's earlier pages stored
  const inRun = new Map<string, string[]>();
  const picks = run.map((p, k) => {
    const pick = pickCandidates(p.terms, p.terms.map((t) => withRun(listOf.get(t)!, inRun.get(t))), total + k);
    for (const t of p.terms) inRun.set(t, [...(inRun.get(t) ?? []), p.url]);
    return pick;
  });

  // the stored candidates and their stories, read together (only what linking needs is kept)
  const runPage = new Map(run.map((p) => [p.url, p]));
  const cands = new Map<string, Candidate | undefined>();
  const stories = new Map<string, StoryRecord | undefined>();
  await Promise.all([...new Set(picks.flatMap((p) => p.urls))].filter((u) => !runPage.has(u)).map(async (u) => {
    const rec = await articles.get(u);
    cands.set(u, rec && { features: rec.features, storyId: rec.storyId });
    if (!rec || stories.has(rec.storyId)) return;
    stories.set(rec.storyId, undefined);
    stories.set(rec.storyId, await tx.objectStore('stories').get(rec.storyId));
  }));

  const storyOf = new Map<string, string>();
  const touched = new Set<string>();
  const known = new Map<string, ActorRecord | undefined>(actorKeys.map((k, i) => [k, actorRecs[i]]));
  for (const [k, p] of run.entries()) {
    const candidates = picks[k].urls.map((u) => (runPage.has(u) ? { features: runPage.get(u)!.features, storyId: storyOf.get(u)! } : cands.get(u)));
    const link = bestLink(candidates, p.features, picks[k].rare);
    const story = joinStory(p, link, link ? stories.get(link.storyId) : undefined);
    stories.set(story.id, story);
    touched.add(story.id);
    storyOf.set(p.url, story.id);
    const { article, claims } = recordsOf(p, story.id);
    later(articles.put(article));
    for (const c of claims) later(tx.objectStore('claims').put(c));
    mergeActors(p, known);
  }
  for (const id of touched) later(tx.objectStore('stories').put(stories.get(id)!));
  for (const rec of known.values()) if (rec) later(tx.objectStore('actors').put(rec));
}
