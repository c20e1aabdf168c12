// Reading an input file for the command line tools, with a size limit: the engine reads a few
// megabytes in seconds, a long news article is well under 1 MB, and a 20 MB file is no article.
import { readFile, stat } from 'node:fs/promises';

/** Largest file the tools read (documented in their usage and the README). */
export const MAX_INPUT_BYTES = 5_000_000;

export class InputTooLargeError extends Error {}

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** The file's text, or InputTooLargeError (a message fit to print) when it is over the limit. */
export async function readInput(file: string): Promise<string> {
  const { size } = await stat(file);
  if (size > MAX_INPUT_BYTES) {
    throw new InputTooLargeError(`${file} is ${mb(size)}; the limit is ${mb(MAX_INPUT_BYTES)} (a long news article is well under 1 MB). Split it into articles first.`);
  }
  return readFile(file, 'utf8');
}
