// The engine's shortcuts for a cold start must not change what it reads: the tokenizer's one-regex
// path for common tokens agrees with its character-by-character path, and the scan's index of frames
// by opening word leaves out no word a frame could open on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel, tokenize, TokenKind } from '../../lib/extract/text';
import { FRAMES, NO_FRAME, SENTENCE_START } from '../../lib/extract/frames';
import { NOT_CUES, SELF_SOURCED, SOURCED } from '../../lib/extract/constructions';
import { ScanContext } from '../../lib/extract/context';

/** Pieces of news text, with the characters where the two tokenizer paths part. */
const PIECES = ['said', 'Lind', 'U.N.', 'Mr', 'Mr.', 'J', 'Gen', 'D-Ore.', '2,000', '2.5', 'al-Mashri', "don't", "workers'", 'AT&T', 'Çavuşoğlu', 'naïve', '東京', '—', '-', "'", "''", '"', '“', '”', '‘', '’', '.', ',', ';', ':', '(', ')', '?', '!', '&', '/', '5', 'a', ' ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2029'];
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

describe('tokenizer fast path', () => {
  it('gives the tokens the character-by-character path gives', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(tokenize(text)).toEqual(tokenize(text, false));
      }),
      { numRuns: 1000 },
    );
  });

  it('notes every token the paragraph, quotation and sentence passes read, on both paths', () => {
    const ends = new Set(['.', '!', '?', '…']);
    fc.assert(
      fc.property(newsText, (text) => {
        const fast: number[] = [];
        const slow: number[] = [];
        const toks = tokenize(text, true, fast);
        tokenize(text, false, slow);
        const want = toks.flatMap((t, i) => (t.newlines > 0 || t.kind === TokenKind.Quote || (t.kind === TokenKind.Punct && ends.has(t.text)) || (t.kind === TokenKind.Word && t.text.endsWith('.')) ? [i] : []));
        expect(fast).toEqual(want);
        expect(slow).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a sentence of more than 400 tokens every 400 tokens', () => {
    const m = buildModel(`Intro.\n\n${'word '.repeat(1000)}end. Next one.`);
    expect(m.sentences.map((s) => s.end - s.start)).toEqual([2, 400, 400, 202, 3]);
  });

  it('reads the common shapes whole', () => {
    const toks = tokenize('The U.N. said "2,000 workers\' homes" were lost.\n\nAT&T agreed.');
    expect(toks.map((t) => t.text)).toEqual(['The', 'U.N.', 'said', '"', '2,000', "workers'", 'homes', '"', 'were', 'lost', '.', 'AT&T', 'agreed', '.']);
    expect(toks[3].kind).toBe(TokenKind.Quote);
    expect(toks[11].newlines).toBe(2);
  });
});

describe('frames by opening word', () => {
  it('a frame reads nothing at a word it does not list, away from a sentence start', () => {
    // the tables' examples, and the frames again in mid-sentence
    const midSentence = ['The quay is, in the words of one skipper, a death trap.', 'The town, as one resident put it, has been forgotten.', 'Hale resigned and reportedly left.'];
    const examples = [...FRAMES, ...SELF_SOURCED, ...SOURCED, ...NOT_CUES].map((r) => r.example).concat(midSentence);
    const m = buildModel(`Harbour news\n\n${examples.join('\n\n')}`);
    const sc = new ScanContext(m, new Set());
    let tried = 0;
    for (const s of m.sentences) {
      for (let i = s.start + 1; i < s.end; i++) {
        const t = m.tokens[i];
        if (t.kind !== TokenKind.Word || t.quote >= 0) continue;
        for (const rule of FRAMES) {
          if (rule.opens !== SENTENCE_START && rule.opens.includes(t.lower)) continue;
          const before = sc.claims.length;
          sc.sentStart = before;
          expect(rule.read(sc, s, i, s.end, before), `${rule.name} at "${t.text}"`).toBe(NO_FRAME);
          expect(sc.claims.length, rule.name).toBe(before);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });
  it('at a sentence start, only the sentence-start frames and the word\'s own read anything', () => {
    // the tables' examples, and sentences that open on words the frames look at after their first
    const openings = ['Critics called the plan reckless.', 'The campaign called the charges baseless.', 'Claims that the vote was rigged spread.', 'In a poll, Pryce led.', 'Ortega dishonest, they said.', 'Quoted as saying it failed, Hale left.'];
    const examples = [...FRAMES, ...SELF_SOURCED, ...SOURCED, ...NOT_CUES].map((r) => r.example).concat(openings);
    const m = buildModel(`Harbour news\n\n${examples.join('\n\n')}`);
    const sc = new ScanContext(m, new Set());
    let tried = 0;
    for (const s of m.sentences) {
      const t = m.tokens[s.start];
      if (t.kind !== TokenKind.Word || t.quote >= 0) continue;
      for (const rule of FRAMES) {
        if (rule.opens === SENTENCE_START || rule.opens.includes(t.lower)) continue;
        const before = sc.claims.length;
        sc.sentStart = before;
        expect(rule.read(sc, s, s.start, s.end, before), `${rule.name} at "${t.text}"`).toBe(NO_FRAME);
        expect(sc.claims.length, rule.name).toBe(before);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(300);
  });
});
