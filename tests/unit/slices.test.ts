import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { nextTask, runAll, runSliced, type Steps } from '../../lib/slices';

function* counting(n: number, seen: number[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    yield;
  }
  return n;
}

describe('nextTask', () => {
  afterEach(() => vi.useRealTimers());

  // Browsers clamp setTimeout to a second in a hidden tab; a pause that waited on a timer never
  // resolves while the timers are frozen here.
  it('resumes without any timer firing', async () => {
    vi.useFakeTimers();
    const pauses = [nextTask(), nextTask(), nextTask()];
    expect(vi.getTimerCount()).toBe(0);
    await Promise.all(pauses);
  });

  it('resumes pauses in the order asked', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((i) => nextTask().then(() => order.push(i))));
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('runSliced with it gives what running at once gives, with timers frozen', async () => {
    vi.useFakeTimers();
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 3 }), async (n, budget) => {
      const [a, b]: number[][] = [[], []];
      let clock = 0;
      const sliced = await runSliced(counting(n, a), nextTask, budget, () => (clock += 2));
      expect(sliced).toBe(runAll(counting(n, b)));
      expect(a).toEqual(b);
    }), { numRuns: 50 });
  });
});
