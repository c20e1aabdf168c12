// A fresh worker warms its framing code in short steps before its first page (lib/xref/frames/warm.ts):
// the built-in page must go through the paths a real page's frames take (figures, the date parser's
// day and month forms, acts, the conflict search), and the steps must give what a page would.
import { describe, expect, it } from 'vitest';
import { frameWarmSteps } from '../../lib/xref/frames/warm';
import type { Conflict, Frame } from '../../lib/types';

describe('warming the framing code', () => {
  it('frames its built-in page: figures, a weekday and a month-name date, then finds a conflict', () => {
    const results = frameWarmSteps().map((step) => step());
    const frames = results.filter((r): r is Frame[] => Array.isArray(r) && r.length > 0 && 'measure' in (r[0] as object)).flat();
    expect(frames.filter((f) => f.value).length).toBeGreaterThanOrEqual(3);
    expect(frames.some((f) => f.time === '2026-02-09')).toBe(true); // "on Monday", the article's day
    expect(frames.some((f) => f.time === '2026-03-03')).toBe(true); // "on March 3"
    const conflicts = results.at(-1) as Conflict[];
    expect(conflicts.map((c) => c.type)).toEqual(['number']);
    expect(conflicts[0].reason).toContain('9 Feb'); // the day as the card shows it
  });

  it('runs every step twice in a row (V8 compiles a pattern again on its second use)', () => {
    const steps = frameWarmSteps();
    expect(steps.length % 2).toBe(0);
    for (let i = 0; i < steps.length; i += 2) expect(steps[i + 1]).toBe(steps[i]);
  });
});
