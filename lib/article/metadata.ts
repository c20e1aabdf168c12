// Article metadata from the page's own declarations: JSON-LD NewsArticle, Open Graph, canonical link.
// DOM-only (no browser extension API): runs on the live page, on a clone, and on linkedom in Node.
import type { ArticleMeta } from '../types';

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Report|Review|Background|Blog|Satirical|Scholarly|Tech)?Article$|^(BlogPosting|LiveBlogPosting|Report)$/;

/** JSON-LD objects on the page, flattened through @graph and arrays; malformed blocks are skipped. */
export function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || out.length > 50) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      const o = v as Json;
      out.push(o);
      if (o['@graph']) visit(o['@graph'], depth + 1);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const raw = s.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      /* a page's broken JSON-LD is not our error */
    }
  }
  return out;
}

const types = (o: Json): string[] => ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
export const isArticleLd = (o: Json) => types(o).some((t) => ARTICLE_TYPES.test(t));

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const nameOf = (v: unknown): string | undefined =>
  str(v) ?? (Array.isArray(v) ? nameOf(v[0]) : v && typeof v === 'object' ? str((v as Json).name) : undefined);

function meta(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return str(el?.getAttribute('content'));
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

function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

/** Outlet display name for a hostname without one declared: "www.northwire.example" → "northwire.example". */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function readMetadata(doc: Document, url: string): ArticleMeta {
  const ld = jsonLdObjects(doc).find(isArticleLd);
  const canonical = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, url) ?? httpUrl(meta(doc, 'og:url'), url);
  const domain = domainOf(canonical ?? url) || domainOf(url);
  const outletName = meta(doc, 'og:site_name') ?? nameOf(ld?.publisher) ?? domain;
  const authorsLd = ld?.author ? ([] as unknown[]).concat(ld.author).map(nameOf).filter((x): x is string => !!x) : [];
  const authors = authorsLd.length ? authorsLd : [meta(doc, 'author')].filter((x): x is string => !!x);
  const title = str(ld?.headline) ?? meta(doc, 'og:title') ?? str(doc.title) ?? '';
  const published = isoDate(str(ld?.datePublished) ?? meta(doc, 'article:published_time') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const lang = str(doc.documentElement?.getAttribute('lang'));
  return {
    url,
    ...(canonical ? { canonicalUrl: canonical } : {}),
    title: title.slice(0, 500),
    outlet: { name: outletName.slice(0, 200), domain },
    authors: authors.slice(0, 20).map((a) => a.slice(0, 200)),
    ...(published ? { published } : {}),
    ...(lang ? { lang: lang.slice(0, 35) } : {}),
  };
}

/** What the page declares itself to be: 'article', 'other' (website, collection, search...), or unknown. */
export function declaredKind(doc: Document): 'article' | 'other' | 'unknown' {
  const objs = jsonLdObjects(doc);
  if (objs.some(isArticleLd)) return 'article';
  const og = meta(doc, 'og:type');
  if (og === 'article') return 'article';
  if (objs.some((o) => types(o).some((t) => /^(WebSite|CollectionPage|SearchResultsPage|ItemList|ProfilePage)$/.test(t)))) return 'other';
  if (og && og !== 'article') return 'other';
  return 'unknown';
}
