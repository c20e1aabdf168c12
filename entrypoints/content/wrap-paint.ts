// The fallback painter, only for browsers without the CSS Custom Highlight API: it wraps each painted
// run of text in an inert, unregistered <sourcelight-mark> (inline, styled by marks.css with paint-only
// properties). Overlapping layers are cut into pieces (lib/paint/pieces.ts), one element per piece,
// never nested. Every change is undone exactly: the page's own text nodes come back (same objects,
// same text), so a text model built before wrapping is valid again after unwrapping.
import type { ExtractResult } from '@/lib/types';
import { rangeFor, type TextModel } from '@/lib/textmodel/build';
import { LAYERS, layerSpans, type Layer } from '@/lib/paint/layers';
import { splitLayers, type Piece } from '@/lib/paint/pieces';
import type { ClaimPainter, HitLookup, Painted } from './paint';

export const MARK_TAG = 'sourcelight-mark';
/** Wrapping work per slice before yielding to the page (keeps every task well under 50 ms). */
const SLICE_MS = 8;

/** Text runs of one page text node to wrap, in node order: [from, to) in the node's data. */
interface NodeJob {
  node: Text;
  runs: { from: number; to: number; piece: number }[];
}

/** What wrapping one page text node did: its parts in document order (the node itself first). */
interface Wrapped {
  parts: Text[];
  marks: Element[];
  /** The text we left in the node itself: if it differs at unwrap time, the page rewrote the node. */
  head: string;
}

/** Runs the DOM changes so that the session's MutationObserver does not take them for the page's. */
export type Quietly = (change: () => void) => void;

export class WrapPainter implements ClaimPainter {
  visible = true;
  private model: TextModel | null = null;
  private result: ExtractResult = { claims: [], actors: [] };
  private pieces: Piece<Layer>[] = [];
  private wrapped: Wrapped[] = [];
  private pieceMarks: Element[][] = [];
  private markClaim = new WeakMap<Element, number>();
  private painted: Painted | null = null;
  /** Claim ranges made so far for the current wrapping (see claimRange). */
  private rangeCache = new Map<number, Range | null>();
  private focused = -1;
  /** Bumped by every paint, unwrap and clear: a slice of an older wrapping job then stops. */
  private job = 0;

  constructor(private doc: Document, private dark: boolean, private quietly: Quietly) {}

  paint(model: TextModel, result: ExtractResult): Painted {
    this.restoreText();
    this.model = model;
    this.result = result;
    this.pieces = splitLayers(layerSpans(result), LAYERS);
    this.focused = -1;
    this.painted = { claimRange: (i) => this.claimRange(i), rangeToClaim: new WeakMap() };
    if (this.visible) this.wrapAll();
    return this.painted;
  }

  focus(range: Range | null) {
    let i = -1;
    for (const [k, r] of this.rangeCache) if (range && r === range) i = k;
    this.quietly(() => {
      this.markFocus(this.focused, false);
      this.focused = i;
      this.markFocus(i, true);
    });
  }

  setVisible(on: boolean) {
    if (on === this.visible) return;
    this.visible = on;
    if (on) {
      this.restoreText(); // whatever a sliced unwrap had not reached yet
      this.wrapAll();
      return;
    }
    // Off: unwrap in slices too (a restoreText() meanwhile does the rest at once).
    const job = ++this.job;
    this.rangeCache.clear();
    const slice = () => {
      if (job !== this.job) return;
      if (this.unwrapSome(performance.now() + SLICE_MS)) this.restoreText();
      else setTimeout(slice, 0);
    };
    slice();
  }

  clear() {
    this.restoreText();
    this.model = null;
    this.pieces = [];
    this.painted = null;
    this.rangeCache.clear();
    this.focused = -1;
  }

  /** The element under the point is our mark or not: no geometry, no text offsets needed. */
  claimAt(x: number, y: number, _lookup: HitLookup): number {
    const el = this.doc.elementFromPoint(x, y);
    const mark = el?.closest(MARK_TAG);
    return (mark && this.markClaim.get(mark)) ?? -1;
  }

  /** Unwraps every mark and re-joins the text nodes we split; also drops marks the page copied. */
  restoreText() {
    this.job++;
    this.unwrapSome(Infinity);
    this.pieceMarks = [];
    this.quietly(() => {
      for (const stray of Array.from(this.doc.querySelectorAll(MARK_TAG))) stray.replaceWith(...Array.from(stray.childNodes));
    });
    this.rangeCache.clear();
  }

  /** Unwraps nodes until the deadline; true when none is left wrapped. */
  private unwrapSome(deadline: number): boolean {
    this.quietly(() => {
      while (this.wrapped.length && performance.now() < deadline) unwrap(this.wrapped.pop()!);
    });
    return !this.wrapped.length;
  }

  private wrapAll() {
    const model = this.model;
    if (!model || !this.pieces.length) return;
    const jobs = nodeJobs(model, this.pieces);
    const job = ++this.job;
    this.pieceMarks = this.pieces.map(() => []);
    let next = 0;
    const slice = () => {
      if (job !== this.job) return; // unwrapped or repainted meanwhile
      const start = performance.now();
      this.quietly(() => {
        while (next < jobs.length && performance.now() - start < SLICE_MS) {
          const w = this.wrapNode(jobs[next++]!);
          if (w) this.wrapped.push(w);
        }
      });
      if (next < jobs.length) { setTimeout(slice, 0); return; }
      this.rangeCache.clear();
      if (this.focused >= 0) this.quietly(() => this.markFocus(this.focused, true));
    };
    slice();
  }

  /** Splits one text node at its runs' edges and wraps each run; the node itself stays the first part. */
  private wrapNode({ node, runs }: NodeJob): Wrapped | null {
    const parent = node.parentNode;
    if (!parent || !node.isConnected) return null;
    const parts: Text[] = [node];
    const made: { mark: Element; piece: number }[] = []; // in node order
    // From the last run back, so the offsets of the runs before stay right.
    for (let k = runs.length - 1; k >= 0; k--) {
      const { from, to, piece } = runs[k]!;
      if (to > node.length || from >= to) continue; // the page changed the text since the model was built
      if (to < node.length) parts.splice(1, 0, splitOff(node, to));
      const run = from > 0 ? splitOff(node, from) : node;
      if (run !== node) parts.splice(1, 0, run);
      const mark = this.doc.createElement(MARK_TAG);
      const p = this.pieces[piece]!;
      mark.setAttribute('data-layer', p.layers.join(' '));
      if (this.dark) mark.setAttribute('data-theme', 'dark');
      run.parentNode!.insertBefore(mark, run);
      mark.appendChild(run);
      made.unshift({ mark, piece });
      if (p.claim >= 0) this.markClaim.set(mark, p.claim);
    }
    // Nodes come in document order, so appending keeps each piece's marks in document order too.
    for (const { mark, piece } of made) this.pieceMarks[piece]?.push(mark);
    return { parts, marks: made.map((m) => m.mark), head: node.data };
  }

  /**
   * The claim ranges the session reads, made only when read: a live Range is updated by the browser
   * on every DOM change, so thousands of them would make each wrap and unwrap slow. A range is kept
   * until the next wrap or unwrap, so reading one twice gives the same object (focus compares them).
   */
  /** Over the marks while wrapped, over the page's own nodes while not. */
  private claimRange(i: number): Range | null {
    if (this.rangeCache.has(i)) return this.rangeCache.get(i)!;
    const c = this.result.claims[i];
    let r: Range | null = null;
    if (c && this.model) {
      const marks = this.wrapped.length ? this.contentMarks(i) : [];
      r = marks.length ? rangeOver(this.doc, marks) : rangeFor(this.model, c.content.start, c.content.end);
    }
    this.rangeCache.set(i, r);
    return r;
  }

  /** Marks of the pieces inside claim i's content, in document order. */
  private contentMarks(i: number): Element[] {
    const c = this.result.claims[i];
    if (!c) return [];
    const out: Element[] = [];
    let lo = 0, hi = this.pieces.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.pieces[mid]!.start < c.content.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < this.pieces.length && this.pieces[k]!.end <= c.content.end; k++) out.push(...(this.pieceMarks[k] ?? []));
    return out;
  }

  private markFocus(i: number, on: boolean) {
    if (i < 0) return;
    for (const m of this.contentMarks(i)) {
      const layers = (m.getAttribute('data-layer') ?? '').split(' ').filter((l) => l && l !== 'focus');
      if (on) layers.push('focus');
      m.setAttribute('data-layer', layers.join(' '));
    }
  }
}

/** Cuts `node` at `offset`; the tail becomes a new text node right after it. */
function splitOff(node: Text, offset: number): Text {
  const tail = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(tail, node.nextSibling);
  return tail;
}

/** Takes the marks out and merges the parts back into the first one, as far as the page left them in place. */
function unwrap({ parts, marks, head }: Wrapped) {
  for (const m of marks) {
    if (m.parentNode) m.replaceWith(...Array.from(m.childNodes));
  }
  if (parts[0]!.data !== head) {
    // The page set its node's text anew (as frameworks do on update): the pieces we cut off hold
    // the old text, and the page knows nothing of them.
    for (const p of parts.slice(1)) p.remove();
    return;
  }
  let keep = parts[0]!;
  for (const p of parts.slice(1)) {
    if (p.parentNode && p.previousSibling === keep) {
      keep.appendData(p.data);
      p.remove();
    } else keep = p;
  }
}

/** A range from the start of the first mark's text to the end of the last one's. */
function rangeOver(doc: Document, marks: Element[]): Range | null {
  const first = marks[0]!.firstChild, last = marks[marks.length - 1]!.lastChild;
  if (!first || !last) return null;
  try {
    const r = doc.createRange();
    r.setStart(first, 0);
    r.setEnd(last, last.nodeType === 3 ? (last as Text).length : last.childNodes.length);
    return r;
  } catch {
    return null; // the page took the text away, or a DOM without ranges
  }
}

/**
 * The pieces' text as runs per page text node, through the model's segments. Runs of one piece in
 * one node are joined across the whitespace the model collapsed, so a piece is one element per node.
 */
export function nodeJobs(model: TextModel, pieces: Piece<Layer>[]): NodeJob[] {
  const jobs: NodeJob[] = [];
  const byNode = new Map<Text, NodeJob>();
  let seg = 0;
  const segs = model.segStart.length;
  pieces.forEach((p, piece) => {
    // Pieces are ordered, so the segment search only moves forward.
    while (seg < segs && model.segStart[seg]! + model.segLen[seg]! <= p.start) seg++;
    for (let s = seg; s < segs && model.segStart[s]! < p.end; s++) {
      const a = Math.max(p.start, model.segStart[s]!), b = Math.min(p.end, model.segStart[s]! + model.segLen[s]!);
      if (b <= a) continue;
      const node = model.segNode[s]!;
      const from = model.segNodeOffset[s]! + (a - model.segStart[s]!), to = from + (b - a);
      let job = byNode.get(node);
      if (!job) { job = { node, runs: [] }; byNode.set(node, job); jobs.push(job); }
      const last = job.runs[job.runs.length - 1];
      if (last && last.piece === piece && last.to <= from) last.to = to;
      else job.runs.push({ from, to, piece });
    }
  });
  return jobs;
}
