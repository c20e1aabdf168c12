// Extraction for the content script: long articles are cut at paragraph breaks and extracted piece
// by piece with a yield between pieces, so no single task blocks the page for long. Results are
// shifted back to whole-text offsets and actors merged by their cross-article key.
import type { Actor, ArticleMeta, Claim, ExtractResult, Span } from '../types';
import { LIMITS } from '../protocol';
import { absorbActor } from './actors';
import { readLimit } from '../extract/limits';
import { nextTask } from '../slices';

export type Extractor = (text: string, meta?: Partial<ArticleMeta>) => ExtractResult;
/** About 1,000 words: even a first, not yet optimised run of the engine stays well under 50 ms. */
export const CHUNK_CHARS = 6_000;
/** Each piece is read with up to this much of the text before it, so "he added" and quotes running
 *  on from the previous paragraph still find their speaker; claims found there are the previous piece's. */
export const CONTEXT_CHARS = 1_500;

/** The first piece is small: the engine's first run on a page is unoptimised code, several times
 *  slower than later runs; pieces then double up to `max`. */
export const FIRST_CHUNK_CHARS = 1_500;

/** The last paragraph break ("\n\n") in text[from, to), or -1. Searches only that stretch: a native
 *  lastIndexOf would scan back to the text's start in one enormous paragraph, for every piece. */
export function lastBreak(text: string, from: number, to: number): number {
  for (let i = Math.min(to, text.length - 1); i > from; i--) if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 10) return i - 1;
  return -1;
}

/** The first paragraph break in text[from, to), or -1 (bounded like lastBreak). */
export function firstBreak(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length - 1);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return i;
  return -1;
}

/** Piece boundaries at paragraph breaks ("\n\n"), growing from `first` to at most about `max` characters. */
export function chunkBounds(text: string, max = CHUNK_CHARS, first = Math.min(FIRST_CHUNK_CHARS, max)): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let size = first;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const brk = lastBreak(text, start, end);
      end = brk > start ? brk : end; // one enormous paragraph: cut mid-way rather than never
    }
    out.push([start, end]);
    start = end;
    while (start < text.length && text[start] === '\n') start++;
    size = Math.min(max, size * 2);
  }
  return out;
}

const shift = (s: Span | null, by: number): Span | null => (s ? { text: s.text, start: s.start + by, end: s.end + by } : null);

export async function extractInChunks(
  text: string,
  extract: Extractor,
  meta: Partial<ArticleMeta> = {},
  pause: () => Promise<void> = nextTask,
): Promise<ExtractResult> {
  const limit = readLimit(text);
  const bounds = chunkBounds(text.slice(0, limit));
  if (bounds.length <= 1) return extract(text, meta);
  const claims: Claim[] = [];
  const byKey = new Map<string, Actor>();
  const seenMentions = new Set<string>();
  for (const [start, e] of bounds) {
    // Read from a paragraph start up to CONTEXT_CHARS before the piece.
    let s = start;
    if (start > 0) {
      const brk = firstBreak(text, start - CONTEXT_CHARS, start);
      s = brk >= 0 ? brk + 2 : start;
    }
    const part = extract(text.slice(s, e), meta);
    const idMap = new Map<string, string>();
    for (const a of part.actors) {
      const mentions = a.mentions.map((m) => ({ start: m.start + s, end: m.end + s })).filter((m) => {
        const k = `${m.start}:${m.end}`;
        if (seenMentions.has(k)) return false;
        seenMentions.add(k);
        return true;
      });
      const known = byKey.get(a.key);
      if (known) {
        absorbActor(known, a, mentions);
        idMap.set(a.id, known.id);
      } else {
        const id = `a${byKey.size}`;
        byKey.set(a.key, { ...a, id, aliases: [...a.aliases], mentions });
        idMap.set(a.id, id);
      }
    }
    for (const c of part.claims) {
      if (c.content.start + s < start) continue; // found while reading context: the previous piece has it
      claims.push({
        ...c,
        id: `c${claims.length}`,
        actorId: c.actorId ? idMap.get(c.actorId) ?? null : null,
        source: shift(c.source, s),
        cue: shift(c.cue, s),
        via: shift(c.via, s),
        content: shift(c.content, s)!,
      });
    }
    await pause();
  }
  // Actors seen only in context windows may have no mention left; keep those that speak or are named.
  const actors = [...byKey.values()].filter((a) => a.mentions.length || claims.some((c) => c.actorId === a.id));
  for (const a of actors) a.mentions.sort((x, y) => x.start - y.start);
  return limit < text.length ? { claims, actors, truncatedAt: limit } : { claims, actors };
}

/** Trim a result to what the background accepts (a page cannot flood the store). */
export function capForReport(r: ExtractResult): ExtractResult {
  const cut = (s: Span | null): Span | null =>
    s && s.text.length > LIMITS.maxSpanChars ? { text: s.text.slice(0, LIMITS.maxSpanChars), start: s.start, end: s.start + LIMITS.maxSpanChars } : s;
  const claims = r.claims.slice(0, LIMITS.maxClaims).map((c) => ({ ...c, source: cut(c.source), cue: cut(c.cue), via: cut(c.via), content: cut(c.content)! }));
  const used = new Set(claims.map((c) => c.actorId));
  // Speakers first, then the most mentioned, so the cap drops the least useful actors.
  const actors = [...r.actors]
    .sort((a, b) => Number(used.has(b.id)) - Number(used.has(a.id)) || b.mentions.length - a.mentions.length)
    .slice(0, LIMITS.maxActors)
    .map((a) => ({ ...a, name: a.name.slice(0, 500), key: a.key.slice(0, 500), aliases: a.aliases.slice(0, 100).map((x) => x.slice(0, 500)), mentions: a.mentions.slice(0, LIMITS.maxMentions) }));
  const kept = new Set(actors.map((a) => a.id));
  return { claims: claims.map((c) => (c.actorId && !kept.has(c.actorId) ? { ...c, actorId: null } : c)), actors };
}
