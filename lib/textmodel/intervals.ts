// Which claim covers a text offset: a sorted interval list searched by bisection (hover fallback
// when the browser cannot tell which highlight is under the pointer).
import type { Claim } from '../types';

export interface ClaimInterval {
  start: number;
  end: number;
  index: number;
}

/** The whole stretch a claim paints: source, cue and content together. */
export function claimExtent(c: Claim): { start: number; end: number } {
  let start = c.content.start, end = c.content.end;
  for (const s of [c.source, c.cue]) {
    if (s) { start = Math.min(start, s.start); end = Math.max(end, s.end); }
  }
  return { start, end };
}

export function claimIntervals(claims: Claim[]): ClaimInterval[] {
  return claims.map((c, index) => ({ ...claimExtent(c), index })).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the innermost claim containing `pos`, or -1. */
export function claimAt(iv: ClaimInterval[], pos: number): number {
  let lo = 0, hi = iv.length - 1, last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (iv[mid]!.start <= pos) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Walk back over earlier-starting claims; the first that still contains pos is the innermost.
  let best = -1, bestLen = Infinity;
  for (let i = last, seen = 0; i >= 0 && seen < 32; i--, seen++) {
    const v = iv[i]!;
    if (v.start <= pos && pos < v.end && v.end - v.start < bestLen) { best = v.index; bestLen = v.end - v.start; }
  }
  return best;
}
