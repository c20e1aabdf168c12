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
