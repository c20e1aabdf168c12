// Who a source phrase refers to: names, appositives, pronouns ("he" = the last fitting speaker),
// titles ("the minister"), proxies ("his office", "a spokesman for the company"), documents
// ("figures from the port authority") and described groups ("Russian officials").
import type { ActorType } from '../types';
import { namingWords, type Range, type RawClaim } from './context';
import { actorKey, fold } from './keys';
import { CAP_STOP, DETERMINERS, DOC_NOUNS, FEMALE_GIVEN, MALE_GIVEN, NP_LINKS, ORG_WORDS, US_STATES, PARTICLES, PERSON_NOUNS, PERSON_PRONOUNS, ROLE_NOUNS, TITLES } from './lexicon';
import type { Chunk, Entity } from './names';
import { NONE, type TokenActors } from './token-actors';
import { TokenKind, type TextModel } from './text';
import { endsWithApostrophe, stripPossessive } from './endings';

/** Role heads that name an organisation when used as "the company", "the ministry". */
const ORG_HEADS = new Set(['company', 'firm', 'group', 'ministry', 'agency', 'government', 'party', 'council', 'commission', 'committee', 'department', 'office', 'police', 'army', 'military', 'operator', 'airline', 'authority', 'authorities', 'court', 'board', 'union', 'club', 'kremlin', 'institute', 'university', 'bank', 'administration', 'coastguard', 'navy', 'website', 'newspaper', 'broadcaster', 'channel', 'agency']);

export interface Ctx {
  m: TextModel;
  ents: Entity[];
  /** token index → entity id for name tokens */
  tokEnt: TokenActors;
  /** entity id per raw claim (resolved in text order) */
  claimEnt: (number | null)[];
  /** [token, entity] of every name mention, in order */
  mentions: [number, number][];
  byKey: Map<string, number>;
}

/** How far back anaphora looks (claims, name mentions): bounded so long texts stay linear. */
const LOOKBACK_CLAIMS = 40;
const LOOKBACK_MENTIONS = 200;

/** The last named actor inside a token range. */
export function lastEntityIn(ctx: Ctx, r: Range): number | null {
  for (let i = r[1] - 1; i >= r[0]; i--) {
    const e = ctx.tokEnt.get(i);
    if (e !== undefined) return e;
  }
  return null;
}

const MALE = new Set(['he', 'his', 'him', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
// word sets, not regexes: each regex literal costs a cold start its parse and two compiles
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'husband', 'father', 'son', 'brother', 'congressman', 'businessman']);
const FEMALE_TITLES = new Set(['ms', 'mrs', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'wife', 'mother', 'daughter', 'sister', 'congresswoman', 'businesswoman', 'actress']);

/**
 * Which persons are "he" and which "she": the first personal pronoun after a mention in the same
 * sentence usually refers back to it ("Kezia said she ..."), and gendered titles say so outright.
 */
export function voteGender(m: TextModel, ents: Entity[], chunks: Chunk[], tokEnt: TokenActors): void {
  const { tokens: toks, sentenceOf: sentOf, sentences: sents } = m;
  const named = new Set<number>();
  // A long text repeats the same few titles thousands of times: each is folded and tested once.
  const titleVotes = new Map<string, number | null>();
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    const e = ents[c.actor];
    if (e.type !== 'person' && e.type !== 'unknown') continue;
    if (c.role || c.honorific) {
      const title = `${c.honorific ?? ''} ${c.role ?? ''}`;
      let vote = titleVotes.get(title);
      if (vote === undefined) titleVotes.set(title, (vote = titleVote(fold(title))));
      if (vote !== null) e.gender = (e.gender ?? 0) + vote;
    }
    // a given name of clear gender ("Anna Lind"): a weak vote, outweighed by titles and pronouns
    const given = e.type === 'person' && c.end - c.start > 1 && !named.has(c.actor) ? c.key.split(' ')[0] : '';
    if (FEMALE_GIVEN.has(given) || MALE_GIVEN.has(given)) {
      named.add(c.actor);
      e.gender = (e.gender ?? 0) + (MALE_GIVEN.has(given) ? 1 : -1);
    }
    if (toks[c.start].quote >= 0) continue;
    const end = Math.min(sents[sentOf[c.start]].end, c.end + 12);
    for (let i = c.end; i < end; i++) {
      const t = toks[i];
      if (t.quote >= 0) continue;
      if (MALE.has(t.lower)) { e.gender = (e.gender ?? 0) + 1; break; }
      if (FEMALE.has(t.lower)) { e.gender = (e.gender ?? 0) - 1; break; }
      const other = tokEnt.of[i];
      if (other !== NONE && other !== c.actor) break; // another name in between: not about this one
    }
  }
}

/** +2 for a male title, -2 for a female one, 0 for both; null when the title says nothing. */
function titleVote(folded: string): number | null {
  let male = false;
  let female = false;
  // the title's words: runs of the characters a regex's \b counts as word characters (A-Z, a-z, 0-9, _)
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = folded.charCodeAt(i); // NaN past the end: no word character
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) continue;
    const w = folded.slice(start, i);
    male ||= MALE_TITLES.has(w);
    female ||= FEMALE_TITLES.has(w);
    start = i + 1;
  }
  return male || female ? (male ? 2 : 0) - (female ? 2 : 0) : null;
}

const SOURCE_PRONOUNS = new Set(['he', 'she', 'it', 'they']);

/** Which actor the words naming a source refer to. */
export function resolve(ctx: Ctx, r: Range, c: RawClaim, done: number[], raw: RawClaim[]): number | null {
  const { m, ents, tokEnt } = ctx;
  const toks = m.tokens;
  const first = toks[r[0]];
  if (r[1] - r[0] === 1 && SOURCE_PRONOUNS.has(first.lower)) return pronoun(ctx, first.lower, c, done, raw);
  // "Rep. Lisa Tran (D-Fla.)": a bracketed tag after the words is no part of whom they name
  if (toks[r[1] - 1].text === ')') {
    const o = tagOpen(ctx.m, r);
    if (o > 0) return resolve(ctx, [r[0], o], c, done, raw);
  }
  // "The ship's captain, Rashid bin Saleh": words in apposition (a comma that closes no town);
  // the same pass notes a spokesperson word (one pass: resolve runs for every source)
  let spokesAt = -1;
  for (let i = r[0]; i < r[1]; i++) {
    if (toks[i].text === ',' && !townThenState(ctx, r, i)) return appositionSource(ctx, r, i, c, done, raw);
    if (spokesAt < 0 && SPOKES.has(toks[i].lower)) spokesAt = i;
  }
  // "His office", "her spokeswoman", "its press office": they speak for the one the pronoun means.
  const ownerPron = POSSESSIVE_PRONOUNS.get(first.lower);
  if (ownerPron && r[1] - r[0] <= 3 && PROXIES.has(toks[r[1] - 1].lower)) {
    const owner = pronoun(ctx, ownerPron, c, done, raw);
    if (owner !== null) return owner;
  }
  // "a spokesman", "a Kremlin spokesman", "a spokesman for the company" (spokesSource)
  if (spokesAt >= 0) {
    const spokes = spokesSource(ctx, r, c, done, raw);
    if (spokes !== undefined) return spokes;
  }
  // Head of the phrase: the last word before a linking preposition that is not inside a name.
  // (the same pass notes whether a name comes before the head)
  let split = r[1];
  let hasName = tokEnt.of[r[0]] !== NONE;
  for (let i = r[0] + 1; i < r[1]; i++) {
    if (tokEnt.of[i] !== NONE) { hasName = true; continue; }
    if (!NP_LINKS.has(toks[i].lower)) continue;
    // "of" between capitals belongs to a name or title ("Secretary of State Mark Halloran")
    // but not after a person's name ("Rep. Lisa Tran of Florida")
    const before = tokEnt.of[i - 1];
    const afterPerson = before !== NONE && ents[before].type === 'person';
    if (!(toks[i].lower === 'of' && toks[i - 1].capital && !!toks[i + 1]?.capital && !afterPerson)) { split = i; break; }
  }
  let head = split - 1;
  // "figures published by the port authority": the noun before a participle is the head
  if (head > r[0] && toks[head].lower.endsWith('ed') && !toks[head].capital && !tokEnt.has(head)) head--;
  const headLow = stripPossessive(toks[head].lower);
  const headEnt = tokEnt.get(head);
  // "Figures from X show": a document word capitalised only because it opens the sentence is no name
  if (headEnt !== undefined && !(DOC_NOUNS.has(headLow) && !ents[headEnt].solid)) return headEnt;
  if (DOC_NOUNS.has(headLow)) {
    const owner = documentOwner(ctx, r, split, head, c, done, raw);
    if (owner !== undefined) return owner;
  }
  // "the minister", "the company": the most recent fitting speaker, else the most recent fitting name.
  if (first.lower === 'the' && !hasName && split - r[0] <= 3 && !endsWithApostrophe(toks[head].text)) {
    const fitting = recentFitting(ctx, r, head, headLow, done);
    if (fitting !== null) return fitting;
  }
  // "Mensah joined in January. The striker said ...": a word for one person right after a sentence
  // whose subject is a person with no other role means that person
  if (first.lower === 'the' && r[1] - r[0] === 2 && PERSON_NOUNS.has(headLow) && !ANONYMOUS.has(headLow)) {
    const prev = previousSubject(ctx, c, done, raw);
    if (prev !== null) {
      ents[prev].role = ents[prev].role ?? headLow;
      return prev;
    }
  }
  // A described source ("Russian officials", "a source in Benghazi"): a group actor of its own.
  const surface = m.text.slice(toks[r[0]].start, toks[r[1] - 1].end);
  const name = stripPossessive((first.lower === 'the' || first.lower === 'a' || first.lower === 'an') && r[1] - r[0] > 1 ? surface.slice(first.text.length).trimStart() : surface);
  const key = actorKey(name);
  const existing = ctx.byKey.get(key);
  if (existing !== undefined) return existing;
  const type: ActorType = ORG_WORDS.has(headLow) ? 'organization' : ['website', 'newspaper', 'broadcaster', 'channel', 'agency'].includes(headLow) ? 'outlet' : 'group';
  ents.push({ key, type, names: [name], aliases: [], mentions: [], solid: true });
  ctx.byKey.set(key, ents.length - 1);
  return ents.length - 1;
}

/**
 * "The ship's captain, Rashid bin Saleh" / "Tomas Ekdal, Baltline's chief executive": the words have
 * a comma at i; the named part decides who it is, the other part is the role. Its own function: few
 * sources have one, and resolve runs for every source (V8 compiles it to baseline code).
 */
function appositionSource(ctx: Ctx, r: Range, i: number, c: RawClaim, done: number[], raw: RawClaim[]): number | null {
  const { m, ents, tokEnt } = ctx;
  const toks = m.tokens;
  // the name is whichever side is only a name ("Jimmy Coyle, skipper of the trawler Silver Fern")
  const leftIsName = allNames(ctx, r[0], i);
  const nameEnt = !leftIsName && allNames(ctx, i + 1, r[1]) ? tokEnt.get(r[1] - 1) : undefined;
  const ent = nameEnt ?? resolve(ctx, [r[0], i], c, done, raw);
  const roleR: Range = nameEnt !== undefined ? [r[0], i] : [i + 1, r[1]];
  if (ent !== null && roleR[1] > roleR[0] && ents[ent].type === 'person' && !ents[ent].role) {
    ents[ent].role = m.text.slice(toks[roleR[0]].start, toks[roleR[1] - 1].end).replace(/^(the|a|an)\s+/i, '');
  }
  return ent;
}

/**
 * "the minister", "the company": the most recent fitting speaker, else the most recent fitting name.
 * Its own function: it runs a few times per article, so the hot resolve stays small when V8 compiles
 * it to baseline code (and its closures cost resolve no context).
 */
function recentFitting(ctx: Ctx, r: Range, head: number, headLow: string, done: number[]): number | null {
  const { m, ents } = ctx;
  const toks = m.tokens;
  // "the rail operator": a modifier narrows the choice to names or roles that contain it
  const mods: string[] = [];
  for (let i = r[0] + 1; i < head; i++) mods.push(fold(stripPossessive(toks[i].lower)));
  const hasMods = (e: Entity) => mods.every((w) => nameContains(e, w) || (!!e.role && fold(e.role).includes(w)));
  // passes: with the modifier first; known organisations before bare names of unknown kind
  const passes: [boolean, boolean][] = mods.length ? [[true, false], [true, true], [false, false], [false, true]] : [[false, false], [false, true]];
  for (let pi = 0; pi < passes.length; pi++) {
    const strict = passes[pi][0];
    const unknownOk = passes[pi][1];
    const fit = (e: Entity) => (unknownOk || e.type !== 'unknown') && fits(e, headLow) && (!strict || hasMods(e));
    for (let k = done.length - 1; k >= 0 && k >= done.length - LOOKBACK_CLAIMS; k--) {
      const ent = ctx.claimEnt[done[k]];
      if (ent !== null && fit(ents[ent])) return ent;
    }
    for (let k = mentionsBefore(ctx, r[0]) - 1, n = 0; k >= 0 && n < LOOKBACK_MENTIONS; k--, n++) {
      const tok = ctx.mentions[k][0];
      const ent = ctx.mentions[k][1];
      // a capitalised word of unknown kind inside a quotation ("\"Sales have slowed,\"") is no body
      // nor a word seen only opening this very sentence ("Sales fell, the company said")
      const sameSentence = m.sentenceOf[tok] === m.sentenceOf[r[0]];
      if (ents[ent].type === 'unknown' && (toks[tok].quote >= 0 || ents[ent].common || (sameSentence && !ents[ent].solid))) continue;
      if (fit(ents[ent])) return ent;
    }
  }
  return null;
}

/**
 * Words with a spokesperson in them: whom they speak for, undefined when the words say nothing of it.
 * Its own function: few sources are spokespeople, and resolve runs for every source.
 */
function spokesSource(ctx: Ctx, r: Range, c: RawClaim, done: number[], raw: RawClaim[]): number | null | undefined {
  const toks = ctx.m.tokens;
  const first = toks[r[0]].lower;
  // "a spokesman for the company" speaks for the company; a bare "a spokesman" for the last organisation.
  const spoke = toks[r[1] - 1].lower;
  if (r[1] - r[0] <= 2 && SPOKES.has(spoke) && (first === 'a' || first === 'an')) return recentOrg(ctx, c, done);
  // "A Channel North spokeswoman", "a Kremlin spokesman": the named organisation speaks
  if (SPOKES.has(spoke) && r[1] - r[0] <= 6) {
    const named = spokesmansBody(ctx, r);
    if (named !== null) return named;
  }
  for (let i = r[0] + 1; i < r[1] - 1; i++) {
    if (SPOKES.has(toks[i].lower) && (toks[i + 1].lower === 'for' || toks[i + 1].lower === 'of')) return resolve(ctx, [i + 2, r[1]], c, done, raw);
  }
  return undefined;
}

/** Rare: the name a spokesman speaks for, inside the words ("A Channel North spokeswoman"). */
function spokesmansBody(ctx: Ctx, r: Range): number | null {
  const named = lastEntityIn(ctx, [r[0], r[1] - 1]);
  // a place speaks only through a spokesman of its own ("a Downing Street spokesman"), not "a Dunmarra hospital spokesman"
  return named !== null && (ctx.ents[named].type !== 'place' || ctx.tokEnt.get(r[1] - 2) === named) ? named : null;
}

/** Rare: "Rep. Lisa Tran (D-Fla.)": where a short bracketed tag closing the words opens, else -1. */
function tagOpen(m: TextModel, r: Range): number {
  const toks = m.tokens;
  let o = r[1] - 2;
  while (o > r[0] && r[1] - o <= 6 && toks[o].text !== '(') o--;
  return o > r[0] && toks[o].text === '(' ? o : -1;
}

/**
 * Rare: who owns the document the source words name ("figures from the port authority"); undefined
 * when nothing in the words names an owner.
 */
function documentOwner(ctx: Ctx, r: Range, split: number, head: number, c: RawClaim, done: number[], raw: RawClaim[]): number | null | undefined {
  const toks = ctx.m.tokens;
  const first = toks[r[0]].lower;
  // "a Northwire tally", "the ministry's report": a name before the document is its owner
  const owner = lastEntityIn(ctx, [r[0], head]);
  if (owner !== null) return owner;
  // "figures from the port authority", "the harbour master's daily bulletin", "the filing"
  if (split < r[1] - 1 && OWNER_LINKS.has(toks[split].lower)) return resolve(ctx, [split + 1, r[1]], c, done, raw);
  for (let i = head - 1; i >= r[0]; i--) if (/(['’]s|s['’])$/.test(toks[i].text)) return resolve(ctx, [r[0], i + 1], c, done, raw);
  // "port authority data": the words before the document name its owner
  if (head > r[0] && !DETERMINERS.has(first)) return resolve(ctx, [r[0], head], c, done, raw);
  if (first === 'the' && split - r[0] <= 3) {
    const org = recentOrg(ctx, c, done);
    if (org !== null) return org;
  }
  return undefined;
}

/**
 * "Officials in Dover, Del.", "the mayor of Austin, Texas": the comma at i closes a town after a
 * preposition, and what follows is its state or country (a place, or an abbreviation), not a name
 * in apposition to the speaker.
 */
function townThenState(ctx: Ctx, r: Range, i: number): boolean {
  const toks = ctx.m.tokens;
  const rest = r[1] - i - 1;
  if (rest < 1 || rest > 2 || !toks[i - 1]?.capital || !toks[i + 1].capital) return false;
  let k = i - 1;
  while (k > r[0] && toks[k].capital) k--;
  if (k <= r[0] || !NP_LINKS.has(toks[k].lower)) return false;
  const ent = ctx.tokEnt.get(i + 1);
  const abbreviation = rest === 2 ? toks[i + 2].text === '.' && toks[i + 1].text.length <= 5 : /^[A-Z][a-z]{1,4}\.$/.test(toks[i + 1].text);
  const state = US_STATES.has(toks.slice(i + 1, r[1]).map((t) => t.lower).join(' '));
  return abbreviation || state || (ent !== undefined && ctx.ents[ent].type === 'place');
}

/** Every token of [a, b) belongs to a name (titles and particles allowed). */
function allNames(ctx: Ctx, a: number, b: number): boolean {
  if (b <= a || !ctx.tokEnt.has(b - 1)) return false;
  for (let i = a; i < b; i++) {
    const t = ctx.m.tokens[i];
    if (!ctx.tokEnt.has(i) && !TITLES.has(t.lower) && !PARTICLES.has(t.lower)) return false;
  }
  return true;
}

/** "figures from X", "a report by X", "a statement of X": X owns the document. */
const OWNER_LINKS = new Set(['by', 'from', 'of']);

const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);
/** Who speaks for someone else: "his office said" is him speaking. */
const PROXIES = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'campaign', 'team', 'aides', 'staff', 'account', 'administration', 'government', 'ministry', 'representatives', 'representative', 'camp', 'people']);

const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'spokespeople', 'spokesmen']);

/** Anonymous sources: a later "he" rarely means them. */
const ANONYMOUS = new Set(['source', 'insider', 'official', 'aide', 'adviser', 'advisor', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson']);

/** The source words describe one person ("one farmer", "a local resident"), not a body or a crowd. */
function describesOne(m: TextModel, r: Range): boolean {
  const first = m.tokens[r[0]].lower;
  let h = r[0];
  while (h + 1 < r[1] && !NP_LINKS.has(m.tokens[h + 1].lower) && m.tokens[h + 1].text !== ',') h++;
  const before = r[0] > 0 ? m.tokens[r[0] - 1].lower : '';
  return PERSON_NOUNS.has(m.tokens[h].lower) && !ANONYMOUS.has(m.tokens[h].lower) && [first, before].some((w) => w === 'a' || w === 'an' || w === 'one' || w === 'the');
}

/** The source words name a spokesperson that "he"/"she" can refer to. */
function spokesFits(m: TextModel, r: Range, sign: number): boolean {
  for (let i = r[0]; i < r[1]; i++) {
    const l = m.tokens[i].lower;
    if (l === 'spokesperson' || l === 'representative') return true;
    if (l === 'spokesman') return sign >= 0;
    if (l === 'spokeswoman') return sign <= 0;
  }
  return false;
}

function recentOrg(ctx: Ctx, c: RawClaim, done: number[]): number | null {
  const isOrg = (e: Entity) => e.type === 'organization' || e.type === 'outlet' || e.type === 'government';
  // an organisation named earlier in the same sentence ("GridNorth has updated ..., a spokesman told BCN")
  const sent = ctx.m.sentences[ctx.m.sentenceOf[c.at]];
  for (let k = mentionsBefore(ctx, sent.start); k < ctx.mentions.length && ctx.mentions[k][0] < c.at; k++) {
    const tok = ctx.mentions[k][0];
    const ent = ctx.mentions[k][1];
    const e = ctx.ents[ent];
    if (ctx.m.tokens[tok].quote >= 0 || !isSubject(ctx.m, tok)) continue;
    if (isOrg(e)) return ent;
    // a bare name as the sentence's subject, with a spokesman speaking for it, is an organisation
    if (e.type === 'unknown' && !e.common && isSubject(ctx.m, tok)) {
      e.type = 'organization';
      return ent;
    }
  }
  for (let k = done.length - 1; k >= 0 && k >= done.length - LOOKBACK_CLAIMS; k--) {
    const ent = ctx.claimEnt[done[k]];
    if (ent !== null && isOrg(ctx.ents[ent])) return ent;
  }
  for (let k = mentionsBefore(ctx, c.at) - 1, n = 0; k >= 0 && n < LOOKBACK_MENTIONS; k--, n++) {
    const ent = ctx.mentions[k][1];
    if (isOrg(ctx.ents[ent])) return ent;
  }
  return null;
}

/** Number of name mentions that start before token `tok` (binary search). */
export function mentionsBefore(ctx: Ctx, tok: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid][0] < tok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "the company" can be any company; "the ministry" must be named a ministry. */
const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'authorities', 'operator', 'airline', 'agency']);

/** Some name of the entity, folded, contains the text (a loop: fits runs for every earlier mention). */
function nameContains(e: Entity, text: string): boolean {
  for (let i = 0; i < e.names.length; i++) if (fold(e.names[i]).includes(text)) return true;
  return false;
}

/** The last word of the entity's name is another body's word ("Brandt Union" is no "company"). */
function otherBody(e: Entity, head: string): boolean {
  const name = fold(e.names[0] ?? e.key);
  const kind = name.slice(name.lastIndexOf(' ') + 1);
  return ORG_HEADS.has(kind) && kind !== head;
}

function fits(e: Entity, head: string): boolean {
  const stem = head.endsWith('s') ? head.slice(0, -1) : head;
  if (ORG_HEADS.has(head)) {
    if (e.type !== 'organization' && e.type !== 'outlet' && e.type !== 'government' && e.type !== 'group' && e.type !== 'unknown') return false;
    const named = nameContains(e, stem) || (e.role ? fold(e.role).includes(stem) : false);
    // a described group ("their union") is "the union" only by name, never "the company";
    // nor is anything whose name says it is another kind of body ("the union", "the ministry");
    // nor is the outlet that reported something "the company"
    return named || (e.type !== 'group' && e.type !== 'outlet' && GENERIC_ORG_HEADS.has(head) && !otherBody(e, head));
  }
  // "the official" after "a senior U.N. official": a described person is a group actor
  if (e.type === 'group') return e.names.some((n) => fold(n).split(' ').includes(head));
  if (e.type !== 'person') return false;
  return (e.role ? fold(e.role).includes(stem) : false) || nameContains(e, stem);
}

function pronoun(ctx: Ctx, p: string, c: RawClaim, done: number[], raw: RawClaim[]): number | null {
  const { ents } = ctx;
  const person = PERSON_PRONOUNS.has(p);
  const sign = p === 'he' ? 1 : p === 'she' ? -1 : 0;
  // which entities fit: pronounFits (a top-level function, no closures made for each call)
  // "Ms Okafor chaired the meeting. She said ...", "Brandt Logistics declined to comment. It later said ...":
  // the subject of a sentence since the last report (the nearest, up to three back) comes before the last speaker.
  // "Researchers followed 2,300 nurses. They found ...": a plural group opening the sentence just before
  if (p === 'they') {
    const group = openingGroup(ctx, c, done, raw);
    if (group !== null) return group;
  }
  if (person || p === 'it') {
    const si = ctx.m.sentenceOf[c.at];
    const lastSpoke = done.length ? raw[done[done.length - 1]].at : -1;
    for (let back = si - 1; back >= 0 && back >= si - 3; back--) {
      const prevSent = ctx.m.sentences[back];
      if (lastSpoke >= prevSent.start || prevSent.para < c.para - 1) break;
      for (let k = mentionsBefore(ctx, prevSent.start); k < ctx.mentions.length && ctx.mentions[k][0] < Math.min(prevSent.end, prevSent.start + SUBJECT_WINDOW); k++) {
        const tok = ctx.mentions[k][0];
        const ent = ctx.mentions[k][1];
        const e = ents[ent];
        const kindOk = person ? e.type === 'person' : e.type === 'organization' || e.type === 'outlet' || e.type === 'government';
        if (isSubject(ctx.m, tok) && pronounFits(e, p, person, sign) && kindOk && !attributive(ctx, tok, ent)) return ent;
      }
    }
  }
  for (let k = done.length - 1; k >= 0 && k >= done.length - LOOKBACK_CLAIMS; k--) {
    const prev = raw[done[k]];
    if (c.para - prev.para > 3) break;
    const ent = ctx.claimEnt[done[k]];
    if (ent !== null && pronounFits(ents[ent], p, person, sign)) return ent;
    // "a spokesman for the operator said ... He said ...": he is the operator's spokesman
    const named = namingWords(prev);
    if (person && ent !== null && named && spokesFits(ctx.m, named, sign)) return ent;
    // "One farmer, who ..., said ... \"...,\" he grumbled": a described single person
    if (person && ent !== null && named && ents[ent].type === 'group' && describesOne(ctx.m, named)) return ent;
  }
  // Failing a speaker, the most recent fitting name: first one in subject position, then any.
  const from = mentionsBefore(ctx, c.at) - 1;
  for (let pass = 0; pass < 2; pass++) {
    const subjectOnly = pass === 0;
    for (let k = from, n = 0; k >= 0 && n < LOOKBACK_MENTIONS; k--, n++) {
      const tok = ctx.mentions[k][0];
      const ent = ctx.mentions[k][1];
      if (ctx.m.tokens[tok].quote >= 0 || !pronounFits(ents[ent], p, person, sign) || ents[ent].type === 'unknown') continue;
      if (!subjectOnly || isSubject(ctx.m, tok)) return ent;
    }
  }
  return null;
}

/** The entity can be what pronoun p means: its kind, and for "he"/"she" (sign ±1) no gender against it. */
function pronounFits(e: Entity, p: string, person: boolean, sign: number): boolean {
  if (person) return (e.type === 'person' || e.type === 'unknown') && (!sign || !e.gender || Math.sign(e.gender) === sign);
  return p === 'they' ? e.type !== 'person' : e.type === 'organization' || e.type === 'outlet' || e.type === 'government' || e.type === 'group';
}

/** A plural role noun opening the sentence just before ("Residents"), when that sentence reports nothing. */
function openingGroup(ctx: Ctx, c: RawClaim, done: number[], raw: RawClaim[]): number | null {
  const si = ctx.m.sentenceOf[c.at];
  if (si === 0) return null;
  const prevSent = ctx.m.sentences[si - 1];
  const lastSpoke = done.length ? raw[done[done.length - 1]].at : -1;
  if (lastSpoke >= prevSent.start || prevSent.para < c.para - 1) return null;
  const t = ctx.m.tokens[prevSent.start];
  const named = ctx.tokEnt.get(prevSent.start);
  return named !== undefined && ctx.ents[named].type === 'group' && t.lower.endsWith('s') ? named : null;
}

/** The one person named as the subject of the sentence just before, when it reports nothing and gives no role. */
function previousSubject(ctx: Ctx, c: RawClaim, done: number[], raw: RawClaim[]): number | null {
  const si = ctx.m.sentenceOf[c.at];
  if (si === 0) return null;
  const prevSent = ctx.m.sentences[si - 1];
  const lastSpoke = done.length ? raw[done[done.length - 1]].at : -1;
  if (lastSpoke >= prevSent.start || prevSent.para < c.para - 1) return null;
  const people = new Set<number>();
  let subject: number | null = null;
  for (let k = mentionsBefore(ctx, prevSent.start); k < ctx.mentions.length && ctx.mentions[k][0] < prevSent.end && people.size < 2; k++) {
    const tok = ctx.mentions[k][0];
    const ent = ctx.mentions[k][1];
    if (ctx.ents[ent].type !== 'person') continue;
    people.add(ent);
    if (subject === null && isSubject(ctx.m, tok)) subject = ent;
  }
  return subject !== null && people.size === 1 && !ctx.ents[subject].role ? subject : null;
}

/** "City boss Marta Lindqvist": a name right before a role word modifies it; it is not the subject. */
function attributive(ctx: Ctx, tok: number, ent: number): boolean {
  let j = tok;
  while (ctx.tokEnt.get(j) === ent) j++;
  const next = ctx.m.tokens[j];
  return !!next && next.kind === TokenKind.Word && !next.capital && (ROLE_NOUNS.has(next.lower) || TITLES.has(next.lower));
}

/** Subjects stand within the first few words of a sentence. */
const SUBJECT_WINDOW = 7;

/** A name at the start of its sentence (after at most a few opening words), where subjects stand. */
function isSubject(m: TextModel, tok: number): boolean {
  const s = m.sentences[m.sentenceOf[tok]];
  if (tok - s.start >= SUBJECT_WINDOW) return false;
  for (let i = s.start; i < tok; i++) {
    const t = m.tokens[i];
    const next = m.tokens[i + 1];
    // "City boss Marta Lindqvist": a name modifying a role before the subject's name is no subject of its own
    if (t.kind === TokenKind.Word && t.capital && !CAP_STOP.has(t.lower) && i + 1 < tok && !next.capital && !ROLE_NOUNS.has(next.lower) && !TITLES.has(next.lower)) return false;
  }
  return true;
}
