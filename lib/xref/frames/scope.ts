// Where and among whom a count holds: a toll "in the north", "in Hatay province", "in areas the
// rebels hold", "among civilians". Two counts with different scopes are different quantities.
import { fold } from '../text';

/** Group nouns right after a figure ("280 civilians"); "people" and the like are no group. */
const GROUP = /^\s+(?:of them\s+)?((?:[\p{Lu}][\p{L}]+\s+)?(?:civilians|fighters|soldiers|troops|children|crew(?: members)?|police(?:men| officers)?|officers|migrants|refugees|militants|rebels|women|men|workers|staff|students|tourists|passengers|foreigners|foreign nationals|nationals|citizens|firefighters|rescuers|journalists|miners|prisoners|inmates|patients|pilgrims))\b/u;
const GENERIC_AFTER = /^\s+(?:people|persons|individuals|others|passengers and crew|people and crew)\b/i;

/** Place phrases in the clause: each yields a scope key. Bounded slices only. */
const PLACE_RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  // "in the north", "in the country's south", "in northern Syria"
  [/\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:country's\s+|region's\s+|province's\s+)?(north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|centre|center)\b/i, (m) => `region:${m[1].toLowerCase().replace('-', '')}`],
  [/\b(?:in|across)\s+(northern|southern|eastern|western|central)\s+(\p{Lu}[\p{L}-]+)/u, (m) => `region:${m[1].toLowerCase()} ${fold(m[2])}`],
  // "rebel-held areas", "areas held by the rebels", "government-controlled"
  [/(?<![\p{L}])([\p{L}]{2,30})-(?:held|controlled|run)\b/u, (m) => `side:${fold(m[1])}`],
  [/\bareas?\s+(?:held|controlled)\s+by\s+(?:the\s+)?([\p{L}]+)/u, (m) => `side:${fold(m[1])}`],
  [/\b(?:on the|on)\s+([\p{L}]+)\s+side\b/u, (m) => `side:${fold(m[1])}`],
  // "in Hatay province", "In neighbouring Orlik province", "across Gansu"
  [/\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|adjacent\s+|northern\s+|southern\s+|eastern\s+|western\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:\s+(province|region|state|county|district|prefecture|city|town|village|area))?/u,
    (m) => `place:${fold(m[1]).replace(/['’]s$/, '')}`],
];

const NOT_PLACE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an|this|that|his|her|their|its|our|total|all|addition|hospital|custody|court|parliament|power|english|french|response|recent|dunmarra general hospital)$/;

export interface Scope {
  key: string;
  /** The words as written, for explanations ("in Hatay province"). */
  text: string | null;
}

/**
 * The scope of the figure ending at `figEnd` in `clause`: a group right after it, then a place
 * in the rest of the clause (after the figure first, then before it).
 */
export function scopeOf(clause: string, figStart: number, figEnd: number): Scope {
  const parts: string[] = [];
  const texts: string[] = [];
  // after the figure, the scope is in its own phrase: not past "..., X said at a news conference in Y"
  const raw = clause.slice(figEnd, figEnd + 120);
  const cut = /,\s+(?:\p{Lu}|according\b|he\b|she\b|they\b|officials?\b|police\b)|\b(?:said|says|told|according to)\b/u.exec(raw);
  const after = cut ? raw.slice(0, cut.index) : raw;
  const g = GENERIC_AFTER.test(after) ? null : GROUP.exec(after);
  if (g) {
    parts.push(`group:${fold(g[1]).replace(/ members$/, '').replace(/s$/, '')}`);
    texts.push(`among ${g[1].toLowerCase()}`);
  }
  for (const slice of [after, clause.slice(Math.max(0, figStart - 120), figStart)]) {
    for (const [re, key] of PLACE_RULES) {
      const m = re.exec(slice);
      if (!m) continue;
      const k = key(m);
      if (NOT_PLACE.test(k.slice(k.indexOf(':') + 1))) continue;
      parts.push(k);
      texts.push(k.startsWith('place:') ? `in ${m[1]}${m[2] ? ` ${m[2]}` : ''}` : m[0].replace(/^(?:In|Across|Throughout|Within)\b/, (w) => w.toLowerCase()));
      break;
    }
    if (parts.some((p) => !p.startsWith('group:'))) break;
  }
  return { key: parts.sort().join(' '), text: texts.length ? texts.join(', ') : null };
}
