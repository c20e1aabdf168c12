// The cue lexicon: reporting verbs by how they take their content, expanded to every inflection
// by rule (so "insists", "insisted", "insisting" all work from "insist"). Lemmas were chosen from
// English grammar of reporting verbs and the most frequent cues of the PolNeAR corpus
// (../shared/data/attribution-cues.tsv), not from any one article.

import { wordTable } from '../word-table';

/**
 * say:  clausal content, left or right ("X said Y" / "Y, X said").
 * that: only counts with "that" (or a quote) after it: cognition verbs ("agreed that").
 * act:  speech acts whose content is an object ("urged both sides to ...", "called for a truce").
 * tell: "X told Y (that) Z": Y is the channel.
 */
export type CueClass = 'say' | 'that' | 'act' | 'tell';

export interface CueInfo {
  lemma: string;
  cls: CueClass;
  /** Form is a bare base/present form that is also a common noun ("report", "claim"). */
  ambiguous: boolean;
  /** Particle that must follow ("call" needs "for"/"on"); may be several words ("issue with"). */
  particles?: string[];
  /** -ing form: after a comma it continues the previous claim ("..., adding that"). */
  ing: boolean;
  /** Past participle form (used to spot passives: "are reported to"). */
  participle: boolean;
}

const SAY = `say add state confirm insist claim deny warn note report write tweet
  explain argue suggest acknowledge admit assert stress emphasize emphasise reiterate
  predict estimate reveal allege contend maintain concede testify indicate observe remark comment
  conclude charge boast brag quip lament caution disclose assure reassure complain
  promise pledge vow threaten mention clarify affirm reaffirm retort exclaim proclaim hint imply
  posit speculate underscore recount confide concur point`;
const THAT = `believe think hope fear feel know expect understand agree find show decide learn
  realize realise worry doubt suspect reckon assume recognize recognise accept prove determine
  continue recall repeat describe highlight underline ask answer counter post inform notify
  remind brief advise signal object protest plead swear guarantee joke shout whisper mutter muse
  forecast vouch blog declare fume rage gush rave snap scoff sneer hiss rant confess sob weep tease
  beam enthuse grumble moan laugh smile sigh cry exclaim marvel reply respond announce
  characterize characterise portray brand label dub wonder question`;
const ACT = `urge accuse blame criticize criticise condemn denounce praise welcome reject dismiss slam
  blast demand call appeal propose request recommend applaud hail decry deplore lambast
  castigate chide rebuke
  support back oppose endorse advocate favor prefer
  mock deride
  cite offer echo liken compare want refer talk speak
  decline refuse seek defend attack encourage identify`;
const TELL = `tell`;

/**
 * Speech-act families added from PolNeAR train misses, each kept only where it raised dev F1 with
 * dev precision >= 0.80 (figures in the commit). They read as `act` cues: the object is the content,
 * at CONFIDENCE.speechAct (`say` ones at CONFIDENCE.reported).
 */
export interface CueFamily {
  name: string;
  /** A sentence the family reads (written for this table). */
  example: string;
  cls: CueClass;
  lemmas: string;
  /**
   * Particle that must follow every lemma of the family ("railed against"). Their base forms are
   * left out: a noun too often ("the rail operator"), and a cue word ends a source's noun phrase.
   */
  particles?: string[];
}

export const CUE_FAMILIES: CueFamily[] = [
  { name: 'attack in words, verb', example: 'Marsh bemoaned the cuts and disavowed the ad.', cls: 'act', lemmas: 'bemoan downplay disavow' },
  { name: 'attack in words, verb + against', example: 'Ortega railed against the tariffs.', cls: 'act', lemmas: 'rail', particles: ['against'] },
  { name: 'insisting again', example: 'Marsh doubled down on his pledge to cut the levy.', cls: 'act', lemmas: 'double', particles: ['down'] },
  { name: 'promotion', example: 'The campaign touted its fundraising and promoted the new plan.', cls: 'act', lemmas: 'promote tout trumpet' },
  { name: 'citing a source', example: 'She referenced a 2012 audit and invoked the Constitution.', cls: 'act', lemmas: 'reference invoke' },
  { name: 'voicing a view', example: 'Alder expressed her support for the farm bill.', cls: 'act', lemmas: 'express' },
  { name: 'sung words', example: '"This land is your land," the crowd sang.', cls: 'that', lemmas: 'sing' },
  { name: 'objecting, take + noun', example: 'Marsh took issue with the audit and took aim at its authors.', cls: 'act', lemmas: 'take', particles: ['issue with', 'aim at', 'offense at', 'offence at'] },
  { name: 'rulings', example: 'A federal judge ruled that the maps were drawn unfairly.', cls: 'that', lemmas: 'rule' },
  { name: 'setting out a plan', example: 'In a speech in Dover, Marsh laid out her plan for the port.', cls: 'act', lemmas: 'lay', particles: ['out'] },
  { name: 'urging hard', example: 'Two former aides implored the senator to drop out.', cls: 'act', lemmas: 'implore exhort' },
  { name: 'thanks', example: 'On Wednesday, Alder thanked the mayor for backing the bill.', cls: 'act', lemmas: 'thank' },
  { name: 'scolding', example: 'The inspector general scolded the agency for its slow replies.', cls: 'act', lemmas: 'scold chastise admonish reprimand berate excoriate' },
  { name: 'disputing', example: 'A campaign spokeswoman disputed their account of the meeting.', cls: 'act', lemmas: 'dispute' },
  { name: 'attack in words, go + after', example: 'In recent weeks, Reid has gone after Marsh as a friend of the insurers.', cls: 'act', lemmas: 'go', particles: ['after'] },
  { name: 'loud or posted speech', example: 'Protesters yelled "Lock her up." Pryce retweeted a poll showing her ahead.', cls: 'say', lemmas: 'yell retweet' },
];

/** Base forms that are also everyday nouns: only cues with a pronoun/modal subject or "that". */
const AMBIGUOUS = new Set(`state claim note report estimate maintain comment answer counter charge
  post point joke tweet promise pledge vow threat fear hope doubt find show call appeal request
  demand question challenge defend back blast praise welcome brief signal object protest guarantee
  reply respond remark recall repeat forecast hint swear plead learn know accept brand label
  support back offer echo favor decline attack advocate rule thank dispute`.split(/\s+/));

const IRREGULAR: Record<string, string[]> = wordTable({
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing', 'written'],
  speak: ['speaks', 'spoke', 'speaking', 'spoken'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  know: ['knows', 'knew', 'knowing', 'known'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'showing', 'shown'],
  understand: ['understands', 'understood', 'understanding'],
  swear: ['swears', 'swore', 'swearing', 'sworn'],
  forecast: ['forecasts', 'forecasting', 'forecasted'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  mean: ['means', 'meant', 'meaning'],
  seek: ['seeks', 'sought', 'seeking'],
  sing: ['sings', 'sang', 'singing', 'sung'],
  take: ['takes', 'took', 'taking', 'taken'],
  go: ['goes', 'went', 'going', 'gone'],
  lay: ['lays', 'laid', 'laying'],
});

/** Verbs that double their last consonant (admit → admitted). */
const DOUBLE = new Set(['admit', 'quip', 'slam', 'brag', 'regret', 'commit', 'refer', 'prefer', 'confer', 'plan', 'stop', 'omit', 'rebut', 'abet', 'dub']);

const isVowel = (c: string): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

/** Receives each inflected form of a lemma, with what it is. */
type FormSink = (form: string, ing: boolean, participle: boolean, base: boolean) => void;

// Inflection runs for every lemma when the module loads: char tests rather than regexes, and forms
// handed to a sink rather than built as objects.
function inflect(lemma: string, emit: FormSink): void {
  emit(lemma, false, false, true);
  const irr = IRREGULAR[lemma];
  if (irr) {
    // Past forms are participles too ("said", "told"); "-s" and "-ing" forms are not.
    for (const f of irr) emit(f, f.endsWith('ing'), !f.endsWith('ing') && !f.endsWith('s'), false);
    return;
  }
  const n = lemma.length;
  const last = lemma[n - 1];
  const cy = last === 'y' && n > 1 && !isVowel(lemma[n - 2]); // consonant + y: cry → cries, cried
  const sib = last === 's' || last === 'x' || last === 'z' || (last === 'h' && (lemma[n - 2] === 'c' || lemma[n - 2] === 's'));
  const third = cy ? lemma.slice(0, -1) + 'ies' : sib ? lemma + 'es' : lemma + 's';
  const dbl = DOUBLE.has(lemma) ? lemma + last : lemma;
  const past = cy ? lemma.slice(0, -1) + 'ied' : last === 'e' ? lemma + 'd' : dbl + 'ed';
  const ing = last === 'e' && lemma[n - 2] !== 'e' ? lemma.slice(0, -1) + 'ing' : dbl + 'ing';
  emit(third, false, false, false);
  emit(past, false, true, false);
  emit(ing, true, false, false);
  // British spelling doubles a final l after one vowel: signalled, marvelling
  if (last === 'l' && n > 4 && isVowel(lemma[n - 2]) && !isVowel(lemma[n - 3])) {
    emit(lemma + 'led', false, true, false);
    emit(lemma + 'ling', true, false, false);
  }
}

/** Particles a lemma needs after it ("call" needs "for"/"on"). */
const PARTICLES: Record<string, string[]> = wordTable({
  call: ['for', 'on'],
  refer: ['to'],
  talk: ['about'],
  speak: ['about', 'of', 'out against', 'out about', 'out for', 'out on'],
  appeal: ['for', 'to'],
  point: ['out', 'to'],
  ...Object.fromEntries(CUE_FAMILIES.flatMap((f) => (f.particles ? f.lemmas.split(/\s+/).map((l) => [l, f.particles!]) : []))),
});

function build(): Map<string, CueInfo> {
  const map = new Map<string, CueInfo>();
  const add = (list: string, cls: CueClass, noBase = false) => {
    // trim() leaves split() no empty ends to filter out
    for (const lemma of list.trim().split(/\s+/)) {
      const particles = PARTICLES[lemma];
      const nounToo = AMBIGUOUS.has(lemma);
      inflect(lemma, (form, ing, participle, base) => {
        if (map.has(form) || (noBase && base)) return; // first class wins: say-verbs before cognition verbs
        // Third-person/plural nouns ("reports", "claims") are as ambiguous as the base form.
        const ambiguous = nounToo && (base || form === lemma + 's' || form === lemma + 'es');
        map.set(form, { lemma, cls, ambiguous, particles, ing, participle });
      });
    }
  };
  add(SAY, 'say');
  add(TELL, 'tell');
  add(ACT, 'act');
  for (const f of CUE_FAMILIES) add(f.lemmas, f.cls, !!f.particles);

  add(THAT, 'that');
  return map;
}

export const CUES: ReadonlyMap<string, CueInfo> = build();

/** Every inflected form of a lemma (some may belong to another lemma in CUES: first class wins). */
export function formsOf(lemma: string): string[] {
  const forms: string[] = [];
  inflect(lemma, (form) => forms.push(form));
  return forms;
}

/** Cue forms that, after a comma, name the channel of the claim before ("..., citing witnesses"). */
/** Commitments whose content is an infinitive: "vowed to rebuild the school". */
export const INFINITIVE_CUES = new Set(['vow', 'pledge', 'promise', 'threaten', 'swear', 'want', 'decline', 'refuse', 'seek', 'agree', 'hope']);

/** Verbs that report a judgement as "X as Y": "described the plan as reckless". */
export const AS_CUES = new Set(['describe', 'characterize', 'characterise', 'portray', 'brand', 'label', 'dub', 'dismiss', 'criticize', 'criticise', 'denounce', 'hail', 'praise', 'condemn', 'reject']);

/** Verbs whose content may open with a wh-word: "asked whether ...", "described how ...". */
export const WH_CUES = new Set(['ask', 'wonder', 'question', 'describe', 'recall', 'recount']);
export const WH_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'who']);

export const VIA_FORMS = new Set(['citing', 'quoting']);

/** Passive participles that make an unnamed-source claim: "are reported to", "it was said that". */
export const UNNAMED_PARTICIPLES = new Set(['reported', 'said', 'believed', 'thought', 'understood', 'alleged', 'rumored', 'rumoured', 'claimed', 'announced', 'learned', 'learnt', 'estimated', 'feared', 'known', 'expected']);

/** Where a cue's required particle ends when it follows at token k ("took issue with" → after "with"), else -1. */
export function particleEnd(info: CueInfo, lowerAt: (k: number) => string, k: number): number {
  if (!info.particles) return k;
  for (const p of info.particles) {
    const words = p.split(' ');
    if (words.every((w, n) => lowerAt(k + n) === w)) return k + words.length;
  }
  return -1;
}

/** Whether a word is a reporting cue the engine knows (any inflection). */
export function isCueWord(word: string): boolean {
  return CUES.has(word.toLowerCase()) || word.toLowerCase() === 'according';
}
