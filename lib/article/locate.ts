// Find the article's body blocks in a document: Readability runs on a clone (it mutates what it
// parses); its output only tells us which paragraphs are the story, and we find those same
// paragraphs in the live page by their text. DOM-only; works with linkedom in Node too.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { declaredKind } from './metadata';
import { flattenComposed, openShadowRoot, shadowTextSteps, type ShadowRootOf } from './composed';
import { runAll, type Steps } from '../slices';

export const BLOCK_SELECTOR = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, div, section';
/** Containers whose text is never the story, even when inside <article>. */
const EXCLUDED = 'nav, aside, footer, form, header, figure, script, style, noscript, template, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="dialog"], .comments, #comments, .related, .newsletter, .ad, .advert, .cookie-banner';
/** Above this many characters of body text, Readability would block the tab: use the fast path. */
const READABILITY_MAX_CHARS = 120_000;
const MIN_WORDS = 120;
/** Class or id words of boxes inside a story that are not the story (as Readability's "unlikely candidates"). */
const UNLIKELY = /(^|[\s_-])(ads?|advert\w*|banner|breadcrumbs?|byline|caption|comments?|community|credit|dateline|disqus|footer|gdpr|header|kicker|menu|nav|newsletter|promo\w*|pull-?quote|read-?more|related|share|sharing|sidebar|signup|social|sponsor\w*|subscribe|toolbar|tags?)([\s_-]|$)/i;
const MIN_BLOCKS = 3;

/** `composed`: the blocks were found in the composed tree (some inside shadow roots or slotted
 *  into them), so their text must be read in composed order too. */
export type Located = { ok: true; root: Element; blocks: Element[]; words: number; composed?: boolean } | { ok: false; reason: string };

export const normText = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/** A block with no block descendants: the unit of text we read. One native query, not a walk over
 *  the children (a paragraph of 1,000 spans cost 2,000 calls, each slow from a Firefox content script). */
function isLeafBlock(el: Element): boolean {
  return el.querySelector(BLOCK_SELECTOR) === null;
}

/** Leaf blocks under `scope` with any text, yielding every `every` candidates. */
function* leafBlockSteps(scope: Element, every = 256): Steps<Element[]> {
  const out: Element[] = [];
  const all = scope.querySelectorAll(BLOCK_SELECTOR);
  for (let i = 0; i < all.length; i++) {
    if (i && i % every === 0) yield;
    const el = all[i]!;
    if (!isLeafBlock(el) || el.closest(EXCLUDED)) continue;
    if (/\S/.test(el.textContent ?? '')) out.push(el); // any text at all (normalising it here cost as much again)
  }
  return out;
}

/** True when the block or a box around it (up to `scope`) is named like page furniture. */
function unlikely(el: Element, scope: Element): boolean {
  for (let e: Element | null = el; e && e !== scope; e = e.parentElement) {
    if (UNLIKELY.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) return true;
  }
  return false;
}

/** Blocks in document order whose text has not been seen before (pull quotes repeat the story). */
function distinct(blocks: Element[], keep: (text: string, el: Element) => boolean): Element[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    const t = normText(b.textContent ?? '');
    if (!keep(t, b) || seen.has(t)) return false;
    seen.add(t);
    return true;
  });
}

function commonAncestor(els: Element[]): Element | null {
  if (!els.length) return null;
  let anc: Element | null = els[0]!;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

/**
 * The one element that holds the story, when the page marks it so: a single <article> (or
 * articleBody) with most of the body's text. Readability then reads a small copy of just that.
 */
function markedStory(doc: Document, bodyChars: number): Element | null {
  const marked = doc.querySelectorAll('[itemprop="articleBody"], article');
  if (marked.length !== 1) return null;
  const el = marked[0]!;
  return (el.textContent ?? '').length >= bodyChars * 0.25 ? el : null;
}

/** Texts of the story's paragraphs according to Readability, run on a copy (whole page or `scope`). */
function readabilityBlockTexts(doc: Document, scope: Element | null): Set<string> | null {
  const clone = doc.cloneNode(true) as Document;
  if (scope) {
    // Same element in the copy; the rest of the copy's body goes, so Readability scores far less.
    const copy = clone.querySelector('[itemprop="articleBody"], article');
    if (copy && clone.body) clone.body.replaceChildren(copy);
  }
  let parsed: { content?: unknown } | null = null;
  try {
    parsed = new Readability(clone, { charThreshold: 400, serializer: (el: Node) => el } as never).parse() as { content?: unknown } | null;
  } catch {
    return null;
  }
  const el = parsed?.content as Element | undefined;
  if (!el || typeof (el as Element).querySelectorAll !== 'function') return null;
  const set = new Set<string>();
  for (const b of Array.from(el.querySelectorAll(BLOCK_SELECTOR))) {
    if (isLeafBlock(b)) {
      const t = normText(b.textContent ?? '');
      if (t) set.add(t);
    }
  }
  return set;
}

/** Fast path for enormous pages: the <article>/main element, or the body, read block by block. */
function heuristicRoot(doc: Document): Element | null {
  return doc.querySelector('[itemprop="articleBody"], article, main, [role="main"]') ?? doc.body;
}

/**
 * The article's blocks in `doc`. A page with text inside shadow trees is read as it renders: from a
 * flattened copy of its composed tree, whose blocks are then mapped back to the live elements.
 */
export function locateArticle(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot): Located {
  return runAll(locateSteps(doc, shadowRootOf));
}

/** locateArticle in steps, for running in slices on a page's main thread (lib/slices.ts). */
export function* locateSteps(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot): Steps<Located> {
  if (!doc.body || !(yield* shadowTextSteps(doc.body, shadowRootOf))) return yield* locateLightSteps(doc);
  yield;
  const flat = flattenComposed(doc, shadowRootOf);
  yield;
  const found = yield* locateLightSteps(flat.doc);
  if (!found.ok) return found;
  const blocks = found.blocks.map((b) => flat.live.get(b)).filter((b): b is Element => !!b);
  return { ok: true, root: flat.live.get(found.root) ?? doc.body, blocks, words: found.words, composed: true };
}

function* locateLightSteps(doc: Document): Steps<Located> {
  const body = doc.body;
  if (!body) return { ok: false, reason: 'no body' };
  const kind = declaredKind(doc);
  if (kind === 'other') return { ok: false, reason: 'the page declares itself not an article' };
  const bodyChars = (body.textContent ?? '').length;
  if (bodyChars < 500) return { ok: false, reason: 'too little text' };

  let blocks: Element[];
  if (bodyChars > READABILITY_MAX_CHARS) {
    const root = heuristicRoot(doc);
    blocks = root ? (yield* leafBlockSteps(root)).filter((b) => b.matches('p, blockquote, li, h2, h3, pre')) : [];
  } else {
    if (kind !== 'article' && !isProbablyReaderable(doc)) return { ok: false, reason: 'not readerable' };
    const scope = markedStory(doc, bodyChars);
    if (kind === 'article' && scope) {
      // The page says it is an article and marks the story: read that element's blocks directly,
      // skipping boxes named like page furniture. Readability (slow on a cold page) is not needed.
      blocks = distinct(yield* leafBlockSteps(scope), (_t, b) => !unlikely(b, scope));
    } else {
      const texts = readabilityBlockTexts(doc, scope);
      if (!texts || texts.size === 0) return { ok: false, reason: 'Readability found no article' };
      yield;
      blocks = distinct(yield* leafBlockSteps(scope ?? body), (t) => texts.has(t));
    }
  }
  yield;
  const words = blocks.reduce((n, b) => n + wordCount(b.textContent ?? ''), 0);
  if (blocks.length < MIN_BLOCKS || words < MIN_WORDS) return { ok: false, reason: `too little article text (${blocks.length} blocks, ${words} words)` };
  const root = commonAncestor(blocks) ?? body;
  return { ok: true, root, blocks, words };
}
