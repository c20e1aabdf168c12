// The string-method word-ending checks of lib/extract/endings.ts must answer exactly as the regexes
// they replace (kept here as the specification), on words made of the characters that matter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  endsWithApostropheS, firstJoiningMark, hasPossessiveEnd, hasPossessiveWord, hasPossessiveS, isDayNumber, isDigits, isGroupedNumber, isPartyTagText,
  isPlainAscii, isPossessiveForm, isYear, stripApostropheS, stripFinalDot, startsWithNumeral, stripNamePossessive, stripPossessive, trimMarks,
} from '../../lib/extract/endings';

/** Short strings over the characters the regexes look at, plus a few that they must not confuse. */
const word = fc.string({ unit: fc.constantFrom(..."sS'’-.,0123456789DRIdriA`ſé\u2019xy _½Ⅻ".split('')), maxLength: 7 });

const SPEC: [string, (s: string) => unknown, (s: string) => unknown][] = [
  ['endsWithApostropheS', endsWithApostropheS, (s) => /['’]s$/.test(s)],
  ['hasPossessiveEnd', hasPossessiveEnd, (s) => /['’]s?$/.test(s)],
  ['hasPossessiveS', hasPossessiveS, (s) => /(['’]s|s['’])$/.test(s)],
  ['isPossessiveForm', isPossessiveForm, (s) => /(['’]s|s['’])$/i.test(s)],
  ['hasPossessiveWord', hasPossessiveWord, (s) => /['’]s\b/.test(s)],
  ['firstJoiningMark', firstJoiningMark, (s) => s.search(/[-'’]/)],
  ['startsWithNumeral', startsWithNumeral, (s) => /^[0-9\u00bc-\u00be\u2150-\u218f]/.test(s)],
  ['isDigits', isDigits, (s) => /^\d+$/.test(s)],
  ['isDayNumber', isDayNumber, (s) => /^\d{1,2}$/.test(s)],
  ['isYear', isYear, (s) => /^(1[89]|20)\d\d$/.test(s)],
  ['isGroupedNumber', isGroupedNumber, (s) => /^\d[\d,]*$/.test(s)],
  ['isPartyTagText', isPartyTagText, (s) => /^[DRI]-[A-Z]/.test(s)],
  ['isPlainAscii', isPlainAscii, (s) => /^[\x00-\x5f\x61-\x7f]*$/.test(s)],
  ['stripPossessive', stripPossessive, (s) => s.replace(/['’]s?$/, '')],
  ['stripApostropheS', stripApostropheS, (s) => s.replace(/['’]s$/, '')],
  ['stripNamePossessive', stripNamePossessive, (s) => s.replace(/['’]s$|(?<=s)['’]$/, '')],
  ['stripFinalDot', stripFinalDot, (s) => s.replace(/\.$/, '')],
  ['trimMarks', trimMarks, (s) => s.replace(/^[-'.]+|[-'.]+$/g, '')],
];

describe('word endings without regexes', () => {
  for (const [name, fn, spec] of SPEC) {
    it(`${name} answers as its regex`, () => {
      fc.assert(fc.property(word, (s) => { expect(fn(s)).toEqual(spec(s)); }), { numRuns: 2000 });
    });
  }

  it('handles the forms news text has', () => {
    expect(stripPossessive("Council's")).toBe('Council');
    expect(isPossessiveForm("JONES'S")).toBe(true);
    expect(stripNamePossessive('Dunne’')).toBe('Dunne’');
    expect(isGroupedNumber('2,016')).toBe(true);
    expect(isYear('1998')).toBe(true);
  });
});
