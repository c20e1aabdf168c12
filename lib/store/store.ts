// The background's IndexedDB store: ingest a page report (one transaction), look a page up,
// dismiss conflicts, retention, export/import/clear. Used only in the background (and in Node via
// fake-indexeddb); the cross-referencing itself is pure code in lib/xref.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { LIMITS, validateMessage, type ExportCursor, type PageReport } from '../protocol';
import type { Claim, Conflict, Frame, PageView, Settings, Story } from '../types';
import { findConflicts, type FrameReport } from '../xref/conflicts';
import { articleFeatures, linkArticles, storyTerms, type ArticleFeatures } from '../xref/stories';
import { hash, speakerAsWritten } from '../xref/text';
import { ALL_STORES, DB_NAME, DB_VERSION, migrate, pageFrames, storedDigest, type ActorRecord, type ArticleRecord, type SourcelightDB, type StoreName } from './schema';
import { isQuotaError, StoreFullError, StoreInputError, StoreUnavailableError } from './errors';
import { normalizeUrl } from './urls';
import { parseExport, serializeExport, type ExportedArticle } from './transfer';
import type { DismissalRecord } from './schema';

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


/** Writes need not reach the disk before the next one starts: a page read just before a crash can
 *  be read again (Chromium's default otherwise flushes on every commit). */
const RELAXED = { durability: 'relaxed' } as const;

/** Articles an export page reads before it looks at its size again (a page may pass its size by
 *  at most this many articles). */
const EXPORT_WINDOW = 10;

/** Records copied per transaction when a store is copied. */
const COPY_BATCH = 500;

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
  /** Stores checked export articles in one transaction (an import's batch, in file order). */
  importBatch(articles: ExportedArticle[], dismissals: DismissalRecord[]): Promise<void>;
  /** Export articles oldest first, each serialised, after `after`, up to about `maxChars`. */
  exportPage(after: ExportCursor | null, maxChars: number): Promise<{ articles: string[]; next: ExportCursor | null }>;
  dismissals(): Promise<DismissalRecord[]>;
  /** How much is stored: articles and claims. */
  stats(): Promise<{ articles: number; claims: number }>;
  /** Copies every record into an empty store (the staging copy an import starts from). */
  copyInto(target: Store): Promise<void>;
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
  /** Articles stored, counted once and then kept up to date by ingests (a count in Chromium walks
   *  the whole store: recounting on every ingest made each one slower as the store grew). */
  private total: number | null = null;
  constructor(readonly db: DB) {}

  private async articleCount(tx: Tx): Promise<number> {
    this.total ??= await tx.objectStore('articles').count();
    return this.total;
  }

  close(): void {
    this.db.close();
  }

  async ingest(report: PageReport, now = Date.now()): Promise<{ url: string; conflicts: Conflict[]; frames: Frame[] }> {
    const check = validateMessage({ type: 'page:report', page: report });
    if (!check.ok) throw new StoreInputError(check.reason);
    const tx = this.db.transaction(ALL_STORES, 'readwrite', RELAXED);
    let result: { url: string; conflicts: Conflict[]; frames: Frame[] };
    try {
      const total = await this.articleCount(tx);
      const { url, removed } = await ingestInTx(tx, report, now, [], total);
      result = { url, conflicts: await conflictsOf(tx, url), frames: (await tx.objectStore('articles').get(url))?.frames ?? [] };
      this.total = total + 1 - removed;
    } catch (e) {
      this.total = null;
      return rollBack(tx, e);
    }
    await finish(tx).catch((e: unknown) => {
      this.total = null;
      throw e;
    });
    return result;
  }

  async view(url: string): Promise<PageView> {
    const tx = this.db.transaction(ALL_STORES, 'readonly');
    const rec = await findArticle(tx, url);
    if (!rec) return emptyView('unknown', 'This page has not been read yet.');
    const [claimRecs, storyRec, conflicts] = await Promise.all([tx.objectStore('claims').index('byArticle').getAll(rec.url), tx.objectStore('stories').get(rec.storyId), conflictsOf(tx, rec.url)]);
    const claims = claimRecs.map((c) => c.claim).sort(textOrder);
    const stories: Story[] = [];
    if (storyRec && storyRec.articles.length > 1) {
      const reports = [];
      const recs = await Promise.all(storyRec.articles.map((u) => (u === rec.url ? rec : tx.objectStore('articles').get(u))));
      for (const a of recs) {
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
    const articles: string[] = [];
    for (let page = await this.exportPage(null, 1_000_000); ; page = await this.exportPage(page.next, 1_000_000)) {
      articles.push(...page.articles);
      if (!page.next) break;
    }
    return serializeExport(articles.map((a) => JSON.parse(a) as ExportedArticle), await this.dismissals());
  }

  async importAll(json: string): Promise<void> {
    const parsed = parseExport(json);
    if (!parsed.ok) throw new StoreInputError(`Import refused: ${parsed.reason}. Nothing was changed.`);
    await this.importBatch(parsed.value.articles, parsed.value.dismissals);
  }

  async importBatch(articles: ExportedArticle[], dismissals: DismissalRecord[]): Promise<void> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite', RELAXED);
    try {
      let total = await this.articleCount(tx);
      for (const a of articles) total += 1 - (await ingestInTx(tx, a.page, a.readAt, a.aliases, total)).removed;
      for (const d of dismissals) await tx.objectStore('dismissals').put(d);
      this.total = total;
    } catch (e) {
      this.total = null;
      await rollBack(tx, e);
    }
    await finish(tx).catch((e: unknown) => {
      this.total = null;
      throw e;
    });
  }

  async exportPage(after: ExportCursor | null, maxChars: number): Promise<{ articles: string[]; next: ExportCursor | null }> {
    const tx = this.db.transaction(['articles', 'claims'], 'readonly');
    const byArticle = tx.objectStore('claims').index('byArticle');
    const articles: string[] = [];
    let chars = 0;
    let cur = await tx.objectStore('articles').index('byReadAt').openCursor(after ? IDBKeyRange.lowerBound(after.readAt) : null);
    // resume just past the last article sent (same readAt: ordered by URL)
    if (cur && after && cur.key === after.readAt) {
      if (cur.primaryKey < after.url) cur = await cur.continuePrimaryKey(after.readAt, after.url);
      if (cur && cur.key === after.readAt && cur.primaryKey === after.url) cur = await cur.continue();
    }
    let last: ExportCursor | null = null;
    while (cur && chars < maxChars) {
      // a few articles at a time: their claims are asked for together, not one round trip each
      const window: Promise<string>[] = [];
      for (; cur && window.length < EXPORT_WINDOW; cur = await cur.continue()) {
        const r = cur.value;
        window.push(byArticle.getAll(r.url).then((recs) => {
          const claims = recs.map((c) => c.claim).sort(textOrder);
          return JSON.stringify({ readAt: r.readAt, aliases: r.aliases, page: { meta: r.meta, claims, actors: r.actors, words: r.words, ...storedDigest(r) } } satisfies ExportedArticle);
        }));
        last = { readAt: r.readAt, url: r.url };
      }
      for (const text of await Promise.all(window)) {
        articles.push(text);
        chars += text.length;
      }
    }
    return { articles, next: cur ? last : null };
  }

  async dismissals(): Promise<DismissalRecord[]> {
    return this.db.getAll('dismissals');
  }

  async stats(): Promise<{ articles: number; claims: number }> {
    const tx = this.db.transaction(['articles', 'claims'], 'readonly');
    return { articles: await tx.objectStore('articles').count(), claims: await tx.objectStore('claims').count() };
  }

  async copyInto(target: Store): Promise<void> {
    if (!(target instanceof IdbStore)) throw new Error('copyInto: not an IndexedDB store');
    for (const name of ALL_STORES) {
      let after: IDBValidKey | null = null;
      for (;;) {
        const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
        const records = await this.db.getAll(name, range, COPY_BATCH);
        if (!records.length) break;
        const tx = target.db.transaction([name], 'readwrite', RELAXED);
        for (const r of records) void tx.objectStore(name).put(r as never);
        await finish(tx);
        after = (await this.db.getAllKeys(name, range, COPY_BATCH)).at(-1) ?? null;
        if (records.length < COPY_BATCH) break;
      }
    }
    target.total = null;
  }

  /** Empties the store in place (the background frees the disk by deleting the database instead). */
  async clear(): Promise<void> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite', RELAXED);
    await Promise.all(ALL_STORES.map((s) => tx.objectStore(s).clear()));
    this.total = null;
    await tx.done;
  }

  async prune(retention: Settings['retention'], now = Date.now()): Promise<number> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite', RELAXED);
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
    this.total = null;
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

/** Picks the story a new article joins: the best-linked candidate sharing rare names with it. */
/** A source with no actor: its words, unless a pronoun the engine could not resolve ("it said"),
 *  which names nobody to a reader. */
function unresolvedSource(text: string | undefined): string | null {
  return !text || /^(?:he|she|it|they|we|i|you)$/i.test(text.trim()) ? null : text;
}

async function chooseStory(tx: WriteTx, features: ArticleFeatures, terms: string[], total: number): Promise<{ storyId: string; evidence: string } | null> {
  const byTerm = tx.objectStore('articles').index('byTerm');
  const rareCap = Math.max(RARE_MIN, Math.floor(total * 0.02));
  const df = new Map<string, number>();
  const shared = new Map<string, number>();
  // At most one past the cap is read: a common name costs the same in a store of any size.
  const lists = await Promise.all(terms.map((term) => byTerm.getAllKeys(term, TERM_LOOKUP_CAP + 1)));
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
  const candidates = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).filter(([url, n]) => rareUrls.has(url) || n + capped >= 4);
  let best: { storyId: string; evidence: string; score: number } | null = null;
  const records = await Promise.all(candidates.map(([url]) => tx.objectStore('articles').get(url)));
  for (const cand of records) {
    if (!cand) continue;
    const link = linkArticles(cand.features, features, rare);
    if (link && (!best || link.score > best.score)) best = { storyId: cand.storyId, evidence: link.evidence, score: link.score };
  }
  return best;
}

/** A write not awaited on its own: if it fails the transaction aborts, and the caller awaits that. */
const later = (request: Promise<unknown>) => void request.catch(() => undefined);

/** The ingest itself, inside a caller's transaction (shared by ingest and import). */
/** Returns the stored URL and how many earlier versions it replaced. */
async function ingestInTx(tx: WriteTx, report: PageReport, now: number, extraAliases: string[], total: number): Promise<{ url: string; removed: number }> {
  const { meta } = report;
  const url = normalizeUrl(meta.canonicalUrl ?? meta.url);
  const aliases = new Set([url, normalizeUrl(meta.url), ...extraAliases.map(normalizeUrl)]);
  const articles = tx.objectStore('articles');

  // Re-reading: drop the previous version (also one first stored under a visited URL as key), and
  // versions under the aliases that one had. Lookups go out together: each request is a round trip.
  const checked = new Set<string>();
  let removed = 0;
  for (let todo = [...aliases]; todo.length; todo = [...aliases].filter((a) => !checked.has(a))) {
    for (const a of todo) checked.add(a);
    const found = await Promise.all(todo.map(async (alias) => {
      const [byKey, byAlias] = await Promise.all([articles.get(alias), articles.index('byAlias').get(alias)]);
      return byKey ?? byAlias;
    }));
    for (const old of found) {
      if (!old || !(await articles.getKey(old.url))) continue; // none, or already removed
      for (const a of old.aliases) aliases.add(a);
      await removeArticle(tx, old.url);
      removed++;
    }
  }

  const claims = report.claims.slice(0, LIMITS.maxClaims);
  const actors = report.actors.slice(0, LIMITS.maxActors);
  const features = articleFeatures({ url, outlet: meta.outlet.name, title: meta.title, published: meta.published, claims, actors, digest: report.digest });
  // frames are computed here, once per stored page, and kept: views and badges only read them
  const { frames, sentences } = pageFrames(claims, report.digest?.sentences ?? [], features.publishedMs);
  const terms = storyTerms(features);
  const link = await chooseStory(tx, features, terms, total);
  const stories = tx.objectStore('stories');
  let storyId: string;
  const story = link ? await stories.get(link.storyId) : undefined;
  if (link && story) {
    storyId = story.id;
    later(stories.put({ ...story, articles: [...story.articles, url], evidence: [...story.evidence, link.evidence].slice(-MAX_STORY_EVIDENCE) }));
  } else {
    storyId = `s${hash(`${url}@${now}`)}`;
    later(stories.put({ id: storyId, articles: [url], evidence: [] }));
  }

  later(articles.put({
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
  }));
  const claimStore = tx.objectStore('claims');
  const keyOf = new Map(actors.map((a) => [a.id, a.key]));
  const writes: Promise<unknown>[] = claims.map((c) => claimStore.put({ id: `${url}#${c.id}`, article: url, actorKey: (c.actorId && keyOf.get(c.actorId)) || null, claim: c }));
  const actorStore = tx.objectStore('actors');
  const named = actors.filter((a) => a.key);
  const stored = await Promise.all(named.map((a) => actorStore.get(a.key)));
  // merged in memory first: two actors of one page may share a key
  const merged = new Map<string, ActorRecord>();
  named.forEach((a, i) => {
    const prev = merged.get(a.key) ?? stored[i];
    const aliasSet = new Set([...(prev?.aliases ?? []), ...a.aliases, a.name]);
    const name = prev && prev.name.length >= a.name.length ? prev.name : a.name;
    const role = a.role ?? prev?.role;
    merged.set(a.key, { key: a.key, name, type: a.type, ...(role ? { role } : {}), aliases: [...aliasSet].slice(0, 20), lastSeen: now });
  });
  for (const rec of merged.values()) writes.push(actorStore.put(rec));
  await Promise.all(writes);
  return { url, removed };
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
  const others = (await Promise.all((story?.articles ?? []).filter((u) => u !== url).map((u) => articles.get(u)))).filter((a): a is ArticleRecord => a !== undefined);
  const t0 = rec.features.publishedMs ?? rec.readAt;
  others.sort((a, b) => Math.abs((a.features.publishedMs ?? a.readAt) - t0) - Math.abs((b.features.publishedMs ?? b.readAt) - t0));
  const items: FrameReport[] = [];
  for (const reports of await Promise.all([rec, ...others.slice(0, MAX_STORY_ARTICLES - 1)].map((a) => frameReports(tx, a)))) for (const r of reports) items.push(r); // no spread: an article can hold thousands
  const conflicts = findConflicts(items, url, rec.storyId);
  const dismissals = tx.objectStore('dismissals');
  const dismissed = await Promise.all(conflicts.map((c) => dismissals.getKey(c.id)));
  conflicts.forEach((c, i) => (c.dismissed = dismissed[i] !== undefined));
  return conflicts;
}
