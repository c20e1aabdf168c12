// Predicates in claim text and whether they are negated: "the ferry was not overloaded",
// "will not sign", "positive toward the deal", "the sea was calm". Used to find polarity,
// antonym and denial conflicts between claims about the same subject.
import { fold, isStopword, stem } from './text';

export interface Token {
  w: string;
  /** Stem with subject synonyms merged ("ship", "ferry" → "vessel"). */
  key: string;
  start: number;
  end: number;
}

export interface Predicate {
  /** Stemmed predicate word, or a stance class ("stance:intent"). */
  key: string;
  negated: boolean;
  /** Negated by a denial ("X denied that ...") rather than by "not". */
  denial: boolean;
  /** The words as written (negation included), an exact slice of the text. */
  value: string;
  /** Keys of the words just before it: what it is said about. */
  subject: string[];
  /** Capitalised names in the same sentence. */
  names: string[];
  index: number;
}

const SYNONYM: Record<string, string> = {
  sea: 'sea', seas: 'sea', water: 'sea', waters: 'sea', swell: 'sea', condition: 'sea', conditions: 'sea', weather: 'sea', wave: 'sea', waves: 'sea',
  ship: 'vessel', vessel: 'vessel', ferry: 'vessel', boat: 'vessel',
  agreement: 'deal', deal: 'deal', accord: 'deal', truce: 'deal', proposal: 'deal', plan: 'deal',
};

const NEGATORS = /^(?:not|no|never|without|neither|nor|cannot|n't|.*n't|nothing)$/;
const DENIERS = /^(?:denied|denies|deny|denying|rejected|rejects|dismissed|refuted)$/;
/** Words too general to be what two claims disagree about. */
const GENERIC = new Set(
  'know knew known think thought want wanted make made take taken give given come came going get got expect expected believe believed seem seemed need needed work worked time people year years week day days told tell say said says statement accept accepted happen happened clear sure true case fact continue continued'.split(' '),
);

/** Intent to accept or reject a deal: "positive toward", "will sign" vs "will not sign", "rejected". */
const ACCEPT = new Set(['positive', 'welcome', 'welcomed', 'welcomes', 'accept', 'accepts', 'agree', 'agrees', 'support', 'supports', 'backed', 'backs', 'approve', 'approves', 'approved', 'ready', 'willing', 'optimistic']);
const REJECT = new Set(['reject', 'rejects', 'rejected', 'refuse', 'refuses', 'refused', 'oppose', 'opposes', 'opposed', 'negative', 'unwilling']);
const INTENT = /^(?:will|would|shall|going|plans?|intends?|ready|willing|wo)$/;

export const ANTONYMS: [string, string][] = [
  ['rough', 'calm'], ['stormy', 'calm'], ['rough', 'flat'], ['safe', 'unsafe'], ['safe', 'dangerous'], ['rose', 'fell'],
  ['increase', 'decrease'], ['increased', 'decreased'], ['open', 'closed'], ['guilty', 'innocent'], ['alive', 'dead'],
  ['legal', 'illegal'], ['crowded', 'empty'], ['full', 'empty'], ['strong', 'weak'], ['accidental', 'deliberate'],
  ['peaceful', 'violent'], ['success', 'failure'], ['improved', 'worsened'], ['higher', 'lower'],
];
const ANTONYM_OF = new Map<string, Set<string>>();
for (const [a, b] of ANTONYMS) {
  ANTONYM_OF.set(a, (ANTONYM_OF.get(a) ?? new Set()).add(b));
  ANTONYM_OF.set(b, (ANTONYM_OF.get(b) ?? new Set()).add(a));
}
export function areAntonyms(a: string, b: string): boolean {
  return ANTONYM_OF.get(a)?.has(b) ?? false;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(0, 20_000).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+|-[\p{L}\p{N}]+)*/gu)) {
    const w = fold(m[0]).replace(/’/g, "'");
    const base = w.replace(/'s$/, '');
    out.push({ w, key: SYNONYM[base] ?? stem(base), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** Does a clause break (sentence end, semicolon, "but") lie between two offsets? */
function clauseBreak(text: string, from: number, to: number): boolean {
  return /[.;!?:]|\bbut\b|\bwhile\b|\bthough\b/i.test(text.slice(from, to));
}

function subjectOf(tokens: Token[], i: number, text: string): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    if (clauseBreak(text, tokens[j].end, tokens[i].start)) break;
    const t = tokens[j];
    if (t.w.length >= 3 && !isStopword(t.w) && !NEGATORS.test(t.w) && !GENERIC.has(t.w)) out.push(t.key);
  }
  return out;
}

function namesIn(text: string): string[] {
  return [...text.matchAll(/\b\p{Lu}[\p{L}-]{2,}/gu)].map((m) => fold(m[0])).filter((w) => !isStopword(w));
}

/** Words a negation skips to reach what it negates ("was not yet fully overloaded"). */
const SKIP = new Set('be been being was were is are am have has had do does did yet ever even really so very too quite entirely fully always a an the to on in at of that this it its'.split(' '));
const COPULA = /^(?:was|were|is|are|been|be|being|had|has|have|would|will)$/;
/** "do not accept that X was Y", "denied that X was Y": the negation lands on Y. */
const RAISING = new Set(['accept', 'believe', 'think', 'agree', 'expect', 'say', 'claim', 'that']);

/** Index of the word a negator at `j` negates, or -1. */
function negationTarget(tokens: Token[], j: number, text: string): number {
  let k = j + 1;
  const stop = (i: number) => i >= tokens.length || i > j + 12 || clauseBreak(text, tokens[j].end, tokens[i].start);
  while (!stop(k) && SKIP.has(tokens[k].w)) k++;
  if (stop(k)) return -1;
  if (RAISING.has(tokens[k].w) || (k > 0 && tokens[k - 1].w === 'that')) {
    // find the copula of the embedded clause, then the predicate after it
    let c = tokens[k].w === 'that' ? k : k + 1;
    while (!stop(c) && !COPULA.test(tokens[c].w)) c++;
    if (stop(c)) return -1;
    c++;
    while (!stop(c) && SKIP.has(tokens[c].w)) c++;
    return stop(c) ? -1 : c;
  }
  return k;
}

/**
 * The predicates of a claim. `deniedByCue` is true when the claim's cue is a denial
 * ("Estuary Link denied that the ship had been overloaded"): its main predicate counts as denied.
 */
export function predicates(text: string, deniedByCue: boolean): Predicate[] {
  const tokens = tokenize(text);
  const names = namesIn(text);
  const negatedBy = new Map<number, { from: number; denial: boolean }>();
  for (let j = 0; j < tokens.length; j++) {
    const isNeg = NEGATORS.test(tokens[j].w);
    if (!isNeg && !DENIERS.test(tokens[j].w)) continue;
    const k = negationTarget(tokens, j, text);
    if (k >= 0 && !negatedBy.has(k)) negatedBy.set(k, { from: tokens[j].start, denial: !isNeg });
  }
  if (deniedByCue && tokens.length) {
    let c = tokens.findIndex((t) => COPULA.test(t.w));
    c = c < 0 ? 0 : c + 1;
    while (c < tokens.length && SKIP.has(tokens[c].w)) c++;
    if (c < tokens.length) {
      const prev = negatedBy.get(c);
      if (prev && !prev.denial) negatedBy.delete(c); // "denied that it was not" → asserted
      else negatedBy.set(c, { from: tokens[c].start, denial: true });
    }
  }
  const out: Predicate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.w.length < 4 || isStopword(t.w) || GENERIC.has(t.w) || NEGATORS.test(t.w) || DENIERS.test(t.w) || /^\d/.test(t.w)) continue;
    if (/^\p{Lu}/u.test(text.slice(t.start, t.end))) continue; // names are subjects, not predicates
    const neg = negatedBy.get(i);
    const subject = subjectOf(tokens, i, text);
    const isSign = /^sign/.test(t.w);
    const intent = tokens.slice(Math.max(0, i - 4), i).some((x) => INTENT.test(x.w));
    if (ACCEPT.has(t.w) || REJECT.has(t.w) || (isSign && intent)) {
      const positive = !REJECT.has(t.w) !== (neg !== undefined);
      let vStart = neg ? neg.from : t.start;
      for (let j = i - 1; j >= 0 && j >= i - 3 && (INTENT.test(tokens[j].w) || NEGATORS.test(tokens[j].w)); j--) vStart = Math.min(vStart, tokens[j].start);
      out.push({ key: 'stance:intent', negated: !positive, denial: false, value: text.slice(vStart, t.end), subject, names, index: i });
      continue;
    }
    out.push({ key: isSign ? 'sign' : t.key, negated: neg !== undefined, denial: neg?.denial ?? false, value: text.slice(neg ? neg.from : t.start, t.end), subject, names, index: i });
  }
  return out;
}
