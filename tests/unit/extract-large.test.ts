// Enormous and hostile inputs: the engine and the chunked reader end with a result (reading at most
// MAX_TEXT_CHARS, saying where they stopped) instead of overflowing the stack or running for minutes.
// The test timeouts are guards against a hang on a loaded machine, not benchmarks: on an idle one each
// case takes one to a few seconds (npm run bench measures speed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, MAX_TEXT_CHARS, readLimit } from '../../lib/extract';
import { chunkBounds, extractInChunks, firstBreak, lastBreak } from '../../lib/analyze/chunked';
import { planRescan } from '../../lib/analyze/incremental';
import type { Claim, ExtractResult } from '../../lib/types';

const CLAUSE = 'the harbour master said on Tuesday that the quay, which had been closed since the storm, would reopen ';

/** Claim spans must be the text they claim to be. */
function spansHold(text: string, r: ExtractResult): void {
  for (const c of r.claims) expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
}

describe('enormous inputs', () => {
  it('a 2 MB text that is one sentence', async () => {
    const text = ('Officials said ' + CLAUSE).repeat(Math.ceil(2e6 / (CLAUSE.length + 15))).slice(0, 2e6);
    const r = extract(text);
    expect(r.truncatedAt).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(r.claims.length).toBeGreaterThan(100);
    spansHold(text, r);
    const chunked = await extractInChunks(text, extract, {}, async () => {});
    spansHold(text, chunked);
  }, 120_000);

  it('2 MB of binary junk gives an empty result', async () => {
    // random bytes read as UTF-8 (a binary file opened as text), and random UTF-16 code units
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
    const bytes = Buffer.alloc(3e6);
    for (let i = 0; i < bytes.length; i++) bytes[i] = next() >>> 24;
    const units = Array.from({ length: 1e6 }, () => String.fromCharCode(next() % 65536)).join('');
    const junk = bytes.toString('utf8').slice(0, 1e6) + units;
    const r = extract(junk);
    expect(r.claims.length).toBeLessThan(5);
    spansHold(junk, r);
    const chunked = await extractInChunks(junk, extract, {}, async () => {});
    spansHold(junk, chunked);
  }, 120_000);

  it('20 MB of paragraphs: read up to MAX_TEXT_CHARS, no stack overflow, the stop is reported', async () => {
    const para = '"We will rebuild," said Ines Valdr. The council said ' + CLAUSE + 'soon.\n\n';
    const text = para.repeat(Math.ceil(2e7 / para.length));
    const r = extract(text);
    expect(r.truncatedAt).toBeGreaterThan(MAX_TEXT_CHARS - 10_000);
    expect(r.truncatedAt).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(r.claims.length).toBeGreaterThan(10_000);
    expect(r.claims.every((c) => c.content.end <= r.truncatedAt!)).toBe(true);
    spansHold(text, r);
    const chunked = await extractInChunks(text, extract, {}, async () => {});
    expect(chunked.truncatedAt).toBe(r.truncatedAt);
    spansHold(text, chunked);
  }, 120_000);

  it('planRescan on a page with 100,000 claims in one paragraph answers without reading claims x claims', () => {
    const n = 100_000;
    const text = 'x'.repeat(n * 10 + 2);
    const claim = (i: number): Claim => ({ id: `c${i}`, kind: 'indirect', source: null, actorId: null, cue: null, content: { text: 'xxxxxxxxxxxx', start: i * 10, end: i * 10 + 12 }, via: null, confidence: 0.8 });
    const old: ExtractResult = { claims: Array.from({ length: n }, (_, i) => claim(i)), actors: [] };
    const plan = planRescan(old, text, { start: n * 5, end: n * 5 + 5, delta: 0 });
    // one paragraph holds everything: the whole text would be redone, so a full pass is the answer
    expect(plan).toBeNull();
  }, 120_000);
});

describe('bounded searches (properties)', () => {
  const textWithBreaks = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n', '\n\n\n'), { maxLength: 80 }).map((xs) => xs.join(''));

  it('lastBreak finds the last "\\n\\n" starting in (from, to], like lastIndexOf', () => {
    fc.assert(
      fc.property(textWithBreaks, fc.nat(90), fc.nat(90), (text, x, y) => {
        const from = Math.min(x, y);
        const to = Math.max(x, y);
        // lastIndexOf clamps a negative start to 0 (and would find a break at 0 in an empty range)
        const last = Math.min(to, text.length - 1) - 1;
        const native = last < 0 ? -1 : text.lastIndexOf('\n\n', last);
        const want = native > from - 1 && native >= from ? native : -1;
        const got = lastBreak(text, from, to);
        expect(got === -1 || got >= from).toBe(true);
        if (want >= from) expect(got).toBe(want);
      }),
    );
  });

  it('firstBreak finds the first "\\n\\n" starting in [from, to), like indexOf', () => {
    fc.assert(
      fc.property(textWithBreaks, fc.nat(90), fc.nat(90), (text, x, y) => {
        const from = Math.min(x, y);
        const to = Math.max(x, y);
        const native = text.indexOf('\n\n', from);
        const want = native >= 0 && native < Math.min(to, text.length - 1) ? native : -1;
        expect(firstBreak(text, from, to)).toBe(want);
      }),
    );
  });

  it('readLimit stops at most at the limit, at a line break when one is near, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 300 }), fc.integer({ min: 10, max: 200 }), (text, max) => {
        const at = readLimit(text, max);
        if (text.length <= max) {
          expect(at).toBe(text.length);
        } else {
          expect(at).toBeLessThanOrEqual(max);
          expect(text[at - 1] === '\n' || at >= max - 1).toBe(true);
          const c = text.charCodeAt(at - 1);
          expect(c >= 0xd800 && c <= 0xdbff).toBe(false);
        }
      }),
    );
  });

  it('chunk bounds of one enormous paragraph are contiguous and bounded', () => {
    const text = 'word '.repeat(400_000);
    const b = chunkBounds(text);
    expect(b[0][0]).toBe(0);
    expect(b[b.length - 1][1]).toBe(text.length);
    for (let i = 1; i < b.length; i++) expect(b[i][0]).toBe(b[i - 1][1]);
  });
});
