// Which claim is under the pointer, without elements: the highlight registry where the browser can
// say (highlightsFromPoint), else the caret position mapped into the text model.
import { claimAt, type ClaimInterval } from '@/lib/textmodel/intervals';
import { textOffsetOf, type TextModel } from '@/lib/textmodel/build';

interface HitResult { highlight: Highlight; ranges?: AbstractRange[] }
type Registry = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HitResult[] };

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const inside = (rects: DOMRectList, x: number, y: number) => {
  for (const r of Array.from(rects)) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
};

export function claimAtPoint(
  x: number,
  y: number,
  opts: { names: Set<string>; rangeToClaim: WeakMap<AbstractRange, number>; model: TextModel; intervals: ClaimInterval[]; claimRanges: (Range | null)[] },
): number {
  const reg = CSS.highlights as Registry;
  if (typeof reg.highlightsFromPoint === 'function') {
    const hits = reg.highlightsFromPoint(x, y);
    let sawOurs = false;
    for (const h of hits) {
      for (const [name, hl] of reg) {
        if (hl !== h.highlight || !opts.names.has(name)) continue;
        sawOurs = true;
        for (const r of h.ranges ?? []) {
          const i = opts.rangeToClaim.get(r);
          if (i !== undefined) return i;
        }
      }
    }
    if (!sawOurs) return -1; // the browser says none of our highlights is here: done, no layout work
  }
  const caret = caretAt(document, x, y);
  if (!caret) return -1;
  const pos = textOffsetOf(opts.model, caret.node, caret.offset);
  if (pos < 0) return -1;
  const i = claimAt(opts.intervals, pos);
  // The caret snaps to the nearest character even in margins: confirm the pointer is on the text.
  const r = i >= 0 ? opts.claimRanges[i] : null;
  return r && inside(r.getClientRects(), x, y) ? i : -1;
}
