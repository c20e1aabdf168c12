// The worker's warm-up (lib/warmup.ts): its steps run once, one per task, and never while a request
// is being answered.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Warmup } from '../../lib/warmup';

/** A pause the test releases by hand, so it decides when the next step may run. */
function manualPauses() {
  const waiting: (() => void)[] = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    /** Lets one pending pause end and everything it unblocks run. */
    async release() {
      waiting.shift()?.();
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
    get pending() {
      return waiting.length;
    },
  };
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('Warmup', () => {
  it('runs each step once, each after a pause of its own, however often it is started', async () => {
    const ran: number[] = [];
    const p = manualPauses();
    const w = new Warmup([0, 1, 2].map((i) => () => ran.push(i)), p.pause);
    const a = w.start();
    const b = w.start();
    expect(b).toBe(a);
    expect(ran).toEqual([]); // nothing runs in the task that started it
    await flush();
    await p.release();
    expect(ran).toEqual([0]);
    await p.release();
    expect(ran).toEqual([0, 1]);
    await p.release();
    await a;
    expect(ran).toEqual([0, 1, 2]);
    void w.start();
    await flush();
    expect(p.pending).toBe(0);
    expect(ran).toEqual([0, 1, 2]);
  });

  it('holds its steps back while a request is answered, and carries on in a later task after it', async () => {
    const ran: string[] = [];
    const p = manualPauses();
    const w = new Warmup([() => ran.push('step 1'), () => ran.push('step 2')], p.pause);
    const done = w.start();
    await flush();
    let finish!: () => void;
    const request = w.around(async () => {
      ran.push('request starts');
      await new Promise<void>((resolve) => (finish = resolve));
      ran.push('request ends');
      return 'answer';
    });
    await p.release(); // the pause ends while the request is in flight: the step waits
    await p.release();
    expect(ran).toEqual(['request starts']);
    finish();
    expect(await request).toBe('answer');
    expect(ran).toEqual(['request starts', 'request ends']); // not in the request's own task
    await p.release();
    expect(ran).toEqual(['request starts', 'request ends', 'step 1']);
    await p.release();
    await done;
    expect(ran).toEqual(['request starts', 'request ends', 'step 1', 'step 2']);
  });

  it('a request that arrives before the warm-up starts is answered at once', async () => {
    const w = new Warmup([() => { throw new Error('must not run'); }], () => new Promise(() => undefined));
    void w.start();
    await expect(w.around(async () => 42)).resolves.toBe(42);
  });

  it('a step that throws is skipped and the others still run; a failed request releases the hold', async () => {
    const ran: number[] = [];
    const w = new Warmup([() => ran.push(1), () => { throw new Error('cold path broken'); }, () => ran.push(3)], () => Promise.resolve());
    await expect(w.around(async () => { throw new Error('request failed'); })).rejects.toThrow('request failed');
    await w.start();
    expect(ran).toEqual([1, 3]);
    expect(w.ran).toBe(3);
  });

  it('never runs a step while any of several overlapping requests is in flight', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 6 }), async (requests, steps) => {
        let inFlight = 0;
        let violated = false;
        const w = new Warmup(Array.from({ length: steps }, () => () => { if (inFlight > 0) violated = true; }), () => new Promise((r) => setTimeout(r, 0)));
        const done = w.start();
        // each request starts after `delay` ticks and lasts `length` ticks
        await Promise.all(requests.map(async ([delay, length]) => {
          for (let i = 0; i < delay; i++) await new Promise((r) => setTimeout(r, 0));
          await w.around(async () => {
            inFlight++;
            for (let i = 0; i < length; i++) await new Promise((r) => setTimeout(r, 0));
            inFlight--;
          });
        }));
        await done;
        expect(violated).toBe(false);
        expect(w.ran).toBe(steps);
      }),
      { numRuns: 50 },
    );
  });
});
