// Quoted words are their speaker's (lib/xref/frames/quoted.ts): a figure inside a quotation is never
// the outlet's own reporting; apostrophes are not quotation marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedAt } from '../../lib/xref/frames/quoted';

const at = (s: string, word: string) => quotedAt(s, s.indexOf(word));

describe('quotedAt', () => {
  it.each([
    ["'It burned for two days': Kelbrook harbour master recalls the last fire", 'two', true],
    ['The fire burned for 11 hours before crews had it under control, the fire service said.', '11', false],
    ['He said 40 people died, adding: "It was awful."', '40', false],
    ['He said: "We had 40 engines out there."', '40', true],
    ['We had 40 engines out there by midnight."', '40', true],
    ['“Calm, almost flat” at the time, with 35 knot winds further out, he said.', '35', false],
    ["The harbour's 12 cranes and the workers' union hall were spared.", '12', false],
    ["The dockers' 300 members walked out.", '300', false],
    ['The port’s ‘temporary’ closure will last 10 days.', '10', false],
  ])('%s → %s', (sentence, word, quoted) => {
    expect(at(sentence, word)).toBe(quoted);
  });

  it('never throws and answers for every offset of any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", '“', '”', '‘', '’', ':', '.', '9') }), fc.nat(60), (s, p) => {
      expect(typeof quotedAt(s, Math.min(p, s.length))).toBe('boolean');
    }));
  });
});
