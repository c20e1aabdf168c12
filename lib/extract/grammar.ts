// Small closed classes of English words the scan reasons with.
import { type CueInfo } from './cues';
import { type Token } from './text';
import { isPartyTagText, stripPossessive } from './endings';

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const MODAL_OR_PRON = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does', 'they', 'we', 'i', 'you', 'he', 'she', 'it', 'also', 'not']);
export const RELATIVE = new Set(['who', 'which', 'whose', 'where', 'whom']);
export const OBJ_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'lawmakers', 'parliament', 'senators', 'supporters', 'the', 'a', 'an']);
export const SAYING = new Set(['saying', 'telling', 'stating', 'declaring', 'warning', 'claiming']);
export const PARENTHETICAL = new Set(['however', 'though', 'too', 'also', 'again', 'meanwhile', 'nevertheless', 'instead', 'separately', 'later', 'earlier', 'previously']);
/** Verbs that introduce "to say": "emailed to say", "took to Facebook to say". */
export const TO_VERBS = new Set(['went', 'came', 'took', 'rang', 'phoned', 'called', 'wrote', 'emailed', 'e-mailed', 'texted', 'messaged', 'tweeted', 'posted', 'spoke', 'stepped', 'returned', 'paused', 'stopped']);
/** "continues to insist", "continued to call for": the subject goes on saying what the infinitive says. */
export const CATENATIVES = new Set(['continue', 'continues', 'continued', 'continuing']);
export const MAKE = new Set(['made', 'make', 'makes', 'making']);
export const MADE_CLEAR: CueInfo = { lemma: 'make clear', cls: 'that', ambiguous: false, ing: false, participle: false };
/** Irregular participles of publishing: "a video sent to", "remarks broadcast on". */
export const PARTICIPLES = new Set(['sent', 'broadcast', 'given', 'written', 'shown', 'read', 'made', 'put', 'shared']);
export const READ: CueInfo = { lemma: 'read', cls: 'say', ambiguous: false, ing: false, participle: false };
/** Conjunctions that can open a second reported clause: ", but the union claimed ...". */
export const CLAUSE_LINKS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);
/** Subject pronouns that open a clause of their own after ", and" / ", but". */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
export const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'whilst']);
/** Verbs that name something with a quoted judgement, like "called": "labelled the report \"fake\"". */
export const NAMING = new Set(['label', 'brand', 'dub']);
export const EXPRESS = new Set(['expressed', 'expresses', 'express', 'voiced', 'voices', 'voice', 'raised', 'raises']);
export const STANCE_NOUNS = new Set(['concern', 'concerns', 'hope', 'hopes', 'fear', 'fears', 'doubt', 'doubts', 'confidence', 'regret', 'frustration', 'anger', 'optimism', 'surprise', 'alarm', 'disappointment', 'worry', 'worries', 'suspicion', 'suspicions']);
export const EXPRESSED: CueInfo = { lemma: 'express', cls: 'that', ambiguous: false, ing: false, participle: false };
export const FINITE = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'rose', 'fell', 'grew', 'did', 'does', 'do']);
/** Objects of "tell" that are the thing told, not the one told: "told the story of ...". */
export const TOLD_THINGS = new Set(['story', 'stories', 'truth', 'tale', 'tales', 'lie', 'lies', 'joke', 'jokes', 'difference', 'time', 'secret', 'secrets']);
export const GO = new Set(['went', 'go', 'goes', 'going', 'gone']);
/** Verbs of thinking whose content clause may come without "that". */
export const CLAUSAL = new Set(['show', 'find', 'believe', 'think', 'reckon', 'fear', 'feel', 'hope', 'expect', 'suspect', 'assume', 'know', 'understand', 'doubt', 'worry', 'insist', 'estimate', 'predict',
  // reporting verbs that also drop "that": "announced he would step down", "agreed the deal was fair"
  'announce', 'agree', 'realize', 'reply']);
export const PREPOSITIONS = new Set(['outside', 'inside', 'at', 'in', 'on', 'near', 'from', 'with', 'into', 'over', 'under', 'behind', 'across', 'along', 'around', 'beside', 'through', 'towards', 'toward', 'past', 'opposite']);
export const QUANTIFIERS = new Set(['more', 'most', 'fewer', 'less', 'many', 'few', 'several', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'up', 'at', 'only', 'just', 'there']);
export const END_PUNCT = new Set(['.', '!', '?', '…', ';']);

/** US party and state after a name: "D-Ore.", "R-Texas" (the dash tested first: most words have none
 * there, and then isPartyTagText is not called, nor compiled on a cold run). */
export const isPartyTag = (t: Token | undefined): boolean => !!t && t.text[1] === '-' && isPartyTagText(t.text);

/** A word without its possessive ending ("minister's" → "minister"); most words end in neither an
 * "s" nor an apostrophe, and then no call is made (cheaper run cold, interpreted). */
export const bare = (t: Token): string => {
  const l = t.lower;
  const last = l[l.length - 1];
  return last === 's' || last === "'" || last === '’' ? stripPossessive(l) : l;
};
