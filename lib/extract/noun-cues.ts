// Noun cues: a speech noun with a "that" clause reports like its verb. "Hale's claim that the vote
// was rigged", "his warning that talks would fail": the possessor is the source and the clause the
// content. "Allegations that he lied" reports with no source.
import { isNameWord } from './names';
import { CAP_STOP, NP_ADJ, ROLE_NOUNS } from './lexicon';
import { BE, FINITE, bare } from './grammar';
import { TokenKind, type Sentence } from './text';
import { CONFIDENCE, type Range, type ScanContext, push, kindOf } from './context';
import { rightContentEnd, contentChars } from './clauses';
import { CUES, particleEnd } from './cues';
import { hasPossessiveEnd } from './endings';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Nouns whose "that" clause is what someone said or holds (rarely a relative clause). */
export const SPEECH_NOUNS = new Set(words(`claim claims assertion assertions argument arguments suggestion
  suggestions insistence warning warnings contention allegation allegations accusation accusations
  complaint complaints promise promises pledge pledges prediction predictions admission declaration
  assurance assurances`));

/** Speech nouns that report with no named source after a determiner: "allegations that he lied". */
export const UNNAMED_NOUNS = new Set(words('allegation allegations accusation accusations'));

const POSSESSIVE_PRONOUNS = new Set(words('his her their its our'));
const UNNAMED_DETERMINERS = new Set(words('the an these those new'));

/** The possessor of the noun at i: "his", "Hale's", "the senator's" (one adjective may sit between). */
function possessor(sc: ScanContext, s: Sentence, i: number): Range | null {
  const toks = sc.toks;
  let p = i - 1;
  // "his repeated claim", "Hale's false assertion": one plain adjective
  if (p > s.start && toks[p].kind === TokenKind.Word && !toks[p].capital && !POSSESSIVE_PRONOUNS.has(toks[p].lower) && !hasPossessiveEnd(toks[p].text)) p--;
  const t = toks[p];
  if (!t || p < s.start || t.kind !== TokenKind.Word || t.quote >= 0) return null;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return [p, p + 1];
  if (!hasPossessiveEnd(t.text) || !(isNameWord(t) || ROLE_NOUNS.has(bare(t)))) return null;
  // the possessive phrase only: "Sen. Ted Cruz's", "the senator's" (not "an expansion of Trump's")
  let a = p;
  while (a - 1 >= s.start && toks[a - 1].kind === TokenKind.Word && (toks[a - 1].capital || isNameWord(toks[a - 1])) && !CAP_STOP.has(toks[a - 1].lower)) a--;
  if (a - 1 >= s.start && (toks[a - 1].lower === 'the' || (a === p && NP_ADJ.has(toks[a - 1].lower)))) a--;
  if (a < p && toks[a].lower !== 'the' && !toks[a].capital) return null;
  return [a, p + 1];
}

/** Words that may sit between a verb and a later one of the same clause ("would still have"). */
const IN_VERB_GROUP = new Set(words('not never still also just already to that which who be been being'));

/**
 * "Hale's claim that the vote was rigged drew a rebuke": the clause ends at a comma, a dash or a
 * bracket, or where a second finite verb after a noun opens the sentence's own predicate.
 */
function clauseEnd(sc: ScanContext, k: number, end: number): number {
  const toks = sc.toks;
  let verb = false;
  for (let j = k; j < end; j++) {
    const t = toks[j];
    if (t.quote < 0 && (t.text === ',' || t.text === '(' || t.text === '—' || t.text === '–' || t.text === '-') && j >= k + 2) return j;
    if (t.kind !== TokenKind.Word || t.quote >= 0) continue;
    const finite = BE.has(t.lower) || FINITE.has(t.lower);
    const prev = toks[j - 1];
    if (finite && verb && j > k + 2 && prev.kind === TokenKind.Word && !BE.has(prev.lower) && !FINITE.has(prev.lower) && !IN_VERB_GROUP.has(prev.lower)) return j;
    if (finite) verb = true;
  }
  return end;
}

/** "Hale's claim that C", "allegations that C" at token i; the token to read on from, or -1. */
export function nounCue(sc: ScanContext, s: Sentence, i: number, e: number): number {
  const toks = sc.toks;
  if (toks[i + 1]?.lower !== 'that' || i + 3 >= e) return -1;
  const source = possessor(sc, s, i);
  const unnamed = !source && UNNAMED_NOUNS.has(toks[i].lower) && UNNAMED_DETERMINERS.has(toks[i - 1]?.lower ?? '');
  if (!source && !unnamed && !(UNNAMED_NOUNS.has(toks[i].lower) && i === s.start)) return -1;
  const k = i + 2;
  const end = clauseEnd(sc, k, rightContentEnd(sc, k, e));
  if (end - k < 3) return -1;
  const idx = push(sc, { kind: source ? kindOf(sc, k, end) : 'unnamed', source, cue: [i, i + 1], content: contentChars(sc, k, end), via: null, confidence: source ? CONFIDENCE.speechAct : CONFIDENCE.unnamed, at: i, para: s.para });
  return idx >= 0 ? end : -1;
}

/** Heads of a phrase naming a poll: "In a CNN poll released Monday, ...". */
export const POLL_NOUNS = new Set(words('poll polls survey surveys'));
/** Words that open a clause inside the phrase: "a memo released as polls closed". */
const POLL_CLAUSE = new Set(words('as where when that which while after before'));

/**
 * "In a new Fox News poll released Thursday, Trump had 45 percent": a sentence opening with "In" and
 * a phrase naming a poll, up to its comma, reports what the poll found.
 */
export function inPoll(sc: ScanContext, s: Sentence, i: number, e: number): number {
  const toks = sc.toks;
  if (i !== s.start || toks[i].lower !== 'in') return -1;
  let poll = false;
  let j = i + 1;
  for (; j < e && j < i + 18; j++) {
    const t = toks[j];
    if (t.quote >= 0) return -1;
    if (t.text === ',') break;
    // "In a memo released as polls closed": the poll must head the phrase, not sit in a clause of it
    if (!poll && POLL_CLAUSE.has(t.lower)) return -1;
    if (t.kind === TokenKind.Word && POLL_NOUNS.has(t.lower)) poll = true;
  }
  if (!poll || toks[j]?.text !== ',' || j + 3 >= e) return -1;
  return pollFinding(sc, s, i, j, e);
}

/** What the poll named between i and the comma at j found (rare: compiled only for text that has one). */
function pollFinding(sc: ScanContext, s: Sentence, i: number, j: number, e: number): number {
  const end = rightContentEnd(sc, j + 1, e);
  // "In a CNN poll, 38 percent said ...": a report of its own inside is read by its verb
  for (let k = j + 1; k < end; k++) if (reportsAt(sc, k)) return -1;
  const idx = push(sc, { kind: kindOf(sc, j + 1, end), source: [i + 1, j], cue: [i, i + 1], content: contentChars(sc, j + 1, end), via: null, confidence: CONFIDENCE.reported, at: i, para: s.para });
  return idx >= 0 ? end : -1;
}

/** A reporting verb at token k ("said", "called for"), not a noun-or-verb form ("points", "claims"). */
function reportsAt(sc: ScanContext, k: number): boolean {
  const info = CUES.get(sc.toks[k].lower);
  if (!info || info.ambiguous || sc.toks[k].quote >= 0) return false;
  // most cues need no particle, and then no reader closure is made
  return !info.particles || particleEnd(info, (j) => sc.toks[j]?.lower ?? '', k + 1) >= 0;
}
