// Paint claims with the CSS Custom Highlight API: no element is added to or changed in the page.
import type { Claim, ExtractResult } from '@/lib/types';
import { rangeFor, type TextModel } from '@/lib/textmodel/build';

export const LAYERS = ['claim', 'source', 'cue', 'actor', 'conflict', 'focus'] as const;
export type Layer = (typeof LAYERS)[number];

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

export class Painter {
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
    const claimRanges: (Range | null)[] = [];
    const rangeToClaim = new WeakMap<AbstractRange, number>();
    const layers: Record<Layer, Range[]> = { claim: [], source: [], cue: [], actor: [], conflict: [], focus: [] };
    const painted = new Set<string>(); // "start:end" of source spans, so actor mentions don't double up
    result.claims.forEach((c: Claim, i) => {
      const content = rangeFor(model, c.content.start, c.content.end);
      claimRanges.push(content);
      if (content) {
        layers.claim.push(content);
        rangeToClaim.set(content, i);
        if (conflicted.has(c.id)) layers.conflict.push(content);
      }
      for (const [span, layer] of [[c.source, 'source'], [c.cue, 'cue']] as const) {
        if (!span) continue;
        const r = rangeFor(model, span.start, span.end);
        if (r) { layers[layer].push(r); rangeToClaim.set(r, i); painted.add(`${span.start}:${span.end}`); }
      }
    });
    for (const a of result.actors) {
      for (const m of a.mentions) {
        if (painted.has(`${m.start}:${m.end}`)) continue;
        const r = rangeFor(model, m.start, m.end);
        if (r) layers.actor.push(r);
      }
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
