// Waiting for the extension's highlights on a page (used by the e2e suite and by `npm start`).
import { HIGHLIGHT_NAMES, readHighlights } from './probes.mjs';
import { pollUntil } from './wait.mjs';

/** How long the extension may take to paint a normal page after its load event. */
export const PAINT_TIMEOUT = 10_000;

/**
 * Waits until the highlights exist and their number stopped changing, then returns them
 * (or what there is when `timeout` passes).
 * @returns {Promise<{ supported: boolean, ranges: any[], counts: Record<string, number> }>}
 */
export async function settledHighlights(tab, articleSelector = 'article', timeout = PAINT_TIMEOUT) {
  let previous = -1;
  return pollUntil(
    () => tab.evaluate(readHighlights, { names: HIGHLIGHT_NAMES, articleSelector }),
    (h) => {
      const n = h.ranges.length;
      const stable = n > 0 && n === previous;
      previous = n;
      return stable;
    },
    { timeout, interval: 400 },
  );
}
