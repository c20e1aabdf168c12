// Export/import file format. An import is validated whole before anything is written.
import { LIMITS, validateMessage, type PageReport, type Validation } from '../protocol';
import type { DismissalRecord } from './schema';

export const EXPORT_FORMAT = 'sourcelight-export';
export const EXPORT_VERSION = 1;

export interface ExportedArticle {
  readAt: number;
  aliases: string[];
  page: PageReport;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  articles: ExportedArticle[];
  dismissals: DismissalRecord[];
}

export function serializeExport(articles: ExportedArticle[], dismissals: DismissalRecord[]): string {
  const { head, tail } = exportFrame(new Date().toISOString(), dismissals);
  return head + articles.map((a) => JSON.stringify(a)).join(',') + tail;
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
  return { ok: true, value: { readAt: a.readAt, aliases: a.aliases as string[], page: a.page as PageReport } };
}

export function checkDismissal(d: unknown, i: number): Validation<DismissalRecord> {
  if (!isObj(d) || typeof d.id !== 'string' || d.id.length === 0 || d.id.length > 200 || !isTime(d.at)) return { ok: false, reason: `dismissal ${i} invalid` };
  return { ok: true, value: { id: d.id, at: d.at } };
}

/** Parses and checks a whole export file; the first problem found is the reason. Never throws. */
export function parseExport(json: string): Validation<{ articles: ExportedArticle[]; dismissals: DismissalRecord[] }> {
  if (typeof json !== 'string') return { ok: false, reason: 'the file is not text' };
  if (json.length > LIMITS.maxImportBytes) return { ok: false, reason: `the file is larger than ${LIMITS.maxImportBytes / 2 ** 20} MB` };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `the file is not valid JSON (${e instanceof Error ? e.message : 'parse error'})` };
  }
  if (!isObj(raw)) return { ok: false, reason: 'the file is not a Sourcelight export' };
  const header = checkHeader(raw);
  if (header) return { ok: false, reason: header };
  if (!Array.isArray(raw.articles) || !Array.isArray(raw.dismissals)) return { ok: false, reason: 'articles or dismissals missing' };
  const articles: ExportedArticle[] = [];
  for (const [i, a] of raw.articles.entries()) {
    const r = checkArticle(a, i);
    if (!r.ok) return r;
    articles.push(r.value);
  }
  const dismissals: DismissalRecord[] = [];
  for (const [i, d] of raw.dismissals.entries()) {
    const r = checkDismissal(d, i);
    if (!r.ok) return r;
    dismissals.push(r.value);
  }
  articles.sort((a, b) => a.readAt - b.readAt);
  return { ok: true, value: { articles, dismissals } };
}

/** The text around the articles of an export written in pieces: head + articles joined by "," + tail. */
export function exportFrame(exportedAt: string, dismissals: DismissalRecord[]): { head: string; tail: string } {
  const head = `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"articles":[`;
  return { head, tail: `],"dismissals":${JSON.stringify(dismissals)}}` };
}
