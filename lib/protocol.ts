// The one message protocol between content script, background and popup.
// Requests carry `type`; each maps to one response type. The background validates every
// incoming message at run time (a content script runs next to hostile pages).
import type { Actor, ArticleMeta, Claim, Conflict, Frame, PageView, Settings } from './types';
import type { DismissalRecord } from './store/schema';
import { DIGEST_LIMITS, type ArticleDigest } from './xref/digest';

/** Why a page is not read: no article, Sourcelight off, an error, or an article in a language
 *  the engine does not read (the message names it). */
export type SkipReason = 'not-article' | 'disabled' | 'error' | 'not-english';
const SKIP_REASONS: SkipReason[] = ['not-article', 'disabled', 'error', 'not-english'];

/** What a content script reports about its page. */
export interface PageReport {
  meta: ArticleMeta;
  claims: Claim[];
  actors: Actor[];
  /** Word count of the article text (for the store, and sanity checks). */
  words: number;
  /** The body's sentences with figures or acts (the outlet's own reporting among them) and its
   *  names and words for story grouping (lib/xref/digest.ts). Absent from older reports. */
  digest?: ArticleDigest;
}

export interface Requests {
  /** content → background: this page is an article with these claims. */
  'page:report': { req: { page: PageReport }; res: { ok: boolean; stored: boolean; conflicts: Conflict[]; frames?: Frame[]; message?: string } };
  /** content → background: run the engine on this article's text in the background, off the
   *  page's main thread (where the engine is already warm). The content script falls back to
   *  extracting itself when this fails. */
  'page:extract': { req: { meta: ArticleMeta; text: string }; res: { ok: boolean; claims: Claim[]; actors: Actor[]; message?: string } };
  /** content → background: Readability's pick of the page's slim copy (lib/article/copy.ts), sent as
   *  HTML because its parse cannot yield and would block the page for up to hundreds of ms. Blocks
   *  name the copied element by index; null when Readability finds no article. */
  'page:readability': { req: { html: string }; res: { ok: boolean; blocks: { at: number; text: string }[] | null; message?: string } };
  /** content → background: this page is not an article, or not in English (clears the badge). */
  'page:skip': { req: { url: string; reason: SkipReason; message?: string }; res: { ok: boolean } };
  /** content/popup → background: everything known about one page. The popup adds the tab it shows
   *  (`tabId`): when that tab's own page is no article but a frame in it holds one, the answer is
   *  about the frame's article. */
  'page:view': { req: { url: string; tabId?: number }; res: PageView };
  /** popup → background: mark a conflict "not the same thing" (or undo). */
  'conflict:dismiss': { req: { conflictId: string; dismissed: boolean }; res: { ok: boolean } };
  'settings:get': { req: Record<string, never>; res: Settings };
  'settings:set': { req: { settings: Partial<Settings> }; res: Settings };
  /** options → background: the next page of an export, oldest articles first, each as JSON text;
   *  `after` is the previous page's `next`. The last page (next null) carries the dismissals. */
  'data:export-page': { req: { after: ExportCursor | null }; res: { ok: boolean; articles: string[]; next: ExportCursor | null; dismissals?: DismissalRecord[]; message?: string } };
  /** options → background: an import of a file of `bytes` starts; it is built apart from the store
   *  and replaces it only when finished (a failed or cancelled import changes nothing). */
  'data:import-start': { req: { bytes: number }; res: { ok: boolean; importId?: string; message?: string } };
  /** options → background: the next entries of the file, as JSON text, at most LIMITS.maxBatchChars in all. */
  'data:import-batch': { req: { importId: string; articles: string[]; dismissals: string[] }; res: { ok: boolean; message?: string } };
  /** options → background: the whole file was sent, with its own fields (format, version). */
  'data:import-finish': { req: { importId: string; header: { format: string; version: number } }; res: { ok: boolean; articles?: number; pruned?: number; message?: string } };
  'data:import-cancel': { req: { importId: string }; res: { ok: boolean } };
  /** options → background: how much is stored (the page adds the browser's own usage estimate). */
  'data:stats': { req: Record<string, never>; res: { ok: boolean; articles: number; claims: number; approxBytes: number; timings?: { ingestMs: number[]; viewMs: number[] }; message?: string } };
  /** options → background: delete the database itself (so its disk space is given back). */
  'data:clear': { req: Record<string, never>; res: { ok: boolean } };
  /** content (hover card) → background: open the comparison view for this page in a new tab. */
  'ui:open-compare': { req: { url: string }; res: { ok: boolean } };
  /** content (hover card) → background: open the colour key (welcome.html#key) in a new tab. */
  'ui:open-key': { req: Record<string, never>; res: { ok: boolean } };
  /** content → background: the key of each keyboard command (lib/shortcuts.ts), as the browser has it now. */
  'ui:shortcuts': { req: Record<string, never>; res: { shortcuts: Record<string, string> } };
}

/** background/popup → content script (tabs.sendMessage). */
export interface ContentRequests {
  'content:status': { req: Record<string, never>; res: { state: PageView['state']; claims: number; message?: string } };
  'content:focus-claim': { req: { claimId: string }; res: { ok: boolean } };
  'content:toggle': { req: Record<string, never>; res: { on: boolean } };
  'content:next-claim': { req: Record<string, never>; res: { ok: boolean } };
  'content:previous-claim': { req: Record<string, never>; res: { ok: boolean } };
  /** background → content: another report changed what is known about this page's claims (a new
   *  outlet's report landed, a dismissal): its marks, card and announcements use these now. */
  'content:conflicts': { req: { url: string; conflicts: Conflict[] }; res: { ok: boolean } };
}

/** Where an export page ended (see Store.exportPage). */
export interface ExportCursor {
  readAt: number;
  url: string;
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['req'];
export type Response<T extends RequestType> = Requests[T]['res'];
export type ContentType = keyof ContentRequests;
export type ContentMessage<T extends ContentType = ContentType> = { type: T } & ContentRequests[T]['req'];
export type ContentResponse<T extends ContentType> = ContentRequests[T]['res'];

// ---- Limits: a page cannot flood the store ----
export const LIMITS = {
  maxMessageChars: 2_000_000,
  maxClaims: 400,
  maxActors: 400,
  maxSpanChars: 4_000,
  maxMentions: 200,
  maxUrlChars: 2_048,
  maxTitleChars: 500,
  /** An import file larger than this is refused before anything is read or written. */
  maxImportBytes: 50 * 2 ** 20,
  /** Text an import may hold once decompressed (exports are gzipped, about 10:1). */
  maxImportTextChars: 600_000_000,
  /** An import is sent in batches of at most this many characters (one larger entry goes alone). */
  maxBatchChars: 500_000,
  /** Longer article texts are extracted in the content script, in pieces. */
  maxExtractChars: 1_500_000,
  /** Larger page copies are read without Readability (the page's main region). */
  maxReadabilityHtmlChars: 1_900_000,
} as const;

export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkSpan(v: unknown, nullable: boolean): string | null {
  if (v === null && nullable) return null;
  if (!isObj(v)) return 'span is not an object';
  if (!isStr(v.text, LIMITS.maxSpanChars)) return 'span text missing or too long';
  if (!isInt(v.start) || !isInt(v.end) || v.end < v.start) return 'span offsets invalid';
  return null;
}

function checkClaim(c: unknown): string | null {
  if (!isObj(c)) return 'claim is not an object';
  if (!isStr(c.id, 64)) return 'claim id invalid';
  if (!['direct', 'indirect', 'mixed', 'according_to', 'unnamed'].includes(c.kind as string)) return 'claim kind invalid';
  for (const [k, nullable] of [['source', true], ['cue', true], ['content', false], ['via', true]] as const) {
    const r = checkSpan(c[k], nullable);
    if (r) return `claim ${k}: ${r}`;
  }
  if (c.actorId !== null && !isStr(c.actorId, 64)) return 'claim actorId invalid';
  if (typeof c.confidence !== 'number' || !(c.confidence >= 0 && c.confidence <= 1)) return 'claim confidence invalid';
  if (c.rule !== undefined && !isStr(c.rule, 80)) return 'claim rule invalid';
  return null;
}

function checkActor(a: unknown): string | null {
  if (!isObj(a)) return 'actor is not an object';
  if (!isStr(a.id, 64) || !isStr(a.key, 500) || !isStr(a.name, 500)) return 'actor id/key/name invalid';
  if (!isStr(a.type, 32)) return 'actor type invalid';
  if (a.role !== undefined && !isStr(a.role, 500)) return 'actor role invalid';
  if (!Array.isArray(a.aliases) || a.aliases.length > 100 || !a.aliases.every((x) => isStr(x, 500))) return 'actor aliases invalid';
  if (!Array.isArray(a.mentions) || a.mentions.length > LIMITS.maxMentions) return 'actor mentions invalid';
  for (const m of a.mentions) if (!isObj(m) || !isInt(m.start) || !isInt(m.end)) return 'actor mention invalid';
  return null;
}

/** A batch of import entries: strings, at most maxBatchChars together unless it is one entry. */
const isBatch = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string') && (v.length <= 1 || v.reduce((n: number, x: string) => n + x.length, 0) <= LIMITS.maxBatchChars);

const isStrList = (v: unknown, n: number, max: number) => Array.isArray(v) && v.length <= n && v.every((x) => isStr(x, max));

function checkDigest(d: unknown): string | null {
  if (d === undefined) return null;
  if (!isObj(d)) return 'digest is not an object';
  if (!isStrList(d.names, DIGEST_LIMITS.maxNames, DIGEST_LIMITS.maxNameChars)) return 'digest names invalid';
  if (!isStrList(d.words, DIGEST_LIMITS.maxWords, DIGEST_LIMITS.maxWordChars)) return 'digest words invalid';
  if (!Array.isArray(d.sentences) || d.sentences.length > DIGEST_LIMITS.maxSentences) return 'digest sentences missing or too many';
  for (const s of d.sentences) {
    if (!isObj(s) || !isStr(s.id, 16) || !isStr(s.text, DIGEST_LIMITS.maxSentenceChars)) return 'digest sentence invalid';
    if (!isInt(s.start) || !isInt(s.end) || s.end < s.start || s.end - s.start !== s.text.length) return 'digest sentence offsets invalid';
  }
  return null;
}

function checkMeta(m: unknown): string | null {
  if (!isObj(m)) return 'meta is not an object';
  if (!isStr(m.url, LIMITS.maxUrlChars) || !/^https?:\/\//.test(m.url)) return 'meta url invalid';
  if (m.canonicalUrl !== undefined && !(isStr(m.canonicalUrl, LIMITS.maxUrlChars) && /^https?:\/\//.test(m.canonicalUrl))) return 'meta canonicalUrl invalid';
  if (!isStr(m.title, LIMITS.maxTitleChars)) return 'meta title invalid';
  if (!isObj(m.outlet) || !isStr(m.outlet.name, 200) || !isStr(m.outlet.domain, 253)) return 'meta outlet invalid';
  if (!Array.isArray(m.authors) || m.authors.length > 50 || !m.authors.every((x) => isStr(x, 200))) return 'meta authors invalid';
  if (m.published !== undefined && !isStr(m.published, 64)) return 'meta published invalid';
  if (m.lang !== undefined && !isStr(m.lang, 35)) return 'meta lang invalid';
  return null;
}

function checkSettings(s: unknown): string | null {
  if (!isObj(s)) return 'settings is not an object';
  if (s.enabled !== undefined && typeof s.enabled !== 'boolean') return 'settings.enabled invalid';
  if (s.disabledSites !== undefined && !(Array.isArray(s.disabledSites) && s.disabledSites.length <= 10_000 && s.disabledSites.every((x) => isStr(x, 253)))) return 'settings.disabledSites invalid';
  if (s.retention !== undefined) {
    const r = s.retention;
    if (!isObj(r) || !isInt(r.maxArticles) || !isInt(r.maxAgeDays) || r.maxArticles < 1 || r.maxAgeDays < 1) return 'settings.retention invalid';
  }
  return null;
}

const validators: { [K in RequestType]: (m: Record<string, unknown>) => string | null } = {
  'page:report': (m) => {
    const p = m.page;
    if (!isObj(p)) return 'page missing';
    const r = checkMeta(p.meta);
    if (r) return r;
    if (!Array.isArray(p.claims) || p.claims.length > LIMITS.maxClaims) return `claims missing or more than ${LIMITS.maxClaims}`;
    if (!Array.isArray(p.actors) || p.actors.length > LIMITS.maxActors) return `actors missing or more than ${LIMITS.maxActors}`;
    if (!isInt(p.words)) return 'words invalid';
    for (const c of p.claims) { const e = checkClaim(c); if (e) return e; }
    for (const a of p.actors) { const e = checkActor(a); if (e) return e; }
    return checkDigest(p.digest);
  },
  'page:extract': (m) => checkMeta(m.meta) ?? (isStr(m.text, LIMITS.maxExtractChars) ? null : `text missing or longer than ${LIMITS.maxExtractChars} characters`),
  'page:readability': (m) => (isStr(m.html, LIMITS.maxReadabilityHtmlChars) ? null : `html missing or longer than ${LIMITS.maxReadabilityHtmlChars} characters`),
  'page:skip': (m) => (isStr(m.url, LIMITS.maxUrlChars) && SKIP_REASONS.includes(m.reason as SkipReason) && (m.message === undefined || isStr(m.message, 500)) ? null : 'page:skip fields invalid'),
  'page:view': (m) => (!isStr(m.url, LIMITS.maxUrlChars) ? 'url invalid' : m.tabId !== undefined && !isInt(m.tabId) ? 'tabId invalid' : null),
  'conflict:dismiss': (m) => (isStr(m.conflictId, 200) && typeof m.dismissed === 'boolean' ? null : 'conflictId/dismissed invalid'),
  'settings:get': () => null,
  'settings:set': (m) => checkSettings(m.settings),
  'data:export-page': (m) => (m.after === null || (isObj(m.after) && typeof m.after.readAt === 'number' && isStr(m.after.url, LIMITS.maxUrlChars)) ? null : 'after invalid'),
  'data:import-start': (m) => (isInt(m.bytes) ? null : 'bytes invalid'),
  'data:import-batch': (m) => (isStr(m.importId, 64) && isBatch(m.articles) && isBatch(m.dismissals) ? null : 'batch invalid'),
  'data:import-finish': (m) => (isStr(m.importId, 64) && isObj(m.header) && isStr(m.header.format, 100) && typeof m.header.version === 'number' ? null : 'importId/header invalid'),
  'data:import-cancel': (m) => (isStr(m.importId, 64) ? null : 'importId invalid'),
  'data:stats': () => null,
  'data:clear': () => null,
  'ui:open-compare': (m) => (isStr(m.url, LIMITS.maxUrlChars) && /^https?:\/\//.test(m.url) ? null : 'url invalid'),
  'ui:shortcuts': () => null,
  'ui:open-key': () => null,
};

/** Rough size of a message without serialising twice on the hot path for small ones. */
function approxChars(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return Infinity; // cyclic or otherwise not plain data
  }
}

/** Run-time check of a message arriving in the background. Never throws. */
export function validateMessage(raw: unknown): Validation<Message> {
  if (!isObj(raw)) return { ok: false, reason: 'message is not an object' };
  const type = raw.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(validators, type)) {
    return { ok: false, reason: `unknown message type ${JSON.stringify(String(type).slice(0, 40))}` };
  }
  const size = approxChars(raw);
  if (size > LIMITS.maxMessageChars) return { ok: false, reason: `message too large (${size} chars)` };
  const reason = validators[type as RequestType](raw);
  return reason ? { ok: false, reason: `${type}: ${reason}` } : { ok: true, value: raw as unknown as Message };
}

const contentTypes: ContentType[] = ['content:status', 'content:focus-claim', 'content:toggle', 'content:next-claim', 'content:previous-claim', 'content:conflicts'];
export function isContentMessage(raw: unknown): raw is ContentMessage {
  return isObj(raw) && contentTypes.includes(raw.type as ContentType);
}
