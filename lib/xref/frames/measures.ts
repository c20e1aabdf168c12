// What a bare count counts: named rules, each with an example. A figure gets the measure of the
// first rule whose words come right after it ("12 people died") or, failing that, just before it
// ("the death toll rose to 14"). Patterns run on short, bounded slices.

import { wordTable } from '../../word-table';

/** How a measure changes over time, which decides how reports at different times compare. */
export type MeasureClass =
  /** only grows as reports come in (a later, larger figure is an update) */
  | 'cumulative'
  /** changes either way (compared only for the same day) */
  | 'state'
  /** fixed once it happened (compared whenever the event is the same) */
  | 'fixed';

export interface MeasureRule {
  measure: string;
  label: string;
  cls: MeasureClass;
  example: string;
  /** Words right after the figure (within a few words). */
  after?: RegExp;
  /** Words before the figure, in the last `window` characters of its clause (default 40). */
  before?: RegExp;
  window?: number;
}

export const COUNT_RULES: MeasureRule[] = [
  { measure: 'dead', label: 'number of dead', cls: 'cumulative', example: 'At least 12 people died when the ferry capsized',
    after: /^[^.;:!?]{0,40}?\b(?:killed|dead|died|die|deaths?|drowned|perished|bodies|fatalities|lives were lost|lost their lives|were confirmed dead)\b|^\s+lives\b/i,
    before: /\b(?:death toll|toll|number of (?:people )?(?:dead|killed|deaths)|people killed|killing|killed|deaths? (?:rose|climbed|reached|stood)|dead (?:rose|numbered))\b/i },
  { measure: 'injured', label: 'number of injured', cls: 'cumulative', example: '459 people were injured',
    after: /^[^.;:!?]{0,40}?\b(?:injured|wounded|hurt|injuries)\b/i,
    before: /\b(?:number of (?:people )?(?:injured|wounded)|injuring|wounding|injured)\b/i, window: 44 },
  { measure: 'rescued', label: 'number of people rescued', cls: 'cumulative', example: 'Forty-seven people were rescued',
    after: /^[^.;:!?]{0,40}?\b(?:rescued|saved|survived|pulled (?:out )?alive|brought ashore alive|plucked from the water)\b|^\s+(?:people\s+|survivors\s+)?alive\b/i,
    before: /\b(?:rescuing|rescued|number of survivors|rescuers (?:pulled|saved))\b/i, window: 44 },
  { measure: 'missing', label: 'number of missing', cls: 'state', example: 'At least 35 people are missing',
    after: /^[^.;:!?]{0,40}?\b(?:missing|unaccounted for)\b/i },
  { measure: 'hospital', label: 'number in hospital', cls: 'state', example: '11 of them remained in hospital',
    after: /^[^.;:!?]{0,40}?\b(?:remained in (?:the )?hospital|were in (?:the )?hospital|still in (?:the )?hospital|in a critical condition|in critical condition|in serious condition|in intensive care)\b/i },
  { measure: 'evacuated', label: 'number of people evacuated', cls: 'cumulative', example: '50,000 people had been evacuated',
    after: /^[^.;:!?]{0,40}?\b(?:evacuated|were moved to safety|were relocated|had been relocated)\b/i,
    before: /\b(?:evacuating|evacuation of|forced the evacuation of|ordered the evacuation of)\s/i, window: 36 },
  { measure: 'displaced', label: 'number of people displaced', cls: 'cumulative', example: '146,000 Libyans displaced',
    after: /^[^.;:!?]{0,40}?\b(?:displaced|homeless|fled their homes|forced from their homes|driven from their homes)\b/i },
  { measure: 'arrested', label: 'number of arrests', cls: 'cumulative', example: 'Police arrested 23 people',
    after: /^[^.;:!?]{0,40}?\b(?:arrested|detained|arrests|in custody|were held)\b/i,
    before: /\b(?:arresting|arrested|detaining|detained|arrests? of)\s/i, window: 24 },
  { measure: 'aboard', label: 'number of people aboard', cls: 'fixed', example: 'The ferry was carrying 61 people',
    after: /^[^.;:!?]{0,40}?\b(?:aboard|on board|were travelling|were traveling|on the manifest|boarded|embarked|up the (?:ramp|gangway|gangplank))\b/i,
    before: /\b(?:carrying|manifest (?:listed|showed|shows|lists)|with)\s$/i },
  { measure: 'crowd', label: 'size of the crowd', cls: 'fixed', example: 'About 40,000 people marched through the capital',
    after: /^[^.;:!?]{0,40}?\b(?:marched|rallied|attended|turned out|took part|taken part|took to the streets|filled the|packed the|thronged|poured into|gathered)\b|^[^.;:!?]{0,30}?\bjoined\s+(?:\S+\s+){0,2}?(?:march|rally|protest|demonstration)\b/i,
    before: /\b(?:crowds? (?:of|at|estimated at|put at|numbered|numbering)|number of (?:protesters|demonstrators|marchers|participants) at|turnout of|drew|attracted)\s/i, window: 44 },
  { measure: 'strikers', label: 'number of workers on strike', cls: 'fixed', example: 'About 300 dock workers walked off the job',
    after: /^[^.;:!?]{0,40}?\b(?:walked out|walked off|went on strike|on strike|striking|strikers|stayed away|downed tools)\b/i },
  { measure: 'without-power', label: 'number without power', cls: 'state', example: '340,000 customers were without power',
    after: /^[^.;:!?]{0,40}?\b(?:without (?:power|electricity)|lost power|in the dark|without heat)\b/i },
];

/** The words a bare figure is about when it names a thing ("Nine bridges were destroyed"). */
const THING_STATES: [RegExp, string][] = [
  [/\b(?:destroyed|flattened|collapsed|washed away|swept away|razed|brought down|levelled|leveled)\b/i, 'destroyed'],
  [/\b(?:damaged)\b/i, 'damaged'],
  [/\b(?:cancel+ed|grounded)\b/i, 'cancelled'],
  [/\b(?:closed|shut)\b/i, 'closed'],
  [/\b(?:seized|captured|confiscated)\b/i, 'seized'],
  [/\b(?:shot down|intercepted|downed)\b/i, 'shot down'],
  [/\b(?:launched|fired)\b/i, 'fired'],
  [/\b(?:sank|sunk|capsized)\b/i, 'sunk'],
  [/\b(?:waiting|at anchor|queuing|stranded)\b/i, 'waiting'],
];
const STATE_CLASS: Record<string, MeasureClass> = { waiting: 'state', closed: 'state' };

/** Nouns after a figure that are people (a group or just "people"), not things. */
const PEOPLE = /^(?:people|persons|individuals|others|residents|passengers|civilians|fighters|soldiers|troops|children|adults|women|men|crew|police|policemen|officers|migrants|refugees|militants|rebels|workers|staff|students|tourists|patients|villagers|protesters|demonstrators|members|employees|journalists|miners|pilgrims|inmates|prisoners|hostages|survivors|victims|families|households|customers)$/i;

export function thingMeasure(noun: string, clause: string): { measure: string; label: string; cls: MeasureClass } | null {
  if (PEOPLE.test(noun)) return null;
  for (const [re, state] of THING_STATES) {
    if (re.test(clause)) {
      const n = noun.toLowerCase().replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');
      return { measure: `count:${n}:${state}`, label: `number of ${noun.toLowerCase()} ${state}`, cls: STATE_CLASS[state] ?? 'cumulative' };
    }
  }
  return null;
}

/** Groups that are what a measure counts anyway ("300 workers walked out"): no narrower scope. */
export const NATURAL_GROUP: Record<string, RegExp> = {
  strikers: /^group:(?:worker|staff|employee|member|docker|[a-z]+ worker)$/,
  crowd: /^group:(?:protester|demonstrator|marcher|supporter|student|worker)$/,
  aboard: /^group:(?:passenger|passengers and crew)$/,
};

/** Measures of events that recur within a story (one rally a day, one round of talks): without a
 *  day of their own, they hold for the day the article's opening is about. */
export const RECURRING = new Set(['crowd', 'strikers']);

export const CLASS_OF: Record<string, MeasureClass> = wordTable(Object.fromEntries(COUNT_RULES.map((r) => [r.measure, r.cls])));

/** Plural nouns that name what a measure counts, not a thing ("deaths", "homes"). */
const MEASURE_NOUNS = /^(?:deaths|injuries|fatalities|bodies|arrests|casualties|lives|more|others|strikers|marchers|survivors|protesters|protestors|demonstrators|homes|houses|buildings|households|customers|days|hours|minutes|weeks|months|years|times|percent|points|miles|kilometres|kilometers|metres|meters|feet)$/i;

/** "2,000 tents and the homeless": a figure right before a plural noun that is no person counts that thing. */
function countsAThing(after: string): boolean {
  const m = /^\s+([\p{L}-]{4,})/u.exec(after);
  return m !== null && /s$/i.test(m[1]) && !PEOPLE.test(m[1]) && !MEASURE_NOUNS.test(m[1]) && !/(?:ed|ing)$/i.test(m[1]);
}

/** The measure of a bare count from the words after and before it (bounded slices). */
export function countMeasure(after: string, before: string): MeasureRule | null {
  if (countsAThing(after)) return null;
  let best: MeasureRule | null = null;
  let bestAt = Infinity;
  for (const r of COUNT_RULES) {
    const hit = r.after?.exec(after);
    if (hit && hit[0].length < bestAt) {
      bestAt = hit[0].length;
      best = r;
    }
  }
  if (best) return best;
  // the clause before the figure: after its last full stop, semicolon or question mark
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  const clause = before.slice(stop + 1);
  for (const r of COUNT_RULES) if (r.before?.test(clause.slice(-(r.window ?? 56)))) return r;
  // "40,000 protesters": a crowd, unless a measure follows ("9 protesters were injured")
  if (/^\s+(?:protesters|protestors|demonstrators|marchers)\b(?!\s+(?:were|was|had|have|are|who)\b)/i.test(after)) return COUNT_RULES.find((r) => r.measure === 'crowd') ?? null;
  return null;
}
