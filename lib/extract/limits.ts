// How much of a text the engine reads (its own module: the chunked reader needs it without the engine).

/**
 * The engine reads at most this much of a text (about 170,000 words, far beyond any article): past
 * it, a page is no article (a data dump, a log, binary junk) and reading on would only keep the
 * worker busy. The result says where reading stopped (`truncatedAt`).
 */
export const MAX_TEXT_CHARS = 1_000_000;

/** Where to stop reading a text over MAX_TEXT_CHARS: the last line break in the final 10,000 characters before the limit, else the limit. */
export function readLimit(text: string, max = MAX_TEXT_CHARS): number {
  return text.length <= max ? text.length : cutBefore(text, max);
}

/** Where to cut a text longer than max (rare: a function of its own, compiled only for such a text). */
function cutBefore(text: string, max: number): number {
  for (let i = max; i > max - 10_000; i--) if (text.charCodeAt(i - 1) === 10) return i;
  // never split a surrogate pair
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}
