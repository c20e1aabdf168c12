// Constructions opened by a reporting verb, as tables of named rules. A cue word first passes the
// NOT_CUES filters; then the SELF_SOURCED rules (which find their own source or none) are tried in
// order; then the words naming the source are read once (readSource) and the SOURCED rules, which
// place the content around that source, are tried in order. Each rule returns the token to read on
// from, or NO_MATCH to hand over to the next rule.
import { CUES, AS_CUES, INFINITIVE_CUES, WH_CUES, WH_WORDS, UNNAMED_PARTICIPLES, VIA_FORMS, type CueInfo } from './cues';
import { AUX_ADV, CAP_STOP, DETERMINERS, DOC_NOUNS, NP_ADJ, NP_LINKS, PRONOUNS, ROLE_NOUNS } from './lexicon';
import { BE, MODAL_OR_PRON, RELATIVE, CLAUSAL, CLAUSE_LINKS, QUANTIFIERS, PREPOSITIONS, bare } from './grammar';
import { isNameWord } from './names';
import { TokenKind, type Sentence, type Token } from './text';
import { CONFIDENCE, type Range, type ScanContext, chars, push, quoteAt, wholeQuote, kindOf } from './context';
import { rightNP, leftSource, mannerAdverb, toVerb, sourceAfterCue, recipient, skipMods, asAhead, finiteVerbAhead, headAhead } from './phrases';
import { rightContentEnd, leftContent, contentChars, untilComma, closingAttribution, coordinatedCue, withSubject, mainCueAfterClause, ownClause, FRONTING } from './clauses';
import { hasPossessiveEnd } from './endings';

export const NO_MATCH = -1;

/** A reporting verb found in a sentence. */
export interface CueSite {
  sentence: Sentence;
  /** The cue's first token, and the token after its last word ("called for" is two words). */
  at: number;
  cueEnd: number;
  info: CueInfo;
  /** Where the sentence's content ends (before closing punctuation, or before the main verb after a relative clause). */
  end: number;
  /** Index of the sentence's first claim. */
  firstClaim: number;
  /** Lower-case word before the cue inside the sentence ('' at its start). */
  before: string;
}

/**
 * What a rule needs of its cue, read from the table before its function is called: most cues meet
 * few rules' needs, and a function never called is never compiled on a cold run.
 */
export interface CueNeeds {
  /** One of these lemmas ("decline", "refuse"). */
  lemmas?: string[];
  /** An -ing form or a participle. */
  form?: 'ing' | 'participle';
  /** One of these words right before the cue (site.before). */
  after?: ReadonlySet<string>;
}

/** The cue at site meets the needs of a rule. */
function meets(needs: CueNeeds, site: CueSite): boolean {
  const { info } = site;
  if (needs.lemmas !== undefined && !needs.lemmas.includes(info.lemma)) return false;
  if (needs.form === 'ing' ? !info.ing : needs.form === 'participle' && !info.participle) return false;
  return needs.after === undefined || needs.after.has(site.before);
}

/** The rules of a table with every need as a property of their own, in one order: meets then sees
 * one object shape per table, not one per combination of needs (cheaper run cold, interpreted). */
function withNeeds<T extends CueNeeds>(rules: T[]): T[] {
  return rules.map((r) => ({ lemmas: undefined, form: undefined, after: undefined, ...r }));
}

const AFTER_AND = new Set(['and', 'but']);
const AFTER_BY = new Set(['by']);
const AFTER_THAT = new Set(['that']);
const AFTER_TO = new Set(['to']);

export interface NotCue extends CueNeeds {
  name: string;
  example: string;
  test(sc: ScanContext, site: CueSite): boolean;
}

export interface CueRule extends CueNeeds {
  name: string;
  /** A sentence the rule reads (written for this table). */
  example: string;
  confidence: number;
  read(sc: ScanContext, site: CueSite): number;
}

/** A cue with the words naming its source: what the SOURCED rules share. */
export interface SourceReading {
  source: Range;
  /** The source follows the cue ("..., said the minister"). */
  inverted: boolean;
  /** Channel: the recipient of "told", or "citing X" before the content. */
  via: Range | null;
  /** "His office released a statement saying": the document the source spoke through. */
  docVia: Range | null;
  /** First token after the cue, its source (when inverted) and any modifiers: where right content starts. */
  contentStart: number;
  /** "that", a colon or a wh-word introduced the content. */
  thatIntro: boolean;
  /** Nothing to the right is content (a split quotation, or the content was quoted on the left). */
  rightEmpty: boolean;
}

export interface SourcedRule {
  name: string;
  example: string;
  confidence: number;
  read(sc: ScanContext, site: CueSite, r: SourceReading): number;
}

// ---- words that look like cues and are not ---------------------------------------------------

export const NOT_CUES: NotCue[] = withNeeds([
  {
    name: 'noun after a determiner',
    example: 'The report was published on Monday; his claims were false.',
    after: DETERMINERS,
    test: (sc, { at, sentence, before }) => {
      const prev = sc.toks[at - 1];
      const objPron = before === 'her' && NP_LINKS.has(sc.toks[at - 2]?.lower ?? ''); // "sources close to her said"
      return prev?.kind === TokenKind.Word && at - 1 >= sentence.start && before !== 'that' && !(prev.capital && at - 1 > sentence.start) && !objPron;
    },
  },
  { name: 'that said', example: 'That said, the plan has support.', lemmas: ['say'], after: AFTER_THAT, test: (sc, { at, cueEnd }) => sc.toks[at].lower === 'said' && sc.toks[cueEnd]?.text === ',' },
  // "is said to be" is read as an unnamed passive; without "is" it is a headline's passive
  { name: 'said to (headline passive)', example: 'Minister Said To Be Ready To Quit', lemmas: ['say'], test: (sc, { at, cueEnd, before }) => sc.toks[at].lower === 'said' && sc.toks[cueEnd]?.lower === 'to' && infinitiveAt(sc, cueEnd + 1) && !BE.has(before) && !HEDGE_ADVERBS.has(before) },
  {
    // a refusal to speak reports nothing a reader could weigh
    name: 'declined to comment',
    example: 'The ministry declined to comment on the allegations.',
    lemmas: ['decline', 'refuse'],
    test: (sc, { cueEnd }) => sc.toks[cueEnd]?.lower === 'to' && NO_COMMENT.has(sc.toks[cueEnd + 1]?.lower ?? ''),
  },
  {
    // "attack" reports speech only when people do it; armed forces attack places
    name: 'armed attack',
    example: 'Rebel forces have been attacking the capital since April.',
    lemmas: ['attack'],
    test: (sc, { at, sentence }) => ARMED.has(sc.toks[skipLeftWords(sc, at - 1, sentence.start)]?.lower ?? ''),
  },
  {
    name: '"thanks to" as a preposition',
    example: 'Pryce kept her lead thanks in part to her ads.',
    lemmas: ['thank'],
    test: (sc, { at, cueEnd }) => sc.toks[at].lower === 'thanks' && [cueEnd, cueEnd + 1, cueEnd + 2].some((k) => sc.toks[k]?.lower === 'to'),
  },
  {
    // "he was back to the primaries", "give it back by", "dating back years": an adverb, not "support"
    name: '"back" as an adverb',
    example: 'By Monday the mayor was back to her old slogans, and the firm gave it back.',
    lemmas: ['back'],
    test: (sc, { at, before }) => sc.toks[at].lower === 'back' && (BE.has(before) || !sc.toks[at + 1] || sc.toks[at + 1].kind !== TokenKind.Word || BACK_ADVERB.has(before) || BACK_ADVERB.has(sc.toks[at + 1].lower)),
  },
  {
    // "went after Marsh" attacks a person in words; "went after dinner", "went after the driver" do not
    name: '"went after" no person',
    example: 'The senators went after dinner to the town hall.',
    lemmas: ['go'],
    test: (sc, { cueEnd }) => !!sc.toks[cueEnd] && !sc.toks[cueEnd].capital && !OBJECT_PRONOUNS.has(sc.toks[cueEnd].lower),
  },
  {
    // "state Del. Marcia Price", "Trump's state tax returns", "his home state of Texas": the noun
    name: '"state" as a noun',
    example: 'Her niece, state Del. Ana Price, spoke in his home state of Ohio.',
    lemmas: ['state'],
    test: (sc, { at, before }) => sc.toks[at].lower === 'state' && (!!sc.toks[at + 1]?.capital || before === 'of' || before === 'home' || hasPossessiveEnd(sc.toks[at - 1]?.text ?? '')),
  },
  { name: 'hyphenated modifier', example: 'The so-called reform stalled.', test: (sc, { at }) => sc.toks[at].lower.includes('-') },
  // only "emailed to say" and the like report speech
  { name: 'infinitive', example: 'The firm declined to comment.', after: AFTER_TO, test: (sc, { at }) => toVerb(sc, at - 1) < 0 },
  {
    name: 'passive with an agent',
    example: 'A deal denounced by the union was signed; one government, supported mainly by Egypt, held the east.',
    form: 'participle',
    test: (sc, { cueEnd }) => {
      const by = sc.toks[cueEnd]?.lower === 'by' ? cueEnd : (sc.toks[cueEnd]?.lower ?? '').endsWith('ly') && sc.toks[cueEnd + 1]?.lower === 'by' ? cueEnd + 1 : NO_MATCH;
      return by !== NO_MATCH && !BY_CHANNEL.has(sc.toks[by + 1]?.lower ?? '');
    },
  },
  {
    // the main verb after the clause reports, not the verb inside it
    name: 'act inside a relative clause',
    example: 'An aide, who requested anonymity to discuss the talks, said they had stalled.',
    after: RELATIVE,
    test: (sc, { at, cueEnd, info }) =>
      relativeClauseEnd(sc, at) > 0 && (info.cls === 'act' || (info.cls === 'that' && sc.toks[cueEnd]?.lower !== 'that')),
  },
  {
    // an -ing form is a verb only after "is/was/been", a comma, a document or a subject
    name: '-ing form as a noun',
    example: 'A flood warning was issued.',
    form: 'ing',
    test: (sc, { at, before }) => {
      const prev = sc.toks[at - 1];
      return before !== 'by' && !afterClauseBreak(sc, at) && !BE.has(before) && !DOC_NOUNS.has(bare(prev ?? sc.toks[at])) && !AUX_ADV.has(before) && !PRONOUNS.has(before) && !withSubject(sc, at);
    },
  },
]);

/** Words beside "back" that make it an adverb: "gave it back", "way back in", "back to". */
// "said by telephone", "told reporters by email": how it was said, not who said it
const BY_CHANNEL = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videolink', 'letter', 'satellite', 'radio']);
const BACK_ADVERB = new Set(['it', 'them', 'him', 'way', 'dating', 'date', 'dates', 'going', 'come', 'came', 'get', 'got', 'bring', 'brought', 'give', 'gave', 'to', 'in', 'into', 'from', 'at', 'on', 'up', 'then', 'when', 'home']);

/** Subjects whose "attack" is armed, not spoken. */
const ARMED = new Set(['forces', 'troops', 'militants', 'rebels', 'army', 'militia', 'militias', 'jets', 'drones', 'fighters', 'gunmen', 'insurgents', 'soldiers', 'warplanes', 'aircraft']);

/** The word before auxiliaries and adverbs left of token j ("forces | have been | attacking"). */
function skipLeftWords(sc: ScanContext, j: number, start: number): number {
  while (j > start && AUX_ADV.has(sc.toks[j].lower)) j--;
  return j;
}

/** Verbs of a refusal to speak: "declined to comment", "refused to elaborate". */
const NO_COMMENT = new Set(['comment', 'elaborate', 'respond', 'discuss', 'answer', 'speculate', 'say', 'confirm', 'specify', 'provide', 'give', 'be']);

/** "to be", "to quit": a verb after "to", not a recipient ("to reporters", "to the crowd", "to him"). */
function infinitiveAt(sc: ScanContext, k: number): boolean {
  const t = sc.toks[k];
  if (!t || t.kind !== TokenKind.Word) return false;
  if (t.lower === 'be' || t.lower === 'have') return true;
  return !t.capital && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower) && !OBJECT_PRONOUNS.has(t.lower) && !ROLE_NOUNS.has(bare(t)) && !t.lower.endsWith('s');
}

/** "Hale, who said the vote was rigged, told ...": the comma closing the relative clause, else -1 (the
 * caller has checked the relative pronoun before the cue at `at`: most cues have none, and then this is not compiled). */
function relativeClauseEnd(sc: ScanContext, at: number): number {
  return sc.toks[at - 2]?.text === ',' ? mainCueAfterClause(sc, at, sc.m.sentences[sc.m.sentenceOf[at]].end) : -1;
}

// ---- rules that find their own source --------------------------------------------------------

/** Hedge words between "is" and the participle: "is also widely reported". */
const HEDGE_ADVERBS = new Set(['also', 'widely', 'previously', 'not', 'now']);

/** "The minister is reported to have resigned." / "It was reported that ...": a passive with no agent. */
function unnamedPassive(sc: ScanContext, site: CueSite): number {
  const { toks } = sc;
  const { sentence: s, at: i, cueEnd, end: e } = site;
  let b = i - 1;
  while (b >= s.start && toks[b].kind === TokenKind.Word && (HEDGE_ADVERBS.has(toks[b].lower) || mannerAdverb(sc, b, s.start))) b--;
  if (!(b >= s.start && BE.has(toks[b].lower))) return NO_MATCH;
  if (!UNNAMED_PARTICIPLES.has(toks[i].lower)) return i + 1;
  // "is thought to favour a delay": the infinitive is the content, not a place phrase to skip
  const k = toks[cueEnd]?.lower === 'to' ? cueEnd : skipMods(sc, cueEnd, e);
  // "Ruiz, who is believed to be 45, said ...": a hedge inside a relative clause describes
  if (RELATIVE.has(toks[b - 1]?.lower ?? '') || (toks[b - 1]?.lower === 'that' && toks[b - 2]?.kind === TokenKind.Word)) return i + 1;
  return unnamedContent(sc, site, b, k);
}

/** The content of an unnamed passive whose "is"/"was" is at b and whose next words are at k (rare: a
 * function of its own, so a cold run compiles it only for text that has such a passive). */
function unnamedContent(sc: ScanContext, site: CueSite, b: number, k: number): number {
  const { toks } = sc;
  const { sentence: s, at: i, cueEnd, end: e } = site;
  if (toks[k]?.lower === 'to') {
    push(sc, { kind: 'unnamed', source: null, cue: [b, cueEnd], content: chars(sc, s.start, e), via: null, confidence: CONFIDENCE.unnamed, at: i, para: s.para, hedged: true });
    // read on: "..., two aides said" names the source after all
    return k + 1;
  }
  // "It is thought the talks will resume": "that" may be left out before a clause
  const clause = toks[k]?.lower === 'that' ? k + 1 : toks[k] && (DETERMINERS.has(toks[k].lower) || PRONOUNS.has(toks[k].lower) || toks[k].capital) && toks[k].quote < 0 ? k : -1;
  if (clause > 0 && clause < e) {
    let sb = b - 1;
    while (sb > s.start && (BE.has(toks[sb].lower) || toks[sb].lower === 'has' || toks[sb].lower === 'had' || toks[sb].lower === 'also')) sb--;
    const subj = sb >= s.start ? toks[sb].lower : '';
    if (subj === 'it' || subj === 'this') {
      push(sc, { kind: 'unnamed', source: null, cue: [i, cueEnd], content: chars(sc, clause, e), via: null, confidence: CONFIDENCE.unnamed, at: i, para: s.para });
      return e;
    }
  }
  return i + 1;
}

/** Claim with content [k, end) on the right of the cue. */
function pushRight(sc: ScanContext, site: CueSite, k: number, end: number, source: Range | null, confidence: number, extra: { via?: Range | null; sameAs?: number } = {}): number {
  const idx = push(sc, { kind: kindOf(sc, k, end), source, cue: [site.at, site.cueEnd], content: contentChars(sc, k, end), via: extra.via ?? null, confidence, at: site.at, para: site.sentence.para, sameAs: extra.sameAs });
  if (idx >= 0) sc.claims[idx].quote = wholeQuote(sc, k);
  return idx;
}

/** The sentence's subject: a pronoun opening it, or the noun phrase there. */
function sentenceSubject(sc: ScanContext, s: Sentence, limit: number, max: number): Range | null {
  const start = afterFronting(sc, s.start, limit);
  if (PRONOUNS.has(sc.toks[start].lower)) return [start, start + 1];
  const np = rightNP(sc, start, limit, max);
  // "Republican presidential nominee Donald Trump": an adjective of a name opens the phrase, the role and name go on
  const rest = np && np[1] - np[0] === 1 && headAhead(sc, np[1], limit) ? rightNP(sc, np[1], limit, max - 1) : null;
  return rest && rest[0] === np![1] ? [np![0], rest[1]] : np;
}

/** "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton ...": the subject after a fronted phrase, else a. */
function afterFronting(sc: ScanContext, a: number, limit: number): number {
  if (!FRONTING.has(sc.toks[a].lower)) return a;
  for (let j = a + 1; j < limit && j < a + 20; j++) {
    if (sc.toks[j].text !== ',' || sc.toks[j].quote >= 0) continue;
    const np = rightNP(sc, j + 1, limit, 6);
    if (np && sc.toks[np[1]]?.kind === TokenKind.Word && !CUES.has(sc.toks[np[1]].lower) && sc.toks[np[1]].lower !== 'on') return j + 1;
  }
  return a;
}

function andSameSpeaker(sc: ScanContext, site: CueSite): number {
  if (!(sc.claims.length > site.firstClaim && coordinatedCue(sc, site.at))) return NO_MATCH;
  return sameSpeakerContent(sc, site);
}

/** The content of "... and warned that ..." after a claim (rare: compiled only for text that has one). */
function sameSpeakerContent(sc: ScanContext, site: CueSite): number {
  const { cueEnd, end: e } = site;
  const k = skipMods(sc, cueEnd, e, true, INFINITIVE_CUES.has(site.info.lemma));
  const end = rightContentEnd(sc, k, e);
  if (end <= k) return NO_MATCH;
  pushRight(sc, site, k, end, sc.claims[sc.claims.length - 1].source, CONFIDENCE.continued, { sameAs: sc.claims.length - 1 });
  return end;
}

function andSentenceSubject(sc: ScanContext, site: CueSite): number {
  const { sentence: s, at: i } = site;
  // "toured the site and said", "... and repeatedly says", "... but has said": the "and" or "but"
  // before the cue, past up to two adverbs or auxiliaries
  let j = i - 1;
  while (j > s.start && j >= i - 2 && AUX_ADV.has(sc.toks[j].lower)) j--;
  const link = j > s.start && (sc.toks[j].lower === 'and' || sc.toks[j].lower === 'but') ? j : -1;
  if (!(link >= 0 && sc.claims.length === site.firstClaim && coordinatedCue(sc, i))) return NO_MATCH;
  return subjectBeforeLink(sc, site, link);
}

/** The content of "X toured the site and said ...", with the "and" at link (rare: compiled only for text that has one). */
function subjectBeforeLink(sc: ScanContext, site: CueSite, link: number): number {
  const { toks } = sc;
  const { sentence: s, cueEnd, end: e } = site;
  const subj = sentenceSubject(sc, s, e, 10);
  const k = skipMods(sc, cueEnd, e, true, INFINITIVE_CUES.has(site.info.lemma));
  const end = rightContentEnd(sc, k, e);
  if (!(subj && end - k >= 2 && subj[1] < link - 1 && (toks[subj[1]].text === ',' || toks[subj[1]].kind === TokenKind.Word))) return NO_MATCH;
  pushRight(sc, site, k, end, subj, CONFIDENCE.distantSubject);
  return end;
}

/** A comma before token i, also inside a closing quotation mark ('a defense of "New York values," saying ...'). */
function afterClauseBreak(sc: ScanContext, i: number): boolean {
  const prev = sc.toks[i - 1];
  if (prev?.text === ',') return true;
  return prev?.kind === TokenKind.Quote && prev.quote < 0 && sc.toks[i - 2]?.text === ',';
}

function commaIngSubject(sc: ScanContext, site: CueSite): number {
  if (!(afterClauseBreak(sc, site.at) && sc.claims.length === site.firstClaim && site.info.cls !== 'that')) return NO_MATCH;
  return subjectBeforeComma(sc, site);
}

/** The content of "The union called a strike, warning ..." (rare: compiled only for text that has one). */
function subjectBeforeComma(sc: ScanContext, site: CueSite): number {
  const { toks } = sc;
  const { sentence: s, at: i, cueEnd, end: e, info } = site;
  const subj = sentenceSubject(sc, s, e, 8);
  let k = skipMods(sc, cueEnd, e, true);
  if (toks[k]?.lower === 'of' && info.lemma === 'warn') k++;
  const end = info.cls === 'act' ? untilComma(sc, k, e) : rightContentEnd(sc, k, e);
  if (!(subj && end - k >= 2 && subj[1] < i)) return NO_MATCH;
  pushRight(sc, site, k, end, subj, CONFIDENCE.participleSubject);
  return end;
}

function commaIngContinues(sc: ScanContext, site: CueSite): number {
  const { toks } = sc;
  const { at: i, cueEnd, end: e, info } = site;
  if (!(afterClauseBreak(sc, i) && sc.claims.length > site.firstClaim)) return NO_MATCH;
  const last = sc.claims.length - 1;
  const k = skipMods(sc, cueEnd, e, true);
  if (!((k < e && info.cls !== 'that') || toks[k - 1]?.lower === 'that')) return i + 1;
  const end = rightContentEnd(sc, k, e);
  pushRight(sc, site, k, end, sc.claims[last].source, CONFIDENCE.continued, { sameAs: last });
  return end;
}

/** A passive participle ending at token j ("is justified", "was often defended"). */
function passiveBefore(sc: ScanContext, j: number, a: number): boolean {
  const t = sc.toks[j];
  if (!t || j <= a || !/(ed|en)$/.test(t.lower)) return false;
  let b = j - 1;
  while (b > a && AUX_ADV.has(sc.toks[b].lower) && !BE.has(sc.toks[b].lower)) b--;
  return BE.has(sc.toks[b].lower);
}

/** "Obama responded by saying the issue was manufactured": a report given as the means of the subject's act. */
function byIngSubject(sc: ScanContext, site: CueSite): number {
  if (sc.claims.length !== site.firstClaim) return NO_MATCH;
  return subjectOfMeans(sc, site);
}

/** The content of "answered the critics by saying ..." (rare: compiled only for text that has one). */
function subjectOfMeans(sc: ScanContext, site: CueSite): number {
  const { sentence: s, at: i, cueEnd, end: e, info } = site;
  // "the move is often justified by arguing ...": after a passive the subject is not the one speaking
  if (passiveBefore(sc, i - 2, s.start)) return i + 1;
  const subj = sentenceSubject(sc, s, i - 1, 8);
  // "by telling them that ...": whoever was told is the channel, not content
  const rec = info.cls === 'tell' ? recipient(sc, cueEnd, e) : null;
  const k = skipMods(sc, rec ? rec[1] : cueEnd, e, true, INFINITIVE_CUES.has(info.lemma));
  if (!subj || (info.cls === 'that' && sc.toks[k - 1]?.lower !== 'that')) return i + 1;
  const end = info.cls === 'act' ? untilComma(sc, k, e) : rightContentEnd(sc, k, e);
  if (end - k < 2) return i + 1;
  pushRight(sc, site, k, end, subj, CONFIDENCE.participleSubject, { via: rec ? rec[0] : null });
  return end;
}

export const SELF_SOURCED: CueRule[] = withNeeds([
  { name: 'unnamed passive', example: 'The minister is reported to have resigned. It was reported that the talks had failed.', confidence: CONFIDENCE.unnamed, form: 'participle', read: unnamedPassive },
  { name: 'and-cue, same speaker', example: 'Lind said the port would reopen and warned that delays would last.', confidence: CONFIDENCE.continued, after: AFTER_AND, read: andSameSpeaker },
  { name: 'and-cue, sentence subject', example: 'Okafor, who flew in overnight, toured the site and later said the damage was severe.', confidence: CONFIDENCE.distantSubject, read: andSentenceSubject },
  { name: ', -ing cue, sentence subject', example: 'The union called a strike on Monday, warning of weeks of disruption.', confidence: CONFIDENCE.participleSubject, form: 'ing', read: commaIngSubject },
  { name: ', -ing cue continues', example: 'Lind said the port would reopen, adding that the cranes were safe.', confidence: CONFIDENCE.continued, form: 'ing', read: commaIngContinues },
  { name: 'by -ing cue, sentence subject', example: 'The mayor answered the critics by saying the audit was complete.', confidence: CONFIDENCE.participleSubject, form: 'ing', after: AFTER_BY, read: byIngSubject },
]);

// ---- the source of a cue, read once --------------------------------------------------------

/** Who: the subject on the left (past a clause or appositive) or an inverted source on the right; null when there is none or the cue is a noun after all. */
export function readSource(sc: ScanContext, site: CueSite): SourceReading | null {
  const { toks } = sc;
  const { sentence: s, at: i, cueEnd, info, end: e } = site;
  // "..., said the minister.": a speaker after the cue, once a comma or a closing quote came before it
  const p = toks[i - 1];
  const inv = info.cls !== 'tell' && i - 1 >= s.start && (p.text === ',' || (p.kind === TokenKind.Quote && p.quote < 0)) ? sourceAfterCue(sc, s, cueEnd) : null;
  const inverted = !!inv;
  let source = inv ?? leftSource(sc, s, i);
  if (!source) return null;
  // "You know the feeling", "we can blame the stores all we want": a generic "you", or "I"/"we" with a
  // modal (what one could do, not what someone said), is the writer talking, no source
  const word = source[1] - source[0] === 1 ? toks[source[0]].lower : '';
  if (word === 'you' || ((word === 'we' || word === 'i') && MODALS.has(site.before))) return null;
  // "The law, which Hale says is unfair, ...": the content is the relative's antecedent, not the words after
  // ("an interview in which he said the count was rigged": after a preposition "which" is no object, the words after are content)
  const wh = toks[source[0] - 1]?.lower;
  if (!inverted && (wh === 'what' || (wh === 'which' && !PREPOSITIONS.has(toks[source[0] - 2]?.lower ?? '')))) return null;
  // "His office released a statement saying ...": the one who released it speaks through it.
  const subj = info.ing && !inverted ? releasedBy(sc, s, source) : null;
  const docVia = subj ? source : null;
  if (subj) source = subj;
  if (info.ambiguous && !inverted && !verbAgrees(sc, site, source)) return null;
  // Channel of "told X that".
  let via: Range | null = null;
  let k = inverted ? source[1] : cueEnd;
  if (info.cls === 'tell' && !inverted) {
    const rec = recipient(sc, k, e);
    // "\"...,\" Clinton told a cheering throng of supporters in Tampa.": with the content on the left, whoever was told
    if (!rec && !leftContent(sc, s, source[0])) return null;
    via = rec ? rec[0] : null;
    k = rec ? rec[1] : e;
  }
  k = skipMods(sc, k, e, true, INFINITIVE_CUES.has(info.lemma));
  // "reported in January, citing two executives, that ...": the channel sits between cue and content
  if (toks[k]?.text === ',' && VIA_FORMS.has(toks[k + 1]?.lower ?? '')) {
    const c = viaAsideEnd(sc, k, e);
    if (c > 0) { via = via ?? [k + 2, c]; k = c + 2; }
  }
  // "asked whether ...", "described how ...": the wh-word opens the content and stays in it
  const whClause = WH_CUES.has(info.lemma) && WH_WORDS.has(toks[k]?.lower ?? '') && k + 2 < e;
  // "joked that, among black voters, he ranks fourth": "that" before an aside still introduces the content
  const thatAside = toks[k - 1]?.text === ',' && toks[k - 2]?.lower === 'that' && k - 2 >= cueEnd;
  const thatIntro = toks[k - 1]?.lower === 'that' || toks[k - 1]?.text === ':' || whClause || thatAside;
  const lead = inverted ? i : source[0];
  // A quotation on both sides ("\"A,\" she said, \"B.\"") is one split quotation, read from the left.
  // (content on the left is read last, and only when the rest holds: most cues have no quotation beside them)
  const splitQuote = toks[k]?.kind === TokenKind.Quote && toks[k - 1]?.text === ',' && toks[lead - 1]?.kind === TokenKind.Quote && !!leftContent(sc, s, lead);
  // "\"...,\" she said of the ruling": after a quotation, only "that", a colon or another quotation opens content on the right
  const lp = toks[lead - 1];
  const quotedLeft = !!lp && (lp.kind === TokenKind.Quote ? lp.quote < 0 && sc.m.quoteByClose.has(lead - 1) : lp.text === ',' && sc.m.quoteByClose.has(lead - 2));
  const afterQuote = quotedLeft && !thatIntro && toks[k]?.kind !== TokenKind.Quote && !!leftContent(sc, s, lead);
  const rightEmpty = splitQuote || afterQuote || k >= e || toks[k]?.text === ',' || toks[k]?.text === ')' || toks[k]?.text === '(';
  return { source, inverted, via, docVia, contentStart: k, thatIntro, rightEmpty };
}

/** "His office released a statement saying": the sentence's subject, who speaks through the document
 * named by source, else null (rare: compiled only for text with an -ing cue after a document). */
function releasedBy(sc: ScanContext, s: Sentence, source: Range): Range | null {
  const { toks } = sc;
  if (!DOC_NOUNS.has(bare(toks[source[1] - 1])) || !(toks[source[0]].lower === 'a' || toks[source[0]].lower === 'an')) return null;
  const subj = sentenceSubject(sc, s, source[0], 8);
  return subj && subj[0] === s.start ? subj : null;
}

/** ", citing two executives, that": the comma closing the channel aside opened at the comma k, when
 * "that" follows it, else -1 (rare: compiled only for text that has one). */
function viaAsideEnd(sc: ScanContext, k: number, e: number): number {
  for (let c = k + 2; c < e && c < k + 16; c++) {
    if (sc.toks[c].text !== ',') continue;
    return sc.toks[c + 1]?.lower === 'that' ? c : -1;
  }
  return -1;
}

const MODALS = new Set(['can', 'could', 'should', 'must', 'might', 'may', 'would', "can't", 'cannot', "shouldn't"]);

/** A noun-or-verb form ("claims", "show") is a verb when it agrees with its subject: "figures show", "the study claims". */
function verbAgrees(sc: ScanContext, site: CueSite, source: Range): boolean {
  const { toks } = sc;
  const i = site.at;
  const k = skipMods(sc, site.cueEnd, site.end, true);
  const thatAfter = toks[k - 1]?.lower === 'that' || toks[k - 1]?.text === ':' || toks[k]?.kind === TokenKind.Quote;
  // the head is the noun before a linking word ("Figures from the Association show") or a
  // participle ("A poll released Friday shows")
  let h = source[0] + 1;
  for (; h < source[1]; h++) {
    const t = toks[h];
    if (!t.capital && (NP_LINKS.has(t.lower) || (t.lower.endsWith('ed') && !ROLE_NOUNS.has(t.lower)))) break;
  }
  const head = toks[h - 1];
  // "China and Russia support": two subjects joined by "and" are plural
  let joined = false;
  for (let j = source[0]; j < source[1]; j++) if (toks[j].lower === 'and') joined = true;
  // "A number of other members echo": a quantity of people is plural
  const plural = bare(head).endsWith('s') || PRONOUNS.has(head.lower) || head.lower === 'police' || joined || (QUANTITY_HEADS.has(head.lower) && toks[h]?.lower === 'of');
  const thirdPerson = toks[i].lower.endsWith('s');
  // "Hale's comments came ...": after a possessive the word is a noun
  if (hasPossessiveEnd(head.text) && head === toks[i - 1]) return false;
  // "party rules that could bind them", "Rust Belt states that have suffered": a plural noun's relative clause
  if (thirdPerson && toks[k - 1]?.lower === 'that' && AUXILIARIES.has(toks[k]?.lower) && !PRONOUNS.has(head.lower)) return false;
  const agrees = thirdPerson ? !plural || head.lower === 'he' || head.lower === 'she' || head.lower === 'it' : plural;
  // "a boost in battleground states", "much of his new support": a noun after a described thing
  // is no verb; a verb reading needs a name, a role, a pronoun or a document ("Polling averages show") as the subject's head
  const last = toks[source[1] - 1];
  const speakerHead = isNameWord(last) || ROLE_NOUNS.has(bare(last)) || PRONOUNS.has(last.lower) || isNameWord(head) || ROLE_NOUNS.has(bare(head)) || DOC_NOUNS.has(bare(head));
  return speakerHead && (thatAfter || MODAL_OR_PRON.has(toks[i - 1].lower) || agrees);
}

/** Words that open a verb phrase: after "that" they make it a relative pronoun, not a report's "that". */
const AUXILIARIES = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'have', 'has', 'had', 'are', 'were', 'do']);

/** Heads that take a plural verb before "of" + people: "a number of members", "a majority of voters". */
const QUANTITY_HEADS = new Set(['number', 'majority', 'minority', 'plurality', 'handful', 'couple', 'third', 'half', 'quarter', 'group', 'lot']);

// ---- rules given a source ----------------------------------------------------------------------

/** The whole sentence as the content its source and cue interrupt (rare: compiled only for text that has one). */
function interruptedClaim(sc: ScanContext, site: CueSite, r: SourceReading): number {
  const { sentence: s, at: i, cueEnd, end: e } = site;
  const idx = push(sc, { kind: kindOf(sc, s.start, e), source: r.source, cue: [i, cueEnd], content: contentChars(sc, s.start, e), via: r.via, confidence: CONFIDENCE.interrupted, at: i, para: s.para });
  return idx >= 0 ? e : i + 1;
}

/** "It was, he said, \"a dark chapter\"": a clause cut after its verb resumes with a quotation. */
function cutClauseResumes(sc: ScanContext, site: CueSite, r: SourceReading): number {
  const { toks } = sc;
  const s = site.sentence;
  const k = r.contentStart;
  if (!(toks[k]?.kind === TokenKind.Quote && toks[k - 1]?.text === ',' && toks[r.source[0] - 1]?.text === ',' && r.source[0] - 2 >= s.start && BE.has(toks[r.source[0] - 2].lower) && !r.inverted)) return NO_MATCH;
  return interruptedClaim(sc, site, r);
}

/** Content on the right of the cue: "X said (that) Y", "X urged Y to ...". */
function contentAfterCue(sc: ScanContext, site: CueSite, r: SourceReading): number {
  const { toks } = sc;
  const { at: i, info, end: e } = site;
  if (r.rightEmpty || r.inverted) return NO_MATCH;
  const k = r.contentStart;
  // "described the response as a disgrace": the judgement is the content
  const asJudgement = AS_CUES.has(info.lemma) && asAhead(sc, k, e);
  // "agreed to share a currency": a commitment's infinitive is its content
  const infinitive = INFINITIVE_CUES.has(info.lemma) && toks[k]?.lower === 'to' && infinitiveAt(sc, k + 1);
  // "questioned the integrity of the vote", "highlighted his message": the object is reported like an act's
  const questioned = OBJECT_REPORTS.has(info.lemma) && DETERMINERS.has(toks[k]?.lower ?? '') && !r.thatIntro;
  if (info.cls === 'that' && !r.thatIntro && !infinitive && toks[k]?.kind !== TokenKind.Quote && !asJudgement && !questioned && !(CLAUSAL.has(info.lemma) && opensClause(sc, k, e))) return i + 1;
  let end = info.cls === 'act' || asJudgement || questioned ? untilComma(sc, k, e) : rightContentEnd(sc, k, e);
  let outerVia: Range | null = null;
  // "X said Y, the Z website said": content running to the sentence's end may close with a clause,
  // after its last comma outside quotations, that attributes the whole; Z is the channel
  if (info.cls !== 'act' && end === e) {
    let comma = e - 1;
    while (comma > k && !(toks[comma].text === ',' && toks[comma].quote < 0)) comma--;
    for (let q = comma + 2; comma > k && q < e && q < comma + 16; q++) {
      const qInfo = CUES.get(toks[q].lower);
      if (!qInfo || qInfo.cls === 'act' || qInfo.cls === 'that') continue;
      const outer = closingAttribution(sc, comma, q, e);
      if (outer) { outerVia = outer.via; end = outer.cut; }
      break;
    }
  }
  if (end - k < 1) return i + 1;
  pushRight(sc, site, k, end, r.source, info.cls === 'act' ? CONFIDENCE.speechAct : CONFIDENCE.reported, { via: r.via ?? outerVia ?? r.docVia });
  return outerVia ? e : end;
}

/** Verbs that need "that" for a clause but report a determiner phrase object too: "questioned the need for X". */
const OBJECT_REPORTS = new Set(['question', 'highlight']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'this']);

/** "agreed to a truce", "decided on a date": a preposition opens no clause. */
const CLAUSE_NEVER_OPENS = new Set(['to', 'on', 'with', 'in', 'for', 'about', 'of', 'at', 'by', 'from', 'into', 'upon', 'against']);

/** Cognition verbs often drop "that": "He reckons the timing will sting." The words at k open a clause. */
function opensClause(sc: ScanContext, k: number, e: number): boolean {
  const n = sc.toks[k];
  if (!n || CLAUSE_NEVER_OPENS.has(n.lower)) return false;
  // "will find it harder to", "shows him to be", "thinks them fools": an object and its complement, no
  // reported clause; a subject pronoun ("found it was") or a finite verb after "it" makes a clause
  if (OBJECT_PRONOUNS.has(n.lower) && ((n.lower !== 'it' && n.lower !== 'this') || !finiteVerbAhead(sc, k + 1, Math.min(k + 2, sc.toks.length)))) return false;
  const subjectLike = DETERMINERS.has(n.lower) || PRONOUNS.has(n.lower) || isNameWord(n) || QUANTIFIERS.has(n.lower) || /^\d/.test(n.text);
  return (subjectLike && e - k >= 4) || (finiteVerbAhead(sc, k + 1, e) && e - k >= 2);
}

/** "The cuts, the chief executive told analysts, would fall on ...": the attribution sits inside its content. */
function sourceInsideContent(sc: ScanContext, site: CueSite, r: SourceReading): number {
  const { toks } = sc;
  const { sentence: s, at: i, info, end: e } = site;
  const k = r.contentStart;
  const lead = r.inverted ? i : r.source[0];
  const resume = toks[k + 1];
  if (!(toks[k]?.text === ',' && toks[lead - 1]?.text === ',' && lead - 1 > s.start && e - k > 2 && toks[k].quote < 0 && info.cls !== 'act')) return NO_MATCH;
  // read last: whether the clause resumes after the comma takes a scan ahead
  if (!(resume?.kind === TokenKind.Word && (r.inverted ? resumesAfterInverted(resume) : resumesAfterSubject(sc, k + 1, e)))) return NO_MATCH;
  return interruptedClaim(sc, site, r);
}

/** "..., said Ortega, a senator from Ohio": after an inverted source an appositive may follow; only a
 *  lower-case verb or adverb resumes the clause. */
function resumesAfterInverted(resume: Token): boolean {
  return !resume.capital && (AUX_ADV.has(resume.lower) || !(CAP_STOP.has(resume.lower) || /ing$/.test(resume.lower) || VIA_FORMS.has(resume.lower) || RELATIVE.has(resume.lower) || DETERMINERS.has(resume.lower) || NP_ADJ.has(resume.lower)));
}

/** "Unless the council acts, they say, the bridge could close": after "X said," no appositive can
 *  follow, so any words resume the clause, except an -ing report (", adding that"), a channel
 *  (", citing"), "according to", a relative clause, the writer's ", as ..." or ", and ...", or
 *  another speaker's report. */
function resumesAfterSubject(sc: ScanContext, j: number, e: number): boolean {
  const w = sc.toks[j];
  if (RELATIVE.has(w.lower) || VIA_FORMS.has(w.lower) || w.lower === 'according' || CUES.get(w.lower)?.ing) return false;
  // "..., the county office said, as rescuers searched the river": the writer's circumstance
  if (w.lower === 'as' || (w.lower === 'even' && sc.toks[j + 1]?.lower === 'as')) return false;
  // "..., the association estimated, and two lines had diverted ships": a clause of the writer's own
  return !CLAUSE_LINKS.has(w.lower) && !ownClause(sc, j, e);
}

/** Content on the left: "..., X said." / "\"...,\" said X" / split quotations "\"A,\" said X, \"B.\"" */
function contentBeforeSource(sc: ScanContext, site: CueSite, r: SourceReading): number {
  const { toks } = sc;
  const { sentence: s, at: i, cueEnd, info, before } = site;
  const lead = r.inverted ? i : r.source[0];
  const readOn = Math.max(i + 1, r.inverted ? r.source[1] : cueEnd);
  // "one captain, who asked not to be named, told ...": a verb in a relative clause owns no content on the left
  const leftR = RELATIVE.has(before) && !r.inverted ? null : leftContent(sc, s, lead);
  if (!leftR) return readOn;
  if (info.cls === 'act') return i + 1;
  const quoted = toks[leftR[0]].kind === TokenKind.Quote;
  const idx = push(sc, { kind: kindOf(sc, leftR[0], leftR[1]), source: r.source, cue: [i, cueEnd], content: contentChars(sc, leftR[0], leftR[1]), via: r.via, confidence: quoted ? CONFIDENCE.quoted : CONFIDENCE.reportedBefore, at: i, para: s.para });
  if (idx < 0) return readOn;
  sc.claims[idx].quote = wholeQuote(sc, leftR[0]);
  // Split quotation: "A," said X, "B."
  let j = skipMods(sc, r.inverted ? r.source[1] : cueEnd, s.end);
  if (toks[j]?.text === ',') j++;
  if (!(toks[j - 1]?.text === ',' && toks[j]?.kind === TokenKind.Quote && toks[j].quote < 0)) return readOn;
  return secondHalf(sc, s, j, idx) ?? readOn;
}

/** The second half of a split quotation opening at j joins claim idx; the token after it, else null
 * (rare: compiled only for text that has one). */
function secondHalf(sc: ScanContext, s: Sentence, j: number, idx: number): number | null {
  const region = quoteAt(sc, sc.m.quoteByOpen, j);
  if (!region || region.end > s.end) return null;
  const c = sc.claims[idx];
  c.content = [c.content[0], sc.toks[region.end - 1].end];
  c.kind = 'direct';
  return region.end;
}

export const SOURCED: SourcedRule[] = [
  { name: 'clause cut by the source resumes in quotes', example: 'The closure was, she said, "a dark day for the town".', confidence: CONFIDENCE.interrupted, read: cutClauseResumes },
  { name: 'source cue content', example: 'The harbour master said the quay would reopen on Friday. The council urged drivers to avoid the bridge.', confidence: CONFIDENCE.reported, read: contentAfterCue },
  { name: 'source inside its content', example: 'The cuts, the chief executive told analysts, would fall on the northern yards.', confidence: CONFIDENCE.interrupted, read: sourceInsideContent },
  { name: 'content before source', example: '"The wall gave way," said Ines Valdr. The bridge will stay shut, the council said.', confidence: CONFIDENCE.quoted, read: contentBeforeSource },
];

/** Reads the construction a reporting verb opens; returns the token to read on from. */
export function readCue(sc: ScanContext, s: Sentence, at: number, cueEnd: number, info: CueInfo, end: number, firstClaim: number): number {
  const before = at - 1 >= s.start ? sc.toks[at - 1].lower : '';
  const site: CueSite = { sentence: s, at, cueEnd, info, end, firstClaim, before };
  // index loops, not for-of: run cold (interpreted), for-of allocates a result object per step, and a
  // first extraction's allocations decide whether it pays for a garbage collection
  for (let ri = 0; ri < NOT_CUES.length; ri++) {
    const rule = NOT_CUES[ri];
    if (meets(rule, site) && rule.test(sc, site)) return at + 1;
  }
  // "Hale, who said the vote was rigged, told reporters ...": the clause ends where the main verb begins
  const clauseEnd = RELATIVE.has(before) ? relativeClauseEnd(sc, at) : -1;
  if (clauseEnd > 0) site.end = clauseEnd;
  for (let ri = 0; ri < SELF_SOURCED.length; ri++) {
    const rule = SELF_SOURCED[ri];
    if (!meets(rule, site)) continue;
    sc.rule = rule.name;
    const next = rule.read(sc, site);
    if (next !== NO_MATCH) return next;
  }
  const reading = readSource(sc, site);
  if (!reading) return at + 1;
  for (let ri = 0; ri < SOURCED.length; ri++) {
    const rule = SOURCED[ri];
    sc.rule = rule.name;
    const next = rule.read(sc, site, reading);
    if (next !== NO_MATCH) return next;
  }
  return at + 1;
}
