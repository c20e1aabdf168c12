// Sentences of article text with their offsets. One pass over the characters, no regex
// backtracking: safe on any input. A sentence ends at . ! ? (and closing quotes after them)
// followed by a space and a capital, digit or quote, and always at a line break.
import { runAll, type Steps } from '../slices';
import type { Span } from '../types';

const CLOSERS = new Set(['"', '”', '’', "'", ')', '»']);
const OPENERS = /[\p{Lu}\p{N}"“‘'(«]/u;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'prof', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'e.g', 'i.e', 'approx', 'cmdr', 'adm', 'maj', 'rev', 'hon']);

/** Cap on sentence length: a "sentence" longer than this (junk, a table) is cut into pieces. */
const MAX_SENTENCE = 1_500;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\u00a0' || c === '\t' || c === '\u2009' || c === '\u202f';
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The word just before offset `i` (letters and inner dots), lower-cased: "Dr" in "Dr. Smith". */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 12 && /[\p{L}.]/u.test(text.charAt(j - 1))) j--;
  return text.slice(j, i).toLowerCase();
}

export function splitSentences(text: string, limit = Infinity): Span[] {
  return runAll(sentenceSteps(text, limit));
}

/** The same, as steps that yield every few thousand characters (for slicing on a page's main thread). */
export function* sentenceSteps(text: string, limit = Infinity): Steps<Span[]> {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < text.length && out.length < limit; i++) {
    if ((i & 4095) === 4095) yield;
    const c = text.charAt(i);
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    // cut at a space past the cap; text without spaces (junk, a 100,000-character "word") at twice
    // the cap, never inside a surrogate pair (below)
    if (i - start >= MAX_SENTENCE && isSpace(c)) {
      push(i);
      start = i + 1;
      continue;
    }
    if (i - start >= 2 * MAX_SENTENCE && !isLowSurrogate(text.charCodeAt(i))) {
      push(i);
      start = i; // the character at the cut begins the next piece
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text.charAt(j))) j++;
    if (j >= text.length) continue;
    if (!isSpace(text.charAt(j))) continue;
    let k = j;
    while (k < text.length && k - j < 8 && isSpace(text.charAt(k))) k++;
    if (k < text.length && !OPENERS.test(text.charAt(k)) && text.charAt(k) !== '\n') continue;
    if (c === '.' && ABBREV.has(wordBefore(text, i))) continue;
    if (c === '.' && /^\p{Lu}$/u.test(wordBefore(text, i).toUpperCase()) && wordBefore(text, i).length === 1) continue; // "J. Smith"
    push(j);
    start = j;
  }
  if (out.length < limit) push(text.length);
  return out;
}
