// Small pure helpers for showing page-derived strings safely and readably (no DOM).

/** A piece of text, emphasised or not: rendered as text nodes / <mark>, never as HTML. */
export interface Segment {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Split `content` around the first occurrence of `value` so the differing figure or words can be
 * wrapped in <mark>. Matching ignores case and treats any run of whitespace as one space, because
 * the background's value comes from the same text but may be normalised. When the value is not
 * found the content comes back unmarked (the caller shows the value separately).
 */
export function splitOnValue(content: string, value: string): Segment[] {
  const text = String(content ?? '');
  const needle = String(value ?? '').trim();
  if (!text) return [];
  if (!needle || needle.length > text.length + 1000) return [{ text, mark: false }];
  let start = text.indexOf(needle);
  let end = start + needle.length;
  if (start < 0) {
    const pattern = needle.split(/\s+/).map(escapeRegExp).join('\\s+');
    const m = new RegExp(pattern, 'iu').exec(text);
    if (!m || m[0].length === 0) return [{ text, mark: false }];
    start = m.index;
    end = start + m[0].length;
  }
  const out: Segment[] = [];
  if (start > 0) out.push({ text: text.slice(0, start), mark: false });
  out.push({ text: text.slice(start, end), mark: true });
  if (end < text.length) out.push({ text: text.slice(end), mark: false });
  return out;
}

/** The URL only if it is http(s): page-derived links must never become javascript:/data: links. */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Hostname of a URL without "www.", or the input itself when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Milliseconds since the epoch, or null for a missing or unparseable date. */
export function dateValue(iso: string | undefined | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/**
 * A short human date ("12 Jan 2020, 14:05 UTC"). Fixed to UTC and English month names so the popup,
 * the tests and screenshots agree; "date unknown" when missing. Date-only inputs get no time.
 */
export function formatDate(iso: string | undefined | null): string {
  const t = dateValue(iso);
  if (t === null) return 'date unknown';
  const d = new Date(t);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const day = `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(String(iso).trim())) return day;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${day}, ${hh}:${mm} UTC`;
}

/** At most `max` characters, cut at a word boundary where one is near, with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first letter upper-cased, for a heading ("The coastguard"). */
export function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A side's value as the reader should read it: a denial is never shown as the words it denies
 *  ("overloaded" denied is "not overloaded"; longer words are quoted after "denies"). */
export function shownValue(side: { value: string; denies?: boolean }): string {
  const v = String(side.value ?? '').trim();
  if (!side.denies || !v) return v;
  return /\s/.test(v) ? `denies “${v}”` : `not ${v}`;
}
