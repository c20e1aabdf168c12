// The privacy verdict: which recorded requests did not come from the pages themselves.
// Two sources: what the demo server received (the browsers use it as their proxy, so this covers
// every host and every context of the browser), and what the browser reports per request.

const EXTENSION_SCHEME = /^(chrome-extension|moz-extension):/;
const LOCAL_SCHEME = /^(chrome-extension|moz-extension|data|blob|about):/;
/**
 * The browsers' own services (updates, sign-in, safe browsing): the proxy sees them too, but they
 * come from the browser itself, with or without the extension. Listed apart, not as violations;
 * requests the browser attributes to the extension are judged by the browser log whatever the host.
 */
const BROWSER_SERVICE = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/;

/**
 * @param {{ serverLog: { url: string, host: string, headers: Record<string, string | undefined> }[],
 *           browserLog: { url: string, source: string }[], demoHosts: string[], port: number }} input
 * @returns {{ violations: string[], browserOwn: string[] }} violations: one line per request that breaks
 *   the rule "only the page's own requests to the demo server"; browserOwn: the browser's own traffic
 */
export function privacyViolations({ serverLog, browserLog, demoHosts, port }) {
  const violations = [];
  const browserOwn = [];
  const isDemo = (u) => {
    try {
      const url = new URL(u);
      return url.protocol === 'http:' && demoHosts.includes(url.hostname) && Number(url.port) === port;
    } catch {
      return false;
    }
  };
  for (const r of serverLog) {
    const fromExtension = EXTENSION_SCHEME.test(r.headers.origin ?? '') || EXTENSION_SCHEME.test(r.headers.referer ?? '');
    if (!isDemo(r.url) && BROWSER_SERVICE.test(r.host) && !fromExtension) browserOwn.push(r.url);
    else if (!isDemo(r.url)) violations.push(`server got a request for a non-demo address: ${r.url}`);
    else if (fromExtension) violations.push(`server got a request from an extension context: ${r.url} (origin ${r.headers.origin ?? '-'}, referer ${r.headers.referer ?? '-'})`);
  }
  for (const r of browserLog) {
    if (LOCAL_SCHEME.test(r.url)) continue; // packaged files and inline data, no network
    if (r.source !== 'page') violations.push(`${r.source} made a network request: ${r.url}`);
    else if (!isDemo(r.url)) violations.push(`page request left the demo site: ${r.url}`);
  }
  return { violations, browserOwn };
}
