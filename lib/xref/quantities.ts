// Measured quantities in a claim: which figure counts what ("at least 12 people died" → dead ≥ 12).
import { findFigures, type Figure, type Unit } from './numbers';

export type Measure =
  | 'dead' | 'injured' | 'rescued' | 'missing' | 'displaced' | 'arrested' | 'aboard' | 'protesting'
  | Unit;

export interface Quantity {
  measure: Measure;
  /** Who is counted when the text says ("civilians", "fighters"); "people" otherwise. */
  group: string;
  figure: Figure;
  /** The figure as written in the text, e.g. "at least 12", "four days". */
  value: string;
}

/** Counted things whose totals only grow as reports come in (a later higher figure is an update). */
export const CUMULATIVE = new Set<Measure>(['dead', 'injured', 'displaced', 'arrested']);

export const MEASURE_LABEL: Record<Measure, string> = {
  dead: 'number of dead', injured: 'number of injured', rescued: 'number of people rescued', missing: 'number of missing',
  displaced: 'number of people displaced', arrested: 'number of arrests', aboard: 'number of people aboard',
  protesting: 'number of people taking part', minute: 'duration in minutes', hour: 'duration in hours', day: 'duration in days',
  week: 'duration in weeks', month: 'duration in months', year: 'duration in years', percent: 'percentage', money: 'amount of money', speed: 'speed',
};

/** Measures named after the figure ("12 people died"), checked in order of appearance. */
const AFTER: [RegExp, Measure][] = [
  [/\b(?:killed|dead|died|die|deaths?|drowned|perished|bodies|fatalities|lives were lost|lost their lives)\b/i, 'dead'],
  [/\b(?:injured|wounded|hurt|injuries|hospitali[sz]ed)\b/i, 'injured'],
  [/\b(?:rescued|saved|survived|survivors|brought ashore|pulled alive|alive)\b/i, 'rescued'],
  [/\b(?:missing|unaccounted)\b/i, 'missing'],
  [/\b(?:displaced|evacuated|homeless|fled their homes)\b/i, 'displaced'],
  [/\b(?:arrested|detained|arrests|in custody)\b/i, 'arrested'],
  [/\b(?:aboard|on board|were travelling|were traveling|on the manifest|boarding|boarded|embarked|up the (?:ramp|gangway|gangplank))\b/i, 'aboard'],
  [/\b(?:walked out|walked off|went on strike|on strike|striking|strikers|stayed away|joined the (?:strike|protest|march)|protesters|demonstrators|marched)\b/i, 'protesting'],
];

/** Measures named before the figure ("the death toll rose to 14", "carrying 61 people"). */
const BEFORE: [RegExp, Measure][] = [
  [/\b(?:death toll|toll|number of (?:people )?(?:dead|killed|deaths)|people killed|killing|killed)\b[^.;!?]*$/i, 'dead'],
  [/\b(?:number of (?:people )?(?:injured|wounded)|injuring|wounding)\b[^.;!?]*$/i, 'injured'],
  [/\b(?:rescuing|rescued|number of survivors)\b[^.;!?]*$/i, 'rescued'],
  [/\bcarrying\s+$/i, 'aboard'],
  [/\b(?:manifest (?:listed|showed|shows|lists))\s+$/i, 'aboard'],
  [/\b(?:arresting|arrested|detaining)\s+$/i, 'arrested'],
];

const GROUPS = /^\s+(?:of them\s+)?(civilians|fighters|soldiers|troops|children|crew(?: members)?|police(?:men| officers)?|officers|migrants|militants|rebels|women|men|workers|staff|students|tourists)\b/i;
const GENERIC_AFTER = /^\s+(?:people|persons|passengers|individuals|others)\b/i;

function sentenceBounds(text: string, at: number): [number, number] {
  const startMatch = /[.!?]\s+[^.!?]*$/.exec(text.slice(0, at));
  const start = startMatch ? startMatch.index + 1 : 0;
  const endMatch = /[.!?](?:\s|$)/.exec(text.slice(at));
  return [start, endMatch ? at + endMatch.index : text.length];
}

/** The quantities a claim's text states. Figures whose measure is unclear are left out. */
export function findQuantities(text: string): Quantity[] {
  const figures = findFigures(text);
  const found: (Quantity | null)[] = figures.map((f, i) => {
    const value = text.slice(f.start, f.end);
    if (f.unit) return { measure: f.unit, group: 'people', figure: f, value };
    const [sStart, sEnd] = sentenceBounds(text, f.numStart);
    const nextFigure = figures[i + 1]?.start ?? Infinity;
    const after = text.slice(f.numEnd, Math.min(sEnd, nextFigure, f.numEnd + 70));
    const before = text.slice(Math.max(sStart, f.numStart - 90, figures[i - 1]?.numEnd ?? 0), f.start);
    let measure: Measure | null = null;
    let bestAt = Infinity;
    for (const [re, m] of AFTER) {
      const hit = re.exec(after);
      if (hit && hit.index < bestAt && hit.index <= 45) {
        bestAt = hit.index;
        measure = m;
      }
    }
    if (!measure) for (const [re, m] of BEFORE) if (re.test(before)) { measure = m; break; }
    if (!measure) return null;
    // "31 people died in 2009": background about another event, not this one's figure
    if (/\bin (?:19|20)\d\d\b/.test(text.slice(sStart, sEnd))) return null;
    const g = GROUPS.exec(after);
    const group = g && measure !== 'protesting' && !GENERIC_AFTER.test(after) ? g[1].toLowerCase().replace(/ members$/, '') : 'people';
    return { measure, group, figure: f, value };
  });
  // "280 civilians and 2,000 fighters were killed": the first figure shares the second's measure
  for (let i = found.length - 2; i >= 0; i--) {
    const next = found[i + 1];
    if (found[i] || !next || next.figure.unit) continue;
    const f = figures[i];
    const between = text.slice(f.numEnd, next.figure.start);
    if (!/^\s*[\p{L}\s]{0,30}?\s*(?:,|and|or)\s*$/u.test(between)) continue;
    const g = GROUPS.exec(between);
    found[i] = { measure: next.measure, group: g && next.measure !== 'protesting' ? g[1].toLowerCase().replace(/ members$/, '') : 'people', figure: f, value: text.slice(f.start, f.end) };
  }
  return found.filter((q): q is Quantity => q !== null);
}
