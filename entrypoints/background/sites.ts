// A page may file claims only under its own site's addresses: a report's url and canonical URL
// must be on the registrable domain (Public Suffix List, private suffixes included: two blogs on
// one hosting domain are two sites) of the frame that sent it.
import { parse } from 'tldts';

/** Registrable domain of an address ("bbc.co.uk" for https://news.bbc.co.uk/x), else its host. */
export function registrableDomain(url: string): string | null {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname.toLowerCase();
  } catch {
    return null;
  }
  return parse(host, { allowPrivateDomains: true }).domain ?? host;
}

/** Why a page's report names an address off the sender's site, or null when it does not. */
export function offSite(meta: { url: string; canonicalUrl?: string }, senderUrl: string | undefined): string | null {
  if (!senderUrl) return null; // no frame address to check against (a test harness, a privileged sender)
  const site = registrableDomain(senderUrl);
  if (!site) return 'the sending frame has no web address';
  for (const [field, value] of [['url', meta.url], ['canonicalUrl', meta.canonicalUrl]] as const) {
    if (value !== undefined && registrableDomain(value) !== site) return `${field} is on another site than the page that sent it`;
  }
  return null;
}
