// The text model: the article's blocks as one flat string (blocks joined by "\n\n", runs of
// whitespace collapsed) plus a map from every character back to a DOM text node and offset.
// The engine's offsets refer to this string; ranges are made from the map.
//
// Every Unicode space counts as whitespace (no-break spaces, the typographic spaces U+2000-200A,
// line and paragraph separators, ideographic space...): a run of them becomes one ' ' that maps
// back to the run's first character. Pages use no-break spaces for layout, and a regex downstream
// that treats U+00A0 as a word character can take quadratic time on a long run of them.
import { composedTextNodes, type ShadowRootOf } from '../article/composed';
import { runAll, type Steps } from '../slices';

const SKIP = 'script, style, noscript, template, [hidden]';
/** The model holds at most this much text (about 500,000 words, several times the longest live blog):
 *  a page that is mostly text beyond it is no article to read whole, and reading 20 MB would keep the
 *  engine busy for half a minute. The rest of the page is left unread (TextModel.truncated). */
export const MAX_MODEL_CHARS = 3_000_000;
/** Whitespace that the model must collapse or rewrite: any but a single plain space (JavaScript's \s). */
const SLOW_WS = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
/** JavaScript's \s, as character codes. */
const isWs = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export interface TextModel {
  text: string;
  /** Per segment: start in `text`, length, text node, offset in that node. Segments are 1:1 runs. */
  segStart: Int32Array;
  segLen: Int32Array;
  segNode: Text[];
  segNodeOffset: Int32Array;
  /** Per block: start and end in `text` (for incremental re-scans). */
  blockStart: number[];
  blockEnd: number[];
  blocks: Element[];
  /** First segment index of each text node (a node's segments are consecutive). */
  nodeFirstSeg: Map<Text, number>;
  /** The page had more text than the model holds (MAX_MODEL_CHARS): the text stops there. */
  truncated: boolean;
}

/** Loose text in a container: a run of its child nodes between its blocks (text a page left outside
 *  any paragraph). Read as a block of its own; `parent` stands for it where an element is needed. */
export interface LooseRun {
  parent: Element;
  nodes: Node[];
}
export type Block = Element | LooseRun;
export const isRun = (b: Block): b is LooseRun => (b as LooseRun).nodes !== undefined;
export const blockElement = (b: Block): Element => (isRun(b) ? b.parent : b);

/** A <br> in a block's text: two or more in a row end a paragraph, one is a line break. */
const BR = 1;
/** The edge of a block-level element inside a block: a paragraph ends there. */
const PARA = 2;
type Piece = Text | typeof BR | typeof PARA;
/** Elements that stand as paragraphs of their own when a block holds them (a container read whole). */
const PARAGRAPH_TAGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'td', 'th', 'dd', 'dt', 'dl', 'section', 'article', 'ul', 'ol', 'table', 'tr', 'figure', 'header', 'footer', 'aside', 'main', 'nav', 'hr', 'address', 'details', 'summary']);
const isParagraph = (n: Node) => n.nodeType === 1 && PARAGRAPH_TAGS.has((n as Element).localName);

/** A block's text nodes in reading order, with BR for each <br> and PARA at the edges of
 *  paragraphs inside it: the light DOM's, or the composed tree's (shadow trees and slotted nodes)
 *  when `shadowRootOf` is given. One walk without recursion, each element tested once (a
 *  20,000-deep tree neither overflows the stack nor costs a walk up per text node). */
function blockTextNodes(block: Block, shadowRootOf?: ShadowRootOf): Piece[] {
  if (isRun(block)) return block.nodes.flatMap((n) => (n.nodeType === 3 ? [n as Text] : n.nodeType === 1 && !(n as Element).matches(SKIP) ? ((n as Element).localName === 'br' ? [BR] : blockTextNodes(n as Element, shadowRootOf)) : []));
  if (shadowRootOf) return composedTextNodes(block, shadowRootOf, SKIP);
  const out: Piece[] = [];
  let n: Node | null = block.firstChild;
  while (n) {
    let down: Node | null = null;
    if (n.nodeType === 3) out.push(n as Text);
    else if (n.nodeType === 1 && !(n as Element).matches(SKIP)) {
      if ((n as Element).localName === 'br') out.push(BR);
      else if (isParagraph(n)) out.push(PARA);
      down = n.firstChild;
    }
    if (down) { n = down; continue; }
    while (n && n !== block && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== block && isParagraph(n)) out.push(PARA);
    }
    if (n && n !== block && isParagraph(n)) out.push(PARA);
    n = n && n !== block ? n.nextSibling : null;
  }
  return out;
}

/** `shadowRootOf`: read each block in composed order (see Located.composed). */
export function buildTextModel(blocks: Block[], shadowRootOf?: ShadowRootOf, maxChars = MAX_MODEL_CHARS): TextModel {
  return runAll(modelSteps(blocks, shadowRootOf, maxChars));
}

/** Builds the model block by block, yielding before each block (run it with lib/slices.ts: a page
 *  of 100,000 text nodes would otherwise block its tab for a quarter of a second in one task). */
export function* modelSteps(blocks: Block[], shadowRootOf?: ShadowRootOf, maxChars = MAX_MODEL_CHARS): Steps<TextModel> {
  const out: string[] = [];
  let len = 0;
  let truncated = false;
  const segStart: number[] = [], segLen: number[] = [], segNode: Text[] = [], segNodeOffset: number[] = [];
  const blockStart: number[] = [], blockEnd: number[] = [];
  const usedBlocks: Element[] = [];

  for (const block of blocks) {
    if (truncated) break;
    if (len >= maxChars) { truncated = true; break; }
    yield;
    const startLen = len;
    const startSegs = segStart.length;
    const blockOut: string[] = [];
    let lastSpace = true; // trims leading whitespace
    let brs = 0; // <br>s since the last text
    /** Drops the space just written (before a paragraph break, and at the block's end). */
    const trimSpace = () => {
      const tail = blockOut[blockOut.length - 1];
      if (!tail || !tail.endsWith(' ')) return;
      if (tail === ' ') blockOut.pop();
      else blockOut[blockOut.length - 1] = tail.slice(0, -1);
      len--;
      const last = segStart.length - 1;
      segLen[last]!--;
      if (segLen[last] === 0) { segStart.pop(); segLen.pop(); segNode.pop(); segNodeOffset.pop(); }
    };
    for (const n of blockTextNodes(block, shadowRootOf)) {
      if (truncated) break;
      if (n === BR || n === PARA) {
        brs = n === PARA ? Math.max(brs, 2) : brs + 1;
        continue;
      }
      const d = n.data;
      if (brs && d.trim()) {
        // After two or more <br>s a new paragraph starts ("\n\n", as between blocks: the engine
        // reads no sentence across it); after one, a line break is a space ("said.<br>The").
        if (len > startLen && len + 2 <= maxChars) {
          if (brs >= 2) trimSpace();
          const br = brs >= 2 ? '\n\n' : lastSpace ? '' : ' ';
          if (br) blockOut.push(br);
          len += br.length;
          lastSpace = true;
        }
        brs = 0;
      }
      if (!d) continue;
      // Fast path: a node with only single plain spaces inside maps 1:1 as one segment.
      if (!SLOW_WS.test(d) && !(lastSpace && d.charCodeAt(0) === 32)) {
        // At the size limit the node is read up to it, and is the last one read.
        const take = Math.min(d.length, maxChars - len);
        if (take < d.length) truncated = true;
        if (take <= 0) break;
        segStart.push(len); segLen.push(take); segNode.push(n); segNodeOffset.push(0);
        blockOut.push(take < d.length ? d.slice(0, take) : d);
        len += take;
        lastSpace = d.charCodeAt(take - 1) === 32;
        continue;
      }
      let i = 0;
      let open = -1; // index of the open segment for this node, if any
      while (i < d.length) {
        if (len >= maxChars) { truncated = true; break; }
        const c = d.charCodeAt(i);
        if (isWs(c)) {
          let j = i + 1;
          while (j < d.length && isWs(d.charCodeAt(j))) j++;
          if (!lastSpace) {
            // One space stands for the run; it keeps the segment going only if it is a plain ' '.
            if (open < 0 || c !== 32 || segNodeOffset[open]! + segLen[open]! !== i) {
              segStart.push(len); segLen.push(0); segNode.push(n); segNodeOffset.push(i);
              open = segStart.length - 1;
            }
            segLen[open]!++;
            blockOut.push(' ');
            len++;
            lastSpace = true;
          }
          if (j - i > 1 || c !== 32) open = -1;
          i = j;
          continue;
        }
        let j = i + 1;
        while (j < d.length && !isWs(d.charCodeAt(j))) j++;
        j = Math.min(j, i + maxChars - len); // at the size limit: the word is cut there
        if (open < 0 || segNodeOffset[open]! + segLen[open]! !== i) {
          segStart.push(len); segLen.push(0); segNode.push(n); segNodeOffset.push(i);
          open = segStart.length - 1;
        }
        segLen[open]! += j - i;
        blockOut.push(d.slice(i, j));
        len += j - i;
        lastSpace = false;
        i = j;
      }
    }
    trimSpace();
    if (len === startLen) {
      segStart.length = segLen.length = segNode.length = segNodeOffset.length = startSegs;
      continue;
    }
    out.push(blockOut.join('')); // one string per block: a spread of a huge block's pieces overflows the stack
    blockStart.push(startLen);
    blockEnd.push(len);
    usedBlocks.push(blockElement(block));
    out.push('\n\n');
    len += 2;
  }
  if (out.length) { out.pop(); len -= 2; }
  const nodeFirstSeg = new Map<Text, number>();
  segNode.forEach((n, i) => { if (!nodeFirstSeg.has(n)) nodeFirstSeg.set(n, i); });
  return {
    nodeFirstSeg,
    truncated,
    text: out.join(''),
    segStart: Int32Array.from(segStart),
    segLen: Int32Array.from(segLen),
    segNode,
    segNodeOffset: Int32Array.from(segNodeOffset),
    blockStart,
    blockEnd,
    blocks: usedBlocks,
  };
}

/** Index of the last segment starting at or before `pos` (-1 if none). */
function segAt(m: TextModel, pos: number): number {
  let lo = 0, hi = m.segStart.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (m.segStart[mid]! <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** DOM position for a text offset; `edge` picks the side when the offset falls between segments. */
export function domPoint(m: TextModel, pos: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  if (!m.segStart.length) return null;
  let i = segAt(m, edge === 'end' ? pos - 1 : pos);
  if (i < 0) i = 0;
  const s = m.segStart[i]!, l = m.segLen[i]!;
  if (edge === 'start') {
    if (pos < s + l) return { node: m.segNode[i]!, offset: m.segNodeOffset[i]! + Math.max(0, pos - s) };
    const next = i + 1;
    if (next >= m.segStart.length) return null;
    return { node: m.segNode[next]!, offset: m.segNodeOffset[next]! };
  }
  const within = Math.min(l, Math.max(0, pos - s));
  return { node: m.segNode[i]!, offset: m.segNodeOffset[i]! + within };
}

/** A live Range over text[start, end), or null when the nodes are gone or the span is empty. */
export function rangeFor(m: TextModel, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = domPoint(m, start, 'start');
  const b = domPoint(m, end, 'end');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const doc = a.node.ownerDocument;
  const r = doc.createRange();
  try {
    r.setStart(a.node, Math.min(a.offset, a.node.length));
    r.setEnd(b.node, Math.min(b.offset, b.node.length));
  } catch {
    return null; // nodes changed under us
  }
  return r.collapsed ? null : r;
}

/** Text offset of a DOM point inside the model, or -1 when the point is not in it. */
export function textOffsetOf(m: TextModel, node: Node, offset: number): number {
  const first = m.nodeFirstSeg.get(node as Text);
  if (first === undefined) return -1;
  for (let i = first; i < m.segNode.length && m.segNode[i] === node; i++) {
    const o = m.segNodeOffset[i]!, l = m.segLen[i]!;
    if (offset >= o && offset <= o + l) return m.segStart[i]! + (offset - o);
  }
  return -1;
}
