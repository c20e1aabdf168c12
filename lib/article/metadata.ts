// Article metadata from the page's own declarations: JSON-LD (NewsArticle and kin, publisher),
// Open Graph and other meta tags, <time>, the canonical link, and the address itself.
// DOM-only (no browser extension API): runs on the live page, on a clone, and on linkedom in Node.
import type { ArticleMeta } from '../types';
import { sameSite, siteOf } from './site';

type Json = Record<string, unknown>;

/** schema.org types of a story: Article and its subtypes (NewsArticle, AnalysisNewsArticle,
 *  ReportageNewsArticle, ...), blog and live-blog posts, reports. */
const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|^Report)$/i;
const NOT_ARTICLE_TYPE = /^(WebSite|CollectionPage|SearchResultsPage|ItemList|ProfilePage|Product|ContactPage|FAQPage)$/i;

/** JSON-LD objects on the page, flattened through @graph, arrays and mainEntity; malformed blocks are skipped. */
export function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 5 || out.length > 50) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      const o = v as Json;
      out.push(o);
      if (o['@graph']) visit(o['@graph'], depth + 1);
      if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]')).slice(0, 20)) {
    const raw = s.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      visit(JSON.parse(unwrapCdata(raw)), 0);
    } catch {
      /* a page's broken JSON-LD is not our error */
    }
  }
  return out;
}

/** The JSON inside a CDATA wrapper, as XHTML-minded templates write it: `<![CDATA[ {...} ]]>`,
 *  also commented out in script (`//<![CDATA[` ... `//]]>`, or in block comments). Other text is left as it is. */
export function unwrapCdata(raw: string): string {
  // String steps, not one regex: a lazy body before optional space runs backtracks on long pages.
  const open = /^\s*(?:(?:\/\/|\/\*)\s*)?<!\[CDATA\[(?:\s*\*\/)?/.exec(raw);
  if (!open) return raw;
  let body = raw.slice(open[0].length).trimEnd();
  if (body.endsWith('*/')) body = body.slice(0, -2).trimEnd();
  if (!body.endsWith(']]>')) return raw;
  body = body.slice(0, -3).trimEnd();
  return body.endsWith('//') || body.endsWith('/*') ? body.slice(0, -2) : body;
}

/** "NewsArticle" from "NewsArticle", "https://schema.org/NewsArticle" or "schema:NewsArticle". */
const types = (o: Json): string[] =>
  ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
export const isArticleLd = (o: Json) => types(o).some((t) => ARTICLE_TYPE.test(t));

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const nameOf = (v: unknown): string | undefined =>
  str(v) ?? (Array.isArray(v) ? nameOf(v[0]) : v && typeof v === 'object' ? str((v as Json).name) : undefined);

/** Meta tags by lower-cased name, property or itemprop (first wins). */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]')).slice(0, 500)) {
    const content = str(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

function httpUrl(v: string | undefined, base: string): string | undefined {
  if (!v) return undefined;
  try {
    const u = new URL(v, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// ---- dates ----

/** Meta keys that carry the publication time, best first. */
const DATE_KEYS = ['article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'article.published', 'article_date_original', 'date', 'ptime', 'pdate'];
/** Earliest plausible publication date of a web page. */
const EARLIEST = Date.UTC(1991, 0, 1);

/** An ISO date for a date-time string: ISO and RFC forms, compact "20170113033838", and an ISO
 *  time with a colonless offset ("2017-11-16T14:15+0000"), which not every browser's Date.parse takes. */
export function isoDate(v: string | undefined | null, now = Date.now()): string | undefined {
  const s = v?.trim().replace(/(T\d\d:\d\d(?::\d\d(?:\.\d+)?)?[+-]\d\d)(\d\d)$/, '$1:$2');
  if (!s || s.length > 64) return undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(s);
  const t = compact ? Date.UTC(+compact[1]!, +compact[2]! - 1, +compact[3]!, +(compact[4] ?? 0), +(compact[5] ?? 0), +(compact[6] ?? 0)) : Date.parse(s);
  // Not before the web had news, not in the future (two days of clock and time-zone slack).
  if (!Number.isFinite(t) || t < EARLIEST || t > now + 2 * 86_400_000) return undefined;
  return new Date(t).toISOString();
}

/** A date in the address: /2019/04/28/, /2019-04-28/, /20190428/. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /(?:^|\/)((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/._-])/.exec(path);
  return m ? isoDate(`${m[1]}-${m[3]}-${m[4]}`) : undefined;
}

/** Any other meta key that names a publication date or time ("article:publicationdate",
 *  "og:pubdate"); a modified or updated date is no publication date. */
const PUBLICATION_KEY = /(publi(?:shed|cation|sh)|pub)[-_:. ]?(date|time)|date[-_:. ]?publi(?:shed|cation)/;
const NOT_PUBLICATION_KEY = /modif|updat|expir|revis/;

/** Declared publication dates beat a creation date: a story is often created the day before. */
function publishedOf(doc: Document, ld: Json | undefined, metas: Map<string, string>, url: string): string | undefined {
  const fromLd = isoDate(str(ld?.datePublished));
  if (fromLd) return fromLd;
  for (const k of DATE_KEYS) {
    const d = isoDate(metas.get(k));
    if (d) return d;
  }
  for (const [k, v] of metas) {
    const d = PUBLICATION_KEY.test(k) && !NOT_PUBLICATION_KEY.test(k) ? isoDate(v) : undefined;
    if (d) return d;
  }
  // <time> marked as the publication date, then the first <time> that names a date.
  const marked = doc.querySelector('[itemprop="datePublished"]');
  const fromMarked = isoDate(marked?.getAttribute('datetime') ?? marked?.getAttribute('content'));
  if (fromMarked) return fromMarked;
  for (const t of Array.from(doc.querySelectorAll('time[datetime], time[content]')).slice(0, 20)) {
    const d = isoDate(t.getAttribute('datetime') ?? t.getAttribute('content'));
    if (d) return d;
  }
  return isoDate(str(ld?.dateCreated)) ?? urlDate(url);
}

// ---- outlet ----

/** Separators between a page title and its site's name: "Story | Outlet", "Story - Outlet". Matched on
 *  text whose whitespace runs are already one space: `\s+` on both sides goes quadratic on long runs. */
const TITLE_SEPARATOR = / (?:[|\-–—:•·»]|::) /;
const titleParts = (s: string) => s.replace(/\s+/g, ' ').split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);

/** Letters and digits only, lower-cased: "The New York Times" → "thenewyorktimes". */
const squash = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

/** True when the site's label ("nytimes") can be spelt from the name's words, in order, each word
 *  giving a prefix of itself (possibly empty): "The New York Times", "BBC News", "TMZ.com". */
export function nameFitsLabel(name: string, label: string): boolean {
  const words = name.toLowerCase().normalize('NFKD').split(/[^a-z0-9]+/).filter(Boolean);
  const target = squash(label);
  if (!target || !words.length) return false;
  // fits[i][j]: the first i words can spell the first j letters
  let reach = new Set([0]);
  for (const w of words) {
    const next = new Set<number>(reach);
    for (const j of reach) for (let k = 1; k <= w.length && j + k <= target.length && target.startsWith(w.slice(0, k), j); k++) next.add(j + k);
    reach = next;
  }
  return reach.has(target.length);
}

/** A name a reader recognises, from a raw declared value: an address becomes its site's label;
 *  "SIMPLYFOUND.COM | BY: JOHN" keeps the part that is the site's name. Undefined when nothing fits. */
export function cleanOutletName(raw: string | undefined, label: string): string | undefined {
  const v = raw?.replace(/\s+/g, ' ').trim();
  if (!v) return undefined;
  // An address says nothing the page's own address does not: look further.
  if (/^(https?:)?\/\//i.test(v) || /^www\./i.test(v)) return undefined;
  const parts = titleParts(v);
  const fitting = parts.find((p) => nameFitsLabel(stripTld(p), label)) ?? (parts.length === 1 ? parts[0] : undefined);
  if (!fitting) return undefined;
  const name = stripTld(fitting);
  return name.length <= 60 ? name : undefined;
}

/** "TMZ.com" → "TMZ"; "Aktuálně.cz" → "Aktuálně"; names without a domain ending stay. */
const stripTld = (s: string) => s.replace(/\.(com|net|org|co\.uk|co|cz|fr|de|es|it|com\.au|com\.br|io|news|tv)$/i, '');

/** A display name for a bare site label: "seattletimes" → "Seattletimes". */
const labelName = (label: string) => (label ? label[0]!.toUpperCase() + label.slice(1) : label);

/** The site's own name as its title puts it: "Story - The New York Times" → "The New York Times". */
function nameFromTitle(title: string, label: string): string | undefined {
  const parts = titleParts(title);
  if (parts.length < 2) return undefined;
  // The site's name is usually last, sometimes first.
  for (const p of [parts[parts.length - 1]!, parts[0]!]) {
    if (p.length <= 60 && nameFitsLabel(stripTld(p), label)) return stripTld(p);
  }
  return undefined;
}

function outletName(doc: Document, publisher: string | undefined, metas: Map<string, string>, host: { label: string; domain: string }): string {
  const candidates = [publisher, metas.get('og:site_name'), metas.get('application-name'), metas.get('apple-mobile-web-app-title')];
  for (const c of candidates) {
    const name = cleanOutletName(c, host.label);
    if (name) return name;
  }
  return nameFromTitle(doc.title ?? '', host.label) ?? (labelName(host.label) || host.domain || 'Unknown outlet');
}

// ---- the whole record ----

export function readMetadata(doc: Document, url: string): ArticleMeta {
  const lds = jsonLdObjects(doc);
  const ld = lds.find(isArticleLd);
  const metas = metaTags(doc);
  const declaredCanonical = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, url) ?? httpUrl(metas.get('og:url'), url);
  // A canonical link names this page's article only on its own site: a page cannot file its claims
  // under another outlet's address. A file read by the CLI has no site: its canonical link is all it has.
  const fromWeb = /^https?:/i.test(url);
  const canonical = declaredCanonical && (!fromWeb || sameSite(declaredCanonical, url)) ? declaredCanonical : undefined;
  const site = siteOf(fromWeb ? url : canonical ?? url);
  const domain = site?.host ?? '';
  const publisher = nameOf(ld?.publisher) ?? nameOf(lds.find((o) => types(o).some((t) => /^(NewsMediaOrganization|Organization)$/i.test(t))));
  const outlet = outletName(doc, publisher, metas, { label: site?.label ?? '', domain });
  const authorsLd = ld?.author ? ([] as unknown[]).concat(ld.author).map(nameOf).filter((x): x is string => !!x) : [];
  const authors = authorsLd.length ? authorsLd : [metas.get('author')].filter((x): x is string => !!x);
  const title = str(ld?.headline) ?? metas.get('og:title') ?? str(doc.title) ?? '';
  const published = publishedOf(doc, ld, metas, canonical ?? url);
  const lang = str(doc.documentElement?.getAttribute('lang')) ?? metas.get('content-language') ?? str(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'));
  return {
    url,
    ...(canonical ? { canonicalUrl: canonical } : {}),
    title: title.slice(0, 500),
    outlet: { name: outlet.slice(0, 200), domain },
    authors: authors.slice(0, 20).map((a) => a.slice(0, 200)),
    ...(published ? { published } : {}),
    ...(lang ? { lang: lang.slice(0, 35) } : {}),
  };
}

/** What the page declares itself to be: 'article', 'other' (website, collection, search...), or unknown.
 *  Evidence only: a story on a page typed "website" is still read (see locate). */
export function declaredKind(doc: Document): 'article' | 'other' | 'unknown' {
  const objs = jsonLdObjects(doc);
  if (objs.some(isArticleLd)) return 'article';
  const og = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (og === 'article' || og?.startsWith('article')) return 'article';
  if (objs.some((o) => types(o).some((t) => NOT_ARTICLE_TYPE.test(t)))) return 'other';
  if (og) return 'other';
  return 'unknown';
}
