// Acts and states with their agent, and whether they are negated: "Haftar left without signing
// the deal" → haftar / sign / deal / negated; "the ferry was not overloaded" → vessel /
// overloaded / negated; "the sea was rough" → sea / calm / negated (an antonym). Two reports
// disagree on one only when the agent, the act and the object are the same and the polarity flips:
// "Sarraj signed" and "Haftar did not sign" agree. Only words from the tables below make frames.
import { agentBefore, norm, wordsOf, type Word } from './subject';
import { wordTable } from '../../word-table';

export interface Act {
  agent: string;
  agentName: string;
  act: string;
  object: string;
  negated: boolean;
  denial: boolean;
  /** Set when the word is the opposite of the act ("rough" for calm). */
  antonym: boolean;
  /** What the act was done to, as a plain noun ("prisoner" in "12 prisoners were released"). */
  thing: string;
  /** Offsets in the clause of the words that carry it (negation included). */
  start: number;
  end: number;
}

/** Acts an agent does to an object, by word form → act. Example: "Haftar signed the deal". */
const ACTS: Record<string, string> = wordTable({
  sign: 'sign', signs: 'sign', signed: 'sign', signing: 'sign',
  ratify: 'ratify', ratified: 'ratify', ratifies: 'ratify',
  attend: 'attend', attended: 'attend', attends: 'attend', attending: 'attend',
  resign: 'resign', resigned: 'resign', resigns: 'resign',
  release: 'release', released: 'release', freed: 'release', releasing: 'release',
  approve: 'approve', approved: 'approve', approves: 'approve',
  admit: 'admit', admitted: 'admit', admits: 'admit',
  invite: 'invite', invited: 'invite',
  know: 'know', knew: 'know', known: 'know',
  paid: 'pay',
  withdraw: 'withdraw', withdrew: 'withdraw', withdrawn: 'withdraw',
  evacuate: 'evacuate', evacuated: 'evacuate',
  accept: 'accept', accepted: 'accept', accepts: 'accept', agree: 'accept', agreed: 'accept', agrees: 'accept',
  reached: 'reach', arrived: 'reach',
  concede: 'concede', conceded: 'concede', concedes: 'concede',
  breach: 'breach', breached: 'breach',
  unveil: 'unveil', unveiled: 'unveil',
});
/** Words that mean the opposite act: "rejected the deal" is accept, negated. */
const REVERSE: Record<string, string> = wordTable({
  reject: 'accept', rejected: 'accept', rejects: 'accept', refused: 'accept', refuses: 'accept', declined: 'accept',
  boycotted: 'attend', boycott: 'attend', skipped: 'attend', vetoed: 'approve', blocked: 'approve',
});
/** States of a subject; pairs of opposites share one key ("rough" is "calm", negated). */
const STATES: Record<string, [string, boolean]> = wordTable({
  overloaded: ['overloaded', false], overcrowded: ['overloaded', false],
  calm: ['calm', false], flat: ['calm', false], rough: ['calm', true], stormy: ['calm', true], choppy: ['calm', true],
  safe: ['safe', false], unsafe: ['safe', true], dangerous: ['safe', true], seaworthy: ['seaworthy', false], unseaworthy: ['seaworthy', true],
  guilty: ['guilty', false], innocent: ['guilty', true],
  open: ['open', false], closed: ['open', true], reopened: ['open', false],
  alive: ['alive', false], dead: ['alive', true],
  legal: ['legal', false], illegal: ['legal', true], lawful: ['legal', false], unlawful: ['legal', true],
  accidental: ['accidental', false], deliberate: ['accidental', true],
  peaceful: ['peaceful', false], violent: ['peaceful', true],
  positive: ['accept', false], optimistic: ['accept', false], willing: ['accept', false], ready: ['accept', false],
});
/** Subjects a state may be about, normalised ("water" and "conditions" are the sea). */
const STATE_SUBJECT: Record<string, string> = wordTable({
  sea: 'sea', seas: 'sea', water: 'sea', waters: 'sea', swell: 'sea', conditions: 'sea', weather: 'sea', waves: 'sea',
  ship: 'vessel', vessel: 'vessel', ferry: 'vessel', boat: 'vessel',
});

const NEGATORS = /^(?:not|no|never|without|neither|nor|cannot|n't|.*n't|nothing|refused|declined|failed)$/;
const DENIERS = /^(?:denied|denies|deny|denying|rejected|dismissed|refuted|disputed|disputes|dispute)$/;
/** Verbs that take a that-clause ("does not accept that the ferry was overloaded"): a negation of
 *  one is about the clause's measured word; a negated denier ("does not dispute that") affirms it. */
const MATRIX = /^(?:accept|accepts|accepted|agree|agrees|agreed|believe|believes|think|thinks|expect|expects|say|says|claim|claims|deny|denies|denied|dispute|disputes|disputed|reject|rejects|rejected|concede|concedes|conceded|admit|admits|admitted)$/;
const SKIP = new Set('be been being was were is are am have has had do does did yet ever even really so very too quite entirely fully always to on in at of that this it its a an the as will would'.split(' '));
const RAISING = new Set(['accept', 'believe', 'think', 'agree', 'expect', 'say', 'claim', 'that']);
const BASE_FORMS = new Set(['concede', 'breach', 'unveil', 'sign', 'ratify', 'attend', 'resign', 'release', 'approve', 'admit', 'invite', 'know', 'withdraw', 'evacuate', 'accept', 'agree', 'reject', 'boycott']);
const VERB_BEFORE = /^(?:to|will|would|not|n't|did|does|do|could|cannot|can|shall|may|might|never|must|should|refused|declined|failed)$|n't$/;
const INTENT = /^(?:will|would|shall|going|plans?|intends?|ready|willing|wo)$/;
const COPULA = /^(?:was|were|is|are|been|be|being|had|has|have|would|will|turned|became|remained|stayed|seemed)$/;

/** Does a clause break lie between two offsets? */
function clauseBreak(text: string, from: number, to: number): boolean {
  return /[.;!?:]|\bbut\b|\bwhile\b|\bthough\b|\bwhereas\b/i.test(text.slice(from, to));
}

const measured = (w: string) => w in ACTS || w in REVERSE || w in STATES;

/** A matrix verb at `k` followed by "that": the first measured word of its clause, else -1; null
 *  when `k` is no matrix verb over a that-clause. */
function clauseTarget(ws: Word[], k: number, text: string): number | null {
  if (!MATRIX.test(ws[k].w) || ws[k + 1]?.w !== 'that') return null;
  for (let c = k + 2; c < ws.length && c <= k + 14 && !clauseBreak(text, ws[k].end, ws[c].start); c++) if (measured(ws[c].w)) return c;
  return -1;
}

/** The word a negator at `j` negates ("did not sign", "I do not accept that the ship was overloaded"). */
function negationTarget(ws: Word[], j: number, text: string): number {
  let k = j + 1;
  const stop = (i: number) => i >= ws.length || i > j + 12 || clauseBreak(text, ws[j].end, ws[i].start);
  while (!stop(k) && SKIP.has(ws[k].w)) k++;
  if (stop(k)) return -1;
  // "does not accept that X was overloaded", "disputed that X was overloaded": the clause's
  // measured word, only a measured one
  const inClause = NEGATORS.test(ws[j].w) ? clauseTarget(ws, k, text) : clauseTarget(ws, j, text);
  if (inClause !== null) return inClause;
  if (RAISING.has(ws[k].w) && !(ws[k].w in ACTS)) {
    let c = ws[k].w === 'that' ? k : k + 1;
    while (!stop(c) && !COPULA.test(ws[c].w)) c++;
    if (stop(c)) return -1;
    c++;
    while (!stop(c) && SKIP.has(ws[c].w)) c++;
    return stop(c) ? -1 : c;
  }
  return k;
}

/** The object of an act: the first noun after it ("signed the cease-fire deal" → deal). */
function objectAfter(ws: Word[], i: number, text: string): string {
  for (let k = i + 1; k < ws.length && k <= i + 6; k++) {
    if (clauseBreak(text, ws[i].end, ws[k].start)) break;
    const n = norm(ws[k].w);
    if (n === 'deal' || n === 'vote' || n === 'talk') return n;
  }
  for (let k = i + 1; k < ws.length && k <= i + 4; k++) {
    if (clauseBreak(text, ws[i].end, ws[k].start)) break;
    if (ws[k].w.length >= 4 && !SKIP.has(ws[k].w)) return norm(ws[k].w);
  }
  return '';
}

const PASSIVE = /^(?:was|were|been|be|being)$/;

/** What an act was done to: its object ("freed 12 prisoners") or, when passive, the plural noun
 *  of its subject ("12 prisoners held by the government had been released"). */
function thingOf(ws: Word[], i: number, text: string, object: string): string {
  const passive = i > 0 && PASSIVE.test(ws[i - 1].w);
  if (!passive) {
    for (let k = i + 1; k < ws.length && k <= i + 4; k++) {
      if (clauseBreak(text, ws[i].end, ws[k].start)) break;
      if (/^\d/.test(ws[k].w) || SKIP.has(ws[k].w)) continue;
      if (/s$/.test(ws[k].w) && ws[k].w.length >= 4 && !/^\p{Lu}/u.test(ws[k].raw)) return norm(ws[k].w);
      break;
    }
    return object && object !== 'deal' ? '' : object;
  }
  for (let k = Math.max(0, i - 10); k < i; k++) {
    if (clauseBreak(text, ws[k].end, ws[i].start)) continue;
    if (/s$/.test(ws[k].w) && ws[k].w.length >= 4 && !SKIP.has(ws[k].w) && !/^\p{Lu}/u.test(ws[k].raw) && k > 0 && /^\d|^(?:the|all|two|three|four|five|six|seven|eight|nine|ten|twelve|several|dozens)$/.test(ws[k - 1].w)) return norm(ws[k].w);
  }
  return '';
}

/** The deal, vote or talks named just before a passive act. */
function objectBefore(ws: Word[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const n = norm(ws[k].w);
    if (n === 'deal' || n === 'vote' || n === 'talk') return n;
  }
  return '';
}

/** Start of the clause an act at `at` belongs to: after "that", "as", "because", ";", ",". */
function clauseStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 200), at);
  let cut = 0;
  for (const m of before.matchAll(/\b(?:that|because|as|after|while|when|and|but)\b|[;:]/gi)) cut = (m.index ?? 0) + m[0].length;
  return Math.max(0, at - 200) + cut;
}

/** The subject noun of a state ("the ferry was overloaded" → vessel), going back over the copula. */
function stateSubject(ws: Word[], i: number, text: string): string | null {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (clauseBreak(text, ws[k].end, ws[i].start)) break;
    const s = STATE_SUBJECT[ws[k].w];
    if (s) return s;
  }
  return null;
}

/**
 * Acts and states in one clause or sentence. `deniedByCue`: the claim's cue is a denial
 * ("Estuary Link denied that the ship had been overloaded"), so its main predicate is negated.
 */
/** "took effect", "came into force", "in force since": a law or measure starting, keyed by the nouns before it. */
const TAKES_EFFECT = /\b(?:took|takes|take|taken|taking|had taken|has taken) effect\b|\bcame into (?:force|effect)\b|\bentered into force\b|\bin force since\b/gi;
const MEASURE_NOUN = /^(?:duty|tax|rise|increase|hike|ban|law|rule|curfew|ceasefire|truce|deal|levy|tariff|cut|reform|measure|limit|fee|charge|price|fare|rate)$/;

function takesEffect(text: string, ws: Word[]): Act[] {
  const out: Act[] = [];
  for (const m of text.slice(0, 4_000).matchAll(TAKES_EFFECT)) {
    const at = m.index ?? 0;
    const from = clauseStart(text, at);
    const nouns = [...new Set(ws.filter((w) => w.start >= Math.max(0, from - 80) && w.end <= at && MEASURE_NOUN.test(w.w)).map((w) => (w.w === 'increase' || w.w === 'hike' ? 'rise' : w.w)))].sort();
    if (!nouns.length) continue;
    out.push({ agent: '', agentName: '', act: 'take effect', object: '', negated: false, denial: false, antonym: false, thing: `${nouns.join(' ')}|take effect`, start: at, end: at + m[0].length });
  }
  return out;
}

/** "not deny/dispute/reject that ...": the denier the negator at `j` governs, or -1. */
function nextDenier(ws: Word[], j: number, text: string): number {
  let k = j + 1;
  while (k < ws.length && k <= j + 3 && SKIP.has(ws[k].w) && !clauseBreak(text, ws[j].end, ws[k].start)) k++;
  return k < ws.length && DENIERS.test(ws[k].w) && ws[k + 1]?.w === 'that' ? k : -1;
}

export function actsOf(text: string, deniedByCue = false): Act[] {
  const ws = wordsOf(text);
  const negatedBy = new Map<number, { from: number; denial: boolean }>();
  /** Deniers that are themselves negated ("does not dispute that ..."): they deny nothing. */
  const cancelled = new Set<number>();
  for (let j = 0; j < ws.length; j++) {
    const isNeg = NEGATORS.test(ws[j].w);
    if (!isNeg && !DENIERS.test(ws[j].w)) continue;
    if (cancelled.has(j)) continue;
    const k = negationTarget(ws, j, text);
    const denier = isNeg ? nextDenier(ws, j, text) : -1;
    if (denier >= 0) {
      // a negated denial affirms its clause: neither the denier nor the negation touches it
      cancelled.add(denier);
      continue;
    }
    if (k >= 0 && !negatedBy.has(k)) negatedBy.set(k, { from: ws[j].start, denial: !isNeg });
  }
  const out: Act[] = takesEffect(text, ws);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].w;
    const act = ACTS[w] ?? REVERSE[w];
    const state = STATES[w];
    if (!act && !state) continue;
    if (/^\p{Lu}/u.test(ws[i].raw) && i > 0) continue; // a name ("Rough Point"), not a predicate
    // a bare verb form is a verb only after "to", a modal or a negation ("will sign"; not "a sign")
    if (act && BASE_FORMS.has(w) && !(i > 0 && VERB_BEFORE.test(ws[i - 1].w))) continue;
    // "does not accept that the ferry was overloaded": the stance is the clause's, not an act on a deal
    if (act && clauseTarget(ws, i, text) !== null) continue;
    const neg = negatedBy.get(i);
    let negated = neg !== undefined;
    let denial = neg?.denial ?? false;
    if (deniedByCue && !neg) {
      negated = true;
      denial = true;
    } else if (deniedByCue && neg && !neg.denial) negated = false; // "denied that it was not"
    if (act) {
      // "will sign", "is ready to sign": an intent, which is a stance on the deal like "positive toward it"
      const intent = act === 'sign' && ws.slice(Math.max(0, i - 4), i).some((x) => INTENT.test(x.w));
      const from = clauseStart(text, ws[i].start);
      // "the agreement signed by Holm": a passive act's agent follows it
      const by = i + 2 < ws.length && ws[i + 1].w === 'by' && /^\p{Lu}/u.test(ws[i + 2].raw) ? agentBefore(text.slice(ws[i + 2].start, ws[i + 2].start + 80), 80, true, true) : null;
      const agent = by ?? agentBefore(text.slice(from, ws[i].start), ws[i].start - from, true, true) ?? { key: '', name: '' };
      if (!agent.key) {
        // no named agent: only the date of a passive act can still be compared ("12 prisoners were released on May 3")
        const thing = thingOf(ws, i, text, '');
        if (thing && !neg) out.push({ agent: '', agentName: '', act, object: '', negated: false, denial: false, antonym: false, thing, start: ws[i].start, end: ws[i].end });
        continue;
      }
      // a passive act's object is its subject: "the agreement, signed by Holm" → deal
      const object = by ? objectBefore(ws, i) : objectAfter(ws, i, text);
      out.push({ agent: agent.key, agentName: agent.name, act: intent ? 'accept' : act, object, negated: negated !== (w in REVERSE), denial, antonym: false, thing: thingOf(ws, i, text, object), start: neg ? neg.from : ws[i].start, end: ws[i].end });
    } else {
      const [key, opposite] = state;
      let subject = stateSubject(ws, i, text);
      if (!subject && key === 'accept') {
        const from = clauseStart(text, ws[i].start);
        const agent = agentBefore(text.slice(from, ws[i].start), ws[i].start - from, true, true);
        if (!agent) continue;
        out.push({ agent: agent.key, agentName: agent.name, act: 'accept', object: objectAfter(ws, i, text), negated, denial, antonym: false, thing: '', start: neg ? neg.from : ws[i].start, end: ws[i].end });
        continue;
      }
      if (!subject) continue;
      out.push({ agent: subject, agentName: subject, act: key, object: '', negated: negated !== opposite, denial, antonym: opposite, thing: '', start: neg ? neg.from : ws[i].start, end: ws[i].end });
    }
  }
  return out;
}
