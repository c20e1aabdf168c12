// Which block of the text model a span starts in: the highlight painter paints block by block on
// very long pages, only the blocks near the reader's viewport. Pure.

/** Index of the last block starting at or before `pos` (0 when `pos` precedes them all; -1 with no blocks). */
export function blockIndexAt(starts: readonly number[], pos: number): number {
  if (!starts.length) return -1;
  let lo = 0, hi = starts.length - 1, ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** Spans grouped by the block they start in (one list per block, in input order). */
export function groupByBlock<T extends { start: number }>(spans: readonly T[], starts: readonly number[]): T[][] {
  const out: T[][] = starts.map(() => []);
  if (!out.length) return out;
  for (const s of spans) out[blockIndexAt(starts, s.start)]!.push(s);
  return out;
}
