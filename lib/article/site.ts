// Which site a page belongs to, cheaply enough for the content script (no Public Suffix List: it
// costs 40-50 ms to load on every page). The background checks reports against the real
// registrable domain (entrypoints/background/sites.ts); this side is stricter, never looser.

export interface Site {
  /** Host name, lower-cased, without a leading "www.". */
  host: string;
  /** The site's own label: "nytimes" for www.nytimes.com, "bbc" for news.bbc.co.uk. */
  label: string;
}

/** Second-level names under country codes that are no one's site: "co.uk", "com.au", "ne.jp". */
const SHARED_SECOND_LEVEL = /^(co|com|net|org|gov|edu|ac|ne|or|go|gob|nic|mil|ltd|plc|sch|nhs|police|gv|info|biz)$/;
/** Prefixes that name the same site's other editions. */
const EDITION = /^(www\d?|m|mobile|amp)\./;

export function siteOf(url: string): Site | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  if (!host) return null;
  const bare = host.replace(/^www\./, '');
  if (/^[\d.]+$|^\[|^localhost$/.test(host)) return { host: bare, label: '' };
  const labels = bare.split('.');
  const n = labels.length;
  const shared = n >= 3 && labels[n - 1]!.length === 2 && SHARED_SECOND_LEVEL.test(labels[n - 2]!);
  const label = labels[n - (shared ? 3 : 2)] ?? labels[0] ?? '';
  return { host: bare, label };
}

/** True when two addresses are on one site: the same host but for "www."/"m."/"amp.", or one a
 *  subdomain of the other (edition.cnn.com and cnn.com). Stricter than the registrable domain
 *  (news.bbc.co.uk and www.bbc.co.uk are one site there, not here): a page is never trusted more. */
export function sameSite(a: string, b: string): boolean {
  const x = siteOf(a)?.host.replace(EDITION, '');
  const y = siteOf(b)?.host.replace(EDITION, '');
  if (!x || !y) return false;
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
