// Which blocks of a (copied) page are prose worth reading: leaf blocks with text, none inside page
// furniture (navigation, captions, pull quotes, related and "most read" boxes, promotions), no
// boilerplate or teaser lines, no lists of links. Shared by the page (marked stories) and by the
// background, where Readability's pick is read (lib/article/readability.ts). DOM-only.
import type { Steps } from '../slices';

export const BLOCK_SELECTOR = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, div, section';
/** Containers whose text is never the story, even when inside <article>. */
const EXCLUDED = 'nav, aside, footer, form, header, figure, figcaption, script, style, noscript, template, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="dialog"], .comments, #comments, .related, .newsletter, .ad, .advert, .cookie-banner';
/** Class or id words of boxes inside a story that are not the story: captions, pull quotes,
 *  related and "most read" lists, promotions. Checked on every block's ancestors up to the story. */
const NOT_STORY = /(^|[\s_-])(caption\w*|legends?|credits?|photo-?credit|pull-?quote|pullquote|related\w*|most-?(read|popular|viewed|shared)|popular|trending|more-?stories|also-?read|recommend\w*|newsletter|signup|subscribe|promo\w*|sponsor\w*|outbrain|taboola|share|sharing|social|tags?|breadcrumbs?|byline|dateline|kicker|toolbar|ads?|advert\w*|comments?)([\s_-]|$)/i;
/** Lines that are page furniture wherever they stand: "Advertisement", "Continue reading the main story". */
const BOILERPLATE = /^(advertisement|advertising|sponsored|supported by|continue reading( the main story)?|read more|share( this( article| story)?)?|image|photo|video|related|skip (to|this) \w+|story continues below( advertisement)?)$/i;
/** Teaser lines that point to other stories: "READ MORE: ...", "RELATED: ...", "See also: ...". */
const TEASER = /^(read more|related|more|see also|also read|read also|watch|listen|recommended|most read|latest|trending)\s*:/i;
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
  for (const a of Array.from(el.querySelectorAll('a'))) inLinks += normText(a.textContent ?? '').length;
  if (el.closest('a')) inLinks = text.length;
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

/** Blocks worth reading under `scope`: leaf blocks with prose, none inside furniture. Yields every
 *  `every` elements. */
export function* proseSteps(scope: Element, every = 300): Steps<Element[]> {
  const seen = new Map<string, number>();
  const out: (Element | null)[] = [];
  const all = scope.querySelectorAll(BLOCK_SELECTOR);
  for (let i = 0; i < all.length; i++) {
    if (i && i % every === 0) yield;
    const el = all[i]!;
    if (!isLeafBlock(el) || el.closest(EXCLUDED)) continue;
    const t = normText(el.textContent ?? '');
    if (!t || BOILERPLATE.test(t) || TEASER.test(t) || linkShare(el, t) > MAX_LINK_SHARE) continue;
    // Pull quotes repeat the story's text: the paragraph is kept, the copy in a named box is not.
    const prev = seen.get(t);
    if (prev !== undefined) {
      if (out[prev] && notStory(out[prev]!, scope) && !notStory(el, scope)) {
        out[prev] = null;
        seen.set(t, out.length);
        out.push(el);
      }
      continue;
    }
    seen.set(t, out.length);
    out.push(el);
  }
  return out.filter((b): b is Element => b !== null);
}
