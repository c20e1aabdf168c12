// The overlap scorer of the independent measurements (/work/shared/tools/score.py), in TypeScript so
// the PolNeAR bench scores in-process with the same figures. A gold attribution is found when a
// predicted claim's content tokens reach F1 >= 0.5 against the gold content (gold attributions take,
// in order, the best claim not yet taken), and its source is right when the gold source's head (its
// words before any comma, parenthesis or dash) has its last word, or half its words, in the
// predicted actor's name or source text. Pure: no file access.

/** A predicted claim as the CLI's JSON shows it (only what the scorer reads). */
export interface ScoredClaim {
  content: string;
  source: string;
  actor: string;
  kind: string;
  /** Character offsets of the content, where known (for error categories only). */
  start?: number;
  end?: number;
  /** The engine rule that made it, where known. */
  rule?: string;
}

export interface OverlapGold {
  actor: string;
  source?: string;
  cue?: string;
  content: string;
  optional?: boolean;
}

export type OverlapEvent =
  | { kind: 'missed'; gold: OverlapGold }
  | { kind: 'wrong-source'; gold: OverlapGold; claim: number }
  | { kind: 'spurious'; claim: number };

export interface OverlapScore {
  /** Required gold attributions. */
  gold: number;
  /** Predicted claims judged (claims matching only optional gold are not). */
  predicted: number;
  contentFound: number;
  sourceRight: number;
  events: OverlapEvent[];
  /** Index of the claim each required gold took (-1: none), in gold order. */
  matchOf: number[];
}

export const OVERLAP_MATCH = 0.5;
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'for', 's', 'lt', 'mr', 'ms', 'dr']);

/** score.py's toks(): NFKC, lower case, curly apostrophe straightened, runs of word characters. */
export function scoreTokens(s: string): string[] {
  return (s || '').normalize('NFKC').toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function counts(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Token F1 of two texts given as token counts. */
function countsF1(g: Map<string, number>, gTotal: number, p: Map<string, number>, pTotal: number): number {
  let common = 0;
  for (const [t, n] of p) common += Math.min(n, g.get(t) ?? 0);
  if (!common) return 0;
  const r = common / gTotal;
  const pr = common / pTotal;
  return (2 * r * pr) / (r + pr);
}

export function overlapF1(gold: string, predicted: string): number {
  const g = scoreTokens(gold);
  const p = scoreTokens(predicted);
  return countsF1(counts(g), g.length, counts(p), p.length);
}

/** score.py's actor_ok(). */
export function sourceRight(goldActor: string, claim: ScoredClaim): boolean {
  const predicted = new Set(scoreTokens([claim.actor, claim.source].filter(Boolean).join(' ')));
  if (!goldActor) return !predicted.size || claim.kind === 'unattributed';
  const head = goldActor.split(/,|\(|\s--\s|\s[—―-]\s/)[0];
  const keep = (ts: string[]) => ts.filter((t) => !STOP.has(t));
  const words = keep(scoreTokens(head)).length ? keep(scoreTokens(head)) : keep(scoreTokens(goldActor));
  if (!words.length) return false;
  if (predicted.has(words[words.length - 1])) return true;
  return words.filter((t) => predicted.has(t)).length / words.length >= 0.5;
}

export function scoreOverlap(gold: OverlapGold[], claims: ScoredClaim[]): OverlapScore {
  const toks = claims.map((c) => scoreTokens(c.content));
  const pc = toks.map(counts);
  const f1 = (g: OverlapGold, i: number, gc: Map<string, number>, gn: number) => (toks[i].length ? countsF1(gc, gn, pc[i], toks[i].length) : 0);
  const required = gold.filter((g) => !g.optional);
  const used = new Set<number>();
  const events: OverlapEvent[] = [];
  const matchOf: number[] = [];
  let contentFound = 0;
  let right = 0;
  for (const g of required) {
    const gt = scoreTokens(g.content);
    const gc = counts(gt);
    let best = 0;
    let at = -1;
    if (gt.length) {
      for (let i = 0; i < claims.length; i++) {
        if (used.has(i)) continue;
        const s = f1(g, i, gc, gt.length);
        if (s > best) { best = s; at = i; }
      }
    }
    if (best >= OVERLAP_MATCH) {
      used.add(at);
      contentFound++;
      matchOf.push(at);
      if (sourceRight(g.actor, claims[at])) right++;
      else events.push({ kind: 'wrong-source', gold: g, claim: at });
    } else {
      matchOf.push(-1);
      events.push({ kind: 'missed', gold: g });
    }
  }
  const optional = gold.filter((g) => g.optional).map((g) => { const t = scoreTokens(g.content); return { c: counts(t), n: t.length }; });
  let optionalHits = 0;
  for (let i = 0; i < claims.length; i++) {
    if (used.has(i)) continue;
    if (optional.some((o) => o.n && f1(gold[0], i, o.c, o.n) >= OVERLAP_MATCH)) { optionalHits++; continue; }
    events.push({ kind: 'spurious', claim: i });
  }
  return { gold: required.length, predicted: claims.length - optionalHits, contentFound, sourceRight: right, events, matchOf };
}

export interface OverlapTotals {
  gold: number;
  predicted: number;
  contentFound: number;
  sourceRight: number;
}

export function overlapPRF(t: OverlapTotals): { precision: number; recall: number; f1: number; contentRecall: number } {
  const precision = t.predicted ? t.sourceRight / t.predicted : 0;
  const recall = t.gold ? t.sourceRight / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, contentRecall: t.gold ? t.contentFound / t.gold : 0 };
}
