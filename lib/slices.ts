// Long synchronous work written as a generator that yields at safe points: run at once (Node, the
// CLI), or in slices of about `budgetMs` with a pause between them, so that no single task blocks
// the page for long. The caller checks afterwards that the page did not change meanwhile.

export type Steps<T> = Generator<void, T, void>;

export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export async function runSliced<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs = 8, now = () => performance.now()): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}

/** Resolvers waiting for their turn, in order: one channel serves every pause. */
const waiting: (() => void)[] = [];
let channel: MessageChannel | null = null;

/**
 * Gives the event loop one turn (input, paint, other tasks), then resumes: a message to ourselves,
 * not setTimeout, which browsers clamp to a second in a hidden tab (an article opened in the
 * background paid a second per slice, and its badge came seconds after its highlights).
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.addEventListener('message', () => waiting.shift()?.());
    channel.port1.start();
    // Node: a listening port would keep the process alive
    for (const port of [channel.port1, channel.port2]) (port as { unref?: () => void }).unref?.();
  }
  return new Promise((r) => {
    waiting.push(r);
    channel!.port2.postMessage(null);
  });
}
