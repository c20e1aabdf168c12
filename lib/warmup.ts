// Work a freshly started worker does before its first page needs it, one short step per task.
// A woken worker is asked to extract a page and, once the page has painted, to store it; compiling
// the framing code's patterns on that first store made it the slowest of all. Done in one task, that
// work held the page's report back behind it; so each step runs alone, in a task of its own, and none
// runs while a request is being answered: the request goes first, and the steps carry on after it.

import { nextTask } from './slices';

export type Step = () => unknown;

export class Warmup {
  private started: Promise<void> | null = null;
  private busy = 0;
  private idle: (() => void) | null = null;
  /** How many steps have run. */
  ran = 0;

  constructor(private readonly steps: readonly Step[], private readonly pause: () => Promise<void> = nextTask) {} // not a timer: nested timers wait 4 ms each, which for some sixty steps outlasted a page's report

  /** Runs the steps once per worker (later calls return the same promise). A step that throws is
   *  skipped: warming is an optimisation, and the request that needs that code will meet the error. */
  start(): Promise<void> {
    this.started ??= this.run();
    return this.started;
  }

  /** Answers a request with the steps held back until it (and any other in flight) is done. */
  async around<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await work();
    } finally {
      if (--this.busy === 0) this.idle?.();
    }
  }

  private async run(): Promise<void> {
    for (const step of this.steps) {
      // a fresh task each time: a request that just finished still has its answer to send
      for (await this.pause(); this.busy > 0; await this.pause()) await new Promise<void>((resolve) => (this.idle = resolve));
      this.idle = null;
      try {
        step();
      } catch {
        // see start()
      }
      this.ran++;
    }
  }
}
