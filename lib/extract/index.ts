// The attribution engine: article text → attributed claims and the actors they come from.
// Pure TypeScript, no DOM: the same code runs in the content script, background, tests and CLI.
import type { Actor, ArticleMeta, Claim, ExtractResult, Span } from '../types';
import { namingWords, type Range, type RawClaim } from './context';
import { findAttributions } from './scan';
import { findChunks, mergeChunks, skippedParagraphs, type Chunk, type Entity } from './names';
import { lastEntityIn, resolve, voteGender, type Ctx } from './resolve';
import { buildModel, type TextModel } from './text';
import { readLimit } from './limits';
import { TokenActors } from './token-actors';
import { hasPossessiveWord } from './endings';

export { MAX_TEXT_CHARS, readLimit } from './limits';

export { actorKey, fold } from './keys';

const MAX_MENTIONS = 200;
const MAX_ALIASES = 50;

export function extract(text: string, meta?: Partial<ArticleMeta>): ExtractResult {
  if (typeof text !== 'string' || !text.trim()) return { claims: [], actors: [] };
  const limit = readLimit(text);
  if (limit < text.length) return extractTruncated(text, limit, meta);
  const m = buildModel(text);
  const skip = skippedParagraphs(m, meta?.title);
  const chunks = findChunks(m, skip.names);
  const ents = mergeChunks(m, chunks);
  const raw = findAttributions(m, skip.claims);
  return assemble(m, raw, ents, chunks);
}

/** Rare: a text past the reading limit is read up to it. */
function extractTruncated(text: string, limit: number, meta?: Partial<ArticleMeta>): ExtractResult {
  return { ...extract(text.slice(0, limit), meta), truncatedAt: limit };
}

/** Resolves every claim's source to an actor (in text order) and builds the typed result. */
function assemble(m: TextModel, raw: RawClaim[], ents: Entity[], chunks: Chunk[]): ExtractResult {
  const tokEnt = new TokenActors(m.tokens.length, chunks);
  // findChunks emits chunks in text order, so the mentions are sorted
  const mentions: [number, number][] = [];
  for (let ci = 0; ci < chunks.length; ci++) mentions.push([chunks[ci].start, chunks[ci].actor]);
  voteGender(m, ents, chunks, tokEnt);
  // Resolve in text order so pronouns see the speakers before them.
  // Continuations last: a quotation may continue a speaker named only after it.
  // findAttributions emits them so already, as a rule: then no sort (nor its comparator to compile)
  const order: number[] = [];
  let sorted = true;
  for (let i = 0; i < raw.length; i++) {
    order.push(i);
    const cont = raw[i].continues !== undefined;
    const prevCont = i > 0 && raw[i - 1].continues !== undefined;
    if (i > 0 && ((prevCont && !cont) || (prevCont === cont && raw[i - 1].at > raw[i].at))) sorted = false;
  }
  if (!sorted) order.sort((a, b) => Number(raw[a].continues !== undefined) - Number(raw[b].continues !== undefined) || raw[a].at - raw[b].at || a - b);
  const byKey = new Map<string, number>();
  for (let i = 0; i < ents.length; i++) if (!byKey.has(ents[i].key)) byKey.set(ents[i].key, i);
  const ctx: Ctx = { m, ents, tokEnt, claimEnt: new Array(raw.length).fill(null), mentions, byKey };
  const done: number[] = [];
  for (let oi = 0; oi < order.length; oi++) settleClaim(ctx, raw, order[oi], done);
  const idOf = new Map<number, string>();
  const actors = listActors(ents, idOf);
  return { claims: listClaims(m, raw, order, ctx.claimEnt, idOf), actors };
}

/**
 * Resolves claim idx's speaker and records what the claim says of them. Its own function, called per
 * claim: V8 compiles this loop body to baseline code, not all of assemble.
 */
function settleClaim(ctx: Ctx, raw: RawClaim[], idx: number, done: number[]): void {
  const { m, ents } = ctx;
  const c = raw[idx];
  let ent: number | null = null;
  if (c.continues !== undefined) ent = ctx.claimEnt[c.continues];
  else if (c.sameAs !== undefined) ent = ctx.claimEnt[c.sameAs];
  else if (c.source) ent = resolve(ctx, namingWords(c)!, c, done, raw);
  ctx.claimEnt[idx] = ent;
  if (ent !== null) {
    const e = ents[ent];
    // a continuation shows its speaker's words but is no new mention of them
    const own = c.continues === undefined && c.sameAs === undefined ? namingWords(c) : null;
    if (own) {
      // a mention of the speaker; its words are an alias unless a pronoun
      const start = m.tokens[own[0]].start;
      const end = m.tokens[own[1] - 1].end;
      e.mentions.push({ start, end });
      const surface = m.text.slice(start, end);
      const isPron = own[1] - own[0] === 1 && PRONOUN_SURFACES.has(surface.toLowerCase());
      if (!isPron && !e.names.includes(surface) && !e.aliases.includes(surface)) e.aliases.push(surface);
    }
    const pron = own && own[1] - own[0] === 1 ? m.tokens[own[0]].lower : '';
    if (pron === 'he' || pron === 'she') e.gender = (e.gender ?? 0) + (pron === 'he' ? 1 : -1);
    if (e.type === 'place') e.type = 'government';
    e.thing = false;
    const cueWord = c.cue ? m.tokens[c.cue[0]].lower : '';
    if (e.type === 'unknown' && (cueWord.startsWith('report') || cueWord.startsWith('quot') || cueWord.startsWith('cit'))) e.type = 'outlet';
    e.solid = true;
  }
  if (c.via) {
    const v = lastEntityIn(ctx, c.via);
    if (v !== null) ents[v].solid = true;
  }
  done.push(idx);
}

/**
 * Actors: named ones that are surely names, plus every resolved speaker, in order of first mention.
 * Places, vessels, platforms and storms are painted only when they speak ("Moscow said").
 */
function listActors(ents: Entity[], idOf: Map<number, string>): Actor[] {
  const keep: number[] = [];
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    if (e.solid && e.mentions.length && e.type !== 'place' && !e.thing) keep.push(i);
  }
  keep.sort((a, b) => ents[a].mentions[0].start - ents[b].mentions[0].start);
  const actors: Actor[] = [];
  for (let n = 0; n < keep.length; n++) {
    const id = `a${n}`;
    idOf.set(keep[n], id);
    actors.push(toActor(ents[keep[n]], id));
  }
  return actors;
}

/** The claims in text order, with their actors' ids. */
function listClaims(m: TextModel, raw: RawClaim[], order: number[], claimEnt: (number | null)[], idOf: Map<number, string>): Claim[] {
  // usually in text order already (a stable sort would keep it as it is): then no sort
  let inText = true;
  for (let n = 1; n < order.length && inText; n++) {
    const a = raw[order[n - 1]];
    const b = raw[order[n]];
    inText = a.content[0] < b.content[0] || (a.content[0] === b.content[0] && a.at <= b.at);
  }
  const byText = inText ? order : order.slice().sort((a, b) => raw[a].content[0] - raw[b].content[0] || raw[a].at - raw[b].at);
  const claims: Claim[] = [];
  for (let n = 0; n < byText.length; n++) {
    const c = raw[byText[n]];
    const ent = claimEnt[byText[n]];
    const claim: Claim = {
      id: `c${n}`,
      kind: c.kind,
      source: c.source ? span(m, c.source) : null,
      actorId: ent !== null ? idOf.get(ent) ?? null : null,
      cue: c.cue ? span(m, c.cue) : null,
      content: { text: m.text.slice(c.content[0], c.content[1]), start: c.content[0], end: c.content[1] },
      via: c.via ? span(m, c.via) : null,
      confidence: c.confidence,
    };
    if (c.rule) claim.rule = c.rule;
    claims.push(claim);
  }
  return claims;
}

function span(m: TextModel, r: Range): Span {
  const start = m.tokens[r[0]].start;
  const end = m.tokens[r[1] - 1].end;
  return { text: m.text.slice(start, end), start, end };
}

const PRONOUN_SURFACES = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

function toActor(e: Entity, id: string): Actor {
  // shown: the longest proper name (one with no possessive word), else the longest name or alias, else the key
  let name: string | undefined;
  for (let i = 0; i < e.names.length; i++) {
    const n = e.names[i];
    if (!hasPossessiveWord(n) && (name === undefined || n.length > name.length)) name = n;
  }
  if (name === undefined) {
    const pool = e.names.length ? e.names : e.aliases;
    name = pool[0] ?? e.key;
    for (let i = 1; i < pool.length; i++) if (pool[i].length > name.length) name = pool[i];
  }
  const sorted = e.mentions.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const mentions: Entity['mentions'] = [];
  for (let i = 0; i < sorted.length && mentions.length < MAX_MENTIONS; i++) {
    const x = sorted[i];
    if (i === 0 || x.start !== sorted[i - 1].start || x.end !== sorted[i - 1].end) mentions.push(x);
  }
  // aliases: names and aliases other than the shown name, each once
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (let i = 0; i < e.names.length + e.aliases.length && aliases.length < MAX_ALIASES; i++) {
    const n = i < e.names.length ? e.names[i] : e.aliases[i - e.names.length];
    if (n === name || seen.has(n)) continue;
    seen.add(n);
    aliases.push(n);
  }
  const actor: Actor = { id, key: e.key, name, type: e.type, aliases, mentions };
  if (e.role) actor.role = e.role;
  return actor;
}
