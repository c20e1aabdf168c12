// Named actors: capitalised runs ("Russian Foreign Minister Sergei Lavrov") split into role and name,
// typed, and merged into one identity per actor within the article ("Lavrov", "al-Sarraj" = "Sarraj",
// "U.N." = "United Nations", "Russia's Defense Ministry" = "the Russian Defense Ministry").
import type { ActorType } from '../types';
import { actorKey, fold, keyOf, keyWords } from './keys';
import { CAP_STOP, DAYS, DEMONYMS, DETERMINERS, EVENT_HEADS, HOLIDAYS, LOCATIVES, MONTHS, NEVER_NAMES, NP_ADJ, ORG_WORDS, OUTLET_ROLES, OUTLET_WORDS, PARTICLES, PERSON_NOUNS, PLACE_HEADS, PLACE_TAILS, PLACES, PLATFORMS, ROLE_NOUNS, SETTLEMENTS, TITLES, VESSEL_NOUNS } from './lexicon';
import { TokenKind, type TextModel, type Token } from './text';
import { isCapitals, isUpperChar } from './letters';
import { bare, isPartyTag } from './grammar';
import { endsWithApostrophe, firstJoiningMark, isPossessiveForm, stripApostropheS, stripFinalDot, stripNamePossessive } from './endings';

export interface Chunk {
  /** Name tokens [a, b). */
  start: number;
  end: number;
  /** Role tokens [ra, a) when a title or role words precede the name. */
  roleStart: number;
  role?: string;
  name: string;
  key: string;
  type: ActorType;
  /** Opens its sentence or a quotation (a capital that may only be sentence case). */
  initial: boolean;
  /** Names a vessel, a platform or a weather event: an actor only if it speaks. */
  thing?: boolean;
  /** "Ms", "Mr", "Dr" right before the name (not kept as a role): a person, often of known gender. */
  honorific?: string;
  actor: number;
}

export interface Entity {
  key: string;
  type: ActorType;
  /** Proper-name forms (the canonical name is the longest). */
  names: string[];
  /** Other ways the text refers to it: "the minister", "Russian Foreign Minister Sergei Lavrov". */
  aliases: string[];
  role?: string;
  mentions: { start: number; end: number }[];
  /** Mentions that were not sentence-initial, or links that prove it is a name. */
  solid: boolean;
  /** Only a capitalised common word at a sentence start ("Sales have slowed"). */
  common?: boolean;
  /** Votes from "he"/"she" after its mentions and from gendered titles: > 0 male, < 0 female. */
  gender?: number;
  /** A vessel, platform or weather event: listed as an actor only if it speaks. */
  thing?: boolean;
}

const MULTI_PLACES = new Set(['sri lanka', 'united states', 'united kingdom', 'united arab emirates', 'saudi arabia', 'south africa', 'north korea', 'south korea', 'new york', 'new zealand', 'hong kong', 'middle east', 'gaza strip', 'west bank', 'eastern mediterranean', 'north africa', 'south sudan', 'czech republic', 'costa rica', 'el salvador', 'tel aviv', 'los angeles', 'san francisco', 'cape town', 'abu dhabi']);
const FEMALE_NOUNS = new Set(['daughter', 'wife', 'mother', 'sister', 'woman', 'girl', 'widow', 'grandmother', 'aunt', 'niece', 'spokeswoman', 'chairwoman']);
const MALE_NOUNS = new Set(['son', 'husband', 'father', 'brother', 'man', 'boy', 'widower', 'grandfather', 'uncle', 'nephew', 'spokesman', 'chairman']);
const CLUB_TAILS = new Set(['rovers', 'rangers', 'wanderers', 'athletic', 'albion', 'united', 'hotspur']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'eastern', 'western', 'northern', 'southern', 'central', 'upper', 'lower', 'greater']);

/** Particles written joined to the name after them: "al-Sarraj", "ibn-Saud". */
const PARTICLE_PREFIXES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'de', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'ben', 'abu']);

/** "al-Sarraj", "de'Medici": a known particle, then a hyphen or apostrophe, then a capital. */
function particleJoined(text: string): boolean {
  const mark = firstJoiningMark(text);
  return mark > 0 && PARTICLE_PREFIXES.has(text.slice(0, mark)) && isUpperChar(text[mark + 1] ?? '');
}

/** A capitalised modifier like "Tripoli-based" or "U.N.-recognized" is not part of a name. */
function isModifier(t: Token): boolean {
  const dash = t.text.lastIndexOf('-');
  // a lower-case letter after the dash, read by char code: a regex literal costs a cold start its compiles
  const after = t.text.charCodeAt(dash + 1);
  return dash > 0 && dash < t.text.length - 1 && after >= 97 && after <= 122;
}

/** Rare: the hyphenated word's tail is a short syllable, not a modifier ("Jae-myung", not "Tripoli-based"). */
function givenSyllable(t: Token): boolean {
  const dash = t.text.lastIndexOf('-');
  const tail = t.lower.slice(dash + 1);
  return t.text.indexOf('-') === dash && tail.length <= 6 && !/(ed|ing|ly)$/.test(tail) && !MOD_TAILS.has(tail) && !MOD_HEADS.has(t.lower.slice(0, dash));
}
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const MOD_TAILS = new Set(['run', 'born', 'style', 'era', 'wide', 'friendly', 'free', 'like', 'made', 'bound', 'class', 'level', 'scale', 'type', 'only', 'owned', 'held', 'war', 'area', 'zone', 'side', 'bloc']);
const MOD_HEADS = new Set(['anti', 'pro', 'non', 'post', 'pre', 'mid', 'ex', 'co', 'self', 'cross', 'all', 'well', 'semi', 'multi', 'inter', 'trans', 'neo', 'pan', 'sub', 'super', 'ultra', 'euro', 'afro']);

/**
 * Decides isNameWord for every word up front. Decided on demand inside isNameWord, a small function
 * called for most tokens that V8 optimises early in a first extraction, the decision and all it calls
 * were inlined: that one compile was about a quarter of a cold extraction's CPU time. With the cache
 * filled first, isNameWord never decides and inlines nothing.
 */
function markNameWords(tokens: Token[]): void {
  // index loops, not for-of: run cold (interpreted), for-of allocates a result object per step, and a
  // first extraction's allocations decide whether it pays for a garbage collection
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    if (t.nameCache !== 0) continue;
    const s = t.text;
    // lower case: a name only when joined to a particle ("al-Sarraj"); most words are settled here,
    // without a call (interpreted calls cost more than the test)
    const named = t.kind === TokenKind.Word && (t.capital ? capitalName(t) : s.length > 3 && (s[2] === '-' || s[3] === '-' || s[2] === "'" || s[2] === '’' || s[3] === "'") && particleJoined(s));
    t.nameCache = named ? 2 : 1;
  }
}

export function isNameWord(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.nameCache === 0) markNameWords([t]); // a token findChunks did not mark
  return t.nameCache === 2;
}

/** A capitalised word is a name unless it is a day, a month or a modifier ("Tripoli-based"). */
function capitalName(t: Token): boolean {
  const l = mayBePossessive(t.lower) ? bare(t) : t.lower;
  return !DAYS.has(l) && !MONTHS.has(l) && !isModifier(t);
}

/**
 * Only a word ending in s or an apostrophe can be a possessive ("Monday's", "Jones'"): the rest skip
 * the stripping functions (several interpreted calls each, for every capitalised word).
 */
function mayBePossessive(s: string): boolean {
  const end = s[s.length - 1];
  return end === 's' || end === "'" || end === '’';
}

/** Some word of words[from, to) is in the set. */
function anyIn(words: readonly string[], set: ReadonlySet<string>, from = 0, to = words.length): boolean {
  for (let i = from; i < to; i++) if (set.has(words[i])) return true;
  return false;
}

const BODY_WORDS = new Set(['ministry', 'kremlin', 'nations']);

function classify(words: readonly string[], role: string | undefined, raw: string): ActorType {
  const last = words[words.length - 1] ?? '';
  const roleWords = role ? fold(role).split(/\s+/) : [];
  if (role && anyIn(roleWords, OUTLET_ROLES)) return 'outlet';
  if (anyIn(words, OUTLET_WORDS) && !ORG_WORDS.has(last)) return 'outlet';
  const of = words.indexOf('of');
  const ofAt = of > 0 ? of : words.indexOf('for');
  // "Imperial College London": an organisation word before a closing place name
  const placeSuffix = words.length > 2 && PLACES.has(last) && anyIn(words, ORG_WORDS, 1, words.length - 1);
  if (ORG_WORDS.has(last) || placeSuffix || (ofAt > 0 && ORG_WORDS.has(words[ofAt - 1])) || anyIn(words, BODY_WORDS)) return 'organization';
  // an acronym ("NATO", "U.N."): a lower-case ASCII letter second ("Lavrov") says it is none, and most
  // names skip the calls (isCapitals spreads the string and tests it with a closure)
  const second = raw.charCodeAt(1);
  if (((second < 97 || second > 122) && isCapitals(stripApostropheS(raw), 2, 8)) || words.includes('&')) return 'organization';
  // "Harbour Rovers", "Leeds United": the usual last words of a sports club's name
  if (words.length > 1 && CLUB_TAILS.has(last)) return 'organization';
  const key = words.join(' ');
  if (PLACES.has(key) || MULTI_PLACES.has(key) || PLACES.has(last) || (words.length > 1 && COMPASS.has(words[0]))) return 'place';
  // "Quay Street", "Carra Sound", "Port Mellin", "Mount Kenya": street and landscape names
  if (words.length > 1 && (PLACE_TAILS.has(last) || PLACE_HEADS.has(words[0]))) return 'place';
  if (role && (anyIn(roleWords, TITLES) || anyIn(roleWords, ROLE_NOUNS))) return 'person';
  if (words.length >= 2 && words.length <= 4) return 'person';
  if (words.length === 1 && ROLE_NOUNS.has(last)) return 'group'; // "Residents", "Officials" opening a sentence
  return 'unknown';
}

/** Finds name runs in every sentence (skipping a title-case headline); marks the name words first. */
export function findChunks(m: TextModel, skip: ReadonlySet<number>): Chunk[] {
  const { tokens: toks } = m;
  markNameWords(toks);
  const chunks: Chunk[] = [];
  for (let si = 0; si < m.sentences.length; si++) {
    const s = m.sentences[si];
    if (skip.has(s.para)) continue;
    let i = s.start;
    while (i < s.end) {
      // a name that opens with particles: "de la Cruz said"
      // (here and in the run below the marks are read inline, not through isNameWord: a call less per token)
      if (toks[i].nameCache !== 2 && !(PARTICLES.has(toks[i].lower) && particlesOpenName(toks, i, s.start, s.end))) { i++; continue; }
      let a = i;
      let j = i;
      while (j < s.end) {
        const t = toks[j];
        // after a name, a short lower-case syllable after a hyphen is a given name ("Lee Jae-myung", "Kim Ji-hoon")
        if (t.nameCache === 2 || (j > a && toks[j - 1].nameCache === 2 && t.capital && isModifier(t) && givenSyllable(t))) {
          j++;
          // "Workers' Union", "Teachers' Federation": a plural possessive inside an organisation's name
          if (isPossessiveForm(t.text) && !(t.text[t.text.length - 2] === 's' && endsWithApostrophe(t.text) && isNameWord(toks[j]) && ORG_WORDS.has(bare(toks[j])))) break;
          continue;
        }
        // "Dunmarra Dock and Harbour Workers' Union": "and" inside an organisation's name
        if ((t.lower === 'and' || t.lower === '&') && j > a && isNameWord(toks[j + 1]) && !isPossessiveForm(toks[j - 1].text)) {
          const p = orgAfterAnd(toks, a, j, s.end);
          if (p > 0) { j = p; continue; }
        }
        // "Government of National Accord", "Bank of England", "bin Salman", "van der Leyen"
        // "Campaign to Protect Rural England", "Committee to Protect Journalists"
        const orgLink = (t.lower === 'for' || t.lower === 'to') && ORG_WORDS.has(toks[j - 1].lower) && !PLACES.has(toks[j + 1]?.lower ?? '');
        if (t.kind === TokenKind.Word && j > a && (t.lower === 'of' || orgLink) && isNameWord(toks[j + 1]) && (ORG_WORDS.has(toks[j - 1].lower) || TITLES.has(toks[j - 1].lower))) {
          j++;
          continue;
        }
        // particles, possibly several: "Amélie de la Fontaine", "Joost van der Wal"
        if (t.kind === TokenKind.Word && PARTICLES.has(t.lower)) {
          const p = particlesToName(toks, j, s.end);
          if (p > 0) { j = p; continue; }
        }
        break;
      }
      // Leading function words that merely start a sentence or a quotation: "But", "The".
      while (a < j && (CAP_STOP.has(mayBePossessive(toks[a].lower) ? stripApostropheS(toks[a].lower) : toks[a].lower) || NEVER_NAMES.has(toks[a].lower))) a++;
      if (a >= j) { i = j; continue; }
      // a possessive run before a name: "Russia's Defense Ministry", "St Mary's Hospital"
      // (the mark read first: a run rarely stops before a name word, and every token is marked)
      if (j < s.end && toks[j].nameCache === 2 && isPossessiveForm(toks[j - 1].text)) j = possessiveNameEnd(toks, a, j, s.end);
      // "VARDHOLM, March 3 (NorthWire) -": a dateline opening the paragraph names a place, no actor
      if (a === m.paragraphs[s.para][0] && toks[j]?.text === ',' && datelinePlace(toks, j)) { i = j; continue; }
      // "D-Ore.", "R-Texas": a party tag after a name is no actor
      // (the hyphen tested here first: a call less per one-word name)
      if (!(j - a === 1 && toks[a].text[1] === '-' && isPartyTag(toks[a]))) pushChunk(chunks, m, a, j, s.start);
      i = j;
    }
  }
  return chunks;
}

const SAINTS = new Set(['st', 'st.', 'saint']);

/**
 * A name run [a, j) ending in a possessive, before a name word: where the one name ends. Its own
 * function (few runs end so, findChunks runs for every token).
 */
function possessiveNameEnd(toks: Token[], a: number, j: number, end: number): number {
  // "Russia's Defense Ministry": a possessive place owning an organisation is one name.
  if (PLACES.has(bare(toks[j - 1]))) j = ownedOrgEnd(toks, j, end);
  // "St Brendan's Church", "St Mary's Hospital": an institution named after a saint is one name.
  if (isPossessiveForm(toks[j - 1].text) && j - a >= 2 && SAINTS.has(toks[a].lower) && j < end && isNameWord(toks[j]) && ORG_WORDS.has(bare(toks[j]))) j++;
  return j;
}

/** Rare: the capitals before the comma at j are a dateline's place ("VARDHOLM, March 3", "VARDHOLM, (NorthWire)"). */
function datelinePlace(toks: Token[], j: number): boolean {
  return isCapitals(toks[j - 1].text, 3, Infinity, "'’-") && (MONTHS.has(toks[j + 1]?.lower ?? '') || toks[j + 1]?.text === '(');
}

/** Up to three particle words from `from` ("de la"): where they stop. */
function afterParticles(toks: Token[], from: number, end: number): number {
  let p = from;
  while (p < end && p - from < 3 && toks[p].kind === TokenKind.Word && PARTICLES.has(toks[p].lower)) p++;
  return p;
}

/** Rare: particles inside a name run ("Amélie de la Fontaine"): where the name after them starts, else -1. */
function particlesToName(toks: Token[], j: number, end: number): number {
  const p = afterParticles(toks, j, end);
  return isNameWord(toks[p]) ? p : -1;
}

/** Rare: the particles at `i` open a name ("de la Cruz said"), not a name's tail. */
function particlesOpenName(toks: Token[], i: number, start: number, end: number): boolean {
  const p = afterParticles(toks, i, end);
  return p > i && isNameWord(toks[p]) && !(i > start && isNameWord(toks[i - 1]));
}

/** Rare: "Dunmarra Dock and Harbour Workers' Union": where the organisation's name after "and" ends, else -1. */
function orgAfterAnd(toks: Token[], a: number, j: number, end: number): number {
  let p = j + 1;
  while (p < end && p - j < 6 && isNameWord(toks[p])) p++;
  return ORG_WORDS.has(bare(toks[p - 1])) && !ORG_WORDS.has(toks[j - 1].lower) && !(PLACES.has(toks[j - 1].lower) && j - a === 1) ? p : -1;
}

/** Rare: "Russia's Defense Ministry": the end of the organisation a possessive place owns, else j. */
function ownedOrgEnd(toks: Token[], j: number, end: number): number {
  let k = j;
  while (k < end && (isNameWord(toks[k]) || (toks[k].lower === 'of' && isNameWord(toks[k + 1]))) && !isPossessiveForm(toks[k].text)) k++;
  return ORG_WORDS.has(toks[k - 1].lower) && k - j <= 5 ? k : j;
}

function pushChunk(chunks: Chunk[], m: TextModel, a: number, b: number, sentStart: number): void {
  const { tokens: toks, text } = m;
  // Split title from name: everything up to the last title word is the role.
  let lastTitle = -1;
  const lastLow = toks[b - 1].lower;
  // "Martin Luther King Jr.": a title word before only a suffix is a surname
  let nb = b;
  while (nb - 1 > a && NAME_SUFFIXES.has(toks[nb - 1].lower)) nb--;
  if (!ORG_WORDS.has(lastLow)) {
    for (let i = a; i < nb - 1; i++) {
      const l = toks[i].lower;
      if (TITLES.has(l) || (l[l.length - 1] === '.' && TITLES.has(l.slice(0, -1)))) lastTitle = i;
    }
  }
  // "Therapist Mia Lund" at the start of a sentence: a capitalised occupation is a role.
  if (lastTitle < 0 && b - a >= 3 && (ROLE_NOUNS.has(toks[a].lower) || toks[a].lower.endsWith('ist')) && !ORG_WORDS.has(toks[a].lower) && !DEMONYMS.has(toks[a].lower)) lastTitle = a;
  let nameA = lastTitle >= 0 ? lastTitle + 1 : a;
  // "Secretary of State Mark Halloran": "of State" belongs to the title
  while (nameA < b - 2 && toks[nameA].lower === 'of') nameA += 2;
  let ra = a;
  // Lower-case role words just before the name: "renegade commander Khalifa Haftar".
  const attributive = b - a === 1 && toks[b]?.kind === TokenKind.Word && !toks[b].capital && ROLE_NOUNS.has(toks[b].lower);
  if (ra === nameA && !attributive) {
    const k = a - 1;
    if (k >= sentStart && toks[k].kind === TokenKind.Word && !toks[k].capital && (ROLE_NOUNS.has(toks[k].lower) || OUTLET_ROLES.has(toks[k].lower) || TITLES.has(toks[k].lower))) ra = roleWordsStart(toks, a, sentStart);
  }
  // A role directly owned by a possessive name: "Turkey's Foreign Minister ...".
  if (lastTitle >= 0 && a - 1 >= sentStart && isPossessiveForm(toks[a - 1].text)) ra = a - 1;
  if (nameA >= b) return; // a bare title ("President") is not a name
  // Skip runs that are only an adjective of nationality ("Russian", "Libyans").
  const nameText = text.slice(toks[nameA].start, toks[b - 1].end);
  const kw = keyWords(nameText);
  if (!kw.length) return;
  if (kw.length === 1 && DEMONYMS.has(kw[0]) && b - nameA === 1) return;
  // "on Christmas Day", "by Easter": a date, not an actor
  if (anyIn(kw, HOLIDAYS)) return;
  // "the ferry Corran Star", "Storm Hedda", "on X": a vessel, a weather event, a platform
  const before = toks[ra - 1];
  // (the appositive's comma tested here first: a call less per name)
  const thing = (!!before && !before.capital && VESSEL_NOUNS.has(before.lower)) || (toks[b]?.text === ',' && vesselAppositive(toks, b)) || (kw.length > 1 && EVENT_HEADS.has(kw[0])) || (kw.length === 1 && PLATFORMS.has(kw[0]));
  const role = ra < nameA ? text.slice(toks[ra].start, toks[nameA - 1].end) : undefined;
  const key = keyOf(kw);
  const hon = nameA > sentStart ? stripFinalDot(toks[nameA - 1].lower) : '';
  const honorific = HONORIFICS.has(hon) ? hon : undefined;
  chunks.push({
    start: nameA,
    end: b,
    roleStart: ra,
    role,
    name: mayBePossessive(nameText) ? stripNamePossessive(nameText) : nameText,
    key,
    type: thing ? 'unknown' : honorific && !ORG_WORDS.has(kw[kw.length - 1]) ? 'person' : classify(kw, role, nameText),
    initial: opensClause(m, sentStart, Math.min(ra, nameA)),
    thing: thing || undefined,
    honorific,
    actor: -1,
  });
}

/**
 * "renegade commander Khalifa Haftar": where the lower-case role words before the name start.
 * Its own function: few names have one, and pushChunk runs for every name (V8 compiles it to baseline code).
 */
function roleWordsStart(toks: Token[], a: number, sentStart: number): number {
  let r = a - 1;
  while (r - 1 >= sentStart && a - r < 4) {
    const p = toks[r - 1];
    if (p.kind !== TokenKind.Word || CAP_STOP.has(p.lower)) break;
    if (p.capital ? !isModifier(p) && !DEMONYMS.has(p.lower) : !(NP_ADJ.has(p.lower) || ROLE_NOUNS.has(p.lower) || TITLES.has(p.lower) || p.text.includes('-'))) break;
    r--;
  }
  return r;
}

/** "The Corran Star, a 38-year-old roll-on roll-off ferry,": an appositive that calls the name a vessel. */
function vesselAppositive(toks: Token[], b: number): boolean {
  if (toks[b]?.text !== ',' || !DETERMINERS.has(toks[b + 1]?.lower ?? '')) return false;
  for (let j = b + 2; j < b + 9 && toks[j]?.kind === TokenKind.Word; j++) if (VESSEL_NOUNS.has(toks[j].lower)) return true;
  return false;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof']);

const ROLE_CLAUSE_STOP = new Set(['for', 'since', 'in', 'during', 'when', 'after', 'before', 'until', 'and', 'but', 'who', 'which']);

/** "Brendan Kearney, who has been coxswain of the lifeboat for twelve years,": the role in a clause. */
function clauseRole(m: TextModel, b: number): string | undefined {
  const { tokens: toks } = m;
  if (toks[b]?.text !== ',' || toks[b + 1]?.lower !== 'who') return undefined;
  let j = b + 2;
  while (j < b + 5 && toks[j] && ['is', 'was', 'has', 'had', 'been', 'became', 'serves', 'served', 'now', 'also'].includes(toks[j].lower)) j++;
  return j === b + 2 || !toks[j] ? undefined : roleWordsAt(m, b, j);
}

/** Rare: the role words at `j` after "who is", "who has been" ("coxswain of the lifeboat"). */
function roleWordsAt(m: TextModel, b: number, j: number): string | undefined {
  const { tokens: toks } = m;
  if (toks[j].lower === 'as') j++;
  const start = j;
  if (DETERMINERS.has(toks[j]?.lower ?? '')) j++;
  if (!toks[j] || !(ROLE_NOUNS.has(toks[j].lower) || TITLES.has(toks[j].lower) || NP_ADJ.has(toks[j].lower))) return undefined;
  while (j < b + 14 && toks[j] && toks[j].kind === TokenKind.Word && !ROLE_CLAUSE_STOP.has(toks[j].lower)) j++;
  return j > start ? m.text.slice(toks[start].start, toks[j - 1].end) : undefined;
}

/**
 * Token `i` opens its sentence, a quotation, or a sentence inside a quotation ("“Team Kezia
 * forever. Imagine ...”"), or follows a colon: English capitalises there whatever the word is.
 */
function opensClause(m: TextModel, from: number, i: number): boolean {
  // nothing but punctuation (an opening quote) between the sentence start and token i
  let j = from;
  while (j < i && m.tokens[j].kind !== TokenKind.Word) j++;
  if (j === i) return true;
  const p = m.tokens[i - 1];
  return m.quoteByOpen.has(i - 1) || p.text === '.' || p.text === '!' || p.text === '?' || p.text === '…' || p.text === ':';
}

/** Words an acronym skips: "Government of National Accord" is GNA. */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'la']);

function acronymOf(name: string): string {
  const words = keyWords(name);
  let ac = '';
  for (let i = 0; i < words.length; i++) if (!ACRONYM_SKIPS.has(words[i])) ac += words[i][0];
  return ac;
}

/** Merges chunks into entities; fills chunk.actor. */
export function mergeChunks(m: TextModel, chunks: Chunk[]): Entity[] {
  const ents: Entity[] = [];
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number>();
  const byAcronym = new Map<string, number>();
  const personSuffix = new Map<string, number>();
  const byFirst = new Map<string, number>();
  // Pass 1: multi-word names and typed names define identities.
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    // the words read by their spaces, not split into an array of strings (a runtime call each)
    const firstSpace = c.key.indexOf(' ');
    if (firstSpace < 0) continue;
    const lastSpace = c.key.lastIndexOf(' ');
    let id = byKey.get(c.key);
    if (id === undefined) {
      // "Recep Tayyip Erdoğan" then "Tayyip Erdoğan": a person's name ending another's.
      if (c.type === 'person') id = personSuffix.get(c.key);
      if (id === undefined) id = newEntity(ents, byKey, c);
    }
    c.actor = id;
    const e = ents[id];
    // Names inside quotations ("Team Kezia forever!") do not define who a bare surname means.
    const quoted = m.tokens[c.start].quote >= 0;
    if (e.type === 'person' && !quoted) {
      const surname = c.key.slice(lastSpace + 1);
      const first = c.key.slice(0, firstSpace);
      if (!bySurname.has(surname)) bySurname.set(surname, id);
      if (!byFirst.has(first)) byFirst.set(first, id);
    }
    // the name from its second word on, to its last two words
    if (e.type === 'person') for (let sp = firstSpace; sp < lastSpace; sp = c.key.indexOf(' ', sp + 1)) {
      const suffix = c.key.slice(sp + 1);
      if (!personSuffix.has(suffix)) personSuffix.set(suffix, id);
    }
    if (e.type === 'organization' || e.type === 'outlet') {
      const ac = acronymOf(c.name);
      if (ac.length >= 2 && !byAcronym.has(ac)) byAcronym.set(ac, id);
    }
  }
  // Shorter forms of organisation names: "Estuary Link" for "Estuary Link Ferries".
  const orgPrefix = new Map<string, number>();
  for (let id = 0; id < ents.length; id++) {
    const e = ents[id];
    if (e.type !== 'organization' && e.type !== 'outlet') continue;
    // the name's first word, first two words, ... up to all but the last
    for (let sp = e.key.indexOf(' '); sp >= 0; sp = e.key.indexOf(' ', sp + 1)) {
      const p = e.key.slice(0, sp);
      if (!orgPrefix.has(p) && !PLACES.has(p) && !DEMONYMS.has(p)) orgPrefix.set(p, id);
    }
  }
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    const e = ents[c.actor];
    if (c.actor < 0 || e.type === 'organization' || e.type === 'outlet' || e.role) continue;
    const id = orgPrefix.get(c.key);
    if (id !== undefined) {
      c.actor = id;
      byKey.set(c.key, id);
    }
  }
  // Pass 2: single words link to a surname, an acronym or an organisation's first word, else stand alone.
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    if (c.actor >= 0) continue;
    // A first name alone ("Kezia") is the person only when no surname or other name claims it.
    let id = bySurname.get(c.key) ?? byAcronym.get(c.key) ?? byKey.get(c.key) ?? orgPrefix.get(c.key) ?? byFirst.get(c.key);
    if (id === undefined) id = newEntity(ents, byKey, c);
    c.actor = id;
  }
  // Parenthesised acronym right after a name: "Government of National Accord (GNA)".
  const { tokens: toks } = m;
  // (the bracket tested here first: a call less per chunk)
  for (let ci = 0; ci < chunks.length; ci++) if (toks[chunks[ci].end]?.text === '(' && acronymAfter(toks, chunks[ci])) { linkAcronyms(toks, chunks); break; }
  // One pass over the tokens for two jobs (a pass costs more than its body): the words written in
  // lower case, for common words below, and "NATO-backed", "Haftar-linked": the name before the
  // hyphen is a mention too.
  const lower = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== TokenKind.Word) continue;
    if (!t.capital) { lower.add(t.lower); continue; }
    // a modifier is never a name word (capitalName), so name words need no second test
    if (t.nameCache !== 2 && isModifier(t)) prefixMention(ents, t, byKey, bySurname, byAcronym);
  }
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    if (!c.role && toks[c.end]?.text === ',') c.role = clauseRole(m, c.end);
    const e = ents[c.actor];
    e.mentions.push({ start: toks[c.start].start, end: toks[c.end - 1].end });
    if (!e.names.includes(c.name)) e.names.push(c.name);
    if (c.role) {
      const full = m.text.slice(toks[c.roleStart].start, toks[c.end - 1].end);
      if (!e.aliases.includes(full)) e.aliases.push(full);
    }
    if (c.role && (!e.role || c.role.length > e.role.length)) e.role = c.role;
    // A lone organisation word opening a sentence ("Navy divers", "Shipping lines") is a common noun.
    const genericOrg = c.initial && c.end - c.start === 1 && ORG_WORDS.has(bare(toks[c.start])) && !isCapitals(toks[c.start].text, 2, 8, '.');
    if (!c.initial || c.end - c.start > 1 || e.type === 'place' || (e.type === 'organization' && !genericOrg)) e.solid = true;
    if (c.thing) e.thing = true;
    if (e.type === 'unknown' && c.type !== 'unknown') e.type = c.type;
    // "His daughter, Aoife, ...": a name in apposition to a word for one person is a person
    const appos = toks[c.start - 1]?.text === ',' && c.start >= 2 && !toks[c.start - 2].capital ? bare(toks[c.start - 2]) : '';
    if (e.type === 'unknown' && PERSON_NOUNS.has(appos)) e.type = 'person';
    if (e.type === 'person' && (FEMALE_NOUNS.has(appos) || MALE_NOUNS.has(appos))) e.gender = (e.gender ?? 0) + (MALE_NOUNS.has(appos) ? 2 : -2);
  }
  // "Sales have slowed ... sales fell": a word only capitalised when it opens a sentence, and
  // written in lower case elsewhere, is a common word, not a name.
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    if (!e.solid && e.type === 'unknown' && !e.key.includes(' ') && lower.has(e.key)) e.common = true;
  }
  markPlacesAndThings(m, chunks, ents);
  return ents;
}

/**
 * A new entity for the chunk's name. Top-level, not a closure in mergeChunks: a closure would keep
 * mergeChunks's tables in a context, read slot by slot in its loops.
 */
function newEntity(ents: Entity[], byKey: Map<string, number>, c: Chunk): number {
  ents.push({ key: c.key, type: c.type, names: [], aliases: [], role: c.role, mentions: [], solid: false });
  const id = ents.length - 1;
  byKey.set(c.key, id);
  return id;
}

/** "Government of National Accord (GNA)": an acronym in brackets right after the chunk. */
function acronymAfter(toks: Token[], c: Chunk): boolean {
  const inner = toks[c.end + 1];
  return toks[c.end]?.text === '(' && !!inner && toks[c.end + 2]?.text === ')' && isCapitals(inner.text, 2, 8, '.');
}

/** Rare: the bracketed acronym after a name is that name's actor. */
function linkAcronyms(toks: Token[], chunks: Chunk[]): void {
  const chunkAt = new Map<number, Chunk>();
  for (let ci = 0; ci < chunks.length; ci++) { const c = chunks[ci]; chunkAt.set(c.start, c); }
  const redirect = new Map<number, number>();
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    const other = acronymAfter(toks, c) ? chunkAt.get(c.end + 1) : undefined;
    if (other && other.actor !== c.actor && !redirect.has(c.actor)) redirect.set(other.actor, c.actor);
  }
  for (let ci = 0; ci < chunks.length; ci++) { const c = chunks[ci]; c.actor = redirect.get(c.actor) ?? c.actor; }
}

/**
 * "NATO-backed", "Haftar-linked": the name before the hyphen of a capitalised modifier is a mention of
 * its actor. Its own function: few words are such modifiers, and mergeChunks loops over every token.
 */
function prefixMention(ents: Entity[], t: Token, byKey: Map<string, number>, bySurname: Map<string, number>, byAcronym: Map<string, number>): void {
  const prefix = t.text.slice(0, t.text.indexOf('-'));
  const key = actorKey(prefix);
  if (!key || DEMONYMS.has(key) || CAP_STOP.has(key)) return;
  const id = byKey.get(key) ?? bySurname.get(key) ?? byAcronym.get(key) ?? (isCapitals(prefix, 2, 8, '.') ? newAcronym(ents, byKey, key) : undefined);
  if (id !== undefined) addPrefixMention(ents[id], t, prefix);
}

/** Rare: "NATO-backed" with no NATO named: the acronym is an organisation of its own. */
function newAcronym(ents: Entity[], byKey: Map<string, number>, key: string): number {
  ents.push({ key, type: 'organization', names: [], aliases: [], mentions: [], solid: true });
  byKey.set(key, ents.length - 1);
  return ents.length - 1;
}

/** Rare: "Haftar-linked": the name before the hyphen is a mention of its actor. */
function addPrefixMention(e: Entity, t: Token, prefix: string): void {
  e.mentions.push({ start: t.start, end: t.start + prefix.length });
  if (!e.names.length) e.names.push(prefix);
}

/**
 * Places and things among the names. A name that follows only locatives ("near Skarnes", "at the
 * Fjellvik lighthouse") or words that say nothing ("from", "to"), or that is once called a
 * settlement ("the town of Tarhunah", "the people of Dunmarra and Inish Carra"), is a place unless
 * something says it is a person (a title, a role, he/she, a possessive) or a body. A two-word
 * "person" always written with "the" is a thing ("the Corran Star").
 */
function markPlacesAndThings(m: TextModel, chunks: Chunk[], ents: Entity[]): void {
  const { tokens: toks } = m;
  const seen = new Array<boolean>(ents.length).fill(false);
  const against = new Array<boolean>(ents.length).fill(false);
  const settled = new Array<boolean>(ents.length).fill(false);
  const notThe = new Array<boolean>(ents.length).fill(false);
  const strongEnd = new Set<number>();
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    let p = c.roleStart - 1;
    if (toks[p] && DETERMINERS.has(toks[p].lower)) p--;
    const prev = toks[p];
    const low = prev && !prev.capital ? prev.lower : '';
    // "the people of Dunmarra and Inish Carra": a coordinated name shares the evidence
    const strong = (low === 'of' && SETTLEMENTS.has(toks[p - 1]?.lower ?? '')) || ((low === 'and' || low === 'or') && strongEnd.has(p));
    if (strong) { settled[c.actor] = true; strongEnd.add(c.end); }
    if (LOCATIVES.has(low) || strong) seen[c.actor] = true;
    else if (!NEUTRAL_PREPS.has(low)) against[c.actor] = true;
    if (c.role || c.honorific || isPossessiveForm(toks[c.end - 1].text)) against[c.actor] = true;
    if (c.role || toks[c.roleStart - 1]?.lower !== 'the') notThe[c.actor] = true;
  }
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    const person = !!e.role || e.gender !== undefined;
    if (person || e.thing || (e.type !== 'unknown' && e.type !== 'person')) continue;
    if (settled[i] || (seen[i] && !against[i])) e.type = 'place';
    // "the Corran Star", "the Silver Fern": a name always under "the" is a thing, never a person
    else if (e.type === 'person' && !notThe[i]) { e.type = 'unknown'; e.thing = true; }
  }
}

/** Prepositions that take people and places alike: no evidence either way. */
const NEUTRAL_PREPS = new Set(['from', 'to', 'into', 'between', 'via']);

/**
 * Paragraphs that are not running text. The first one when it is a headline (the given title,
 * or short and unterminated): no claims come from it ("said to" in headlines), and in title case
 * its capitals say nothing about names. Short unterminated lines (captions, "|AA Photo",
 * bylines) are skipped for both.
 */
export function skippedParagraphs(m: TextModel, title?: string): { claims: Set<number>; names: Set<number> } {
  const claims = new Set<number>();
  const names = new Set<number>();
  for (let p = 0; p < m.paragraphs.length; p++) {
    const a = m.paragraphs[p][0];
    const b = m.paragraphs[p][1];
    const last = m.tokens[b - 1];
    // a single closing quote ends a sentence only after end punctuation ('... it.'), else it may close a headline's scare quote
    const closedSingle = (last.text === "'" || last.text === '’') && b - 2 >= a && /^[.!?…]$/.test(m.tokens[b - 2].text);
    const unterminated = !(last.text.endsWith('.') || last.text === '"' || last.text === "''" || last.text === '”' || last.text === '!' || last.text === '?' || last.text === ':' || closedSingle);
    const opensBy = m.tokens[a].lower === 'by';
    // running text (terminated, past the first paragraph, no byline): no words to count
    if (p > 0 && !unterminated && !opensBy) continue;
    let words = 0;
    let caps = 0;
    for (let i = a; i < b && i < a + 60; i++) {
      if (m.tokens[i].kind !== TokenKind.Word) continue;
      words++;
      if (m.tokens[i].capital) caps++;
    }
    const byline = opensBy && words <= 8;
    if (p === 0) {
      const paraText = m.text.slice(m.tokens[a].start, m.tokens[b - 1].end);
      const isTitle = !!title && fold(title).trim() === fold(paraText).trim();
      if (isTitle || (unterminated && b - a <= 40)) {
        if (!(words >= 3 && caps / words > 0.6)) claims.add(p);
        if (words >= 3 && caps / words > 0.6) names.add(p);
      }
    }
    if ((unterminated && words <= 6) || byline) {
      claims.add(p);
      names.add(p);
    }
  }
  return { claims, names };
}

export { actorKey };
