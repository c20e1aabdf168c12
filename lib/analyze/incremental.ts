// Re-scans of a page that changed (live blogs, infinite scroll, a paragraph rewritten): only the
// changed blocks are read again. The old and new article texts are compared block by block
// ("\n\n" separates blocks in the text model); the claims of unchanged blocks are kept (shifted),
// and a window around the change is extracted again, with context before it so "he added" still
// finds its speaker. Pure: no DOM.
import type { Actor, Claim, ExtractResult, Span } from '../types';
import { absorbActor } from './actors';

/** Past this share of the text changed, one full pass is simpler and as cheap. */
export const FULL_RESCAN_SHARE = 0.5;
/** Text read before the redone stretch so titles and pronouns ("the governor", "she") find the
 *  person named earlier; larger than a first pass's pieces use, as a re-scan reads little else. */
export const RESCAN_CONTEXT_CHARS = 4_000;

export interface Change {
  /** The changed stretch in the new text: whole blocks, [start, end). Empty when blocks were only removed. */
  start: number;
  end: number;
  /** New length minus old length: how far everything after the change moved. */
  delta: number;
}

/** Start offset of each block in a text whose blocks are joined by "\n\n". */
function blockStarts(blocks: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const b of blocks) {
    out.push(at);
    at += b.length + 2;
  }
  return out;
}

/** The one stretch of blocks that differs between two texts (common leading and trailing blocks
 *  excluded), or null when the texts are equal. */
export function changedBlocks(oldText: string, newText: string): Change | null {
  if (oldText === newText) return null;
  const a = oldText.split('\n\n');
  const b = newText.split('\n\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const starts = blockStarts(b);
  const start = head < b.length ? starts[head]! : newText.length;
  const lastChanged = b.length - 1 - tail;
  const end = lastChanged >= head ? starts[lastChanged]! + b[lastChanged]!.length : start;
  return { start, end, delta: newText.length - oldText.length };
}

/** Where a claim sits: its earliest span (a source or cue may come before the content). */
const anchorOf = (c: Claim) => Math.min(c.content.start, c.source?.start ?? Infinity, c.cue?.start ?? Infinity, c.via?.start ?? Infinity);
const endOf = (c: Claim) => Math.max(c.content.end, c.source?.end ?? 0, c.cue?.end ?? 0, c.via?.end ?? 0);

const shift = (s: Span | null, by: number): Span | null => (s && by ? { text: s.text, start: s.start + by, end: s.end + by } : s);
const shiftClaim = (c: Claim, by: number): Claim =>
  by ? { ...c, source: shift(c.source, by), cue: shift(c.cue, by), via: shift(c.via, by), content: shift(c.content, by)! } : c;

/** Start of the block holding `pos` (0 at the text's start). */
const blockStartAt = (text: string, pos: number) => {
  if (pos <= 0) return 0;
  const i = text.lastIndexOf('\n\n', pos - 1);
  return i < 0 ? 0 : i + 2;
};
/** End of the block holding `pos`. */
const blockEndAt = (text: string, pos: number) => {
  const i = text.indexOf('\n\n', pos);
  return i < 0 ? text.length : i;
};

export interface Plan {
  /** The stretch of the new text whose claims are taken from the new extraction. */
  redo: [number, number];
  /** What to extract: `redo` with context before it (claims found in the context are not used). */
  window: [number, number];
}

/**
 * What to read again after `change`: the changed blocks and one block either side, widened so no
 * kept claim crosses into it; or null when so much changed that a full pass is the better deal.
 * Old offsets before the change are unchanged; after it, old = new - delta.
 */
export function planRescan(old: ExtractResult, newText: string, change: Change): Plan | null {
  if (!newText) return null;
  // One block either side: the paragraph after a new quote may be its "she added".
  let rs = blockStartAt(newText, Math.max(0, change.start - 2));
  let re = blockEndAt(newText, Math.min(newText.length, change.end + 2));
  // Kept claims must lie wholly before or wholly after the redone stretch: widen it over any that
  // cross. Claims sorted by start with the furthest end reached so far answer "does a claim cross x?"
  // by binary search, so a page with thousands of claims is not read claims x claims times.
  const spans = old.claims.map((c) => [anchorOf(c), endOf(c)] as const).sort((x, y) => x[0] - y[0]);
  const starts = spans.map((sp) => sp[0]);
  const reach: number[] = [];
  spans.forEach((sp, i) => reach.push(Math.max(sp[1], i ? reach[i - 1]! : -Infinity)));
  for (let moved = true; moved; ) {
    moved = false;
    const i = firstAbove(reach, rs);
    // (only a real move counts: claims past the text's end must not loop forever)
    const left = i < spans.length && spans[i]![0] < rs ? blockStartAt(newText, spans[i]![0]) : rs;
    const oldRe = re - change.delta;
    const before = firstAbove(starts, oldRe - 1); // claims starting before oldRe
    const right = before > 0 && reach[before - 1]! > oldRe ? blockEndAt(newText, Math.min(newText.length, reach[before - 1]! + change.delta)) : re;
    moved = left < rs || right > re;
    rs = left;
    re = right;
  }
  if (re - rs > newText.length * FULL_RESCAN_SHARE) return null;
  const ws = rs > 0 ? blockStartAt(newText, Math.max(0, rs - RESCAN_CONTEXT_CHARS)) : 0;
  return { redo: [rs, re], window: [ws, re] };
}

/** Smallest i with sorted[i] > x (sorted ascending), or sorted.length. */
function firstAbove(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A one-word name read without its first mention in view ("Cruz") is the one known actor whose
 *  name ends in it ("marta cruz"), when exactly one does. */
function bySurname(byKey: Map<string, Actor>, a: Actor): Actor | undefined {
  if (a.key.includes(' ') || a.type !== 'person') return undefined;
  const hits = [...byKey.values()].filter((k) => k.type === 'person' && k.key.endsWith(` ${a.key}`));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The new text's result: old claims and mentions outside the redone stretch (those after it shifted
 * by `delta`), and the window's claims and mentions inside it. Actors are merged by their key; old
 * actors keep their ids. Claims are renumbered in text order.
 */
export function mergeRescan(old: ExtractResult, windowResult: ExtractResult, plan: Plan, delta: number): ExtractResult {
  const [rs, re] = plan.redo;
  const ws = plan.window[0];
  const oldRe = re - delta;
  const byKey = new Map<string, Actor>();
  const byId = new Map<string, Actor>();
  let next = 0;
  for (const a of old.actors) {
    const mentions = a.mentions.flatMap((m) => (m.end <= rs ? [m] : m.start >= oldRe ? [{ start: m.start + delta, end: m.end + delta }] : []));
    const copy: Actor = { ...a, aliases: [...a.aliases], mentions };
    byKey.set(a.key, copy);
    byId.set(a.id, copy);
    const n = Number(a.id.slice(1));
    if (Number.isInteger(n) && n >= next) next = n + 1;
  }
  const idMap = new Map<string, string>();
  for (const a of windowResult.actors) {
    const mentions = a.mentions.map((m) => ({ start: m.start + ws, end: m.end + ws })).filter((m) => m.start >= rs && m.end <= re);
    const known = byKey.get(a.key) ?? bySurname(byKey, a);
    if (known) {
      absorbActor(known, a, mentions);
      idMap.set(a.id, known.id);
    } else {
      const id = `a${next++}`;
      const fresh: Actor = { ...a, id, aliases: [...a.aliases], mentions };
      byKey.set(a.key, fresh);
      byId.set(id, fresh);
      idMap.set(a.id, id);
    }
  }
  const claims: Claim[] = [];
  for (const c of old.claims) {
    if (endOf(c) <= rs) claims.push(c);
    else if (anchorOf(c) >= oldRe) claims.push(shiftClaim(c, delta));
  }
  for (const c of windowResult.claims) {
    const moved = shiftClaim(c, ws);
    const a = anchorOf(moved);
    if (a < rs || a >= re || endOf(moved) > re) continue; // read as context: the kept claims have it
    claims.push({ ...moved, actorId: c.actorId ? idMap.get(c.actorId) ?? null : null });
  }
  claims.sort((x, y) => x.content.start - y.content.start || anchorOf(x) - anchorOf(y));
  const numbered = claims.map((c, i) => ({ ...c, id: `c${i}` }));
  const speaking = new Set(numbered.map((c) => c.actorId));
  const actors = [...byId.values()].filter((a) => a.mentions.length || speaking.has(a.id));
  for (const a of actors) a.mentions.sort((x, y) => x.start - y.start);
  return { claims: numbered, actors };
}
