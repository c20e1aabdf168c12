// Sorts the overlap scorer's errors into categories a rule writer can act on: which misses lack a
// cue word in the lexicon, which are boundary or split problems, which spurious claims continue a
// found one and which sit where there is no attribution at all. Pure.
import { overlapF1, scoreTokens, type OverlapGold, type OverlapScore, type ScoredClaim } from './overlap';

export const ERROR_CATEGORIES = [
  'missed: cue not in lexicon',
  'missed: no cue in gold',
  'missed: claim went to another gold',
  'missed: content boundary',
  'missed: cue known, not read',
  'wrong source: none given',
  'wrong source: pronoun or description',
  'wrong source: other name',
  'spurious: piece of a found claim',
  'spurious: overlaps a gold claim',
  'spurious: no attribution there',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export interface CategorisedError {
  category: ErrorCategory;
  gold?: OverlapGold;
  claim?: ScoredClaim;
}

/** Below this token F1 a claim and a gold content are not about the same words at all. */
const TOUCH_F1 = 0.2;

/** Where a gold content sits in the text: its first words found verbatim (gold joins split spans with a space). */
function locate(text: string, content: string): [number, number] | null {
  const head = content.slice(0, 40);
  const at = head ? text.indexOf(head) : -1;
  return at < 0 ? null : [at, at + content.length];
}

/** The claim's content overlaps the gold content: in the text when both are located, else by words. */
function touches(g: OverlapGold, c: ScoredClaim, text?: string): boolean {
  const where = text ? locate(text, g.content) : null;
  if (where && c.start !== undefined && c.end !== undefined) return c.start < where[1] && where[0] < c.end;
  return overlapF1(g.content, c.content) >= TOUCH_F1;
}
const DESCRIPTIVE = /^(he|she|they|it|we|i|you|the|a|an|this|that|his|her|their|its|one|some|officials|sources)$/i;

/** Share of the claim's tokens that lie in the gold content. */
function containment(claim: string, gold: string): number {
  const c = scoreTokens(claim);
  if (!c.length) return 0;
  const g = new Set(scoreTokens(gold));
  return c.filter((t) => g.has(t)).length / c.length;
}

export function categorise(
  gold: OverlapGold[],
  claims: ScoredClaim[],
  score: OverlapScore,
  isCueWord: (word: string) => boolean,
  text?: string,
): CategorisedError[] {
  const out: CategorisedError[] = [];
  const required = gold.filter((g) => !g.optional);
  const found = required.filter((_, i) => score.matchOf[i] >= 0);
  for (const ev of score.events) {
    if (ev.kind === 'missed') {
      const g = ev.gold;
      const best = Math.max(0, ...claims.map((c) => overlapF1(g.content, c.content)));
      const cueWords = (g.cue ?? '').toLowerCase().match(/[\p{L}]+/gu) ?? [];
      const category: ErrorCategory = best >= 0.5
        ? 'missed: claim went to another gold'
        : claims.some((c) => touches(g, c, text))
          ? 'missed: content boundary'
          : !cueWords.length
            ? 'missed: no cue in gold'
            : cueWords.some(isCueWord)
              ? 'missed: cue known, not read'
              : 'missed: cue not in lexicon';
      const claim = claims.find((c) => touches(g, c, text));
      out.push({ category, gold: g, claim });
    } else if (ev.kind === 'wrong-source') {
      const c = claims[ev.claim];
      const who = (c.source || c.actor).trim();
      const category: ErrorCategory = !who ? 'wrong source: none given' : DESCRIPTIVE.test(who.split(/\s+/)[0]) ? 'wrong source: pronoun or description' : 'wrong source: other name';
      out.push({ category, gold: ev.gold, claim: c });
    } else {
      const c = claims[ev.claim];
      const piece = found.some((g) => containment(c.content, g.content) >= 0.8);
      const near = !piece && required.some((g) => touches(g, c, text));
      out.push({ category: piece ? 'spurious: piece of a found claim' : near ? 'spurious: overlaps a gold claim' : 'spurious: no attribution there', claim: c });
    }
  }
  return out;
}
