// The background's IndexedDB store: ingest a page report (one transaction), look a page up,
// dismiss conflicts, retention, export/import/clear. Used only in the background (and in Node via
// fake-indexeddb); the cross-referencing itself is pure code in lib/xref.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { validateMessage, type ExportCursor, type PageReport } from '../protocol';
import type { Claim, Conflict, Frame, PageView, Settings, Story } from '../types';
import { findConflicts, type FrameReport } from '../xref/conflicts';
import { speakerAsWritten } from '../xref/text';
import { ALL_STORES, DB_NAME, DB_VERSION, migrate, type ArticleRecord, type ClaimRecord, type SourcelightDB, type StoreName, type StoryRecord } from './schema';
import { isQuotaError, StoreFullError, StoreInputError, StoreUnavailableError } from './errors';
import { normalizeUrl } from './urls';
import { exportedText, textOrder, type ExportedArticle } from './transfer';
import type { DismissalRecord } from './schema';
import { later, prepare, removeArticle, storePage, type Prepared, type WriteTx } from './ingest';
import { storePages } from './bulk';

type DB = IDBPDatabase<SourcelightDB>;
type Tx = IDBPTransaction<SourcelightDB, StoreName[], 'readwrite' | 'readonly'>;

/** Dismissals read all at once when there are no more than this many (else each conflict's alone). */
const DISMISSALS_READ_WHOLE = 200;

/** Articles of one story compared for conflicts (nearest in time first). */
const MAX_STORY_ARTICLES = 40;
const DAY = 86_400_000;


/** Writes need not reach the disk before the next one starts: a page read just before a crash can
 *  be read again (Chromium's default otherwise flushes on every commit). */
const RELAXED = { durability: 'relaxed' } as const;

/** Articles an export page reads at once (it stops at its size: it may pass it by one article). */
const EXPORT_WINDOW = 50;

/** Records copied per transaction when a store is copied. */
const COPY_BATCH = 500;

export interface Store {
  /** Store (or update) one article and return its conflicts. One transaction: all or nothing. */
  ingest(report: PageReport, now?: number): Promise<{ url: string; conflicts: Conflict[]; frames: Frame[] }>;
  /** Everything known about the page at a visited or canonical URL (index lookups only). */
  view(url: string): Promise<PageView>;
  /** Mark a conflict "not the same thing" (or undo); remembered by conflict id. */
  dismiss(conflictId: string, dismissed: boolean): Promise<void>;
  /** Stores checked export articles in one transaction (an import's batch, in file order). */
  importBatch(articles: ExportedArticle[], dismissals: DismissalRecord[]): Promise<void>;
  /** The same with the articles already prepared (prepareAll). */
  importPrepared(pages: Prepared[], dismissals: DismissalRecord[]): Promise<void>;
  /** Export articles oldest first, each serialised, after `after`, up to about `maxChars`. */
  exportPage(after: ExportCursor | null, maxChars: number): Promise<{ articles: string[]; next: ExportCursor | null }>;
  dismissals(): Promise<DismissalRecord[]>;
  /** How much is stored: articles and claims. */
  stats(): Promise<{ articles: number; claims: number }>;
  /** Copies every record into an empty store (the staging copy an import starts from). */
  copyInto(target: Store): Promise<void>;
  clear(): Promise<void>;
  /** Delete articles older than maxAgeDays, then the oldest beyond maxArticles. Returns how many.
   *  Counts the store only when its size is not known, or `recount` asks for it and the size was
   *  remembered from an earlier worker (one counted here is kept exact by this store's own writes). */
  prune(retention: Settings['retention'], now?: number, recount?: boolean): Promise<number>;
  /** How many articles are stored, when known without counting; null when not. */
  knownSize(): number | null;
  /** The size a worker remembered from before it stopped: the first page it stores need not count. */
  assumeSize(articles: number): void;
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
  // the transaction's own error (a full disk) says more than a request refused after it failed
  throw storeError(await tx.done.then(() => e, (err: unknown) => (isQuotaError(err) ? err : e)));
}


function emptyView(state: PageView['state'], message?: string): PageView {
  return { state, claims: [], actors: [], conflicts: [], stories: [], otherArticles: 0, ...(message ? { message } : {}) };
}

class IdbStore implements Store {
  /** Articles stored, counted once and then kept up to date by ingests (a count in Chromium walks
   *  the whole store: recounting on every ingest made each one slower as the store grew). */
  private total: number | null = null;
  /** The size came from an earlier worker (assumeSize), not from a count here: it may have drifted. */
  private remembered = false;
  constructor(readonly db: DB) {}

  private async articleCount(tx: Tx): Promise<number> {
    if (this.total === null) {
      this.total = await tx.objectStore('articles').count();
      this.remembered = false;
    }
    return this.total;
  }

  close(): void {
    this.db.close();
  }

  knownSize(): number | null {
    return this.total;
  }

  assumeSize(articles: number): void {
    if (this.total !== null) return;
    this.total = articles;
    this.remembered = true;
  }

  async ingest(report: PageReport, now = Date.now()): Promise<{ url: string; conflicts: Conflict[]; frames: Frame[] }> {
    const check = validateMessage({ type: 'page:report', page: report });
    if (!check.ok) throw new StoreInputError(check.reason);
    const page = prepare(report, now, []);
    const tx = this.db.transaction(ALL_STORES, 'readwrite', RELAXED);
    let result: { url: string; conflicts: Conflict[]; frames: Frame[] };
    try {
      const total = await this.articleCount(tx);
      const { removed, article, claims, story } = await storePage(tx, page, total);
      // the page and its story as just written: read back, they would cost two more round trips
      result = { url: page.url, conflicts: await conflictsOf(tx, article, claims, story), frames: page.frames };
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
    const [claimRecs, storyRec] = await Promise.all([claimsOf(tx, rec.url), tx.objectStore('stories').get(rec.storyId)]);
    const shared = storyRec && storyRec.articles.length > 1 ? storyRec : null;
    // the story's articles are read once, for its reports and for the conflicts: one round trip
    const records = storyArticles(tx, rec, shared ?? undefined);
    const [conflicts, recs] = await Promise.all([conflictsOf(tx, rec, claimRecs, storyRec, records), records]);
    const claims = claimRecs.map((c) => c.claim).sort(textOrder);
    const stories: Story[] = [];
    if (shared) {
      const reports = [];
      for (const a of recs) {
        if (a) reports.push({ url: a.url, outlet: a.outlet, title: a.title, ...(a.published ? { published: a.published } : {}), readAt: a.readAt });
      }
      stories.push({ id: shared.id, articles: shared.articles, evidence: shared.evidence, reports });
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

  async importBatch(articles: ExportedArticle[], dismissals: DismissalRecord[]): Promise<void> {
    await this.importPrepared(await prepareAll(articles), dismissals);
  }

  async importPrepared(pages: Prepared[], dismissals: DismissalRecord[]): Promise<void> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite', RELAXED);
    try {
      this.total = await storePages(tx, pages, await this.articleCount(tx));
      for (const d of dismissals) later(tx.objectStore('dismissals').put(d));
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
    const articles: string[] = [];
    let chars = 0;
    let last = after;
    let window = articlesAfter(tx, last, EXPORT_WINDOW);
    for (;;) {
      if (chars >= maxChars) return { articles, next: last };
      const recs = await window;
      const more = recs.length === EXPORT_WINDOW;
      // the next window is read with this one's claims, all asked for together
      if (more) window = articlesAfter(tx, { readAt: recs[recs.length - 1].readAt, url: recs[recs.length - 1].url }, EXPORT_WINDOW);
      const texts = await Promise.all(recs.map((r) => claimsOf(tx, r.url).then((cs) => exportedText(r, cs.map((c) => c.claim)))));
      for (const [k, text] of texts.entries()) {
        if (chars >= maxChars) return { articles, next: last };
        articles.push(text);
        chars += text.length;
        last = { readAt: recs[k].readAt, url: recs[k].url };
      }
      if (!more) return { articles, next: null };
    }
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

  async prune(retention: Settings['retention'], now = Date.now(), recount = false): Promise<number> {
    const tx = this.db.transaction(ALL_STORES, 'readwrite', RELAXED);
    const articles = tx.objectStore('articles');
    const doomed: string[] = [];
    const cutoff = now - retention.maxAgeDays * DAY;
    for (let cur = await articles.index('byReadAt').openKeyCursor(IDBKeyRange.upperBound(cutoff, true)); cur; cur = await cur.continue()) {
      doomed.push(cur.primaryKey);
    }
    // a count walks every record (a second or more at 10,000 in Chromium), and the next page's
    // ingest waits for it: the retention run every 25 pages put 100-230 ms on the 26th page
    const known = recount && this.remembered ? null : this.total;
    const count = known ?? (await articles.count());
    let excess = count - doomed.length - retention.maxArticles;
    if (excess > 0) {
      const lower = IDBKeyRange.lowerBound(cutoff);
      for (let cur = await articles.index('byReadAt').openKeyCursor(lower); cur && excess > 0; cur = await cur.continue(), excess--) {
        doomed.push(cur.primaryKey);
      }
    }
    for (const url of doomed) await removeArticle(tx, url);
    this.total = null;
    await finish(tx);
    // counted here anyway: the next page's ingest need not count again
    this.total = count - doomed.length;
    if (known === null) this.remembered = false;
    return doomed.length;
  }
}

/** Up to `n` articles after `after` in export order: by readAt, then by URL (the index's order). */
async function articlesAfter(tx: Tx, after: ExportCursor | null, n: number): Promise<ArticleRecord[]> {
  const articles = tx.objectStore('articles');
  const byReadAt = articles.index('byReadAt');
  if (!after) return byReadAt.getAll(null, n);
  const [ties, newer] = await Promise.all([byReadAt.getAllKeys(IDBKeyRange.only(after.readAt)), byReadAt.getAll(IDBKeyRange.lowerBound(after.readAt, true), n)]);
  const same = await Promise.all(ties.filter((url) => url > after.url).slice(0, n).map((url) => articles.get(url)));
  return [...same.filter((r): r is ArticleRecord => r !== undefined), ...newer].slice(0, n);
}

/** Prepares an import's pages, giving other work a turn every few tens of milliseconds. */
export async function prepareAll(articles: ExportedArticle[]): Promise<Prepared[]> {
  const out: Prepared[] = [];
  let since = performance.now();
  for (const a of articles) {
    out.push(prepare(a.page, a.readAt, a.aliases, a.frames));
    if (performance.now() - since > 30) {
      await new Promise((r) => setTimeout(r, 0));
      since = performance.now();
    }
  }
  return out;
}

/** The claims of one article, read as a range of their own keys ("https://…/a#c3"): an index read
 *  looks each record up again, and exports and views read thousands. */
async function claimsOf(tx: Tx, url: string): Promise<ClaimRecord[]> {
  const recs = await tx.objectStore('claims').getAll(IDBKeyRange.bound(`${url}#`, `${url}#\uffff`));
  return recs.filter((c) => c.article === url); // a key that merely starts so (an unparsable URL) is not its
}

async function findArticle(tx: Tx, url: string): Promise<ArticleRecord | undefined> {
  const key = normalizeUrl(url);
  const articles = tx.objectStore('articles');
  return (await articles.get(key)) ?? (await articles.index('byAlias').get(key));
}

/** A source with no actor: its words, unless a pronoun the engine could not resolve ("it said"),
 *  which names nobody to a reader. */
function unresolvedSource(text: string | undefined): string | null {
  return !text || /^(?:he|she|it|they|we|i|you)$/i.test(text.trim()) ? null : text;
}

/** An earlier figure the article itself marks ("officials had put the toll at 14", "initially"). */
const EARLIER_CUE = /^had\b/i;
const EARLIER_WORDS = /\b(?:earlier|initially|previously|at first|had put|had given|had said)\b/i;

/** The frames of one stored article with its claims, with what conflicts need to know of each report. */
function frameReports(a: ArticleRecord, claimRecs: ClaimRecord[]): FrameReport[] {
  const claims = new Map(claimRecs.map((c) => [c.claim.id, c.claim]));
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

/** The records of a story's articles in its order, `rec` as given (undefined where one is gone). */
function storyArticles(tx: Tx, rec: ArticleRecord, story: StoryRecord | undefined): Promise<(ArticleRecord | undefined)[]> {
  return Promise.all((story?.articles ?? []).map((u) => (u === rec.url ? rec : tx.objectStore('articles').get(u))));
}

/** The other articles of a story compared for conflicts (the nearest in time to `rec`), with their
 *  claims. A story of up to the limit is read in one round trip, articles and claims together. */
async function storyOthers(tx: Tx, rec: ArticleRecord, story: StoryRecord | undefined, records: Promise<(ArticleRecord | undefined)[]>): Promise<{ a: ArticleRecord; claims: ClaimRecord[] }[]> {
  const urls = story?.articles ?? [];
  const together = urls.filter((u) => u !== rec.url).length < MAX_STORY_ARTICLES;
  const [recs, lists] = await Promise.all([records, Promise.all(urls.map((u) => (together && u !== rec.url ? claimsOf(tx, u) : null)))]);
  const found: [ArticleRecord, ClaimRecord[] | null][] = [];
  for (let i = 0; i < recs.length; i++) {
    const a = recs[i];
    if (a && urls[i] !== rec.url) found.push([a, lists[i]]);
  }
  const t0 = rec.features.publishedMs ?? rec.readAt;
  const gap = (a: ArticleRecord) => Math.abs((a.features.publishedMs ?? a.readAt) - t0);
  const nearest = found.sort((x, y) => gap(x[0]) - gap(y[0])).slice(0, MAX_STORY_ARTICLES - 1);
  return Promise.all(nearest.map(async ([a, claims]) => ({ a, claims: claims ?? (await claimsOf(tx, a.url)) })));
}

/** Conflicts touching one article (`claims`: its claims, `story`: its story): within it and
 *  against the other articles of its story. */
async function conflictsOf(tx: Tx, rec: ArticleRecord, claims: ClaimRecord[], story: StoryRecord | undefined, records = storyArticles(tx, rec, story)): Promise<Conflict[]> {
  const dismissals = tx.objectStore('dismissals');
  // a reader dismisses few: all of them come with the story's articles, not in a round trip after
  const few = dismissals.getAllKeys(null, DISMISSALS_READ_WHOLE + 1);
  few.catch(() => undefined); // met below, or the transaction failed anyway
  const items: FrameReport[] = [];
  for (const { a, claims: cs } of [{ a: rec, claims }, ...(await storyOthers(tx, rec, story, records))]) for (const r of frameReports(a, cs)) items.push(r); // no spread: an article can hold thousands
  const conflicts = findConflicts(items, rec.url, rec.storyId);
  const all = await few;
  const known = new Set(all);
  const dismissed = all.length > DISMISSALS_READ_WHOLE ? await Promise.all(conflicts.map((c) => dismissals.getKey(c.id))) : conflicts.map((c) => (known.has(c.id) ? c.id : undefined));
  conflicts.forEach((c, i) => (c.dismissed = dismissed[i] !== undefined));
  return conflicts;
}
