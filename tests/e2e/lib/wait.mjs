// Polling helpers: the extension works asynchronously, so tests wait for a condition with a deadline.
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `probe()` every `interval` ms until `done(value)` holds or `timeout` passes; returns the
 * last value either way (the assertion after it says what was wrong).
 */
export async function pollUntil(probe, done, { timeout = 10_000, interval = 250 } = {}) {
  const end = Date.now() + timeout;
  let value = await probe();
  while (!done(value) && Date.now() < end) {
    await sleep(interval);
    value = await probe();
  }
  return value;
}

/**
 * Waits for `promise` at most `ms`; says so (with `what`) when it gave up. For clean-up steps: a
 * driver call that never settles (a tab closed while it reloads) must not stall the whole run.
 */
export async function bounded(promise, ms, what) {
  let timer;
  const gaveUp = new Promise((resolve) => { timer = setTimeout(() => resolve('timed out'), ms); });
  const result = await Promise.race([Promise.resolve(promise).then(() => 'done', () => 'failed'), gaveUp]);
  clearTimeout(timer);
  if (result === 'timed out') console.log(`# clean-up step gave up after ${ms} ms: ${what}`);
  return result;
}
