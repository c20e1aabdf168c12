// The background's IndexedDB store: ingest a page report (one transaction), look a page up,
// dismiss conflicts, retention, export/import/clear. Used only in the background (and in Node via
// fake-indexeddb); the cross-referencing itself is pure code in lib/xref.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { LIMITS, validateMessage, type PageReport } from '../protocol';
import type { Claim, Conflict, Frame, PageView, Settings, Story } from '../types';
import { findConflicts, type FrameReport } from '../xref/conflicts';
import { articleFeatures, linkArticles, storyTerms, type ArticleFeatures } from '../xref/stories';
import { hash, speakerAsWritten } from '../xref/text';
import { ALL_STORES, DB_NAME, DB_VERSION, migrate, pageFrames, storedDigest, type ArticleRecord, type SourcelightDB, type StoreName } from './schema';
import { isQuotaError, StoreFullError, StoreInputError, StoreUnavailableError } from './errors';
import { normalizeUrl } from './urls';
import { parseExport, serializeExport, type ExportedArticle } from './transfer';

type DB = IDBPDatabase<SourcelightDB>;
type Tx = IDBPTransaction<SourcelightDB, StoreName[], 'readwrite' | 'readonly'>;
type WriteTx = IDBPTransaction<SourcelightDB, StoreName[], 'readwrite'>;

/** A name mentioned by at most this many stored articles (or 2% of them) counts as rare. */
const RARE_MIN = 5;
/** Names in more articles than this are not used to look up story candidates. */
const TERM_LOOKUP_CAP = 300;
const MAX_CANDIDATES = 60;
/** Articles of one story compared for conflicts (nearest in time first). */
const MAX_STORY_ARTICLES = 40;
const MAX_STORY_EVIDENCE = 30;
const DAY = 86_400_000;

export interface Store {
  /** Store (or update) one article and return its conflicts. One transaction: all or nothing. */
  ingest(report: PageReport, now?: number): Promise<{ url: string; conflicts: Conflict[]; frames: Frame[] }>;
  /** Everything known about the page at a visited or canonical URL (index lookups only). */
  view(url: string): Promise<PageView>;
  /** Mark a conflict "not the same thing" (or undo); remembered by conflict id. */
  dismiss(conflictId: string, dismissed: boolean): Promise<void>;
  exportAll(): Promise<string>;
  /** Validates the whole file first; on any problem throws StoreInputError and changes nothing. */
  importAll(json: string): Promise<void>;
  clear(): Promise<void>;
  /** Delete articles older than maxAgeDays, then the oldest beyond maxArticles. Returns how many. */
  prune(retention: Settings['retention'], now?: number): Promise<number>;
  close(): void;
}

/** Opens (creating or migrating) the store. Throws StoreUnavailableError when IndexedDB is unusable. */
export async function openStore(name: string = DB_NAME): Promise<Store> {
  if (typeof indexedDB === 'undefined') throw new StoreUnavailableError('IndexedDB is not available here');
  let db: DB | undefined;
  try {
    db = await openDB<SourcelightDB>(name, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        const step = migrate(database, oldVersion, DB_VERSION, tx);
        if (step) step.catch(() => tx.abort());
      },
      // a newer version of the extension wants to upgrade: let it (this worker is about to go)
      blocking() {
        db?.close();
      },
    });
  } catch (e) {
    throw new StoreUnavailableError(`IndexedDB could not be opened: ${e instanceof Error ? e.message : String(e)}`);
  }
  return new IdbStore(db);
}

/** Quota errors become StoreFullError; anything else passes through. */
function storeError(e: unknown): unknown {
  return isQuotaError(e) ? new StoreFullError('Storage is full: nothing was written. Clear old data or lower the retention limit.') : e;
}

async function finish(tx: WriteTx): Promise<void> {
  try {
    await tx.done;
  } catch (e) {
    throw storeError(e);
  }
}

/** Roll back a transaction that failed half way, and rethrow what went wrong. */
async function rollBack(tx: WriteTx, e: unknown): Promise<never> {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
  await tx.done.catch(() => undefined);
  throw storeError(e);
}

/** Claims in reading order; ties (same offset) by their engine id, c2 before c10. */
const textOrder = (a: Claim, b: Claim) => a.content.start - b.content.start || a.id.localeCompare(b.id, 'en', { numeric: true });

function emptyView(state: PageView['state'], message?: string): PageView {
  return { state, claims: [], actors: [], conflicts: [], stories: [], otherArticles: 0, ...(message ? { message } : {}) };
}

class IdbStore implements Store {
  constructor(private readonly db: DB) {}

  close(): void {
    this.db.close();
  }

  async ingest(report: PageReport, now = Date.now()): Promise<{ url: string; conflicts: Conflict[]; frames: Frame[] }> {
    const check = validateMessage({ type: 'page:report', page: report });
    if (!check.ok) throw new StoreInputError(check.reason);
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    let result: { url: string; conflicts: Conflict[]; frames: Frame[] };
    try {
      const url = await ingestInTx(tx, report, now, []);
      result = { url, conflicts: await conflictsOf(tx, url), frames: (await tx.objectStore('articles').get(url))?.frames ?? [] };
    } catch (e) {
      return rollBack(tx, e);
    }
    await finish(tx);
    return result;
  }

  async view(url: string): Promise<PageView> {
    const tx = this.db.transaction(ALL_STORES, 'readonly');
    const rec = await findArticle(tx, url);
    if (!rec) return emptyView('unknown', 'This page has not been read yet.');
    const claims = (await tx.objectStore('claims').index('byArticle').getAll(rec.url)).map((c) => c.claim);
    claims.sort(textOrder);
    const storyRec = await tx.objectStore('stories').get(rec.storyId);
    const conflicts = await conflictsOf(tx, rec.url);
    const stories: Story[] = [];
    if (storyRec && storyRec.articles.length > 1) {
      const reports = [];
      for (const u of storyRec.articles) {
        const a = u === rec.url ? rec : await tx.objectStore('articles').get(u);
        if (a) reports.push({ url: a.url, outlet: a.outlet, title: a.title, ...(a.published ? { published: a.published } : {}), readAt: a.readAt });
      }
      stories.push({ id: storyRec.id, articles: storyRec.articles, evidence: storyRec.evidence, reports });
    }
    return {
      state: 'ok',
      meta: rec.meta,
      claims,
      actors: rec.actors,
      conflicts,
      stories,
      otherArticles: storyRec ? storyRec.articles.length - 1 : 0,
      frames: rec.frames ?? [],
    };
  }

  async dismiss(conflictId: string, dismissed: boolean): Promise<void> {
    const tx = this.db.transaction('dismissals', 'readwrite');
    if (dismissed) await tx.store.put({ id: conflictId, at: Date.now() });
    else await tx.store.delete(conflictId);
    await tx.done;
  }

  async exportAll(): Promise<string> {
    const tx = this.db.transaction(ALL_STORES, 'readonly');
    const articles: ExportedArticle[] = [];
    const byArticle = tx.objectStore('claims').index('byArticle');
    for (let cur = await tx.objectStore('articles').index('byReadAt').openCursor(); cur; cur = await cur.continue()) {
      const r = cur.value;
      const claims = (await byArticle.getAll(r.url)).map((c) => c.claim).sort(textOrder);
      articles.push({ readAt: r.readAt, aliases: r.aliases, page: { meta: r.meta, claims, actors: r.actors, words: r.words, ...storedDigest(r) } });
    }
    const dismissals = await tx.objectStore('dismissals').getAll();
    return serializeExport(articles, dismissals);
  }

  async importAll(json: string): Promise<void> {
    const parsed = parseExport(json);
    if (!parsed.ok) throw new StoreInputError(`Import refused: ${parsed.reason}. Nothing was changed.`);
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    try {
      for (const a of parsed.value.articles) await ingestInTx(tx, a.page, a.readAt, a.aliases);
      for (const d of parsed.value.dismissals) await tx.objectStore('dismissals').put(d);
    } catch (e) {
      await rollBack(tx, e);
    }
    await finish(tx);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    await Promise.all(ALL_STORES.map((s) => tx.objectStore(s).clear()));
    await tx.done;
  }

  async prune(retention: Settings['retention'], now = Date.now()): Promise<number> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const articles = tx.objectStore('articles');
    const doomed: string[] = [];
    const cutoff = now - retention.maxAgeDays * DAY;
    for (let cur = await articles.index('byReadAt').openKeyCursor(IDBKeyRange.upperBound(cutoff, true)); cur; cur = await cur.continue()) {
      doomed.push(cur.primaryKey);
    }
    let excess = (await articles.count()) - doomed.length - retention.maxArticles;
    if (excess > 0) {
      const lower = IDBKeyRange.lowerBound(cutoff);
      for (let cur = await articles.index('byReadAt').openKeyCursor(lower); cur && excess > 0; cur = await cur.continue(), excess--) {
        doomed.push(cur.primaryKey);
      }
    }
    for (const url of doomed) await removeArticle(tx, url);
    await finish(tx);
    return doomed.length;
  }
}

async function findArticle(tx: Tx, url: string): Promise<ArticleRecord | undefined> {
  const key = normalizeUrl(url);
  const articles = tx.objectStore('articles');
  return (await articles.get(key)) ?? (await articles.index('byAlias').get(key));
}

/** Deletes an article with its claims, its place in its story and actors no one else names. */
async function removeArticle(tx: WriteTx, url: string): Promise<void> {
  const articles = tx.objectStore('articles');
  const rec = await articles.get(url);
  if (!rec) return;
  const claims = tx.objectStore('claims');
  for (const key of await claims.index('byArticle').getAllKeys(url)) await claims.delete(key);
  await articles.delete(url);
  const stories = tx.objectStore('stories');
  const story = await stories.get(rec.storyId);
  if (story) {
    const rest = story.articles.filter((u) => u !== url);
    if (rest.length) await stories.put({ ...story, articles: rest });
    else await stories.delete(story.id);
  }
  for (const key of rec.actorKeys) {
    if ((await articles.index('byActor').count(key)) === 0) await tx.objectStore('actors').delete(key);
  }
}

/** Picks the story a new article joins: the best-linked candidate sharing rare names with it. */
/** A source with no actor: its words, unless a pronoun the engine could not resolve ("it said"),
 *  which names nobody to a reader. */
function unresolvedSource(text: string | undefined): string | null {
  return !text || /^(?:he|she|it|they|we|i|you)$/i.test(text.trim()) ? null : text;
}

async function chooseStory(tx: WriteTx, features: ArticleFeatures, terms: string[]): Promise<{ storyId: string; evidence: string } | null> {
  const byTerm = tx.objectStore('articles').index('byTerm');
  const total = await tx.objectStore('articles').count();
  const rareCap = Math.max(RARE_MIN, Math.floor(total * 0.02));
  const df = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const term of terms) {
    const n = await byTerm.count(term);
    df.set(term.slice(2), n);
    if (n === 0 || n > TERM_LOOKUP_CAP) continue;
    for (const url of await byTerm.getAllKeys(term)) shared.set(url, (shared.get(url) ?? 0) + 1);
  }
  const candidates = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
  const rare = (key: string) => (df.get(key) ?? 0) + 1 <= rareCap;
  let best: { storyId: string; evidence: string; score: number } | null = null;
  for (const [url] of candidates) {
    const cand = await tx.objectStore('articles').get(url);
    if (!cand) continue;
    const link = linkArticles(cand.features, features, rare);
    if (link && (!best || link.score > best.score)) best = { storyId: cand.storyId, evidence: link.evidence, score: link.score };
  }
  return best;
}

/** The ingest itself, inside a caller's transaction (shared by ingest and import). */
async function ingestInTx(tx: WriteTx, report: PageReport, now: number, extraAliases: string[]): Promise<string> {
  const { meta } = report;
  const url = normalizeUrl(meta.canonicalUrl ?? meta.url);
  const aliases = new Set([url, normalizeUrl(meta.url), ...extraAliases.map(normalizeUrl)]);
  const articles = tx.objectStore('articles');

  // Re-reading: drop the previous version (also one first stored under a visited URL as key).
  for (const alias of aliases) {
    const old = (await articles.get(alias)) ?? (await articles.index('byAlias').get(alias));
    if (old) {
      for (const a of old.aliases) aliases.add(a);
      await removeArticle(tx, old.url);
    }
  }

  const claims = report.claims.slice(0, LIMITS.maxClaims);
  const actors = report.actors.slice(0, LIMITS.maxActors);
  const features = articleFeatures({ url, outlet: meta.outlet.name, title: meta.title, published: meta.published, claims, actors, digest: report.digest });
  // frames are computed here, once per stored page, and kept: views and badges only read them
  const { frames, sentences } = pageFrames(claims, report.digest?.sentences ?? [], features.publishedMs);
  const terms = storyTerms(features);
  const link = await chooseStory(tx, features, terms);
  const stories = tx.objectStore('stories');
  let storyId: string;
  const story = link ? await stories.get(link.storyId) : undefined;
  if (link && story) {
    storyId = story.id;
    await stories.put({ ...story, articles: [...story.articles, url], evidence: [...story.evidence, link.evidence].slice(-MAX_STORY_EVIDENCE) });
  } else {
    storyId = `s${hash(`${url}@${now}`)}`;
    await stories.put({ id: storyId, articles: [url], evidence: [] });
  }

  await articles.put({
    url,
    aliases: [...aliases].slice(0, 50),
    meta,
    outlet: meta.outlet.name,
    title: meta.title,
    ...(meta.published ? { published: meta.published } : {}),
    readAt: now,
    words: report.words,
    actors,
    actorKeys: [...new Set(actors.map((a) => a.key).filter(Boolean))],
    storyId,
    terms,
    features,
    frames,
    sentences,
  });
  const claimStore = tx.objectStore('claims');
  const keyOf = new Map(actors.map((a) => [a.id, a.key]));
  for (const c of claims) {
    await claimStore.put({ id: `${url}#${c.id}`, article: url, actorKey: (c.actorId && keyOf.get(c.actorId)) || null, claim: c });
  }
  const actorStore = tx.objectStore('actors');
  for (const a of actors) {
    if (!a.key) continue;
    const prev = await actorStore.get(a.key);
    const aliasSet = new Set([...(prev?.aliases ?? []), ...a.aliases, a.name]);
    const name = prev && prev.name.length >= a.name.length ? prev.name : a.name;
    const role = a.role ?? prev?.role;
    await actorStore.put({ key: a.key, name, type: a.type, ...(role ? { role } : {}), aliases: [...aliasSet].slice(0, 20), lastSeen: now });
  }
  return url;
}

/** An earlier figure the article itself marks ("officials had put the toll at 14", "initially"). */
const EARLIER_CUE = /^had\b/i;
const EARLIER_WORDS = /\b(?:earlier|initially|previously|at first|had put|had given|had said)\b/i;

/** The frames of one stored article, with what conflicts need to know of each report. */
async function frameReports(tx: Tx, a: ArticleRecord): Promise<FrameReport[]> {
  const claims = new Map((await tx.objectStore('claims').index('byArticle').getAll(a.url)).map((c) => [c.claim.id, c.claim]));
  const actorOf = new Map(a.actors.map((x) => [x.id, x]));
  const sentenceAt = new Map((a.sentences ?? []).map((s) => [s.start, s]));
  const leadNames = new Set(a.features.leadNames ?? []);
  const out: FrameReport[] = [];
  for (const frame of a.frames ?? []) {
    const claim = frame.kind === 'claim' ? claims.get(frame.ref) : undefined;
    if (frame.kind === 'claim' && !claim) continue;
    const actor = claim?.actorId ? actorOf.get(claim.actorId) : undefined;
    const sentence = sentenceAt.get(frame.sentence.start) ?? null;
    const content = claim ? claim.content.text : sentence?.text ?? '';
    out.push({
      url: a.url,
      outlet: a.outlet,
      ...(a.published ? { published: a.published } : {}),
      publishedMs: a.features.publishedMs,
      frame,
      // as the article writes it: "the coastguard", not the engine's "coastguard"
      actorName: claim ? (actor?.name ? speakerAsWritten(actor.name, `${claim.source?.text ?? ''} ${sentence?.text ?? content}`) : unresolvedSource(claim.source?.text)) : null,
      actorKey: claim ? actor?.key ?? null : null,
      content,
      sentence: sentence ? { text: sentence.text, start: sentence.start, end: sentence.end } : null,
      earlier: (claim !== undefined && EARLIER_CUE.test(claim.cue?.text ?? '')) || EARLIER_WORDS.test(sentence?.text ?? content),
      leadNames,
    });
  }
  return out;
}

/** Conflicts touching one article: within it and against the other articles of its story. */
async function conflictsOf(tx: Tx, url: string): Promise<Conflict[]> {
  const articles = tx.objectStore('articles');
  const rec = await articles.get(url);
  if (!rec) return [];
  const story = await tx.objectStore('stories').get(rec.storyId);
  const others: ArticleRecord[] = [];
  for (const u of story?.articles ?? []) {
    if (u === url) continue;
    const a = await articles.get(u);
    if (a) others.push(a);
  }
  const t0 = rec.features.publishedMs ?? rec.readAt;
  others.sort((a, b) => Math.abs((a.features.publishedMs ?? a.readAt) - t0) - Math.abs((b.features.publishedMs ?? b.readAt) - t0));
  const items: FrameReport[] = [];
  for (const a of [rec, ...others.slice(0, MAX_STORY_ARTICLES - 1)]) items.push(...(await frameReports(tx, a)));
  const conflicts = findConflicts(items, url, rec.storyId);
  const dismissals = tx.objectStore('dismissals');
  for (const c of conflicts) c.dismissed = (await dismissals.get(c.id)) !== undefined;
  return conflicts;
}
