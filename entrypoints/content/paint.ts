// Paint claims with the CSS Custom Highlight API: no element is added to or changed in the page.
import type { ExtractResult } from '@/lib/types';
import { rangeFor, type TextModel } from '@/lib/textmodel/build';
import type { ClaimInterval } from '@/lib/textmodel/intervals';
import { LAYERS, layerSpans, type Layer } from '@/lib/paint/layers';
import { groupByBlock } from '@/lib/paint/blocks';
import type { LayerSpan } from '@/lib/paint/pieces';
import { claimAtPoint } from './hit-test';

export { LAYERS, type Layer };

export const highlightApi = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Dark page: its own background is dark, whatever the OS theme says. */
export function pageIsDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = getComputedStyle(el).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue; // transparent: look further out
    const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number(x) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return false;
}

export interface Painted {
  /** Content range of claim `i` (for hit-testing, scrolling and focus); made when first asked for. */
  claimRange(i: number): Range | null;
  /** Every range we painted → claim index. */
  rangeToClaim: WeakMap<AbstractRange, number>;
}

/** What the session reads to find the claim under the pointer. */
export interface HitLookup {
  model: TextModel;
  intervals: ClaimInterval[];
  painted: Painted;
  /** Shadow roots holding article text: hit tests must look inside them. */
  shadowRoots: ShadowRoot[];
}

/** A way of marking claims on the page; the session picks one per page and talks only to this. */
export interface ClaimPainter {
  readonly visible: boolean;
  paint(model: TextModel, result: ExtractResult): Painted;
  focus(range: Range | null): void;
  setVisible(on: boolean): void;
  clear(): void;
  /** Claim index under a viewport point, or -1. */
  claimAt(x: number, y: number, lookup: HitLookup): number;
  /** Gives the page back its own text nodes before the session reads it (no-op if none were touched). */
  restoreText(): void;
}

/** From this many claims on, only blocks near the viewport are painted: a browser repaints every
 *  registered range on each frame, and thousands of them froze Firefox for over a second. */
const WINDOW_MIN_CLAIMS = 300;
/** How far beyond the viewport blocks are painted ahead of scrolling. */
const WINDOW_MARGIN = '200% 0px';

type Piece = { layer: Layer; range: Range };

export class Painter implements ClaimPainter {
  private suffix = '';
  private model: TextModel | null = null;
  private result: ExtractResult = { claims: [], actors: [] };
  /** Layer spans grouped by the block they start in. */
  private byBlock: LayerSpan<Layer>[][] = [];
  /** Ranges made so far, per block. */
  private blockPieces = new Map<number, Piece[]>();
  /** Blocks whose ranges are registered: all of them, or those near the viewport. */
  private shown = new Set<number>();
  private claimRanges = new Map<number, Range | null>();
  private rangeToClaim = new WeakMap<AbstractRange, number>();
  private focused: Range | null = null;
  private observer: IntersectionObserver | null = null;
  visible = true;

  /** Our highlight names a hover may hit (not the focus mark), made once: hit tests run every frame. */
  private hitNames: Set<string>;

  constructor(dark: boolean) {
    this.suffix = dark ? '-dark' : '';
    this.hitNames = new Set(LAYERS.filter((l) => l !== 'focus').map((l) => this.name(l)));
  }

  name(layer: Layer) {
    return `sourcelight-${layer}${this.suffix}`;
  }

  paint(model: TextModel, result: ExtractResult): Painted {
    this.observer?.disconnect();
    this.observer = null;
    this.model = model;
    this.result = result;
    this.byBlock = groupByBlock(layerSpans(result), model.blockStart);
    this.blockPieces.clear();
    this.claimRanges.clear();
    this.rangeToClaim = new WeakMap();
    this.focused = null;
    const painted: Painted = { claimRange: (i) => this.claimRange(i), rangeToClaim: this.rangeToClaim };
    if (result.claims.length < WINDOW_MIN_CLAIMS || typeof IntersectionObserver !== 'function') {
      this.shown = new Set(this.byBlock.keys());
      this.apply();
      return painted;
    }
    this.shown = new Set();
    // An element can stand for several blocks (its runs of loose text).
    const index = new Map<Element, number[]>();
    model.blocks.forEach((b, i) => index.set(b, [...(index.get(b) ?? []), i]));
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        for (const i of index.get(e.target) ?? []) {
          if (e.isIntersecting) this.shown.add(i);
          else this.shown.delete(i);
        }
      }
      const start = performance.now();
      this.apply();
      try { performance.measure('sourcelight:paint', { start, end: performance.now() }); } catch { /* timeline full */ }
    }, { rootMargin: WINDOW_MARGIN });
    for (const b of index.keys()) this.observer.observe(b);
    return painted;
  }

  focus(range: Range | null) {
    this.focused = range;
    this.apply();
  }

  setVisible(on: boolean) {
    this.visible = on;
    this.apply();
  }

  claimAt(x: number, y: number, { model, intervals, painted, shadowRoots }: HitLookup): number {
    return claimAtPoint(x, y, { names: this.hitNames, rangeToClaim: painted.rangeToClaim, model, intervals, claimRange: painted.claimRange, shadowRoots });
  }

  restoreText() {
    // Highlights never touch the page's nodes.
  }

  private claimRange(i: number): Range | null {
    if (this.claimRanges.has(i)) return this.claimRanges.get(i)!;
    const c = this.result.claims[i];
    const r = c && this.model ? rangeFor(this.model, c.content.start, c.content.end) : null;
    this.claimRanges.set(i, r);
    if (r) this.rangeToClaim.set(r, i);
    return r;
  }

  private pieces(block: number): Piece[] {
    let out = this.blockPieces.get(block);
    if (out) return out;
    out = [];
    for (const s of this.byBlock[block] ?? []) {
      // A claim's content range is shared with claimRange(), so hit tests and focus see one object.
      const r = s.layer === 'claim' && s.claim !== undefined ? this.claimRange(s.claim) : this.model && rangeFor(this.model, s.start, s.end);
      if (!r) continue;
      out.push({ layer: s.layer, range: r });
      if (s.claim !== undefined) this.rangeToClaim.set(r, s.claim);
    }
    this.blockPieces.set(block, out);
    return out;
  }

  private apply() {
    const layers: Record<Layer, Range[]> = { claim: [], source: [], cue: [], actor: [], focus: [] };
    if (this.visible) {
      for (const b of this.shown) for (const p of this.pieces(b)) layers[p.layer].push(p.range);
      if (this.focused) layers.focus.push(this.focused);
    }
    for (const l of LAYERS) {
      const rs = layers[l];
      if (rs.length) CSS.highlights.set(this.name(l), highlightOf(rs));
      else CSS.highlights.delete(this.name(l));
    }
  }

  clear() {
    this.observer?.disconnect();
    this.observer = null;
    this.shown.clear();
    this.blockPieces.clear();
    this.claimRanges.clear();
    this.focused = null;
    for (const l of LAYERS) CSS.highlights.delete(this.name(l));
  }
}

/** A highlight of many ranges, added one by one: `new Highlight(...ranges)` overflows the stack on a huge page. */
function highlightOf(ranges: Range[]): Highlight {
  const h = new Highlight();
  for (const r of ranges) h.add(r);
  return h;
}
