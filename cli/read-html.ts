// Node-side article reading for the CLI and tests: the same locate + text model code the content
// script runs, over linkedom instead of a browser DOM.
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../lib/types';
import { readMetadata } from '../lib/article/metadata';
import { locateArticle } from '../lib/article/locate';
import { buildTextModel } from '../lib/textmodel/build';

export interface ReadArticle {
  meta: ArticleMeta;
  text: string;
  isArticle: boolean;
  /** Why the page is not treated as an article. */
  reason?: string;
}

export function readArticleHtml(html: string, url = 'file:///article.html'): ReadArticle {
  // linkedom leaves fragments without a documentElement: give every input a whole document.
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  const doc = document as unknown as Document;
  const meta = readMetadata(doc, url);
  // A canonical link names the article better than the file path it was read from.
  if (url.startsWith('file:') && meta.canonicalUrl) meta.url = meta.canonicalUrl;
  const located = locateArticle(doc);
  if (!located.ok) return { meta, text: '', isArticle: false, reason: located.reason };
  return { meta, text: buildTextModel(located.blocks).text, isArticle: true };
}
