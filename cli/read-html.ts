// Node-side article reading for the CLI, tests and benchmarks: the same locate + metadata + text
// model code the content script runs, over linkedom instead of a browser DOM.
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../lib/types';
import { readMetadata } from '../lib/article/metadata';
import { locateArticle } from '../lib/article/locate';
import { copyHtmlSteps, type SlimCopy } from '../lib/article/copy';
import { readCopyHtml } from '../lib/article/read-copy';
import { LIMITS } from '../lib/protocol';
import { runAll } from '../lib/slices';
import { buildTextModel } from '../lib/textmodel/build';

export interface ReadArticle {
  meta: ArticleMeta;
  text: string;
  isArticle: boolean;
  /** Why the page is not treated as an article. */
  reason?: string;
  /** Set when the page is not read because it is not in English: its language (null: unknown). */
  notEnglish?: { lang: string | null };
}

/** A whole document from any input (linkedom leaves fragments without a documentElement). */
export function parseDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(whole).document as unknown as Document;
  tidyRoot(doc);
  return doc;
}

/** linkedom finds <body> only right after <head>: elements a saved page has beside them (a
 *  script-inserted <div> before <head>) go into the body, as a browser's parser puts them. */
function tidyRoot(doc: Document) {
  const html = doc.documentElement;
  const kids = html ? Array.from(html.children) : [];
  const head = kids.find((e) => e.localName === 'head');
  const body = kids.find((e) => e.localName === 'body');
  if (!head || !body || (kids[0] === head && kids[1] === body && kids.length === 2)) return;
  const before = kids.slice(0, kids.indexOf(body)).filter((e) => e !== head);
  const after = kids.slice(kids.indexOf(body) + 1);
  // one by one: a spread of a hostile page's thousands of stray elements overflows the stack
  for (const e of before.reverse()) body.prepend(e);
  for (const e of after) body.append(e);
  html.prepend(head);
}

export function readArticleHtml(html: string, url = 'file:///article.html'): ReadArticle {
  return readArticleDoc(parseDocument(html), url);
}

/** Readability as the extension runs it: on the copy's HTML, parsed again (the background's path). */
function readAsBackground(copy: SlimCopy) {
  const html = runAll(copyHtmlSteps(copy));
  return html.length > LIMITS.maxReadabilityHtmlChars ? undefined : readCopyHtml(html);
}

export function readArticleDoc(doc: Document, url: string): ReadArticle {
  const meta = readMetadata(doc, url);
  // A canonical link names the article better than the file path it was read from.
  if (url.startsWith('file:') && meta.canonicalUrl) meta.url = meta.canonicalUrl;
  const located = locateArticle(doc, undefined, readAsBackground);
  if (!located.ok) return { meta, text: '', isArticle: false, reason: located.reason, ...(located.notEnglish ? { notEnglish: located.notEnglish } : {}) };
  return { meta, text: buildTextModel(located.blocks).text, isArticle: true };
}
