// Export/import file format: each entry is checked before anything of it is stored.
import { LIMITS, validateMessage, type PageReport, type Validation } from '../protocol';
import type { Claim, Frame } from '../types';
import { checkFrames } from './frame-check';
import { storedDigest, type ArticleRecord, type DismissalRecord } from './schema';

export const EXPORT_FORMAT = 'sourcelight-export';
export const EXPORT_VERSION = 1;

export interface ExportedArticle {
  readAt: number;
  aliases: string[];
  page: PageReport;
  /** The page's claim frames as stored (absent from older exports: computed again on import). */
  frames?: Frame[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  articles: ExportedArticle[];
  dismissals: DismissalRecord[];
}

/** Claims in reading order; ties (same offset) by their engine id, c2 before c10. */
export const textOrder = (a: Claim, b: Claim) => a.content.start - b.content.start || a.id.localeCompare(b.id, 'en', { numeric: true });

/** One stored article as an export writes it: the page report it came from, with its frames. */
export function exportedText(r: ArticleRecord, claims: Claim[]): string {
  const page = { meta: r.meta, claims: claims.sort(textOrder), actors: r.actors, words: r.words, ...storedDigest(r) };
  return JSON.stringify({ readAt: r.readAt, aliases: r.aliases, page, frames: r.frames ?? [] } satisfies ExportedArticle);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The file's own fields: a Sourcelight export of a version this build reads. */
export function checkHeader(raw: Record<string, unknown>): string | null {
  if (raw.format !== EXPORT_FORMAT) return 'the file is not a Sourcelight export';
  if (raw.version !== EXPORT_VERSION) return `export version ${String(raw.version).slice(0, 20)} is not supported`;
  return null;
}

/** One exported article, checked like a page report (index `i` names it in the reason). */
export function checkArticle(a: unknown, i: number): Validation<ExportedArticle> {
  if (!isObj(a) || !isTime(a.readAt)) return { ok: false, reason: `article ${i}: readAt missing or invalid` };
  if (!Array.isArray(a.aliases) || a.aliases.length > 50 || !a.aliases.every((u) => typeof u === 'string' && u.length <= LIMITS.maxUrlChars && /^https?:\/\//.test(u))) {
    return { ok: false, reason: `article ${i}: aliases invalid` };
  }
  const check = validateMessage({ type: 'page:report', page: a.page });
  if (!check.ok) return { ok: false, reason: `article ${i}: ${check.reason}` };
  const page = a.page as PageReport;
  if (a.frames === undefined) return { ok: true, value: { readAt: a.readAt, aliases: a.aliases as string[], page } };
  const frames = checkFrames(a.frames, new Set(page.claims.slice(0, LIMITS.maxClaims).map((c) => c.id)));
  if (!frames.ok) return { ok: false, reason: `article ${i}: ${frames.reason}` };
  return { ok: true, value: { readAt: a.readAt, aliases: a.aliases as string[], page, frames: frames.value } };
}

export function checkDismissal(d: unknown, i: number): Validation<DismissalRecord> {
  if (!isObj(d) || typeof d.id !== 'string' || d.id.length === 0 || d.id.length > 200 || !isTime(d.at)) return { ok: false, reason: `dismissal ${i} invalid` };
  return { ok: true, value: { id: d.id, at: d.at } };
}

/** The text around the articles of an export written in pieces: head + articles joined by "," + tail. */
export function exportFrame(exportedAt: string, dismissals: DismissalRecord[]): { head: string; tail: string } {
  const head = `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"articles":[`;
  return { head, tail: `],"dismissals":${JSON.stringify(dismissals)}}` };
}
