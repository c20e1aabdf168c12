// Which blocks of a (copied) page are prose worth reading: leaf blocks with text, none inside page
// furniture (navigation, captions, pull quotes, related and "most read" boxes, promotions), no
// boilerplate or teaser lines, no lists of links. Shared by the page (marked stories) and by the
// background, where Readability's pick is read (lib/article/readability.ts). DOM-only.
import type { Steps } from '../slices';
import { isRun, type Block, type LooseRun } from '../textmodel/build';

export const BLOCK_SELECTOR = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, div, section';
const BLOCK_TAGS = new Set(BLOCK_SELECTOR.split(', '));
/** Containers whose text is never the story, even when inside <article>. */
const EXCLUDED = 'nav, aside, footer, form, header, figure, figcaption, script, style, noscript, template, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="dialog"], .comments, #comments, .related, .newsletter, .ad, .advert, .cookie-banner';
/** Class or id words of boxes inside a story that are not the story: captions, pull quotes,
 *  related and "most read" lists, promotions. Checked on every block's ancestors up to the story. */
const NOT_STORY = /(^|[\s_-])(\w*caption\w*|legends?|\w*credits?|photo-?credit|pull-?quote|\w*pullquote|related\w*|most-?(read|popular|viewed|shared)|popular|trending|more-?stories|also-?read|recommend\w*|newsletter|signup|subscribe|promo\w*|sponsor\w*|outbrain|taboola|share|sharing|social|tags?|breadcrumbs?|byline|dateline|kicker|toolbar|ads?|advert\w*|comments?)([\s_-]|$)/i;
/** Lines that are page furniture wherever they stand: "Advertisement", "Continue reading the main story". */
const BOILERPLATE = /^(advertisement|advertising|sponsored|supported by|continue reading( the main story)?|read more|share( this( article| story)?)?|image|photo|video|related|skip (to|this) \w+|story continues below( advertisement)?)$/i;
/** Teaser lines that point to other stories: "READ MORE: ...", "RELATED: ...", "See also: ...". */
const TEASER = /^(read more|related|more|see also|also read|read also|watch|listen|recommended|most read|latest|trending)\s*:/i;
/** Headings of boxes that list other stories, whatever the box's class names: "Most read",
 *  "Related stories", "More from Business", "You may also like", "Editor's picks". */
const BOX_HEADING = /^(most[ -](read|popular|viewed|shared|watched)|related( (stories|articles|coverage|content|news|links|reading))?|read (more|next|also)|more (stories|news|from|on|in|like this)\b.*|trending( now)?|recommended( for you)?|you (may|might) (also )?like|popular( now)?|top stories|latest( news| stories)?|editor'?s'? picks?|what to read next|around the web|further reading)\s*:?$/i;
/** A box whose heading names it so holds at most this share of the story's text (a heading over
 *  the whole story is no box). */
const MAX_BOX_SHARE = 0.3;
/** Share of a block's text inside links above which it is a list of links, not prose. */
const MAX_LINK_SHARE = 0.6;

export const normText = (s: string) => s.replace(/\s+/g, ' ').trim();
export const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/** A block with no block descendants: the unit of text we read. One native query, not a walk over
 *  the children (a paragraph of 1,000 spans cost 2,000 calls, each slow from a Firefox content script). */
export function isLeafBlock(el: Element): boolean {
  return el.querySelector(BLOCK_SELECTOR) === null;
}

/** Share of an element's text inside links. */
function linkShare(el: Element, text: string): number {
  if (!text) return 0;
  let inLinks = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) inLinks += normText(links[i]!.textContent ?? '').length;
  for (let e: Element | null = el; e; e = e.parentElement) if (e.localName === 'a') return 1;
  return inLinks / text.length;
}

/** True when an element's class or id names it as page furniture. Names that deny or merely note
 *  it ("no_caption", "has-caption", "with-related") do not count. */
export function namedFurniture(e: Element): boolean {
  const names = `${e.getAttribute('class') ?? ''} ${e.id}`.split(/\s+/).filter((n) => n && !/^(no|has|with|without|show)[-_]/i.test(n) && !/[-_](none|hidden|off)$/i.test(n));
  return names.length > 0 && NOT_STORY.test(names.join(' '));
}

/** True when the block or a box around it (up to `scope`) is named like page furniture. */
export function notStory(el: Element, scope: Element | null): boolean {
  for (let e: Element | null = el; e && e !== scope; e = e.parentElement) {
    if (namedFurniture(e)) return true;
  }
  return false;
}

/** Children that end a run of loose text: furniture and elements the model never reads. */
const RUN_BREAKS = new Set(['figure', 'figcaption', 'aside', 'nav', 'header', 'footer', 'form', 'table', 'hr', 'h1', 'iframe', 'dialog', 'select', 'button']);
/** Children a run passes over: they hold no text a reader sees. */
const RUN_SKIPS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object', 'embed', 'img', 'picture', 'video', 'audio', 'link', 'meta']);
/** A run with less text is a label or a stray word, not a paragraph. */
const MIN_RUN_CHARS = 40;
/** Containers whose loose text is read besides the non-leaf blocks (old markup puts text there).
 *  Not <span> or <font>: pages wrap single words in them by the thousand. */
export const RUN_CONTAINERS = 'article, main, center';

/** Text of a run (the text nodes and inline elements in it). */
export function runText(run: LooseRun): string {
  let t = '';
  for (const n of run.nodes) t += n.nodeType === 3 ? (n as Text).data : ` ${(n as Element).localName === 'br' ? '' : n.textContent ?? ''} `;
  return normText(t);
}

/**
 * Loose text among `el`'s children: runs of text nodes and inline elements between its blocks, two
 * or more <br>s also ending one ("<div>First paragraph.<br><br>Second.</div>" inside a container).
 * The same on the page and on its slim copy (which has no scripts or comments), so the copy's runs
 * name the page's.
 */
export function looseRuns(el: Element): LooseRun[] {
  const runs: LooseRun[] = [];
  let nodes: Node[] = [];
  let brs = 0;
  const flush = () => {
    const run = { parent: el, nodes };
    if (nodes.length && runText(run).replace(/\s/g, '').length >= MIN_RUN_CHARS) runs.push(run);
    nodes = [];
    brs = 0;
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n as Text).data.trim()) brs = 0;
      nodes.push(n);
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    const tag = e.localName;
    if (tag === 'br') {
      if (++brs >= 2) flush();
      else nodes.push(e);
      continue;
    }
    if (RUN_SKIPS.has(tag)) continue;
    if (RUN_BREAKS.has(tag) || BLOCK_TAGS.has(tag) || e.querySelector(BLOCK_SELECTOR)) flush();
    else {
      nodes.push(e);
      brs = 0;
    }
  }
  flush();
  return runs;
}

/** Blocks worth reading under `scope`: leaf blocks with prose, and loose text in the containers
 *  around them, none inside furniture. Yields every `every` elements. */
export function* proseSteps(scope: Element, every = 40): Steps<Block[]> {
  const seen = new Map<string, number>();
  const out: (Block | null)[] = [];
  const all = scope.querySelectorAll(`${BLOCK_SELECTOR}, ${RUN_CONTAINERS}`);
  const add = (b: Block, t: string) => {
    const el = isRun(b) ? b.parent : b;
    // Pull quotes repeat the story's text: the paragraph is kept, the copy in a named box is not.
    const prev = seen.get(t);
    if (prev !== undefined) {
      const was = out[prev];
      if (was && notStory(isRun(was) ? was.parent : was, scope) && !notStory(el, scope)) {
        out[prev] = null;
        seen.set(t, out.length);
        out.push(b);
      }
      return;
    }
    seen.set(t, out.length);
    out.push(b);
  };
  const boxes = headedBoxes(scope);
  const inBox = (el: Element) => boxes.length > 0 && boxes.some((b) => b.contains(el));
  const prose = (el: Element, t: string) => !!t && !BOILERPLATE.test(t) && !TEASER.test(t) && linkShare(el, t) <= MAX_LINK_SHARE;
  // Per-block checks as set lookups, not a selector match per block (20 MB of paragraphs took
  // seconds): furniture subtrees, and which blocks hold other blocks (a block's first block
  // descendant is the next block in document order).
  const excluded = new Set(Array.from(scope.querySelectorAll(EXCLUDED)));
  const scopeExcluded = !!scope.parentElement?.closest(EXCLUDED);
  const inExcluded = (el: Element) => {
    if (scopeExcluded) return true;
    for (let e: Element | null = el; e && e !== scope; e = e.parentElement) if (excluded.has(e)) return true;
    return false;
  };
  const blocks = scope.querySelectorAll(BLOCK_SELECTOR);
  const holders = new Set<Element>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (i && i % (every * 4) === 0) yield;
    if (blocks[i]!.contains(blocks[i + 1]!)) holders.add(blocks[i]!);
  }
  for (let i = -1; i < all.length; i++) {
    if (i > 0 && i % every === 0) yield;
    const el = i < 0 ? scope : all[i]!;
    if (i >= 0 && (inExcluded(el) || inBox(el))) continue;
    const block = i >= 0 && BLOCK_TAGS.has(el.localName);
    if (block && !holders.has(el)) {
      const t = normText(el.textContent ?? '');
      if (prose(el, t)) add(el, t);
      continue;
    }
    for (const run of looseRuns(el)) {
      const t = runText(run);
      if (prose(el, t) && runLinkShare(run, t) <= MAX_LINK_SHARE) add(run, t);
    }
  }
  const kept = out.filter((b): b is Block => b !== null);
  return kept.some(isRun) ? sortInDocumentOrder(kept) : kept;
}

/** Boxes under `scope` that a heading names as lists of other stories ("Most read"): the heading's
 *  parent, when it holds little of the text. */
export function headedBoxes(scope: Element): Element[] {
  const total = (scope.textContent ?? '').length;
  const out: Element[] = [];
  for (const h of Array.from(scope.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]')).slice(0, 200)) {
    const box = h.parentElement;
    if (!box || box === scope || !BOX_HEADING.test(normText(h.textContent ?? ''))) continue;
    if ((box.textContent ?? '').length <= total * MAX_BOX_SHARE) out.push(box);
  }
  return out;
}

/** Share of a run's text inside links. */
function runLinkShare(run: LooseRun, text: string): number {
  let inLinks = 0;
  for (const n of run.nodes) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    for (const a of e.localName === 'a' ? [e] : Array.from(e.querySelectorAll('a'))) inLinks += normText(a.textContent ?? '').length;
  }
  return text ? inLinks / text.length : 0;
}

/** Blocks and runs in the order they stand on the page (a container's runs were found after its blocks). */
export function sortInDocumentOrder(blocks: Block[]): Block[] {
  const first = (b: Block): Node => (isRun(b) ? b.nodes[0]! : b);
  const keyed = blocks.map((b, i) => ({ b, i, n: first(b) }));
  keyed.sort((x, y) => {
    if (x.n === y.n) return x.i - y.i;
    const pos = x.n.compareDocumentPosition(y.n);
    return pos & 4 /* FOLLOWING */ ? -1 : pos & 2 /* PRECEDING */ ? 1 : x.i - y.i;
  });
  return keyed.map((k) => k.b);
}
