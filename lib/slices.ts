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
