// Conflicts between claims about the same thing, within one article and across the articles of a
// story: different figures for one measured quantity, a predicate asserted and negated, antonyms,
// and denials. Pure: the store passes in the claims with their article context.
import type { Claim, Conflict, ConflictSide, ConflictType } from '../types';
import { CUMULATIVE, findQuantities, MEASURE_LABEL, type Quantity } from './quantities';
import { areAntonyms, predicates, type Predicate } from './polarity';
import { contentWords, hash64 } from './text';

export interface ClaimContext {
  url: string;
  outlet: string;
  published?: string;
  publishedMs: number | null;
  claim: Claim;
  /** Display name of who said it (null for unnamed sources). */
  actorName: string | null;
  actorKey: string | null;
}

interface Analysed {
  ctx: ClaimContext;
  quantities: Quantity[];
  predicates: Predicate[];
  words: Set<string>;
}

/** Claims compared pairwise are capped so a huge story stays fast (pairs grow quadratically). */
const MAX_CLAIMS = 1500;
const DENIAL_CUE = /\b(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|rebut)/i;
/** Quantities that need more than the story in common: a shared word or the same speaker. */
const NEEDS_CONTEXT = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'percent', 'money', 'speed']);
/** A claim the article itself marks as an earlier report ("officials had put the toll at 14"). */
const EARLIER = (a: Analysed) => /^had\b/i.test(a.ctx.claim.cue?.text ?? '') || /\b(?:earlier|initially|previously|at first)\b/i.test(a.ctx.claim.content.text);

function analyse(ctx: ClaimContext): Analysed {
  const text = ctx.claim.content.text;
  const denied = DENIAL_CUE.test(ctx.claim.cue?.text ?? '');
  return { ctx, quantities: findQuantities(text), predicates: predicates(text, denied), words: new Set(contentWords(text)) };
}

function side(a: Analysed, value: string): ConflictSide {
  return {
    url: a.ctx.url,
    outlet: a.ctx.outlet,
    ...(a.ctx.published ? { published: a.ctx.published } : {}),
    actor: a.ctx.actorName,
    claimId: a.ctx.claim.id,
    content: a.ctx.claim.content.text,
    value,
  };
}

function who(a: Analysed, sameArticle: boolean): string {
  const actor = a.ctx.actorName ?? 'an unnamed source';
  return sameArticle ? actor : `${a.ctx.outlet} (${actor})`;
}

function conflictId(a: Analysed, b: Analysed, type: ConflictType): string {
  const key = (x: Analysed) => `${x.ctx.url}\u0000${x.ctx.claim.content.text}`;
  const [k1, k2] = [key(a), key(b)].sort();
  return `x${hash64(`${type}\u0001${k1}\u0001${k2}`)}`;
}

function sharedWords(a: Analysed, b: Analysed, exclude: Set<string>): string[] {
  return [...a.words].filter((w) => b.words.has(w) && !exclude.has(w));
}

const UNIT_WORDS = new Set(['minute', 'minut', 'hour', 'day', 'days', 'week', 'month', 'year', 'years', 'percent', 'cent']);

type Draft = Omit<Conflict, 'id' | 'dismissed'>;
/** A found conflict and what makes it "the same disagreement" as another (for de-duplication). */
interface Found { c: Draft; sig: string }

const speaker = (a: Analysed) => a.ctx.actorKey ?? a.ctx.actorName ?? '?';
const signature = (type: string, what: string, sides: [Analysed, string][]) => `${type}|${what}|${sides.map(([a, v]) => `${speaker(a)}=${v}`).sort().join('|')}`;

function numberConflict(a: Analysed, b: Analysed, qa: Quantity, qb: Quantity): Found | null {
  if (qa.measure !== qb.measure || qa.group !== qb.group) return null;
  const fa = qa.figure;
  const fb = qb.figure;
  if (fa.value === fb.value && fa.hedge === fb.hedge) return null;
  const context = sharedWords(a, b, UNIT_WORDS);
  const sameSpeaker = a.ctx.actorKey !== null && a.ctx.actorKey === b.ctx.actorKey;
  if (NEEDS_CONTEXT.has(qa.measure) && context.length === 0 && !sameSpeaker) return null;
  const sameArticle = a.ctx.url === b.ctx.url;
  const overlap = fa.lo <= fb.hi && fb.lo <= fa.hi;
  const ta = a.ctx.publishedMs;
  const tb = b.ctx.publishedMs;
  const later = sameArticle
    ? EARLIER(a) !== EARLIER(b) ? (EARLIER(a) ? b : a) : null
    : ta !== null && tb !== null && ta !== tb ? (ta > tb ? a : b) : null;
  const label = MEASURE_LABEL[qa.measure] + (qa.group !== 'people' ? ` (${qa.group})` : '');
  const topic = NEEDS_CONTEXT.has(qa.measure) && context.length ? `${label}: ${context.slice(0, 3).join(', ')}` : label;
  const norm = (q: Quantity) => `${q.figure.lo}-${q.figure.hi}`;
  const sig = signature('number', `${qa.measure}/${qa.group}`, [[a, norm(qa)], [b, norm(qb)]]);
  if (later && CUMULATIVE.has(qa.measure)) {
    const [lq, eq] = later === a ? [qa, qb] : [qb, qa];
    const [le, ee] = later === a ? [a, b] : [b, a];
    if (lq.figure.value > eq.figure.value) {
      const c: Draft = {
        type: 'number',
        topic,
        explanation: `${who(le, sameArticle)} gives ${lq.value}, up from ${eq.value} reported earlier by ${who(ee, sameArticle)}: a later update rather than a contradiction.`,
        sides: [side(ee, eq.value), side(le, lq.value)],
        update: true,
      };
      return { c, sig };
    }
  }
  if (overlap) return null;
  const c: Draft = {
    type: 'number',
    topic,
    explanation: `${who(a, sameArticle)} reports ${qa.value} but ${who(b, sameArticle)} reports ${qb.value}${sameArticle ? ' in the same article' : ''}.`,
    sides: [side(a, qa.value), side(b, qb.value)],
  };
  return { c, sig };
}

function sharesSubject(pa: Predicate, pb: Predicate): boolean {
  if (pa.subject.some((s) => pb.subject.includes(s))) return true;
  return pa.names.some((n) => pb.names.includes(n));
}

function polarityConflict(a: Analysed, b: Analysed, pa: Predicate, pb: Predicate): Found | null {
  if (pa.negated === pb.negated && !areAntonyms(pa.key, pb.key)) return null;
  const sameArticle = a.ctx.url === b.ctx.url;
  let type: ConflictType;
  if (pa.key === pb.key) {
    if (pa.negated === pb.negated) return null;
    if (pa.key === 'stance:intent' ? !pa.names.some((n) => pb.names.includes(n)) : !sharesSubject(pa, pb)) return null;
    type = pa.denial || pb.denial ? 'denial' : 'polarity';
  } else {
    if (pa.negated || pb.negated || !areAntonyms(pa.key, pb.key) || !sharesSubject(pa, pb)) return null;
    type = 'antonym';
  }
  const subject = pa.subject.find((s) => pb.subject.includes(s));
  const word = (p: Predicate) => p.value.split(/\s+/).pop() ?? p.value;
  const about =
    pa.key === 'stance:intent'
      ? `stance on the deal (${pa.names.find((n) => pb.names.includes(n)) ?? 'the same party'})`
      : `${subject ? `${subject}: ` : ''}${type === 'antonym' ? `${word(pa)} or ${word(pb)}` : word(pa)}`;
  const [pos, neg] = pa.negated ? [b, a] : [a, b];
  const [pv, nv] = pa.negated ? [pb.value, pa.value] : [pa.value, pb.value];
  const explanation =
    type === 'denial'
      ? `${who(neg, sameArticle)} denies what ${who(pos, sameArticle)} says: "${pv}".`
      : type === 'antonym'
        ? `${who(a, sameArticle)} says "${pa.value}" where ${who(b, sameArticle)} says "${pb.value}".`
        : `${who(pos, sameArticle)} says "${pv}" but ${who(neg, sameArticle)} says "${nv}".`;
  const norm = (p: Predicate) => `${p.key}:${p.negated}`;
  return { c: { type, topic: about, explanation, sides: [side(pos, pv), side(neg, nv)] }, sig: signature(type, pa.key === pb.key ? pa.key : [pa.key, pb.key].sort().join('/'), [[a, norm(pa)], [b, norm(pb)]]) };
}

/**
 * All conflicts among `items`; with `focusUrl`, only those with a side in that article.
 * One conflict per pair of claims and type; repeats of the same disagreement (the same
 * speakers and values) are reported once.
 */
export function findConflicts(items: readonly ClaimContext[], focusUrl?: string): Conflict[] {
  const analysed = items.slice(0, MAX_CLAIMS).map(analyse);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < analysed.length; i++) {
    for (let j = i + 1; j < analysed.length; j++) {
      const a = analysed[i];
      const b = analysed[j];
      if (focusUrl !== undefined && a.ctx.url !== focusUrl && b.ctx.url !== focusUrl) continue;
      if (a.ctx.url === b.ctx.url && a.ctx.claim.id === b.ctx.claim.id) continue;
      if (a.ctx.claim.content.text === b.ctx.claim.content.text) continue;
      const found: Found[] = [];
      for (const qa of a.quantities) for (const qb of b.quantities) {
        const c = numberConflict(a, b, qa, qb);
        if (c) found.push(c);
      }
      for (const pa of a.predicates) for (const pb of b.predicates) {
        if (pa.key !== pb.key && !areAntonyms(pa.key, pb.key)) continue;
        const c = polarityConflict(a, b, pa, pb);
        if (c) found.push(c);
      }
      for (const { c, sig } of found) {
        const id = conflictId(a, b, c.type);
        if (seen.has(id) || seen.has(sig)) continue;
        seen.add(id);
        seen.add(sig);
        out.push({ id, ...c, dismissed: false });
      }
    }
  }
  return out;
}
