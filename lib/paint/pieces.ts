// Overlapping layer spans (claim ⊃ source ⊃ cue, actor mentions, focus) cut into disjoint
// pieces, each with every layer that covers it: what a painter needs when it can only wrap text in
// elements (one element per piece, never nested) and still wants the styles of all layers to stack.

export interface LayerSpan<L extends string> {
  start: number;
  end: number;
  layer: L;
  /** The claim the span belongs to, if any (hit-testing maps a piece back to it). */
  claim?: number;
}

export interface Piece<L extends string> {
  start: number;
  end: number;
  /** Layers covering the piece, each once, in the order of `order`. */
  layers: L[];
  /** Claim of the shortest claim-bearing span covering the piece (the innermost), or -1. */
  claim: number;
}

/**
 * Cuts spans at every start and end into ordered, disjoint, non-empty pieces that together cover
 * exactly the union of the (non-empty) spans. `order` fixes the order of each piece's layers.
 */
export function splitLayers<L extends string>(spans: readonly LayerSpan<L>[], order: readonly L[]): Piece<L>[] {
  const live = spans.filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  if (!live.length) return [];
  const cuts = [...new Set(live.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  // Spans by start, so a sweep over the cuts only looks at spans that can cover the current gap.
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const rank = new Map(order.map((l, i) => [l, i]));
  const open: LayerSpan<L>[] = [];
  const out: Piece<L>[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const a = cuts[c]!, b = cuts[c + 1]!;
    while (next < byStart.length && byStart[next]!.start <= a) open.push(byStart[next++]!);
    // Spans that ended at or before this gap's start no longer cover anything ahead.
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.end <= a) open.splice(i, 1);
    if (!open.length) continue;
    const layers = [...new Set(open.map((s) => s.layer))].sort((x, y) => (rank.get(x) ?? order.length) - (rank.get(y) ?? order.length));
    let claim = -1, best = Infinity;
    for (const s of open) {
      if (s.claim !== undefined && s.claim >= 0 && s.end - s.start < best) { claim = s.claim; best = s.end - s.start; }
    }
    out.push({ start: a, end: b, layers, claim });
  }
  return out;
}
