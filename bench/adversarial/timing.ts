// Times a regex scanning a text, in a worker that is stopped when a call runs past a hard cap (so a
// catastrophic pattern costs the run `capMs`, not forever). A scan is what replace(/x/g), matchAll and
// a search of the whole text do: every match from the start to the end.
import { Worker } from 'node:worker_threads';
import type { RegexEntry } from './inventory';

export interface Timing { ms: number; matches: number; capped: boolean; error?: string }

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const texts = workerData.texts;
parentPort.on('message', ({ source, flags, input }) => {
  let re;
  try {
    const f = flags.replace('y', '');
    re = new RegExp(source, f.includes('g') ? f : f + 'g');
  } catch (e) {
    parentPort.postMessage({ ms: 0, matches: 0, error: String(e && e.message) });
    return;
  }
  const text = texts[input];
  let matches = 0;
  const t0 = performance.now();
  for (let m; (m = re.exec(text)); ) {
    matches++;
    if (m[0].length === 0) re.lastIndex++;
  }
  parentPort.postMessage({ ms: performance.now() - t0, matches });
});`;

export class RegexTimer {
  private worker: Worker | null = null;

  constructor(private texts: string[], private capMs: number) {}

  private spawn(): Worker {
    this.worker ??= new Worker(WORKER, { eval: true, workerData: { texts: this.texts } });
    return this.worker;
  }

  async time(re: Pick<RegexEntry, 'source' | 'flags'>, input: number): Promise<Timing> {
    const w = this.spawn();
    return new Promise<Timing>((resolve) => {
      const timer = setTimeout(() => {
        w.off('message', onMessage);
        void w.terminate();
        this.worker = null;
        resolve({ ms: this.capMs, matches: 0, capped: true });
      }, this.capMs);
      const onMessage = (r: { ms: number; matches: number; error?: string }) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        resolve({ ...r, capped: false });
      };
      w.on('message', onMessage);
      w.postMessage({ source: re.source, flags: re.flags, input });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
