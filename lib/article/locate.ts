// Find the article's body blocks in a document. Readability reads a slim copy of the page (it
// mutates what it parses; see copy.ts), and what it keeps maps back to the page's own elements
// through the copy's index, so paragraphs it re-shapes (a <div> of <br>-separated lines, a run of
// text in a <div>) still lead to the live element that holds them. The story's own markup
// (<article>, articleBody) is a second candidate when Readability's pick is furniture.
// In two parts around Readability (findSteps, chooseSteps): its parse cannot yield, so the content
// script has it run in the background on the copy's HTML; Node runs it in place (locateArticle).
// DOM-only; works with linkedom in Node too.
import { isProbablyReaderable } from '@mozilla/readability';
import { declaredKind } from './metadata';
import { openShadowRoot, type ShadowRootOf } from './composed';
import { elementCount, LIVE_INDEX, slimCopySteps, type SlimCopy } from './copy';
import { articleLanguage, primaryLang, SCRIPT_LANGS } from './language';
import { BLOCK_SELECTOR, headedBoxes, isLeafBlock, looseRuns, RUN_CONTAINERS, namedFurniture, normText, notStory, proseSteps, runText, sortInDocumentOrder, wordCount } from './prose';
import { blockElement, isRun, type Block } from '../textmodel/build';
import { readabilityBlocks, toReadBlocks, type ReadBlock } from './readability';
import { runAll, type Steps } from '../slices';

/** Furniture by element and role on the page itself (Readability keeps some: figures, asides). */
const EXCLUDED_LIVE = 'figure, figcaption, aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"]';
/** Story containers the page marks; a <meta itemprop="articleBody"> is no container. */
const MARKED = 'article, [itemprop="articleBody"]:not(meta), [itemprop="reviewBody"]:not(meta)';
/** A marked story with this share of the page's paragraph text is read without Readability. */
const MARKED_SHARE = 0.5;
/** Above this many elements in the slim copy, Readability is not asked (the copy's HTML would be
 *  megabytes to send and seconds to parse): the page's main region is read instead. */
const READABILITY_MAX_ELEMENTS = 30_000;

/** Evidence needed to call a page an article, by what the page declares (never a veto). */
const NEED = {
  marked: { words: 100, blocks: 2 }, // the page says it is an article, or marks one story: a brief
  plain: { words: 150, blocks: 3 }, // no declaration, or a "website" that may still be one story
};

/** `composed`: the blocks were found in the composed tree (some inside shadow roots or slotted
 *  into them), so their text must be read in composed order too. `lang`: the article's language. */
export type Located =
  | { ok: true; root: Element; blocks: Block[]; words: number; composed?: boolean; lang?: string | null }
  | { ok: false; reason: string; notEnglish?: { lang: string | null } };

export { normText };

function commonAncestor(els: Element[]): Element | null {
  if (!els.length) return null;
  let anc: Element | null = els[0]!;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

interface Candidate {
  /** Prose blocks, in document order, by the page element that holds each. */
  blocks: ReadBlock[];
  words: number;
  chars: number;
  via: string;
}

function candidate(blocks: ReadBlock[], via: string): Candidate {
  let words = 0;
  let chars = 0;
  for (const b of blocks) {
    words += wordCount(b.text);
    chars += b.text.length;
  }
  return { blocks, via, words, chars };
}

/** The story the page marks: the marked container with the most prose (teaser cards hold little). */
function* markedSteps(copy: SlimCopy): Steps<Candidate | null> {
  let best: Candidate | null = null;
  const marked = Array.from(copy.doc.querySelectorAll(MARKED));
  // Nested marks (an <article> inside the articleBody) would be read twice: outermost only.
  for (const el of marked.filter((m) => !marked.some((o) => o !== m && o.contains(m)))) {
    const c = candidate(toReadBlocks(yield* proseSteps(el)), 'marked');
    if (!best || c.words > best.words) best = c;
  }
  return best;
}

/** Characters in the page's paragraphs: what a marked story should hold most of. */
function* proseCharsSteps(body: Element, every = 100): Steps<number> {
  let n = 0;
  const ps = body.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    if (i && i % every === 0) yield;
    n += (ps[i]!.textContent ?? '').length;
  }
  return n;
}

/** On pages too large for Readability: the page's main region, read as marked. */
function* mainCandidate(copy: SlimCopy): Steps<Candidate | null> {
  const main = copy.doc.querySelector('main, [role="main"], #content, #main') ?? copy.doc.body;
  return main ? candidate(toReadBlocks(yield* proseSteps(main)), 'main') : null;
}

/**
 * The page elements of a candidate's blocks. A block stands for its own page element, or (for
 * a paragraph Readability made from loose text or <br> runs) the element that held it. A page
 * element is taken whole when what the candidate kept of it is most of its text; when the
 * candidate kept only part (Readability dropped the rest), only the page's leaf blocks whose text
 * the candidate kept are taken. An element that holds another is read once, as the outer one.
 */
function* liveBlocksSteps(copy: SlimCopy, c: Candidate, every = 2): Steps<Block[]> {
  const groups = new Map<Element, string[]>();
  for (const b of c.blocks) {
    const live = copy.live[b.at];
    if (!live) continue;
    const texts = groups.get(live) ?? [];
    texts.push(b.text);
    groups.set(live, texts);
  }
  const chosen: Block[] = [];
  const lives = [...groups.keys()];
  let step = 0;
  for (const [live, texts] of groups) {
    if (++step % every === 0) yield;
    const kept = texts.join(' ');
    const whole = normText(live.textContent ?? '');
    // What the candidate kept of this element, its own paragraphs and those of elements inside it.
    const keptUnder = kept.length + (kept.length < whole.length * 0.6 && !isLeafBlock(live) ? lives.filter((l) => l !== live && live.contains(l)).reduce((n, l) => n + groups.get(l)!.join(' ').length, 0) : 0);
    if ((keptUnder >= whole.length * 0.6 || whole.length - kept.length < 40) && !holdsFurniture(live)) {
      chosen.push(live);
      continue;
    }
    // Its leaf blocks and loose text ("<div><div>...</div>A paragraph left outside any.</div>")
    // that the candidate kept (Readability may have named an outer element for an inner one's).
    const inner = live.querySelectorAll(`${BLOCK_SELECTOR}, ${RUN_CONTAINERS}`);
    for (let i = -1; i < Math.min(inner.length, 2_000); i++) {
      if (i > 0 && i % 100 === 0) yield;
      const el = i < 0 ? live : inner[i]!;
      const leaf = isLeafBlock(el);
      if (leaf && el.matches(BLOCK_SELECTOR)) {
        const t = normText(el.textContent ?? '');
        if (t && kept.includes(t)) chosen.push(el);
      } else if (!leaf) {
        for (const run of looseRuns(el)) if (kept.includes(runText(run))) chosen.push(run);
      }
    }
  }
  const have = new Set<Block>(chosen);
  const outer = chosen.filter((b) => {
    for (let p = isRun(b) ? b.parent : b.parentElement; p; p = p.parentElement) if (have.has(p)) return false;
    return true;
  });
  yield;
  const blocks = yield* withoutFurnitureSteps(outer);
  yield;
  return blocks.some(isRun) ? sortInDocumentOrder(blocks) : blocks;
}

/** Photo captions the page does not mark as such, known by the credit line they end with. Only
 *  short blocks: a caption is a sentence or two. */
const CREDIT_LINES: { name: string; re: RegExp; example: string }[] = [
  { name: 'credit in brackets', re: /\([^()]{0,100}\b(photo|photograph|images?|picture|getty|illustration)\b[^()]{0,100}\)\s*$/i, example: 'Rescuers at the quay on Monday. (Jan Holt/AP Photo)' },
  { name: 'labelled credit', re: /\b(photo|photograph|picture|image|credit|source|illustration)s?\s?:\s*[^.:]{2,80}$/i, example: 'Crowds in the square. Photograph: Ana Ruiz/Reuters' },
  { name: 'credit glued to the caption', re: /[a-z.]Credit\s?[A-Z][^.]{2,80}$/, example: 'Workers at the plant.CreditLee Chang for The Daily Lantern' },
];
const MAX_CAPTION_CHARS = 600;

/** True for a short block that ends in a photo credit. */
export function isCreditedCaption(text: string): boolean {
  const t = normText(text);
  return t.length <= MAX_CAPTION_CHARS && CREDIT_LINES.some((r) => r.re.test(t));
}

/** True when a container holds a caption, a pull quote or another box that is not the story and
 *  that says something (a sentence; "View photo" or a name under a picture says nothing). */
function holdsFurniture(el: Element): boolean {
  if (isLeafBlock(el)) return false;
  const boxes = [...Array.from(el.querySelectorAll(EXCLUDED_LIVE)), ...Array.from(el.querySelectorAll('[class], [id]')).slice(0, 500).filter(namedFurniture)];
  return boxes.some((b) => wordCount(b.textContent ?? '') >= 8) || headedBoxes(el).length > 0;
}

/** Drops blocks inside captions, pull quotes, related and "most read" boxes (by the page's own
 *  class and id names, below the box that holds the whole story). A name that would take away
 *  most of the story is no box inside it ("story-body sharing-on"): then nothing is dropped. */
function* withoutFurnitureSteps(blocks: Block[], every = 20): Steps<Block[]> {
  const root = commonAncestor(blocks.map(blockElement));
  const text = (b: Block) => (isRun(b) ? runText(b) : b.textContent ?? '');
  const boxes = root ? headedBoxes(root) : [];
  // Furniture around a block, by set lookups up to the root (a selector match per block is slow on large pages).
  const furniture = new Set(root ? Array.from(root.querySelectorAll(EXCLUDED_LIVE)) : []);
  const rootIn = !!root?.closest(EXCLUDED_LIVE);
  const inFurniture = (el: Element) => {
    if (rootIn) return true;
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (furniture.has(e)) return true;
    return false;
  };
  yield;
  const kept: Block[] = [];
  for (const [i, b] of blocks.entries()) {
    if (i && i % every === 0) yield;
    const el = blockElement(b);
    if (!inFurniture(el) && !notStory(el, root) && !isCreditedCaption(text(b)) && !boxes.some((x) => x.contains(el))) kept.push(b);
  }
  const words = (bs: Block[]) => bs.reduce((n, b) => n + wordCount(text(b)), 0);
  return words(kept) >= words(blocks) * 0.5 ? kept : blocks;
}

/** What findSteps leaves for Readability and chooseSteps: the copy and what the page declares. */
export interface Found {
  copy: SlimCopy;
  kind: ReturnType<typeof declaredKind>;
  declared: string | null;
  marked: Candidate | null;
  readerable: boolean;
  need: { words: number; blocks: number };
  /** The story the page marks holds most of the page's prose: it is read as marked. */
  asMarked: boolean;
  /** Readability's pick is wanted (else the marked story or the main region is read). */
  wantsReadability: boolean;
}

/** The article's blocks in `doc`, read as the page renders (shadow trees included). `read` is
 *  Readability on the copy: in place by default. */
export function locateArticle(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot, read: (copy: SlimCopy) => ReadBlock[] | null | undefined = (c) => readabilityBlocks(c.doc)): Located {
  const found = runAll(findSteps(doc, shadowRootOf));
  if (!('copy' in found)) return found;
  return runAll(chooseSteps(doc, found, found.wantsReadability ? read(found.copy) : undefined));
}

/** First part, in steps for running in slices on a page's main thread (lib/slices.ts): the copy,
 *  the language, the story the page marks, and whether Readability's pick is needed. */
export function* findSteps(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot): Steps<Found | Located> {
  if (!doc.body) return { ok: false, reason: 'no body' };
  const copy = yield* slimCopySteps(doc, shadowRootOf);
  if (copy.textChars < 500) return { ok: false, reason: 'too little text' };
  const kind = declaredKind(doc);
  const declared = doc.documentElement?.getAttribute('lang') ?? null;
  // A page whose paragraphs are plainly in another language (its script, or its words where the
  // page declares that language too) is not read further.
  const early = articleLanguage(declared, sampleText(copy.doc.body!));
  if (!early.english && early.by === 'text' && (SCRIPT_LANGS.has(primaryLang(early.lang) ?? '') || (declared && !/^en\b/i.test(declared.trim())))) return notEnglish(early.lang);
  yield;
  const marked = yield* markedSteps(copy);
  yield;
  const readerable = isProbablyReaderable(copy.doc);
  const need = kind === 'article' || (marked && marked.words >= NEED.plain.words) ? NEED.marked : NEED.plain;
  const enough = !!marked && marked.words >= need.words && marked.blocks.length >= need.blocks;
  const prose = enough ? yield* proseCharsSteps(copy.doc.body!) : 0;
  // A story the page marks, holding most of the page's prose, is read as marked.
  const asMarked = enough && marked.chars >= prose * MARKED_SHARE;
  const wantsReadability = !asMarked && elementCount(copy.doc.body!) <= READABILITY_MAX_ELEMENTS;
  return { copy, kind, declared, marked, readerable, need, asMarked, wantsReadability };
}

/** Second part: the pick among the marked story, Readability's blocks (`read`: null when it found
 *  no article, undefined when it could not be run) or the main region, its language, and the page
 *  elements that hold it. */
export function* chooseSteps(doc: Document, found: Found, read: ReadBlock[] | null | undefined): Steps<Located> {
  const { copy, kind, declared, marked, readerable, need } = found;
  const enough = (c: Candidate | null): c is Candidate => !!c && c.words >= need.words && c.blocks.length >= need.blocks;
  let pick: Candidate | null = null;
  if (found.asMarked && enough(marked)) pick = marked;
  else {
    // Without Readability (too large a copy, or no background to run it), the page's main region.
    const other = !found.wantsReadability || read === undefined ? yield* mainCandidate(copy) : read ? candidate(read, 'readability') : null;
    // Readability's pick, unless it is furniture (footers, a teaser) or far shorter than the
    // story the page marks.
    pick = enough(other) ? other : null;
    if (enough(marked) && (!pick || marked.words > pick.words * 2)) pick = marked;
    if (!pick) {
      const best = [other, marked].filter((c): c is Candidate => !!c).sort((a, b) => b.words - a.words)[0];
      // A short story in another language is still said to be in it.
      const said = best ? articleLanguage(declared, best.blocks.map((b) => b.text).join(' \n')) : null;
      if (said && !said.english && said.by === 'text') return notEnglish(said.lang);
      return { ok: false, reason: `too little article text (${best?.blocks.length ?? 0} blocks, ${best?.words ?? 0} words)` };
    }
  }
  // Pages that declare nothing need Readability's own sense that this is a page to read, or a
  // story of several paragraphs.
  if (kind !== 'article' && !readerable && (pick.words < NEED.plain.words || pick.blocks.length < 4)) return { ok: false, reason: 'not readerable' };
  yield;
  const lang = articleLanguage(declared, pick.blocks.slice(0, 40).map((b) => b.text).join(' \n'));
  if (!lang.english) return notEnglish(lang.lang);
  yield;
  const blocks = yield* liveBlocksSteps(copy, pick);
  yield;
  const root = commonAncestor(blocks.map(blockElement)) ?? doc.body!;
  return { ok: true, root, blocks, words: pick.words, lang: lang.lang, ...(copy.composed ? { composed: true } : {}) };
}

/** Text of the first paragraphs of the copy, for a first look at the language. */
function sampleText(body: Element): string {
  let out = '';
  for (const p of Array.from(body.querySelectorAll('p')).slice(0, 60)) {
    out += ` ${p.textContent ?? ''}`;
    if (out.length > 4_000) break;
  }
  return out.length > 200 ? out : (body.textContent ?? '').slice(0, 4_000);
}

const notEnglish = (lang: string | null): Located => ({ ok: false, reason: `not in English (${lang ?? 'unknown language'})`, notEnglish: { lang } });

export { LIVE_INDEX };
