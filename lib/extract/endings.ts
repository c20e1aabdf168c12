// Word endings checked by their last characters, not regexes: every distinct regex is parsed when its
// function is and compiled twice on its first two uses (bytecode, then native code), about 90,000
// instructions each, which a cold first extraction pays for every one it meets.

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';

/** Ends in an apostrophe: "Jones'", "Harris’". */
export const endsWithApostrophe = (s: string): boolean => isApostrophe(s[s.length - 1]);

/** Ends in 's (either apostrophe): "Smith's", "Council’s". */
export const endsWithApostropheS = (s: string): boolean => s[s.length - 1] === 's' && isApostrophe(s[s.length - 2]);

/** Ends in 's or a bare apostrophe: "Smith's", "Jones'", "Council’s". */
export const hasPossessiveEnd = (s: string): boolean => endsWithApostrophe(s) || endsWithApostropheS(s);

/** Without a final 's or apostrophe: "Smith's" → "Smith", "Jones'" → "Jones". */
export function stripPossessive(s: string): string {
  if (endsWithApostrophe(s)) return s.slice(0, -1);
  return endsWithApostropheS(s) ? s.slice(0, -2) : s;
}

/** Without a final 's (either apostrophe); a bare apostrophe stays. */
export const stripApostropheS = (s: string): string => (endsWithApostropheS(s) ? s.slice(0, -2) : s);

/** A name without its possessive: "Smith's" → "Smith", "Jones'" → "Jones"; a bare apostrophe goes only after an s ("Dunne’" keeps it). */
export function stripNamePossessive(s: string): string {
  if (endsWithApostropheS(s)) return s.slice(0, -2);
  return endsWithApostrophe(s) && s[s.length - 2] === 's' ? s.slice(0, -1) : s;
}

/** Without one final full stop: "Gov." → "Gov". */
export const stripFinalDot = (s: string): string => (s[s.length - 1] === '.' ? s.slice(0, -1) : s);

/** A possessive of either form, in any case: "Smith's", "JONES'S", "Harris'". */
export function isPossessiveForm(s: string): boolean {
  const last = s[s.length - 1];
  const prev = s[s.length - 2];
  if (last === 's' || last === 'S') return isApostrophe(prev);
  return isApostrophe(last) && (prev === 's' || prev === 'S');
}

/** "D-Ore.", "R-Texas": a US party letter, a hyphen, then a capital. */
export const isPartyTagText = (s: string): boolean => s[1] === '-' && (s[0] === 'D' || s[0] === 'R' || s[0] === 'I') && s[2] >= 'A' && s[2] <= 'Z';

/** A possessive of either form, lower-case s: "Smith's", "Harris'". */
export const hasPossessiveS = (s: string): boolean => endsWithApostropheS(s) || (endsWithApostrophe(s) && s[s.length - 2] === 's');

/** Only ASCII digits, at least one: "2016", not "2,016". */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** One or two digits: a day of the month, "on March 3". */
export const isDayNumber = (s: string): boolean => s.length <= 2 && isDigits(s);

/** A year from 1800 to 2099: "in 1998". */
export const isYear = (s: string): boolean => s.length === 4 && isDigits(s) && (s.startsWith('18') || s.startsWith('19') || s.startsWith('20'));

/** A number that may have thousands commas: "2,016", "40". */
export const isGroupedNumber = (s: string): boolean => isDigits(s[0] ?? '') && isDigits(s.replaceAll(',', ''));

/** ASCII without the backtick (which folds like an apostrophe): no Unicode normalising needed. */
export function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c === 0x60) return false;
  }
  return true;
}

/** Without hyphens, apostrophes and full stops at either end: "-'dunne'." → "dunne". */
export function trimMarks(s: string): string {
  // char codes of - ' . tested inline: a helper per character cost a compile of its own, run cold
  let a = 0;
  let b = s.length;
  let c = s.charCodeAt(a);
  while (a < b && (c === 45 || c === 39 || c === 46)) c = s.charCodeAt(++a);
  c = s.charCodeAt(b - 1);
  while (b > a && (c === 45 || c === 39 || c === 46)) c = s.charCodeAt(--b - 1);
  return s.slice(a, b);
}

/** Where the first hyphen or apostrophe is, or -1: "al-Sarraj" → 2. */
export function firstJoiningMark(s: string): number {
  for (let i = 0; i < s.length; i++) if (s[i] === '-' || isApostrophe(s[i])) return i;
  return -1;
}

/** Starts with a digit, a vulgar fraction or a number form: "3", "½", "Ⅻ". */
export function startsWithNumeral(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x218f);
}

const isAsciiWordChar = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '_';

/** Has a word ending in 's: "the council's chief" (a description, not a name). */
export function hasPossessiveWord(s: string): boolean {
  for (let i = 1; i < s.length - 1; i++) {
    if (s[i] === 's' && isApostrophe(s[i - 1]) && !isAsciiWordChar(s[i + 1])) return true;
  }
  return endsWithApostropheS(s);
}
