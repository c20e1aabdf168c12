// Huge texts of every shape (issue 13, finding 6), generated: 10 MB of binary junk, one paragraph of
// many sentences, one sentence without an end, runs of no-break spaces and quotation marks. The engine,
// the chunked reader, the sentence splitter, the frames and the command line's HTML reader must end
// with a well-formed result and never overflow the stack; linear work is checked by what bounds it
// (the read limit, pieces and sentences of bounded size, no function-call spread over a list the
// input sizes). Speed is measured by `npm run bench -- hostile-inputs`, not here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, MAX_TEXT_CHARS } from '../../lib/extract';
import { chunkBounds, CHUNK_CHARS, extractInChunks } from '../../lib/analyze/chunked';
import { splitSentences } from '../../lib/xref/sentences';
import { framesOfPage } from '../../lib/xref/frames';
import { TokenActors } from '../../lib/extract/token-actors';
import { parseDocument } from '../../cli/read-html';
import type { ExtractResult } from '../../lib/types';

const SIZE = 10_000_000;
const WORDS = ['officials', 'said', 'that', 'the', 'Harbour', 'Authority', 'would', 'report', '12', 'people', 'aboard', 'according', 'to', 'Ines', 'Valdr', 'she', 'told', 'Reuters', '"', '“', '”', ',', '\u00a0\u00a0\u00a0', '3.5%', '$1 trillion', 'Mr'];

/** A unit of text of one shape, repeated up to `size` characters. */
function grow(unit: string, size: number): string {
  if (!unit) unit = 'x';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 });
/** The shapes the review found hostile, each a generator of a 10 MB text. */
const hugeText = fc.oneof(
  // binary junk: random bytes read as UTF-8, with the odd line break
  fc.uint8Array({ minLength: 64, maxLength: 4096 }).map((b) => grow(Buffer.from(b).toString('utf8'), SIZE)),
  // one paragraph: sentences without a line break
  words.map((w) => grow(`${w.join(' ')}. `, SIZE)),
  // one sentence: no full stop, no line break
  words.map((w) => grow(`${w.join(' ')} `, SIZE)),
  // no-break space runs and quotation marks around words
  fc.tuple(words, fc.integer({ min: 1, max: 5_000 })).map(([w, n]) => grow(`“${w.join(' ')}${'\u00a0'.repeat(n)}`, SIZE)),
);

function wellFormed(text: string, r: ExtractResult): void {
  for (const c of r.claims) {
    expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
    if (r.truncatedAt !== undefined) expect(c.content.end).toBeLessThanOrEqual(r.truncatedAt);
  }
}

describe('huge inputs (properties)', () => {
  it('the engine reads at most its limit of any 10 MB text, says where it stopped, and returns well-formed claims', () => {
    fc.assert(
      fc.property(hugeText, (text) => {
        const r = extract(text);
        expect(r.truncatedAt).toBeLessThanOrEqual(MAX_TEXT_CHARS);
        wellFormed(text, r);
      }),
      { numRuns: 4 },
    );
  }, 600_000);

  it('the chunked reader (the content script\'s path) agrees on where reading stopped, in pieces of bounded size', async () => {
    await fc.assert(
      fc.asyncProperty(hugeText, async (text) => {
        const r = await extractInChunks(text, extract, {}, async () => {});
        wellFormed(text, r);
        const read = text.slice(0, r.truncatedAt ?? text.length);
        const pieces = chunkBounds(read);
        expect(pieces.every(([a, b]) => b - a <= CHUNK_CHARS)).toBe(true);
        expect(pieces.length).toBeLessThanOrEqual(Math.ceil(read.length / (CHUNK_CHARS / 2)) + 10);
      }),
      { numRuns: 2 },
    );
  }, 600_000);

  it('sentences of any text are bounded in length, and frames of a page of thousands of figure sentences are capped', () => {
    fc.assert(
      fc.property(hugeText, (text) => {
        const head = text.slice(0, 2_000_000);
        const sentences = splitSentences(head);
        expect(sentences.filter((s) => s.end - s.start > 3_000).map((s) => s.end - s.start)).toEqual([]);
        const frames = framesOfPage(sentences.slice(0, 5_000).map((s, i) => ({ ...s, id: `s${i}` })), [], null);
        expect(frames.length).toBeLessThanOrEqual(600);
      }),
      { numRuns: 3 },
    );
  }, 600_000);

  it('the token table answers like a map from token to actor, whatever the chunks', () => {
    const chunk = fc.record({ start: fc.nat(200), len: fc.integer({ min: 1, max: 6 }), actor: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 60 }), (cs) => {
        const chunks = cs.map((c) => ({ start: c.start, end: Math.min(210, c.start + c.len), actor: c.actor })) as never[];
        const map = new Map<number, number>();
        for (const c of chunks as { start: number; end: number; actor: number }[]) for (let i = c.start; i < c.end; i++) map.set(i, c.actor);
        const table = new TokenActors(210, chunks);
        for (let i = -2; i < 214; i++) {
          expect(table.get(i)).toBe(map.get(i));
          expect(table.has(i)).toBe(map.has(i));
        }
      }),
    );
  });

  it('the command line\'s HTML reader moves 400,000 stray elements into <body> without a stack overflow', () => {
    // a spread of this many arguments (body.prepend(...stray)) overflows the stack
    const doc = parseDocument(`<html>${'<i></i>'.repeat(400_000)}<head><title>t</title></head><body><p>Story.</p></body></html>`);
    expect(doc.body.children.length).toBe(400_001);
  }, 120_000);
});
