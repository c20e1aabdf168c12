// Word endings checked by string methods, not regexes: every distinct regex is parsed when its
// function is and compiled twice on its first two uses (bytecode, then native code), about 90,000
// instructions each, which a cold first extraction pays for every one it meets.

const APOSTROPHES = ["'", '’'];

/** Ends in an apostrophe: "Jones'", "Harris’". */
export const endsWithApostrophe = (s: string): boolean => s.endsWith("'") || s.endsWith('’');

/** Ends in 's or a bare apostrophe: "Smith's", "Jones'", "Council’s". */
export const hasPossessiveEnd = (s: string): boolean => endsWithApostrophe(s) || endsWithApostropheS(s);

/** Ends in 's (either apostrophe): "Smith's", "Council’s". */
export const endsWithApostropheS = (s: string): boolean => s.endsWith("'s") || s.endsWith('’s');

/** Without a final 's or apostrophe: "Smith's" → "Smith", "Jones'" → "Jones". */
export function stripPossessive(s: string): string {
  if (endsWithApostropheS(s)) return s.slice(0, -2);
  return endsWithApostrophe(s) ? s.slice(0, -1) : s;
}

/** Without a final 's (either apostrophe); a bare apostrophe stays. */
export const stripApostropheS = (s: string): string => (endsWithApostropheS(s) ? s.slice(0, -2) : s);

/** A name without its possessive: "Smith's" → "Smith", "Jones'" → "Jones"; a bare apostrophe goes only after an s ("Dunne’" keeps it). */
export function stripNamePossessive(s: string): string {
  if (endsWithApostropheS(s)) return s.slice(0, -2);
  return endsWithApostrophe(s) && s[s.length - 2] === 's' ? s.slice(0, -1) : s;
}

/** Without one final full stop: "Gov." → "Gov". */
export const stripFinalDot = (s: string): string => (s.endsWith('.') ? s.slice(0, -1) : s);

/** A possessive of either form, in any case: "Smith's", "JONES'S", "Harris'". */
export function isPossessiveForm(s: string): boolean {
  const last = s[s.length - 1];
  const prev = s[s.length - 2];
  if (last === 's' || last === 'S') return APOSTROPHES.includes(prev);
  return APOSTROPHES.includes(last) && (prev === 's' || prev === 'S');
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

const isMark = (ch: string): boolean => ch === '-' || ch === "'" || ch === '.';

/** Without hyphens, apostrophes and full stops at either end: "-'dunne'." → "dunne". */
export function trimMarks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isMark(s[a])) a++;
  while (b > a && isMark(s[b - 1])) b--;
  return s.slice(a, b);
}
