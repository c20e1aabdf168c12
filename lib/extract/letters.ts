// Letter classes without Unicode property regexes on the common path: a regex like /\p{L}/u costs
// 10-20 ms to compile on first use, which is most of a cold service worker's first extraction.
// ASCII, Latin-1 and general punctuation are decided by code; only other scripts use the regex.

let wordRegex: RegExp | undefined;

/** A letter, combining mark or digit (the characters words are made of). */
export function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba || c === 0xb2 || c === 0xb3 || c === 0xb9;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 and Latin Extended letters
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: dashes, curly quotes, spaces
  if (c >= 0x20a0 && c <= 0x2bff) return false; // currency, arrows, maths, boxes, symbols
  return isOtherScriptWordChar(ch);
}

/** A letter, mark or digit of another script (rare: a function of its own, compiled only for such text). */
function isOtherScriptWordChar(ch: string): boolean {
  // built from a string: V8 checks a regex literal's syntax whenever it parses the function around
  // it, and a \p{…} class costs as much to check as to compile (about 7 million instructions, a
  // tenth of a cold first extraction), even where no character ever reaches this line
  wordRegex ??= new RegExp('^[\\p{L}\\p{M}\\p{N}]$', 'u');
  return wordRegex.test(ch);
}

/** An upper-case letter: lower-casing changes it. */
export function isUpperChar(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** A lower-case letter: upper-casing changes it. */
export function isLowerChar(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/** Only capitals and the given extra characters, length within [min, max]: "U.N.", "AT&T", "NATO". */
export function isCapitals(s: string, min: number, max: number, extra = '.&'): boolean {
  const chars = [...s];
  if (chars.length < min || chars.length > max) return false;
  return chars.every((ch) => extra.includes(ch) || isUpperChar(ch));
}

/** Some character of s is a capital. */
export const hasCapital = (s: string): boolean => s !== s.toLowerCase();

/**
 * Any letter or digit followed later by a non-word character and another letter or digit, within
 * s[from, to): two words at least. Bounds, not a slice: it runs on every claim pushed.
 */
export function twoWords(s: string, from: number, to: number): boolean {
  let state = 0; // 0: before the first word, 1: in it, 2: after it
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    // ASCII decided here: a call per character costs more than the test, run cold
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isWordChar(c, s[i]) && !(c >= 0x300 && c <= 0x36f);
    if (state === 0 && word) state = 1;
    else if (state === 1 && !word) state = 2;
    else if (state === 2 && word) return true;
  }
  return false;
}
