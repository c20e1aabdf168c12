// Which claim is under the pointer, without elements: the highlight registry where the browser can
// say (highlightsFromPoint), else the caret position mapped into the text model.
import { claimAt, type ClaimInterval } from '@/lib/textmodel/intervals';
import { textOffsetOf, type TextModel } from '@/lib/textmodel/build';

interface HitResult { highlight: Highlight; ranges?: AbstractRange[] }
/** Both take the shadow roots they may look into; without them a point in a shadow tree gives its host. */
type InRoots = { shadowRoots: ShadowRoot[] };
type Registry = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number, options?: InRoots) => HitResult[] };

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number, options?: InRoots) => { offsetNode: Node; offset: number } | null };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y); // older Chromium: never inside a shadow tree
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const inside = (rects: DOMRectList, x: number, y: number) => {
  for (const r of Array.from(rects)) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
};

/** Set once highlightsFromPoint has named one of our ranges: from then on its "nothing here" is trusted too. */
let registryHitsWork = false;

/** Our claim under the pointer through the highlight registry: index, -1 for "none of ours", null for "can't tell". */
function fromRegistry(x: number, y: number, names: Set<string>, rangeToClaim: WeakMap<AbstractRange, number>, shadowRoots: ShadowRoot[]): number | null {
  const reg = CSS.highlights as Registry;
  if (typeof reg.highlightsFromPoint !== 'function') return null;
  try {
    const ours = new Set<Highlight>();
    for (const name of names) { const h = reg.get(name); if (h) ours.add(h); }
    for (const hit of reg.highlightsFromPoint(x, y, { shadowRoots })) {
      if (!ours.has(hit.highlight)) continue;
      for (const r of hit.ranges ?? []) {
        const i = rangeToClaim.get(r);
        if (i !== undefined) { registryHitsWork = true; return i; }
      }
    }
    return registryHitsWork ? -1 : null;
  } catch {
    return null; // e.g. results that a content script's sandbox cannot read (Firefox): use the caret
  }
}

export function claimAtPoint(
  x: number,
  y: number,
  opts: { names: Set<string>; rangeToClaim: WeakMap<AbstractRange, number>; model: TextModel; intervals: ClaimInterval[]; claimRange: (i: number) => Range | null; shadowRoots: ShadowRoot[] },
): number {
  const quick = fromRegistry(x, y, opts.names, opts.rangeToClaim, opts.shadowRoots);
  if (quick !== null) return quick;
  const caret = caretAt(document, x, y, opts.shadowRoots);
  if (!caret) return -1;
  const pos = textOffsetOf(opts.model, caret.node, caret.offset);
  if (pos < 0) return -1;
  const i = claimAt(opts.intervals, pos);
  // The caret snaps to the nearest character even in margins: confirm the pointer is on the text.
  const r = i >= 0 ? opts.claimRange(i) : null;
  return r && inside(r.getClientRects(), x, y) ? i : -1;
}
