// IndexedDB schema of the background store, and its step-by-step migrations.
// Each version's step only adds to the previous one, so any old database upgrades in order.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Actor, ActorType, ArticleMeta, Claim, Frame, Span } from '../types';
import { DIGEST_LIMITS, type ArticleDigest } from '../xref/digest';
import { framesOfPage } from '../xref/frames/index';
import { articleFeatures, storyTerms, type ArticleFeatures } from '../xref/stories';
import { hash } from '../xref/text';

export const DB_NAME = 'sourcelight';
export const DB_VERSION = 3;

export interface ArticleRecord {
  /** Canonical URL (or the visited URL when the page names none). */
  url: string;
  /** Every URL this article was seen under (visited and canonical). */
  aliases: string[];
  meta: ArticleMeta;
  outlet: string;
  title: string;
  published?: string;
  /** When the reader last read it (ms since epoch); drives retention. */
  readAt: number;
  words: number;
  /** The article's actors as extracted (claims' actorId refer to these). */
  actors: Actor[];
  /** Actor.key of every actor, for the byActor index (identity across articles). */
  actorKeys: string[];
  // -- since v2 --
  storyId: string;
  /** Name terms for candidate lookup when grouping stories (byTerm index). */
  terms: string[];
  features: ArticleFeatures;
  // -- since v3 --
  /** Claim frames of the page, computed once when it was stored (lib/xref/frames). */
  frames: Frame[];
  /** The sentences those frames sit in ("s4": the outlet's own reporting is shown from these). */
  sentences: (Span & { id: string })[];
}

export interface ClaimRecord {
  /** `${articleUrl}#${claim.id}` */
  id: string;
  article: string;
  actorKey: string | null;
  claim: Claim;
}

/** One identity across articles, keyed by Actor.key. */
export interface ActorRecord {
  key: string;
  name: string;
  type: ActorType;
  role?: string;
  aliases: string[];
  lastSeen: number;
}

export interface StoryRecord {
  id: string;
  articles: string[];
  evidence: string[];
}

export interface DismissalRecord {
  id: string;
  at: number;
}

export interface SourcelightDB extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { byAlias: string; byReadAt: number; byActor: string; byStory: string; byTerm: string } };
  claims: { key: string; value: ClaimRecord; indexes: { byArticle: string } };
  actors: { key: string; value: ActorRecord };
  stories: { key: string; value: StoryRecord };
  dismissals: { key: string; value: DismissalRecord };
}

export type StoreName = StoreNames<SourcelightDB>;
export const ALL_STORES: StoreName[] = ['articles', 'claims', 'actors', 'stories', 'dismissals'];
type UpgradeTx = IDBPTransaction<SourcelightDB, StoreName[], 'versionchange'>;

/** v1: articles, claims, actors, dismissals. */
function toV1(db: IDBPDatabase<SourcelightDB>): void {
  const articles = db.createObjectStore('articles', { keyPath: 'url' });
  articles.createIndex('byAlias', 'aliases', { multiEntry: true });
  articles.createIndex('byReadAt', 'readAt');
  articles.createIndex('byActor', 'actorKeys', { multiEntry: true });
  const claims = db.createObjectStore('claims', { keyPath: 'id' });
  claims.createIndex('byArticle', 'article');
  db.createObjectStore('actors', { keyPath: 'key' });
  db.createObjectStore('dismissals', { keyPath: 'id' });
}

/** v2: stories. Every existing article gets its grouping features and a story of its own. */
async function toV2(db: IDBPDatabase<SourcelightDB>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('stories', { keyPath: 'id' });
  const articles = tx.objectStore('articles');
  articles.createIndex('byStory', 'storyId');
  articles.createIndex('byTerm', 'terms', { multiEntry: true });
  const claimsByArticle = tx.objectStore('claims').index('byArticle');
  const stories = tx.objectStore('stories');
  for (let cur = await articles.openCursor(); cur; cur = await cur.continue()) {
    const rec = cur.value;
    const claims = (await claimsByArticle.getAll(rec.url)).map((c) => c.claim);
    const features = articleFeatures({ url: rec.url, outlet: rec.outlet, title: rec.title, published: rec.published, claims, actors: rec.actors });
    const storyId = `s${hash(rec.url)}`;
    await stories.put({ id: storyId, articles: [rec.url], evidence: [] });
    await cur.update({ ...rec, storyId, terms: storyTerms(features), features, frames: [], sentences: [] });
  }
}

/** The frames of a stored page and the sentences they need (shared by ingest and the v3 step). */
export function pageFrames(claims: readonly Claim[], sentences: readonly (Span & { id: string })[], publishedMs: number | null): { frames: Frame[]; sentences: (Span & { id: string })[] } {
  const frames = framesOfPage(sentences, claims.map((c) => ({ id: c.id, content: c.content, cue: c.cue?.text ?? null })), publishedMs);
  const used = new Set(frames.map((f) => f.sentence.start));
  return { frames, sentences: sentences.filter((s) => used.has(s.start)) };
}

/** What an export carries of a page's digest, so that an import frames and groups it as before. */
export function storedDigest(rec: ArticleRecord): { digest?: ArticleDigest } {
  if (!rec.sentences?.length && !rec.features?.vocab?.length) return {};
  const names = Object.values(rec.features?.names ?? {}).filter((n) => n.length <= DIGEST_LIMITS.maxNameChars).slice(0, DIGEST_LIMITS.maxNames);
  const words = (rec.features?.vocab ?? []).filter((w) => w.length <= DIGEST_LIMITS.maxWordChars).slice(0, DIGEST_LIMITS.maxWords);
  return { digest: { sentences: (rec.sentences ?? []).slice(0, DIGEST_LIMITS.maxSentences), names, words } };
}

/** v3: claim frames. Pages stored before have no digest: their frames come from their claims. */
async function toV3(tx: UpgradeTx): Promise<void> {
  const articles = tx.objectStore('articles');
  const claimsByArticle = tx.objectStore('claims').index('byArticle');
  for (let cur = await articles.openCursor(); cur; cur = await cur.continue()) {
    const rec = cur.value;
    const claims = (await claimsByArticle.getAll(rec.url)).map((c) => c.claim);
    const { frames, sentences } = pageFrames(claims, [], rec.features?.publishedMs ?? null);
    await cur.update({ ...rec, frames, sentences });
  }
}

/** Apply the steps from `oldVersion` up to `target` (tests open v1 databases with target 1). */
export async function migrate(db: IDBPDatabase<SourcelightDB>, oldVersion: number, target: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1 && target >= 1) toV1(db);
  if (oldVersion < 2 && target >= 2) await toV2(db, tx);
  if (oldVersion < 3 && target >= 3) await toV3(tx);
}
