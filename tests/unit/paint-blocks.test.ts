import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockIndexAt, groupByBlock } from '../../lib/paint/blocks';

describe('spans by block', () => {
  it('finds the block a text offset falls in', () => {
    const starts = [0, 10, 25];
    expect([0, 9, 10, 24, 25, 99].map((p) => blockIndexAt(starts, p))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(blockIndexAt([], 5)).toBe(-1);
  });

  it('puts every span in exactly one block, the last one starting at or before it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(1200), { maxLength: 100 }), (raw, offsets) => {
        const starts = [...raw].sort((a, b) => a - b);
        const groups = groupByBlock(offsets.map((start) => ({ start })), starts);
        expect(groups.flat().length).toBe(offsets.length);
        groups.forEach((g, i) => {
          for (const s of g) {
            if (i > 0) expect(s.start).toBeGreaterThanOrEqual(starts[i]!);
            if (i < starts.length - 1) expect(s.start).toBeLessThan(starts[i + 1]!);
          }
        });
      }),
    );
  });
});
