// What a figure is the value of ("the corporate tax rate" in "cut the corporate tax rate to 15%",
// "talks" in "after seven hours of talks"), and who an act is by ("Haftar" in "Haftar asked for
// four days"). Word-level work on one clause; no regex runs over more than a clause.
import { fold, isStopword, stem } from '../text';
import { wordTable } from '../../word-table';

export interface Word {
  w: string;
  /** As written (case kept). */
  raw: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(0, 4_000).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+|[-.][\p{L}\p{N}]+)*/gu)) {
    const start = m.index ?? 0;
    out.push({ w: fold(m[0]).replace(/’/g, "'"), raw: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** Words that end a noun phrase going backwards: verbs and particles between an NP and a figure. */
const LINKS = new Set(('is was were are be been being stood stands reached reach rose rises risen fell fall falls climbed climb ' +
  'hit hits totalled totaled totals total of at to from by measured measuring came put puts estimated estimates ' +
  'lasted lasts took takes taking set sets cut cuts raise raised lower lowered increase increased reduce reduced ' +
  'has have had now than as about around nearly almost some more over under least approximately roughly just well ' +
  'spent spend spends spending worked work works working for worth lasted lasting continued ran currently').split(' '));
const DETS = new Set('the a an its their his her our this that these those whose'.split(' '));
/** Generic heads that say nothing about what is measured. */
const VAGUE = new Set('figure figures number numbers total amount level rate count estimate estimates share per cent percent point points'.split(' '));
const UNITISH = /^(?:per|cent|percent|percentage|points?|hours?|minutes?|days?|weeks?|months?|years?|km|kilometres?|kilometers?|metres?|meters?|miles?|feet|foot|ft|degrees?|celsius|fahrenheit|kelvin|million|billion|trillion|bn|m|dollars?|euros?|pounds|tonnes?|hectares?|acres?|knots|mph|kph)$/i;

/** Synonyms of event and subject nouns, so that "talks" and "negotiations" are one thing. */
const SAME: Record<string, string> = wordTable({
  negotiation: 'talk', negotiations: 'talk', talk: 'talk', talks: 'talk', meeting: 'talk', discussion: 'talk', discussions: 'talk', summit: 'talk',
  walkout: 'strike', stoppage: 'strike', strike: 'strike',
  blackout: 'outage', outage: 'outage',
  shutdown: 'closure', closure: 'closure',
  voyage: 'journey', trip: 'journey', journey: 'journey', crossing: 'journey',
  custody: 'detention', detention: 'detention', captivity: 'detention',
  quake: 'earthquake', earthquake: 'earthquake', temblor: 'earthquake', tremor: 'earthquake',
  ship: 'vessel', ferry: 'vessel', boat: 'vessel', vessel: 'vessel',
  deal: 'deal', agreement: 'deal', accord: 'deal', truce: 'deal', ceasefire: 'deal', 'cease-fire': 'deal', treaty: 'deal', pact: 'deal',
  vote: 'vote', ballot: 'vote', election: 'vote', poll: 'vote',
  wage: 'pay', pay: 'pay', salary: 'pay', offer: 'pay', rise: 'pay', raise: 'pay',
});

export function norm(w: string): string {
  const f = fold(w);
  return SAME[f] ?? SAME[stem(f)] ?? stem(f);
}

/**
 * A key's words as the sentence writes them ("cargo|volum" in "cargo volumes rose" → "cargo
 * volumes"): keys are stemmed for matching, but a reader is shown words, not stems. A word the
 * sentence does not hold (a synonym's key) stays as the key has it.
 */
export function asWritten(key: string, sentence: string): string {
  const words = wordsOf(sentence.slice(0, 600));
  const shown = key.split(/[|\s]+/).filter(Boolean).map((k) => {
    const w = words.find((x) => norm(x.w) === k);
    if (!w) return k;
    // a capital at the sentence's start is no sign of a name; one elsewhere is
    return w.start === 0 || !/\p{Lu}/u.test(w.raw) ? w.raw.toLowerCase() : w.raw;
  });
  return shown.join(' ');
}

function content(w: Word): boolean {
  return w.w.length >= 3 && !isStopword(w.w) && !DETS.has(w.w) && !/^\d/.test(w.w) && !UNITISH.test(w.w);
}

/** A noun phrase key: modifiers and head, normalised ("corporate tax rate" → "corporate tax|rate"). */
export function phraseKey(words: Word[]): string | null {
  const kept = words.filter(content).map((w) => norm(w.w));
  if (!kept.length) return null;
  const head = kept[kept.length - 1];
  if (VAGUE.has(head) && kept.length === 1) return null;
  return `${kept.slice(0, -1).slice(-2).join(' ')}|${head}`;
}

/**
 * The noun phrase a figure is the value of, in its clause:
 *  "20% of the vote" → vote; "turnout was 62%" → turnout; "a seven-hour meeting" → talk;
 *  "seven hours of negotiations" → talk; "cut the corporate tax rate to 15%" → corporate tax|rate.
 */
export function valueOf(clause: string, figStart: number, figEnd: number): string | null {
  // "offered 5.5%", "an offer of 4%": the value of the offer
  if (/\b(?:offered|offering|offers|proposed|proposing)\s+$/i.test(clause.slice(Math.max(0, figStart - 20), figStart))) return `|${norm('offer')}`;
  const after = wordsOf(clause.slice(figEnd, figEnd + 80));
  // "<fig> of <NP>"
  if (after[0]?.w === 'of') {
    const np: Word[] = [];
    for (const w of after.slice(1, 6)) {
      if (LINKS.has(w.w) && np.length) break;
      if (DETS.has(w.w) && !np.length) continue;
      if (isStopword(w.w) && np.length) break;
      np.push(w);
    }
    const k = phraseKey(np);
    if (k) return k;
  }
  // "<fig>-<unit> <noun>": "a seven-hour meeting", "the 12-foot wall"
  if (/-[\p{L}]+$/u.test(clause.slice(Math.max(0, figEnd - 12), figEnd)) && after[0] && content(after[0])) {
    const k = phraseKey(after.slice(0, 1));
    if (k) return k;
  }
  // "<NP> <link> <fig>": walk back over links, then take up to three content words
  const before = wordsOf(clause.slice(Math.max(0, figStart - 100), figStart));
  let i = before.length - 1;
  let linked = false;
  while (i >= 0 && LINKS.has(before[i].w)) {
    i--;
    linked = true;
  }
  if (!linked) return null;
  const np: Word[] = [];
  while (i >= 0 && np.length < 4 && !LINKS.has(before[i].w) && !(isStopword(before[i].w) && !DETS.has(before[i].w))) {
    if (!DETS.has(before[i].w)) np.unshift(before[i]);
    else break;
    i--;
  }
  return phraseKey(np);
}

/** Capitalised words that start sentences or name months and days: never an agent. */
const NOT_AGENT = new Set('the a an he she it they we i but and in on at as after before when while this that there his her their its our meanwhile later earlier however also monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december police officials'.split(' '));

/** Words that are verbs (or auxiliaries) when not capitalised: the end of a clause's subject. */
const VERBISH = /^(?:is|was|were|are|be|been|has|had|have|will|would|could|can|did|does|do|may|might|must|shall|should|said|says|told|left|leaves|went|took|came|put|kept|held|gave|signed|signs|refused|declined|agreed|insisted|announced|walked|broke|met|ran|saw|became|remained|[a-z]+ed)$/;

/** The last word of the name chunk starting at `i` ("Khalifa Haftar's forces" → Haftar). */
function nameEnd(ws: Word[], i: number): Word {
  let j = i;
  // "Khalifa Haftar" → Haftar; "Libya's Haftar" → Haftar (the possessed name is the one meant)
  while (j + 1 < ws.length && /^\p{Lu}/u.test(ws[j + 1].raw) && !NOT_AGENT.has(ws[j + 1].w) && ws[j + 1].start - ws[j].end <= 1) j++;
  return ws[j];
}

/**
 * Who does what a clause says, in the text before `at`: with `first`, the clause's first proper
 * name (its subject: "Haftar left Moscow without signing" → haftar), else the nearest one; failing
 * names, the nearest noun ("the ferry" → vessel).
 */
export function agentBefore(clause: string, at: number, first = false, namesOnly = false): { key: string; name: string } | null {
  const from = Math.max(0, at - 160);
  const ws = wordsOf(clause.slice(from, at));
  const isName = (w: Word, i: number) => /^\p{Lu}/u.test(w.raw) && !NOT_AGENT.has(w.w) && !(i === 0 && isStopword(w.w));
  if (first) {
    // the subject: the last name before the clause's first verb ("Northern Front commander Idris
    // Kalo left ... without signing" → Kalo; "Haftar left Moscow without signing" → Haftar)
    // a clause that opens with its verb ("... and were in Moscow to sign") has its subject elsewhere
    if (ws.length && !/^\p{Lu}/u.test(ws[0].raw) && VERBISH.test(ws[0].w)) return null;
    const verb = ws.findIndex((w, i) => i > 0 && !/^\p{Lu}/u.test(w.raw) && VERBISH.test(w.w));
    const upto = verb < 0 ? ws.length : verb;
    let pick = -1;
    for (let i = 0; i < upto; i++) if (isName(ws[i], i) && (i === 0 || !isName(ws[i - 1], i - 1) || ws[i].start - ws[i - 1].end > 1)) pick = i;
    if (pick < 0) pick = ws.findIndex((w, i) => isName(w, i));
    if (pick >= 0) {
      const name = nameEnd(ws, pick).raw.replace(/['’]s$/, '');
      return { key: fold(name), name };
    }
  } else {
    for (let i = ws.length - 1; i >= 0; i--) {
      if (!isName(ws[i], i)) continue;
      const name = ws[i].raw.replace(/['’]s$/, '');
      return { key: fold(name), name };
    }
  }
  if (namesOnly) return null;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i];
    if (content(w) && !LINKS.has(w.w)) return { key: norm(w.w), name: w.raw };
  }
  return null;
}

/** "mods|head" keys align when the heads are the same and one's modifiers include the other's
 *  ("lifeboat|crew" and "|crew"); with `strict`, the modifiers must be the same. */
export function subjectsAlign(a: string, b: string, strict: boolean): boolean {
  if (a === b) return true;
  const [ma, ha] = a.split('|');
  const [mb, hb] = b.split('|');
  if (hb === undefined || ha !== hb) return false;
  if (strict) return false;
  const sa = new Set(ma.split(' ').filter(Boolean));
  const sb = new Set(mb.split(' ').filter(Boolean));
  const sub = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return sub(sa, sb) || sub(sb, sa);
}

/** The head of a "mods|head" key (the key itself when it has none). */
export function headOf(key: string): string {
  const i = key.lastIndexOf('|');
  return i < 0 ? key : key.slice(i + 1);
}
