// Figures in claim text: "at least 12", "Fourteen", "2,000", "5.5%", "nearly eight hours",
// "$3 million". Words and digits are normalised; hedges become bounds.

export interface Figure {
  value: number;
  /** The range the wording allows ("at least 12" → [12, Infinity]). */
  lo: number;
  hi: number;
  /** Offsets into the text of the whole phrase (hedge + number + unit where present). */
  start: number;
  end: number;
  /** Offsets of the bare number, for looking at the words around it. */
  numStart: number;
  numEnd: number;
  /** Unit written right after the number (or its currency sign). */
  unit: Unit | null;
  hedge: string | null;
}

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'percent' | 'money' | 'speed';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, m: 1e6, bn: 1e9 };

/** Hedge words before a number and the range they allow, as factors of the figure. */
const HEDGES: [RegExp, (x: number) => [number, number]][] = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, (x) => [x, Infinity]],
  [/\b(?:more than|over|above|upwards of|in excess of|just over|well over)\s+$/i, (x) => [x + 1e-9, Infinity]],
  [/\b(?:nearly|almost|just under|close to|not quite)\s+$/i, (x) => [x * 0.9, x - 1e-9]],
  [/\b(?:about|around|roughly|approximately|some|an estimated|estimated|barely|an? approximate|circa)\s+$/i, (x) => [x * 0.9, x * 1.1]],
  [/\b(?:up to|as many as|at most|no more than)\s+$/i, (x) => [0, x]],
  [/\b(?:fewer than|less than|under|below)\s+$/i, (x) => [0, x - 1e-9]],
];

const UNIT_AFTER: [RegExp, Unit][] = [
  [/^(?:\s*|-)(?:%|per ?cent\b|percent\b|percentage points?\b)/i, 'percent'],
  [/^\s?(?:km\/h|kph|mph|knots)(?![\p{L}])/iu, 'speed'],
  [/^(?:\s+|-)(?:minutes?)\b/i, 'minute'],
  [/^(?:\s+|-)(?:hours?)\b/i, 'hour'],
  [/^(?:\s+|-)(?:more\s+)?(?:days?)\b/i, 'day'],
  [/^(?:\s+|-)(?:weeks?)\b/i, 'week'],
  [/^(?:\s+|-)(?:months?)\b/i, 'month'],
  [/^(?:\s+|-)(?:years?)\b(?!-old)/i, 'year'],
  [/^(?:\s+|-)(?:dollars?|euros?|pounds|crowns|kroner|kronor|francs|rubles|roubles|yuan|yen|lira|liras|dinars?|rupees?)\b/i, 'money'],
];

const NUMBER_RE = new RegExp(
  [
    '[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:million|billion|bn|m)\\b)?',
    '\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?:\\s(?:million|billion)\\b)?',
    '\\b\\d+(?:\\.\\d+)?(?:\\s(?:hundred|thousand|million|billion)\\b)?',
    `\\b(?:a\\s+)?(?:(?:${Object.keys(TENS).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(SMALL).join('|')}|a)(?:\\s+(?:hundred|thousand|million|billion)(?:\\s+and\\s+(?:${Object.keys(TENS).join('|')}|${Object.keys(SMALL).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?)?)?\\b`,
    '\\bfortnight\\b',
  ].join('|'),
  'gi',
);

function wordValue(s: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  // "a" counts only as "one" before a scale: "a hundred", "a dozen"; "a four-hour" is four
  const ws = s.toLowerCase().split(/[\s-]+/);
  for (const [i, w] of ws.entries()) {
    if (w === 'and') continue;
    if (w === 'a') {
      if (i + 1 < ws.length && (ws[i + 1] in SCALE || ws[i + 1] === 'dozen')) current = current || 1;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (w in SMALL) {
      current += SMALL[w];
      seen = true;
    } else if (w in TENS) {
      current += TENS[w];
      seen = true;
    } else if (w in SCALE) {
      current = (current || 1) * SCALE[w];
      seen = true;
      if (SCALE[w] >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
  }
  return seen ? total + current : null;
}

function parseValue(raw: string): { value: number; money: boolean } | null {
  const money = /^[$€£¥]/.test(raw);
  const s = raw.replace(/^[$€£¥]\s?/, '');
  const m = /^(\d[\d,]*(?:\.\d+)?)(?:\s?(million|billion|bn|m|hundred|thousand))?$/i.exec(s);
  if (m) {
    const n = Number(m[1].replace(/,/g, ''));
    const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
    return Number.isFinite(n) ? { value: n * scale, money } : null;
  }
  const v = wordValue(s);
  return v === null ? null : { value: v, money };
}

/** Every figure in `text`, in order. Bare "a"/"one" without a unit are not figures. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const src = text.slice(0, 20_000);
  for (const m of src.matchAll(NUMBER_RE)) {
    const raw = m[0];
    const numStart = m.index ?? 0;
    const numEnd = numStart + raw.length;
    if (/^fortnight$/i.test(raw)) {
      out.push({ value: 14, lo: 14, hi: 14, start: numStart, end: numEnd, numStart, numEnd, unit: 'day', hedge: null });
      continue;
    }
    const parsed = parseValue(raw);
    if (!parsed) continue;
    const after = src.slice(numEnd, numEnd + 30);
    let unit: Unit | null = parsed.money ? 'money' : null;
    let end = numEnd;
    for (const [re, u] of UNIT_AFTER) {
      const um = re.exec(after);
      if (um && !unit) {
        unit = u;
        end = numEnd + um[0].length;
      }
    }
    if (/^(?:a|one|a dozen|a one)$/i.test(raw) && !unit) continue;
    if (!unit && /^-\p{L}/u.test(after)) continue; // "one-off", "38-year-old": not a count
    if (/^\d{4}$/.test(raw) && !unit && Number(raw) >= 1900 && Number(raw) <= 2100) continue; // a year
    if (/^\d/.test(raw) && /^(?:\s?(?:am|pm|a\.m\.|p\.m\.)|:\d)/i.test(after)) continue; // a time of day
    const before = src.slice(Math.max(0, numStart - 24), numStart);
    let lo = parsed.value;
    let hi = parsed.value;
    let start = numStart;
    let hedge: string | null = null;
    for (const [re, range] of HEDGES) {
      const hm = re.exec(before);
      if (hm) {
        [lo, hi] = range(parsed.value);
        hedge = hm[0].trim().toLowerCase();
        start = numStart - hm[0].length;
        break;
      }
    }
    out.push({ value: parsed.value, lo, hi, start, end, numStart, numEnd, unit, hedge });
  }
  return out;
}
