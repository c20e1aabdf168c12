// Which actor each name token belongs to, as a typed array over the text's tokens: a Map keyed by
// token index was the engine's largest table on long texts (a million-character text has hundreds
// of thousands of name tokens) and cost a hash entry each.
import type { Chunk } from './names';

export const NONE = -1;

export class TokenActors {
  /** Actor per token, NONE where there is none; hot loops read it directly (a call per token costs more). */
  readonly of: Int32Array;

  constructor(tokenCount: number, chunks: readonly Chunk[]) {
    this.of = new Int32Array(tokenCount).fill(NONE);
    for (let ci = 0; ci < chunks.length; ci++) { const c = chunks[ci]; this.of.fill(c.actor, c.start, c.end); }
  }

  /** The actor of token i, if it is part of a name. */
  get(i: number): number | undefined {
    const a = i >= 0 && i < this.of.length ? this.of[i]! : NONE;
    return a === NONE ? undefined : a;
  }

  has(i: number): boolean {
    return i >= 0 && i < this.of.length && this.of[i] !== NONE;
  }
}
