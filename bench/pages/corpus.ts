// A folder of saved real pages laid out as Mozilla Readability's test pages
// (NAME/source.html, NAME/expected.html, NAME/expected-metadata.json), and the rule that says which
// of them are "English news pages". The pages are never committed: see NO_CORPUS.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../cli/read-html';
import { textLanguage } from '../../lib/article/language';
import { isCreditedCaption } from '../../lib/article/locate';

export const DEFAULT_CORPUS = '.cache/corpora/readability/test/test-pages';

export const NO_CORPUS = (dir: string) =>
  `no corpus at ${dir}. Get Mozilla Readability's repository (mozilla/readability on GitHub) into the ` +
  `git-ignored .cache/corpora/readability (a shallow git clone will do; its test pages are in test/test-pages), ` +
  `or point --corpus at any folder of NAME/source.html (+ expected.html, expected-metadata.json).`;

export interface ExpectedMeta {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

export interface CorpusPage {
  name: string;
  source: string;
  /** Text of expected.html (what Readability extracts), '' when absent. */
  expected: string;
  meta: ExpectedMeta;
  /** The address the page was saved from (canonical link or og:url), else a stand-in. */
  url: string;
}

export type Group = 'english-news' | 'english' | 'not-english' | 'other';

/** Pages under this size are the corpus's hand-written unit cases, not saved sites. */
const REAL_PAGE_BYTES = 10_000;
/** A news brief is about 150 words; shorter expected texts are fragments or unit cases. */
const MIN_WORDS = 150;
const CUE = /\b(said|says|told|according to)\b/gi;

export function loadCorpus(dir: string): CorpusPage[] {
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'source.html')))
    .sort()
    .map((name) => {
      const at = (f: string) => path.join(dir, name, f);
      const source = readFileSync(at('source.html'), 'utf8');
      const expectedHtml = existsSync(at('expected.html')) ? readFileSync(at('expected.html'), 'utf8') : '';
      const meta = existsSync(at('expected-metadata.json')) ? (JSON.parse(readFileSync(at('expected-metadata.json'), 'utf8')) as ExpectedMeta) : {};
      return { name, source, expected: expectedHtml ? htmlText(expectedHtml) : '', meta, url: savedUrl(source, name) };
    });
}

export function isCorpus(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).some((n) => existsSync(path.join(dir, n, 'source.html')));
}

/** Text of expected.html without its captions (<figcaption>, and blocks that end in a photo credit
 *  by the extension's own rule): the extension never reads captions (no claim may come from one),
 *  so recall is measured on the rest. */
function htmlText(html: string): string {
  const doc = parseDocument(html);
  for (const cap of Array.from(doc.querySelectorAll('figcaption'))) cap.remove();
  for (const el of Array.from(doc.querySelectorAll('p, div, span, h2, h3, li'))) {
    if (!el.querySelector('p, div, li') && isCreditedCaption(el.textContent ?? '')) el.remove();
  }
  return (doc.body?.textContent ?? doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The page's own address: its canonical link or og:url when absolute http(s). */
function savedUrl(source: string, name: string): string {
  const m = /<link[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(source) ?? /<meta[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(source);
  const href = m?.[1]?.replace(/&amp;/g, '&');
  if (href && /^https?:\/\/[^/]+\.[^/]+/i.test(href)) return href;
  return `http://fakehost/test/${encodeURIComponent(name)}/`;
}

export const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Which pages count, by a rule and not by name:
 * - English: expected-metadata `lang` is en or en-*; without a lang, the expected text is English by
 *   the same text check the extension uses. Other declared languages are 'not-english'.
 * - A saved site, not a hand-written unit case (source.html of 10 KB or more), that Readability
 *   reads (`readerable` true) into at least 150 words.
 * - News: written as reporting, with at least 3 attribution cues ("said", "says", "told",
 *   "according to") and at least 1 per 1,000 words in the expected text. This keeps reports,
 *   features and blog posts that quote people (and some fiction), and leaves out reference pages,
 *   documentation and essays without sources, where Sourcelight has nothing to show.
 */
export function groupOf(p: CorpusPage): Group {
  const real = p.source.length >= REAL_PAGE_BYTES;
  const n = words(p.expected).length;
  const declared = p.meta.lang?.toLowerCase();
  const english = declared ? /^en\b/.test(declared) : textLanguage(p.expected).lang === 'en';
  if (!real || !p.expected) return 'other';
  if (!english) return declared || textLanguage(p.expected).lang ? 'not-english' : 'other';
  if (p.meta.readerable === false || n < MIN_WORDS) return 'other';
  const cues = (p.expected.match(CUE) ?? []).length;
  return cues >= 3 && cues * 1000 >= n ? 'english-news' : 'english';
}

/** Share of the expected text's words (as a multiset) that our text has. */
export function recall(expected: string, got: string): number {
  const want = words(expected);
  if (!want.length) return 1;
  const have = new Map<string, number>();
  for (const w of words(got)) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit++;
      have.set(w, n - 1);
    }
  }
  return hit / want.length;
}

/** A date the page itself gives: Readability's publishedTime, or a date in its address. */
export function givenDate(p: CorpusPage): string | null {
  if (p.meta.publishedTime) return p.meta.publishedTime;
  // A day in the address; a month alone (/2019/04/) is no publication date.
  const m = /\/(19|20)(\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])\//.exec(p.url);
  return m ? `${m[1]}${m[2]}-${m[3]}-${m[4]}` : null;
}

/** Texts of photo captions and credits in the source page: no claim may come from them. */
export function captionTexts(doc: Document): string[] {
  const els = doc.querySelectorAll('figcaption, figure, [itemprop="caption"], [class*="caption"], [class*="Caption"], [id*="caption"], [class*="credit"], [class*="Credit"]');
  const out = new Set<string>();
  for (const el of Array.from(els)) {
    // "no_caption", "has-caption": a class that says the element is no caption.
    if (el.localName !== 'figcaption' && el.localName !== 'figure' && !el.matches('[itemprop="caption"]') && !`${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/).some((n) => /caption|credit/i.test(n) && !/^(no|has|with|without|show)[-_]/i.test(n))) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length >= 20 && t.length <= 600) out.add(t);
  }
  // Unmarked captions known by their credit line (the extension's own rule: see locate.ts).
  for (const el of Array.from(doc.querySelectorAll('p, div, span, li'))) {
    if (el.querySelector('p, div, li')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length >= 20 && isCreditedCaption(t)) out.add(t);
  }
  return [...out];
}

/** An outlet name a reader would recognise: not empty, not an address, not a bare domain. */
export function isNamedOutlet(name: string): boolean {
  const n = name.trim();
  return !!n && n.length <= 60 && !/:\/\/|^www\.|\.(com|org|net|co\.uk|com\.au)\b|\|/i.test(n);
}
