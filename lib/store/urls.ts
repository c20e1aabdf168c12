// URL keys: one spelling per page so visited and canonical URLs find the same record.

/** Drops the fragment and normalises scheme/host case; leaves anything unparsable as it is. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
