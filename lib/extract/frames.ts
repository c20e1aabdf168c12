// Constructions opened by words other than a reporting verb: "according to X", "as X put it",
// "X quoted Y as saying", "Name: \"...\"", "called it \"...\"".
import type { ClaimKind } from '../types';
import { CUES, VIA_FORMS, formsOf } from './cues';
import { CAP_STOP, DAYS, DETERMINERS, MONTHS, PARTICLES, PLACES, PRONOUNS, TITLES } from './lexicon';
import { BE, NAMING, RELATIVE, SAYING } from './grammar';
import { isNameWord } from './names';
import { TokenKind, type Sentence } from './text';
import { CONFIDENCE, type Range, type ScanContext, chars, push, quoteAt, wholeQuote, kindOf } from './context';
import { leftNP, rightNP, leftSource, skipLeft, phraseUntilPunct, nounish } from './phrases';
import { rightContentEnd, contentChars, untilComma } from './clauses';
import { SPEECH_NOUNS, nounCue, inPoll } from './noun-cues';
import { stripFinalDot } from './endings';

/** "According to X, C." / "C, according to X." (`n`: words in the cue) */
function according(sc: ScanContext, s: Sentence, i: number, e: number, n: number): number {
  const toks = sc.toks;
  // the whole phrase up to the punctuation names the source ("a Northwire tally based on hospital figures")
  const np = (i === s.start ? sourceUpToComma(sc, i + n, e) : null) ?? phraseUntilPunct(sc, i + n, e, 10) ?? rightNP(sc, i + n, e, 14);
  if (!np) return i + n;
  return framed(sc, s, i, e, np, [i, i + n], 'according_to', CONFIDENCE.reported);
}

/** Joiners inside a long source name: "Washington Post/ABC News", "Edison Research & Co". */
const SOURCE_JOINERS = new Set(['/', '&', '-']);

/**
 * "According to early results of exit polls conducted for The Associated Press and television
 * networks, ...": opening the sentence, everything up to the comma names the source.
 */
function sourceUpToComma(sc: ScanContext, k: number, e: number): Range | null {
  const toks = sc.toks;
  for (let j = k; j < e && j < k + 20; j++) {
    const t = toks[j];
    if (t.quote >= 0) return null;
    if (t.text === ',') return j > k + 1 ? [k, j] : null;
    if (t.kind !== TokenKind.Word && !SOURCE_JOINERS.has(t.text)) return null;
  }
  return null;
}

/**
 * "As one resident put it, C." / "C, as the minister put it." / "As Ms. Lind, a fellow at the
 * institute, recently put it in a letter to donors, C.": an appositive, an adverb and a place phrase
 * may come between.
 */
export function asPutIt(sc: ScanContext, s: Sentence, i: number, e: number): number {
  const toks = sc.toks;
  const said = asSaid(sc, i, e);
  if (said) return framed(sc, s, i, e, said[0], said[1], 'indirect', CONFIDENCE.relayed);
  let put = i + 2;
  while (put < e && put < i + 24 && toks[put].quote < 0 && (toks[put].kind === TokenKind.Word || toks[put].text === ',') && !(toks[put].lower === 'put' && toks[put + 1]?.lower === 'it')) put++;
  return toks[put]?.lower === 'put' ? putIt(sc, s, i, e, put) : -1;
}

/** The speaker before "put it" at `put`, and the frame (rare: a function of its own, compiled only for
 *  text with "as ... put it"). */
function putIt(sc: ScanContext, s: Sentence, i: number, e: number, put: number): number {
  const toks = sc.toks;
  let last = put;
  while (last > i + 2 && toks[last - 1].lower.endsWith('ly')) last--;
  const np = rightNP(sc, i + 1, last, 8);
  if (!np || (np[1] !== last && toks[np[1]]?.text !== ',')) return -1;
  const source: Range = toks[np[1]]?.text === ',' ? [np[0], np[1]] : np;
  let after = put + 2;
  // "put it in a statement to reporters last week, C": a place or time phrase up to the comma
  if (PUT_IT_MODS.has(toks[after]?.lower ?? '')) {
    let j = after;
    while (j < e && j < after + 15 && toks[j].kind === TokenKind.Word && toks[j].quote < 0) j++;
    if (toks[j]?.text === ',' || toks[j]?.text === ':') after = j;
  }
  // "As X put it: \"...\"" introduces its content like a comma does
  if (toks[after]?.text === ':' || after > put + 2) return framed(sc, s, i, e, source, [put, put + 2], 'indirect', CONFIDENCE.relayed, after);
  return framed(sc, s, i, e, source, [put, after], 'indirect', CONFIDENCE.relayed);
}

/**
 * "..., as police have said.", "As the mayor noted, ...": "as", a speaker and a bare reporting verb
 * closed by a comma or the sentence end (an object after it makes "as" a time: "as she said goodbye").
 * The source and the cue, else null.
 */
function asSaid(sc: ScanContext, i: number, e: number): [Range, Range] | null {
  const toks = sc.toks;
  const np = rightNP(sc, i + 1, e, 8);
  if (!np) return null;
  let v = np[1];
  while (v < e && v < np[1] + 2 && (toks[v].lower === 'has' || toks[v].lower === 'have' || toks[v].lower === 'had' || toks[v].lower === 'also')) v++;
  const info = CUES.get(toks[v]?.lower ?? '');
  const next = toks[v + 1];
  if (!info || info.cls !== 'say' || info.ing || info.ambiguous || (v + 1 < e && next?.text !== ',')) return null;
  return [np, [v, v + 1]];
}

/** Words that open a phrase of place, time or channel after "put it". */
const PUT_IT_MODS = new Set(['in', 'on', 'at', 'to', 'during', 'last', 'this', 'earlier', 'recently']);

/** A source phrase framing its sentence: content after it (when it opens the sentence) or before it. */
export function framed(sc: ScanContext, s: Sentence, i: number, e: number, np: Range, cue: Range, kind: ClaimKind, confidence: number, sep = -1): number {
  const toks = sc.toks;
  const stop = Math.max(np[1], cue[1]);
  const sepTok = sep >= 0 ? sep : stop;
  let r: Range | null = null;
  if (i === s.start || (toks[i - 1].kind === TokenKind.Quote && i - 1 === s.start)) {
    // "According to Lind, prices will rise, while Moss said ...": the content stops where another report begins
    if ((toks[sepTok]?.text === ',' || toks[sepTok]?.text === ':') && sepTok + 1 < e) r = [sepTok + 1, rightContentEnd(sc, sepTok + 1, e)];
  } else if (toks[i - 1].text === ',' || toks[i - 1].text === '—' || toks[i - 1].text === '(') {
    // "The water, according to Ruiz, was brown.": the frame sits inside its content
    const inside = toks[stop]?.text === ',' && toks[stop].quote < 0 && toks[stop + 1]?.kind === TokenKind.Word && !toks[stop + 1].capital && !RELATIVE.has(toks[stop + 1].lower) && !VIA_FORMS.has(toks[stop + 1].lower) && stop + 2 < e && toks[i - 1].text === ',';
    if (inside) r = [s.start, e];
    else if (i - 1 - s.start >= 2) r = [s.start, i - 1];
  } else if (i - s.start >= 2 && kind === 'according_to') r = [s.start, e];
  if (!r) return stop;
  const idx = push(sc, { kind: kind === 'according_to' ? kind : kindOf(sc, r[0], r[1]), source: np, cue, content: contentChars(sc, r[0], r[1]), via: null, confidence, at: i, para: s.para });
  if (idx >= 0 && kind !== 'according_to') sc.claims[idx].quote = wholeQuote(sc, r[0]);
  return stop;
}

/** "RIA Novosti quoted a source in Benghazi as saying ...": source is the object, the subject the channel. */
export function quotedAs(sc: ScanContext, s: Sentence, i: number, e: number): number {
  const toks = sc.toks;
  for (let j = i + 1; j < e - 1 && j < i + 20; j++) {
    if (toks[j].kind !== TokenKind.Word) return -1;
    if (toks[j].lower === 'as' && SAYING.has(toks[j + 1].lower)) {
      // passive: "Ana Vidal was quoted (by the Post) as saying": the subject speaks, the agent is the channel
      const passive = BE.has(toks[i - 1]?.lower ?? '');
      if (j === i + 1 && !passive) return -1;
      const subj = leftNP(sc, skipLeft(sc, i - 1, s.start), s.start);
      const agent: Range | null = j > i + 1 ? (toks[i + 1].lower === 'by' ? [i + 2, j] : [i + 1, j]) : null;
      const source = passive ? subj : agent;
      const via = passive ? agent : subj;
      if (!source || (via && via[1] <= via[0])) return -1;
      let k = j + 2;
      if (toks[k]?.lower === 'that' || toks[k]?.text === ':') k++;
      if (k >= e) return -1;
      const end = rightContentEnd(sc, k, e);
      const idx = push(sc, { kind: kindOf(sc, k, end), source, cue: [i, i + 1], content: contentChars(sc, k, end), via, confidence: CONFIDENCE.relayed, at: i, para: s.para });
      if (idx >= 0) sc.claims[idx].quote = wholeQuote(sc, k);
      return end;
    }
  }
  return -1;
}

/** 'Ruth Ellery: "We will build them."' — a name, a colon and a quotation, with no verb. */
export function colonQuote(sc: ScanContext, s: Sentence, e: number): boolean {
  const toks = sc.toks;
  let j = s.start;
  while (j < e && j - s.start < 8 && toks[j].kind === TokenKind.Word && (isNameWord(toks[j]) || TITLES.has(toks[j].lower) || PARTICLES.has(toks[j].lower))) j++;
  if (j === s.start || toks[j]?.text !== ':' || toks[j + 1]?.kind !== TokenKind.Quote || !isNameWord(toks[j - 1])) return false;
  return quoteAfterName(sc, s, j);
}

/** The quotation after the name and the colon at j, as its claim (rare: a function of its own,
 *  compiled only for text with such a line). */
function quoteAfterName(sc: ScanContext, s: Sentence, j: number): boolean {
  const region = quoteAt(sc, sc.m.quoteByOpen, j + 1);
  if (!region || region.end - region.first < 2) return false;
  const end = region.close >= 0 ? region.close + 1 : region.end;
  const idx = push(sc, { kind: 'direct', source: [s.start, j], cue: [j, j + 1], content: contentChars(sc, j + 1, end), via: null, confidence: CONFIDENCE.bareQuote, at: j, para: s.para });
  if (idx >= 0) sc.claims[idx].quote = wholeQuote(sc, j + 1);
  return idx >= 0;
}

/** Words that label a line with a colon and are nobody: "Photo:", "Update:", "Step 1:", "Tip:". */
const LABELS = new Set(`note source sources correction clarification disclosure credit credits caption editor
  editors update updates photo photos video image images related tags topics share email print advertisement
  sponsored summary background context timeline key points step steps tip tips warning ingredients method
  question answer q a live breaking watch read listen more opinion analysis review verdict result results
  bottom line why how what when where who the`.split(/\s+/));

/**
 * "Pence: Flowers won't be at debate", "BENENSON: Senator Sanders doesn't get to decide ...": a
 * speaker's name and a colon open a headline or a transcript turn; the turn runs to the paragraph's end.
 */
function speakerLabel(sc: ScanContext, s: Sentence, e: number): number {
  const toks = sc.toks;
  const paraStart = sc.m.paragraphs[s.para][0];
  if (s.start !== paraStart) return NO_FRAME;
  let j = s.start;
  while (j < e && j - s.start < 5 && toks[j].kind === TokenKind.Word && (isNameWord(toks[j]) || TITLES.has(toks[j].lower) || PARTICLES.has(toks[j].lower))) j++;
  if (j === s.start || toks[j]?.text !== ':' || toks[j + 1]?.kind !== TokenKind.Word) return NO_FRAME;
  return labelledClaim(sc, s, j, e);
}

/** The claim after a speaker's label that ends with the colon at j (a function of its own: a cold run
 * compiles it only for text with such a label). */
function labelledClaim(sc: ScanContext, s: Sentence, j: number, e: number): number {
  const toks = sc.toks;
  for (let x = s.start; x < j; x++) {
    const w = stripFinalDot(toks[x].lower);
    if (LABELS.has(w) || CAP_STOP.has(w) || PLACES.has(w) || MONTHS.has(w) || DAYS.has(w)) return NO_FRAME;
  }
  // a turn in a transcript runs on to the end of the paragraph; a headline's claim is its sentence
  const paraEnd = sc.m.paragraphs[s.para][1];
  let end = s.para === 0 ? e : paraEnd;
  while (end > j + 1 && toks[end - 1].kind === TokenKind.Punct && toks[end - 1].text.length === 1 && '.,;:!?'.includes(toks[end - 1].text)) end--;
  if (end - (j + 1) < 3) return NO_FRAME;
  push(sc, { kind: kindOf(sc, j + 1, end), source: [s.start, j], cue: [j, j + 1], content: contentChars(sc, j + 1, end), via: null, confidence: CONFIDENCE.bareQuote, at: j, para: s.para });
  return sc.m.sentences[sc.m.sentenceOf[end - 1]].end;
}

/** "called X \"Y\"": the quoted judgement; after a comma ("..., calling it \"Y\"") the same speaker. */
export function calledQuote(sc: ScanContext, s: Sentence, i: number, e: number): number {
  const toks = sc.toks;
  let q = -1;
  for (let j = i + 1; j < e && j < i + 8; j++) {
    if (toks[j].kind === TokenKind.Quote && toks[j].quote < 0) { q = j; break; }
    if (toks[j].kind !== TokenKind.Word) return -1;
  }
  if (q < 0 || q === i + 1) return -1;
  // "..., calling it \"an insult\"": the speaker of the clause before (or the sentence's subject)
  const comma = toks[i - 1]?.text === ',' && toks[i].lower === 'calling';
  const last = comma && sc.claims.length > sc.sentStart ? sc.claims.length - 1 : -1;
  const source = last >= 0 ? null : comma ? (PRONOUNS.has(toks[s.start].lower) ? ([s.start, s.start + 1] as Range) : rightNP(sc, s.start, i, 8)) : leftSource(sc, s, i);
  if (!source && last < 0) return -1;
  // up to the end of the quoted judgement (and its "of ..." tail), not into "and said ..." after it
  const region = quoteAt(sc, sc.m.quoteByOpen, q);
  let end = untilComma(sc, q, e);
  if (region && region.close >= 0) {
    let j = region.close + 1;
    while (j < end && toks[j].kind === TokenKind.Word && toks[j].lower !== 'and' && toks[j].lower !== 'but') j++;
    end = j;
  }
  const idx = push(sc, { kind: 'mixed', source, cue: [i, i + 1], content: contentChars(sc, i + 1, end), via: null, confidence: CONFIDENCE.speechAct, at: i, para: s.para, sameAs: last >= 0 ? last : undefined });
  return idx >= 0 ? end : -1;
}

const CALLED_OBJECTS = new Set(['it', 'him', 'her', 'them', 'this', 'that']);

/** "called him a week later", "called police a few minutes after": "a" opening a time, not a judgement. */
const CALLED_TIMES = new Set(['day', 'week', 'month', 'year', 'decade', 'moment', 'minute', 'hour', 'second', 'few', 'couple', 'number', 'lot', 'while', 'time', 'half', 'dozen', 'bit']);

/**
 * "called Oz a quack", "has called climate change a hoax": an object with no determiner, a name of
 * up to four words or up to three lower-case nouns, right before "a"/"an". Its end, else -1.
 */
function bareObjectEnd(sc: ScanContext, k: number, e: number): number {
  const toks = sc.toks;
  const name = isNameWord(toks[k]);
  let j = k;
  while (j < e && j < k + (name ? 4 : 3) && toks[j].kind === TokenKind.Word && (name ? isNameWord(toks[j]) : nounish(sc, toks[j]))) j++;
  const a = toks[j]?.lower;
  return j > k && (a === 'a' || a === 'an') ? j : -1;
}

/**
 * "Clinton called her vote a mistake", "called it a common ailment": an object and an unquoted
 * judgement opened by "a"/"an". The object is a pronoun or a short determiner phrase.
 */
export function calledJudgement(sc: ScanContext, s: Sentence, i: number, e: number): number {
  const toks = sc.toks;
  const o = toks[i + 1];
  if (!o || o.kind !== TokenKind.Word) return NO_FRAME;
  let j = i + 2;
  // "her" is an object ("called her a liar") or a determiner ("called her vote a mistake")
  if (!CALLED_OBJECTS.has(o.lower) || (o.lower === 'her' && toks[j]?.lower !== 'a' && toks[j]?.lower !== 'an')) {
    const bare = bareObjectEnd(sc, i + 1, e);
    if (bare > 0) j = bare;
    else if (!DETERMINERS.has(o.lower)) return NO_FRAME;
    else while (j < e && j < i + 9 && toks[j].kind === TokenKind.Word && toks[j].lower !== 'a' && toks[j].lower !== 'an') j++;
  }
  if (!(toks[j]?.lower === 'a' || toks[j]?.lower === 'an') || toks[j].quote >= 0) return NO_FRAME;
  // "called him a week later": a time after the object, no judgement
  if (CALLED_TIMES.has(toks[j + 1]?.lower ?? '')) return NO_FRAME;
  return calledClaim(sc, s, i, e, j + 2);
}

/**
 * The claim of "called" at i once its object and judgement are read: the source on its left, the
 * content up to the comma, ending at `minEnd` or later. A function of its own (rare: most "called"
 * is no judgement), compiled only for text that reaches it.
 */
function calledClaim(sc: ScanContext, s: Sentence, i: number, e: number, minEnd: number): number {
  const source = leftSource(sc, s, i);
  if (!source) return NO_FRAME;
  const end = untilComma(sc, i + 1, e);
  if (end < minEnd) return NO_FRAME;
  const idx = push(sc, { kind: kindOf(sc, i + 1, end), source, cue: [i, i + 1], content: contentChars(sc, i + 1, end), via: null, confidence: CONFIDENCE.speechAct, at: i, para: s.para });
  return idx >= 0 ? end : NO_FRAME;
}

/** Judgements "called X ..." passes on without "a": "baseless", "unconstitutional", "irresponsible". */
const JUDGEMENT_ADJECTIVES = new Set(`wrong false absurd unfair racist sexist corrupt weak stupid crazy premature illegal
  misleading disgusting shameful disgraceful baseless reckless pathetic dishonest`.split(/\s+/));

/** Adjective endings: "outrageous", "hateful", "divisive", "laughable", "heartless", "hypocritical". */
const JUDGEMENT_ENDINGS = ['ous', 'ful', 'ive', 'able', 'ible', 'less', 'ical', 'istic'];

/** Endings after a negating prefix: "unqualified", "irrational", "inappropriate", "incompetent". */
const NEGATED_ENDINGS = ['ed', 'al', 'ic', 'ate', 'ent'];

// endsWith and char tests, not regexes: a first extraction would parse and compile each regex it meets
function judgementAdjective(w: string): boolean {
  if (JUDGEMENT_ADJECTIVES.has(w)) return true;
  for (let k = 0; k < JUDGEMENT_ENDINGS.length; k++) if (w.endsWith(JUDGEMENT_ENDINGS[k])) return true;
  return negatedAdjective(w);
}

/** un-, in-, ir- or il-, three word characters or more, then an adjective ending; all ASCII word characters. */
function negatedAdjective(w: string): boolean {
  if (w[0] !== 'u' && w[0] !== 'i') return false;
  if (!(w[1] === 'n' || (w[0] === 'i' && (w[1] === 'r' || w[1] === 'l')))) return false;
  for (let k = 0; k < NEGATED_ENDINGS.length; k++) {
    if (!w.endsWith(NEGATED_ENDINGS[k])) continue;
    if (w.length < 5 + NEGATED_ENDINGS[k].length) return false;
    for (let i = 2; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
    }
    return true;
  }
  return false;
}

/** Words that end an adjective judgement: "called the charges baseless and ...", "... baseless." */
const JUDGEMENT_ENDS = new Set(['and', 'or', 'but', 'because', 'since', 'after']);

/**
 * "The campaign called the charges baseless", "Alder called Ortega dishonest": an object (a
 * pronoun, a name, or a determiner and its noun) and an adjective judgement ending the clause.
 */
export function calledAdjective(sc: ScanContext, s: Sentence, i: number, e: number): number {
  const toks = sc.toks;
  let j = i + 1;
  while (j < e && j < i + 9 && toks[j].kind === TokenKind.Word && toks[j].quote < 0 && !JUDGEMENT_ENDS.has(toks[j].lower)) j++;
  const adj = toks[j - 1];
  const o = toks[i + 1];
  if (j - 1 <= i + 1 || !adj || adj.capital || !judgementAdjective(adj.lower)) return NO_FRAME;
  if (!(j >= e || toks[j].kind !== TokenKind.Word || JUDGEMENT_ENDS.has(toks[j].lower))) return NO_FRAME;
  // the object: a pronoun, a name, or a determiner with at least one word before the adjective
  const object = j - 1 === i + 2 ? CALLED_OBJECTS.has(o.lower) || isNameWord(o) : DETERMINERS.has(o.lower) || isNameWord(o);
  return object ? calledClaim(sc, s, i, e, 0) : NO_FRAME;
}

export interface FrameRule {
  name: string;
  /** A sentence the rule reads (written for this table). */
  example: string;
  confidence: number;
  /**
   * The lower-case words at token i the rule can read from, or SENTENCE_START for a rule that reads
   * only from a sentence's first token: the scan tries a rule nowhere else (see framesAt in scan.ts).
   */
  opens: readonly string[] | typeof SENTENCE_START;
  /** Reads the frame that may open at token i; the token to read on from, or NO_FRAME. */
  read(sc: ScanContext, s: Sentence, i: number, e: number, firstClaim: number): number;
}

export const NO_FRAME = -1;
export const SENTENCE_START = 'sentence start';

/** "called", and every form of the naming verbs ("labelled", "brands", "dubbing"). */
const NAMING_FORMS = ['called', 'calls', 'calling', ...[...NAMING].flatMap(formsOf)];

const word = (sc: ScanContext, i: number) => sc.toks[i]?.lower ?? '';

/** "..., citing eyewitnesses": the channel of the claim before it in this sentence. With no claim
 *  before it ("The union called a strike, citing unpaid wages") it is a reporting verb of its own. */
function citing(sc: ScanContext, s: Sentence, i: number, e: number, firstClaim: number): number {
  if (sc.toks[i - 1]?.text === ',' && sc.claims.length <= firstClaim) return NO_FRAME;
  if (sc.toks[i - 1]?.text !== ',' || sc.claims.length <= firstClaim) return i + 1;
  const np = rightNP(sc, i + 1, e, 10) ?? phraseUntilPunct(sc, i + 1, e, 8);
  if (!np) return i + 1;
  const last = sc.claims[sc.claims.length - 1];
  if (!last.via) last.via = np;
  return np[1];
}

/** Tried in order at every word outside quotations, before reporting verbs. */
export const FRAMES: FrameRule[] = [
  {
    name: 'name, colon, quotation',
    opens: SENTENCE_START,
    example: 'Ruth Ellery: "We will build them."',
    confidence: CONFIDENCE.bareQuote,
    read: (sc, s, i, e) => (i === s.start && colonQuote(sc, s, e) ? s.end : NO_FRAME),
  },
  {
    name: 'speaker label',
    opens: SENTENCE_START,
    example: 'HALE: We have the votes, and we will pass it this week.',
    confidence: CONFIDENCE.bareQuote,
    read: (sc, s, i, e) => (i === s.start ? speakerLabel(sc, s, e) : NO_FRAME),
  },
  {
    name: 'according to',
    opens: ['according'],
    example: 'According to the coastguard, six people were rescued. Six were rescued, according to the coastguard.',
    confidence: CONFIDENCE.reported,
    read: (sc, s, i, e) => (word(sc, i) === 'according' && word(sc, i + 1) === 'to' ? according(sc, s, i, e, 2) : NO_FRAME),
  },
  {
    name: 'in the words of',
    opens: ['in'],
    example: 'In the words of one skipper, the quay is "a death trap".',
    confidence: CONFIDENCE.reported,
    read: (sc, s, i, e) => (word(sc, i) === 'in' && word(sc, i + 1) === 'the' && word(sc, i + 2) === 'words' && word(sc, i + 3) === 'of' ? according(sc, s, i, e, 4) : NO_FRAME),
  },
  {
    name: 'in a poll',
    opens: ['in'],
    example: 'In a Harbor Gazette poll released Monday, Pryce led Marsh by nine points.',
    confidence: CONFIDENCE.reported,
    read: (sc, s, i, e) => inPoll(sc, s, i, e),
  },
  {
    name: 'as X put it',
    opens: ['as'],
    example: 'As one resident put it, the town has been forgotten. As the county paper reported, the mill will close.',
    confidence: CONFIDENCE.relayed,
    read: (sc, s, i, e) => (word(sc, i) === 'as' ? asPutIt(sc, s, i, e) : NO_FRAME),
  },
  {
    name: 'reportedly',
    opens: ['reportedly'],
    example: 'The mayor has reportedly resigned over the ferry contract.',
    confidence: CONFIDENCE.reportedly,
    read: (sc, s, i, e, firstClaim) => {
      if (word(sc, i) !== 'reportedly' || sc.claims.length !== firstClaim) return NO_FRAME;
      push(sc, { kind: 'unnamed', source: null, cue: [i, i + 1], content: chars(sc, s.start, e), via: null, confidence: CONFIDENCE.reportedly, at: i, para: s.para });
      return i + 1;
    },
  },
  {
    name: 'called it "..."',
    opens: NAMING_FORMS,
    example: 'The union called the offer "an insult". Hale resigned, calling the vote "a farce".',
    confidence: CONFIDENCE.speechAct,
    read: (sc, s, i, e) => {
      const w = word(sc, i);
      const naming = w === 'called' || w === 'calls' || w === 'calling' || NAMING.has(CUES.get(w)?.lemma ?? '');
      return naming && word(sc, i + 1) !== 'for' && word(sc, i + 1) !== 'on' ? calledQuote(sc, s, i, e) : NO_FRAME;
    },
  },
  {
    name: 'called it a ...',
    opens: ['called', 'calls'],
    example: 'The mayor called the closure a disgrace. Hale called it a mistake. Ortega called Marsh a coward.',
    confidence: CONFIDENCE.speechAct,
    read: (sc, s, i, e) => {
      const w = word(sc, i);
      return w === 'called' || w === 'calls' ? calledJudgement(sc, s, i, e) : NO_FRAME;
    },
  },
  {
    name: 'called it unfair',
    opens: ['called', 'calls'],
    example: 'The campaign called the charges baseless. Alder called Ortega dishonest.',
    confidence: CONFIDENCE.speechAct,
    read: (sc, s, i, e) => calledAdjective(sc, s, i, e),
  },
  {
    name: 'X quoted Y as saying',
    opens: ['quoted', 'cited', 'reported'],
    example: 'The Gazette quoted a harbour official as saying the crane had failed.',
    confidence: CONFIDENCE.relayed,
    read: (sc, s, i, e) => {
      const w = word(sc, i);
      const quoted = (w === 'quoted' || w === 'cited') && sc.toks[i - 1]?.text !== ',';
      const reportedAs = w === 'reported' && BE.has(word(sc, i - 1)) && word(sc, i + 1) === 'as';
      return quoted || reportedAs ? quotedAs(sc, s, i, e) : NO_FRAME;
    },
  },
  {
    name: 'noun cue + that',
    opens: [...SPEECH_NOUNS],
    example: 'Hale repeated his claim that the vote was rigged. There were new allegations that the count was late.',
    confidence: CONFIDENCE.speechAct,
    read: (sc, s, i, e) => nounCue(sc, s, i, e),
  },
  {
    name: ', citing X',
    opens: [...VIA_FORMS],
    example: 'The ferry sank at dawn, the agency said, citing fishermen.',
    confidence: CONFIDENCE.reported,
    read: (sc, s, i, e, firstClaim) => (VIA_FORMS.has(word(sc, i)) ? citing(sc, s, i, e, firstClaim) : NO_FRAME),
  },
];
