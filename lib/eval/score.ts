// Scores extracted claims against gold attributions (pure; no file access).
// A predicted claim matches a gold attribution when their content word sets overlap with F1 >= 0.5;
// the match is right when the predicted actor is the gold actor (normalised names), or, for an
// unnamed gold source (actor ""), when the prediction has no actor. Optional gold attributions are
// credited when found and not counted when missed.
import { actorKey, namesMatch } from '../extract/keys';
import type { Actor, ExtractResult } from '../types';

export interface GoldAttribution {
  source: string;
  actor: string;
  cue: string;
  content: string;
  kind: string;
  via?: string;
  optional?: boolean;
  note?: string;
}

export interface GoldFile {
  id: string;
  file: string;
  outlet?: string;
  attributions: GoldAttribution[];
  actors?: { name: string; type?: string; aliases?: string[] }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** Right attributions whose predicted actor's canonical name has exactly the gold actor's key. */
  exactNames: number;
  /** Gold attributions not found (content never matched), non-optional only. */
  missed: GoldAttribution[];
  /** Matched by content but attributed to the wrong actor. */
  wrongActor: { gold: GoldAttribution; predicted: string | null; content: string }[];
  /** Predicted claims matching no gold attribution. */
  spurious: string[];
}

export const MATCH_F1 = 0.5;

export function words(s: string): string[] {
  return s.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** F1 of two word multisets. */
export function wordF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / wb.length;
  const r = common / wa.length;
  return (2 * p * r) / (p + r);
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scoreArticle(result: ExtractResult, gold: GoldAttribution[]): ArticleScore {
  const actors = new Map(result.actors.map((a) => [a.id, a]));
  const pairs: { g: number; p: number; f: number }[] = [];
  gold.forEach((g, gi) => {
    result.claims.forEach((c, pi) => {
      const f = wordF1(g.content, c.content.text);
      if (f >= MATCH_F1) pairs.push({ g: gi, p: pi, f });
    });
  });
  // One-to-one, best overlaps first.
  pairs.sort((x, y) => y.f - x.f || x.g - y.g || x.p - y.p);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const { g, p } of pairs) {
    if (gUsed.has(g) || pUsed.has(p)) continue;
    gUsed.set(g, p);
    pUsed.add(p);
  }
  const score: ArticleScore = { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, exactNames: 0, missed: [], wrongActor: [], spurious: [] };
  gold.forEach((g, gi) => {
    const pi = gUsed.get(gi);
    if (pi === undefined) {
      if (!g.optional) {
        score.fn++;
        score.missed.push(g);
      }
      return;
    }
    const claim = result.claims[pi];
    const actor = claim.actorId ? actors.get(claim.actorId) : undefined;
    const right = g.actor === '' ? !actor : !!actor && [actor.name, ...actor.aliases].some((n) => namesMatch(n, g.actor));
    if (right) {
      score.tp++;
      if (g.actor === '' || (actor && actorKey(actor.name) === actorKey(g.actor))) score.exactNames++;
    } else {
      score.fp++;
      if (!g.optional) score.fn++;
      score.wrongActor.push({ gold: g, predicted: actor?.name ?? null, content: claim.content.text });
    }
  });
  result.claims.forEach((c, pi) => {
    if (!pUsed.has(pi)) {
      score.fp++;
      score.spurious.push(c.content.text);
    }
  });
  Object.assign(score, prf(score));
  return score;
}

/** Share of gold actors (persons, organisations, outlets) found under exactly their name. */
export function actorRecall(result: ExtractResult, gold: { name: string }[]): { found: number; total: number; missing: string[] } {
  const keys = new Set(result.actors.map((a) => actorKey(a.name)));
  const missing = gold.filter((g) => !keys.has(actorKey(g.name))).map((g) => g.name);
  return { found: gold.length - missing.length, total: gold.length, missing };
}

export interface ActorScore {
  /** Predicted named actors that match a gold actor, and all predicted named actors. */
  right: number;
  predicted: number;
  /** Gold actors found under their name or an alias, and all gold actors counted. */
  found: number;
  gold: number;
  /** Predicted actors matching no gold actor (what would be painted as noise). */
  extra: string[];
  missing: string[];
}

/**
 * Precision and recall of the actor list, the names painted on the page. Gold: the article's
 * `actors` except places (a place is not painted unless it speaks), plus every named gold speaker
 * (a speaking place counts). Predicted: every actor except descriptive groups ("officials"), which
 * come from claims, not names. A match is a name or alias match either way round (folded keys).
 */
export function scoreActors(result: ExtractResult, goldActors: GoldFile['actors'], attributions: GoldAttribution[]): ActorScore {
  const gold: string[][] = (goldActors ?? []).filter((a) => a.type !== 'place').map((a) => [a.name, ...(a.aliases ?? [])]);
  for (const g of attributions) if (g.actor && !gold.some((names) => names.some((n) => actorKey(n) === actorKey(g.actor)))) gold.push([g.actor]);
  const forms = (a: Actor) => [a.name, ...a.aliases];
  const matches = (a: Actor, names: string[]) => forms(a).some((p) => names.some((g) => namesMatch(p, g) || namesMatch(g, p)));
  const named = result.actors.filter((a) => a.type !== 'group');
  const extra = named.filter((a) => !gold.some((names) => matches(a, names))).map((a) => a.name);
  const missing = gold.filter((names) => !result.actors.some((a) => matches(a, names))).map((names) => names[0]);
  return { right: named.length - extra.length, predicted: named.length, found: gold.length - missing.length, gold: gold.length, extra, missing };
}

export function sumCounts(list: Counts[]): Counts {
  return list.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}
