// One disagreement, however many outlets take part in it. The store finds conflicts pair by pair
// (this claim against each other report), so a story told by four outlets can show "sea: rough or
// calm" three times over. Grouped by the claim on this page and what is in dispute, the reader sees
// it once, with every report's side. Pure.
import type { Conflict, ConflictSide, ConflictType } from '../types';

export interface ConflictGroup {
  /** The first member's id: stable as long as that conflict is found. */
  id: string;
  type: ConflictType;
  topic: string;
  update: boolean;
  dismissed: boolean;
  /** All sides in one article. */
  within: boolean;
  /** What aligned the reports, in plain words (the first member's). */
  reason?: string;
  /** Distinct explanations of the members, in order. */
  explanations: string[];
  /** Every report's side once; those on this page first. */
  sides: ConflictSide[];
  conflicts: Conflict[];
}

/** "sea: rough or calm" and "sea: calm or rough" are one topic. */
export function topicKey(topic: string): string {
  const t = topic.toLowerCase().replace(/\s+/g, ' ').trim();
  const colon = t.indexOf(': ');
  const [head, tail] = colon >= 0 ? [t.slice(0, colon), t.slice(colon + 2)] : ['', t];
  return `${head}|${tail.split(' or ').map((s) => s.trim()).sort().join(' or ')}`;
}

const kindOf = (t: ConflictType) => (t === 'denial' ? 'polarity' : t);

/**
 * Groups conflicts that dispute the same thing about the same claims on this page (`isHere` tells
 * which sides are on it). Dismissed and open conflicts stay apart, as do updates and contradictions.
 */
export function groupConflicts(conflicts: readonly Conflict[], isHere: (url: string) => boolean): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const c of conflicts) {
    const here = c.sides.filter((s) => isHere(s.url)).map((s) => `${s.claimId}`).sort().join(',');
    const key = [kindOf(c.type), c.update ? 'u' : '', c.dismissed ? 'd' : '', c.within ? 'w' : '', topicKey(c.topic), here || c.id].join('|');
    let g = groups.get(key);
    if (!g) {
      g = { id: c.id, type: c.type, topic: c.topic, update: !!c.update, dismissed: c.dismissed, within: !!c.within, ...(c.reason ? { reason: c.reason } : {}), explanations: [], sides: [], conflicts: [] };
      groups.set(key, g);
    }
    g.conflicts.push(c);
    if (c.explanation && !g.explanations.includes(c.explanation)) g.explanations.push(c.explanation);
    for (const s of c.sides) {
      if (!g.sides.some((x) => x.url === s.url && x.claimId === s.claimId)) g.sides.push(s);
    }
  }
  const out = [...groups.values()];
  for (const g of out) g.sides.sort((a, b) => Number(isHere(b.url)) - Number(isHere(a.url)));
  return out;
}

/**
 * One entry per thing in dispute: groups about the same measure (several claims on this page giving
 * "the number of people aboard") are one, their values side by side, each report's value once.
 */
export function byMeasure(groups: ConflictGroup[], here: (url: string) => boolean): ConflictGroup[] {
  const out = new Map<string, ConflictGroup>();
  for (const g of groups) {
    const key = [g.type === 'denial' ? 'polarity' : g.type, g.update, g.within, g.dismissed, topicKey(g.topic)].join('|');
    const into = out.get(key);
    if (!into) {
      out.set(key, { ...g, sides: [...g.sides], explanations: [...g.explanations], conflicts: [...g.conflicts] });
      continue;
    }
    into.conflicts.push(...g.conflicts);
    for (const e of g.explanations) if (!into.explanations.includes(e)) into.explanations.push(e);
    for (const sd of g.sides) if (!into.sides.some((x) => x.url === sd.url && x.claimId === sd.claimId)) into.sides.push(sd);
  }
  for (const g of out.values()) g.sides.sort((a, b) => Number(here(b.url)) - Number(here(a.url)));
  return [...out.values()];
}

/** Open disagreements with other outlets, as the toolbar badge counts them: not dismissed, not
 *  mere updates, not within this article, each measure once (as the popup lists them). */
export function openDisagreements(conflicts: readonly Conflict[], isHere: (url: string) => boolean): number {
  return byMeasure(groupConflicts(conflicts.filter((c) => !c.dismissed && !c.update && !c.within), isHere), isHere).length;
}
