// Figures in text: "at least 12", "Fourteen", "2,000", "5.5%", "nearly eight hours", "$1 trillion",
// "-150 °C", "between 40 and 50", "6.9-magnitude". Words and digits are normalised, hedges and
// ranges become an interval, units are normalised (see units.ts). Every pattern here is linear.
import { CURRENCY_BEFORE, toBase, unitAfter, type Dimension } from './units';
import { wordTable } from '../word-table';

export interface Figure {
  /** The number as written, in the written unit ("eight hours" → 8). */
  value: number;
  /** The range the wording allows, in the dimension's base unit ("at least 12" → [12, Infinity]). */
  lo: number;
  hi: number;
  /** Offsets into the text of the whole phrase (hedge + number + unit where present). */
  start: number;
  end: number;
  /** Offsets of the bare number, for looking at the words around it. */
  numStart: number;
  numEnd: number;
  /** What the unit measures (null: a bare count). */
  dim: Dimension | null;
  /** Base unit of `lo`/`hi` ("h", "m", "K", "USD"; null for bare counts). */
  base: string | null;
  /** The unit as written, normalised ("ft", "tempC", "day"): figures written in different units
   *  were often converted and rounded by someone, so they compare with some slack. */
  unit: string | null;
  hedge: string | null;
}

const SMALL: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
});
const TENS: Record<string, number> = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALE: Record<string, number> = wordTable({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, tn: 1e12 });

/** Hedge words before a number and the range they allow. Bounds are inclusive: "more than 210"
 *  and "210" are compatible reports (the figure may be rounded either way). */
const HEDGES: [RegExp, (x: number) => [number, number]][] = [
  [/\b(?:at least|no fewer than|no less than|a minimum of|as many as \w+ and possibly more)\s$/i, (x) => [x, Infinity]],
  [/\b(?:more than|over|above|upwards of|upward of|in excess of|just over|well over|a little over|exceeding)\s$/i, (x) => [x, Infinity]],
  [/\b(?:nearly|almost|just under|close to|not quite|just short of)\s$/i, (x) => [x - Math.abs(x) * 0.1, x]],
  [/\b(?:about|around|roughly|approximately|some|an estimated|estimated|barely|an? approximate|circa|about some|or so)\s$/i, (x) => [x - Math.abs(x) * 0.1, x + Math.abs(x) * 0.1]],
  [/\b(?:up to|as many as|at most|no more than|a maximum of)\s$/i, (x) => [Math.min(0, x), x]],
  [/\b(?:fewer than|less than|under|below)\s$/i, (x) => [Math.min(0, x), x]],
];

const WORD_NUM = `(?:${Object.keys(TENS).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(SMALL).join('|')}`;
export const NUMBER_RE = new RegExp(
  [
    '(?<![\\p{L}\\p{N}_.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?:[ \\u00a0]?(?:million|billion|trillion|bn|tn|m)\\b)?',
    '(?<![\\p{L}\\p{N}_.,])\\d+(?:\\.\\d+)?(?:[ \\u00a0]?(?:million|billion|trillion|bn|tn|m)\\b|[ \\u00a0](?:hundred|thousand)\\b)?',
    `\\b(?:a[ \\u00a0])?(?:${WORD_NUM}|a)(?:[ \\u00a0](?:hundred|thousand|million|billion|trillion)(?:[ \\u00a0]and[ \\u00a0](?:${WORD_NUM}))?)?\\b`,
    '\\bfortnight\\b',
  ].join('|'),
  'giu',
);

function wordValue(s: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  // "a" counts only as "one" before a scale: "a hundred", "a dozen"; "a four-hour" is four
  const ws = s.toLowerCase().split(/[\s\u00a0-]+/);
  for (const [i, w] of ws.entries()) {
    if (w === 'and' || w === '') continue;
    if (w === 'a') {
      if (i + 1 < ws.length && (ws[i + 1] in SCALE || ws[i + 1] === 'dozen')) current = current || 1;
      continue;
    }
    if (w === 'dozen') current = (current || 1) * 12;
    else if (w in SMALL) current += SMALL[w];
    else if (w in TENS) current += TENS[w];
    else if (w in SCALE) {
      current = (current || 1) * SCALE[w];
      if (SCALE[w] >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

function parseValue(raw: string): number | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)(?:[ \u00a0]?(million|billion|trillion|bn|tn|m|hundred|thousand))?$/i.exec(raw);
  if (m) {
    const n = Number(m[1].replace(/,/g, ''));
    const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
    return Number.isFinite(n) ? n * scale : null;
  }
  return wordValue(raw);
}

/** A currency sign or code just before the number ("$", "US$ ", "€"), with its length. */
function currencyBefore(before: string): { code: string; length: number } | null {
  const tail = before.slice(-5).toLowerCase();
  for (const [sign, code] of CURRENCY_BEFORE) {
    for (const gap of ['', ' ']) {
      if (tail.endsWith(sign + gap)) return { code, length: sign.length + gap.length };
    }
  }
  return null;
}

/** "minus 150", "-150" (a hyphen that is no joiner: "a 3-2 win" is no negative). */
function negativeBefore(before: string): number {
  const m = /(?:^|[\s(])(minus |−|-)$/i.exec(before.slice(-8));
  return m ? m[1].length : 0;
}

/** "magnitude 6.9", "a magnitude of 5.1", "6.9-magnitude", "6.9 on the Richter scale", "measuring 6.8". */
function magnitudeAt(before: string, after: string): number {
  if (/\bmagnitude(?:[ -]|\s+of\s+)$/i.test(before.slice(-16))) return 0;
  const m = /^(?:-|\s)?magnitude\b|^ on the Richter scale/i.exec(after.slice(0, 24));
  return m ? m[0].length : -1;
}

interface Raw { value: number; numStart: number; numEnd: number; text: string }

function rawNumbers(src: string): Raw[] {
  const out: Raw[] = [];
  for (const m of src.matchAll(NUMBER_RE)) {
    const text = m[0];
    const numStart = m.index ?? 0;
    const value = /^fortnight$/i.test(text) ? 14 : parseValue(text);
    if (value === null) continue;
    out.push({ value, numStart, numEnd: numStart + text.length, text });
  }
  return out;
}

/** "between 40 and 50", "40 to 50", "40-50", "two or three": the second number closes a range. */
const RANGE_JOIN = /^(?:\s?[-–]\s?|\s+to\s+|\s+or\s+|\s+and\s+)$/i;

const MAX_SCAN = 20_000;

/** Every figure in `text`, in order. Bare "a"/"one" without a unit are not figures. */
export function findFigures(text: string): Figure[] {
  const src = text.slice(0, MAX_SCAN);
  const raws = rawNumbers(src);
  const out: Figure[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    let { numStart, numEnd } = r;
    let lo = r.value;
    let hi = r.value;
    // a range: "between 40 and 50", "40-50", "two or three days"
    const next = raws[i + 1];
    const join = next ? src.slice(numEnd, next.numStart) : '';
    const isRange = next !== undefined && RANGE_JOIN.test(join) && next.value > r.value &&
      (!/and/i.test(join) || /\bbetween\s$/i.test(src.slice(Math.max(0, numStart - 8), numStart))) &&
      !/\bfrom\s$/i.test(src.slice(Math.max(0, numStart - 5), numStart));
    if (isRange) {
      hi = next.value;
      numEnd = next.numEnd;
      i++;
    }
    const before = src.slice(Math.max(0, numStart - 32), numStart);
    const after = src.slice(numEnd, numEnd + 40);
    if (/^(?:a|one|a dozen)$/i.test(r.text) && !unitAfter(after)) continue;
    if (/^-(?:years?|months?|weeks?|days?)-old\b/i.test(after)) continue; // an age
    if (/^\d{4}$/.test(r.text) && !isRange && r.value >= 1900 && r.value <= 2100 && !unitAfter(after)) continue; // a year
    if (/^\d/.test(r.text) && /^(?:\s?(?:am|pm|a\.m\.|p\.m\.|GMT|UTC)\b|[:.]\d\d\b)/i.test(after)) continue; // a time of day
    if (/^\d/.test(r.text) && /(?:[:/]|\d[.,])$/.test(before)) continue; // inside a time, date or score
    let start = numStart;
    let end = numEnd;
    let dim: Dimension | null = null;
    let base: string | null = null;
    const cur = currencyBefore(before);
    const neg = cur ? 0 : negativeBefore(before);
    if (neg) {
      [lo, hi] = [-hi, -lo];
      start -= neg;
    }
    const mag = magnitudeAt(before, after);
    const unit = cur ? null : mag >= 0 ? null : unitAfter(after);
    if (/^fortnight$/i.test(r.text)) {
      dim = 'duration';
      base = 'h';
      lo = hi = 336;
      end = numEnd;
    } else if (cur) {
      dim = `money:${cur.code}`;
      base = cur.code;
      start -= cur.length;
    } else if (mag >= 0) {
      dim = 'magnitude';
      end += mag;
    } else if (unit) {
      dim = unit.unit.dim;
      base = unit.unit.base;
      end += unit.length;
    } else if (!/^\d/.test(r.text) && /^-[\p{L}]/u.test(after)) continue; // "one-off": not a count
    let hedge: string | null = null;
    for (const [re, range] of HEDGES) {
      const hm = re.exec(src.slice(Math.max(0, start - 40), start));
      if (!hm) continue;
      // a temperature's "about" is a degree or two, not a tenth of its value
      const span = (x: number) => (unit?.unit.dim === 'temperature' ? Math.sign(x || 1) * 15 : x);
      [lo, hi] = unit?.unit.dim === 'temperature' ? [range(span(lo))[0] - span(lo) + lo, range(span(hi))[1] - span(hi) + hi] : [range(lo)[0], range(hi)[1]];
      hedge = hm[0].trim().toLowerCase();
      start -= hm[0].length;
      break;
    }
    if (unit && unit.unit.qty) {
      [lo, hi] = [toBase(lo, unit.unit), hi === Infinity ? Infinity : toBase(hi, unit.unit)];
      if (!Number.isFinite(lo)) continue;
    }
    const written = cur ? cur.code : unit ? (unit.unit.qty ?? unit.unit.base) : null;
    out.push({ value: neg ? -r.value : r.value, lo, hi, start, end, numStart, numEnd, dim, base, unit: written, hedge });
  }
  return out;
}
