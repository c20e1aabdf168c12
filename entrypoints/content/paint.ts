// Paint claims with the CSS Custom Highlight API: no element is added to or changed in the page.
import type { ExtractResult } from '@/lib/types';
import { rangeFor, type TextModel } from '@/lib/textmodel/build';
import type { ClaimInterval } from '@/lib/textmodel/intervals';
import { LAYERS, layerSpans, type Layer } from '@/lib/paint/layers';
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
  /** Content ranges per claim index (for hit-testing and scrolling). */
  claimRanges: (Range | null)[];
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
  paint(model: TextModel, result: ExtractResult, conflicted: Set<string>): Painted;
  focus(range: Range | null): void;
  setVisible(on: boolean): void;
  clear(): void;
  /** Claim index under a viewport point, or -1. */
  claimAt(x: number, y: number, lookup: HitLookup): number;
  /** Gives the page back its own text nodes before the session reads it (no-op if none were touched). */
  restoreText(): void;
}

export class Painter implements ClaimPainter {
  private suffix = '';
  private ranges = new Map<Layer, Range[]>();
  visible = true;

  constructor(dark: boolean) {
    this.suffix = dark ? '-dark' : '';
  }

  name(layer: Layer) {
    return `sourcelight-${layer}${this.suffix}`;
  }

  paint(model: TextModel, result: ExtractResult, conflicted: Set<string>): Painted {
    const claimRanges: (Range | null)[] = result.claims.map(() => null);
    const rangeToClaim = new WeakMap<AbstractRange, number>();
    const layers: Record<Layer, Range[]> = { claim: [], source: [], cue: [], actor: [], conflict: [], focus: [] };
    for (const s of layerSpans(result, conflicted)) {
      const r = rangeFor(model, s.start, s.end);
      if (!r) continue;
      layers[s.layer].push(r);
      if (s.claim === undefined) continue;
      rangeToClaim.set(r, s.claim);
      if (s.layer === 'claim') claimRanges[s.claim] = r;
    }
    for (const l of LAYERS) this.ranges.set(l, layers[l]);
    this.apply();
    return { claimRanges, rangeToClaim };
  }

  focus(range: Range | null) {
    this.ranges.set('focus', range ? [range] : []);
    this.apply();
  }

  setVisible(on: boolean) {
    this.visible = on;
    this.apply();
  }

  claimAt(x: number, y: number, { model, intervals, painted, shadowRoots }: HitLookup): number {
    const names = new Set(LAYERS.filter((l) => l !== 'focus').map((l) => this.name(l)));
    return claimAtPoint(x, y, { names, rangeToClaim: painted.rangeToClaim, model, intervals, claimRanges: painted.claimRanges, shadowRoots });
  }

  restoreText() {
    // Highlights never touch the page's nodes.
  }

  private apply() {
    for (const l of LAYERS) {
      const rs = this.ranges.get(l) ?? [];
      if (this.visible && rs.length) CSS.highlights.set(this.name(l), new Highlight(...rs));
      else CSS.highlights.delete(this.name(l));
    }
  }

  clear() {
    this.ranges.clear();
    for (const l of LAYERS) CSS.highlights.delete(this.name(l));
  }
}
