// The worker warms its framing code while a page paints (lib/xref/frames/warm.ts): the built-in
// page must go through the paths a real page's frames take (figures, the date parser, acts).
import { describe, expect, it } from 'vitest';
import { warmFrames } from '../../lib/xref/frames/warm';

describe('warming the framing code', () => {
  it('frames its built-in page once: figures and a day read by the date parser', () => {
    const frames = warmFrames();
    expect(frames.filter((f) => f.value).length).toBeGreaterThanOrEqual(3);
    expect(frames.some((f) => f.time === '2026-02-09')).toBe(true);
    expect(warmFrames()).toEqual([]);
  });
});
