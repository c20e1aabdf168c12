// Scores cross-referencing against the gold of the fixture stories (tests/fixtures/stories): which
// reported disagreements are real (precision), which gold disagreements were found (recall), and
// which look-alikes ("traps") were wrongly reported, per category. Pure: the caller runs the store.

import { wordTable } from '../word-table';

export interface GoldSide { article: string; value: string }
export interface GoldConflict {
  id: string;
  category: string;
  expected: 'conflict' | 'update';
  topic: string;
  sides: GoldSide[];
  /** Pairs of articles whose sides in this group do not disagree ("10 km" and "6 miles"). */
  notPairs?: [string, string][];
}
export interface GoldTrap { category: string; reason: string; sides: GoldSide[] }
export interface GoldStory {
  id: string;
  topic: string;
  articles: { slug: string; outlet: string; published: string; url: string; style?: string }[];
  conflicts: GoldConflict[];
  notConflicts: GoldTrap[];
}

/** One reported conflict, sides named by (story, article slug) and the value as shown. */
export interface Reported {
  update: boolean;
  type: string;
  sides: { story: string; article: string; value: string }[];
}

export interface XrefScore {
  reported: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold disagreements found / all, per category (updates apart). */
  found: Record<string, { found: number; of: number }>;
  /** Look-alikes reported, per category. */
  traps: Record<string, { hit: number; of: number }>;
  updates: { found: number; of: number };
  /** Reported conflicts that match no gold disagreement (for reading). */
  unmatched: Reported[];
  missed: string[];
}

const NUMBER_WORDS: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The first number of a value as written ("at least 120" → 120, "Nine" → 9), or null. */
function numberOf(v: string): number | null {
  const d = /\d[\d,]*(?:\.\d+)?/.exec(v);
  if (d) return Number(d[0].replace(/,/g, ''));
  const w = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i.exec(v);
  return w ? NUMBER_WORDS[w[1].toLowerCase()] : null;
}

/** Does a reported value say the gold value? The same figure, or the same words. */
export function sameValue(reported: string, gold: string): boolean {
  const na = numberOf(reported);
  const nb = numberOf(gold);
  if (na !== null || nb !== null) return na === nb;
  const a = fold(reported);
  const b = fold(gold);
  return a !== '' && (a.includes(b) || b.includes(a));
}

function matchSide(r: Reported['sides'][number], story: string, g: GoldSide): boolean {
  return r.story === story && r.article === g.article && sameValue(r.value, g.value);
}

/** The pair of distinct gold sides a reported conflict's two sides stand for, if any. */
function matchPair(r: Reported, story: string, sides: GoldSide[], notPairs: [string, string][] = []): boolean {
  if (r.sides.length < 2) return false;
  const [x, y] = r.sides;
  for (let i = 0; i < sides.length; i++) {
    for (let j = 0; j < sides.length; j++) {
      if (i === j) continue;
      if (!matchSide(x, story, sides[i]) || !matchSide(y, story, sides[j])) continue;
      if (agree(sides[i].value, sides[j].value)) continue; // two sides that say the same
      const pair = [sides[i].article, sides[j].article];
      if (notPairs.some(([a, b]) => (a === pair[0] && b === pair[1]) || (a === pair[1] && b === pair[0]))) continue;
      return true;
    }
  }
  return false;
}

/** Two gold values that say the same: the same words, or the same figure in the same words around it. */
function agree(a: string, b: string): boolean {
  const bare = (v: string) => fold(v).replace(/\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/g, '#').replace(/\b(?:about|around|some|at least|more than|nearly|almost|over)\b/g, '').replace(/\s+/g, ' ').trim();
  return fold(a) === fold(b) || (numberOf(a) === numberOf(b) && bare(a) === bare(b));
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreXref(stories: readonly GoldStory[], reported: readonly Reported[]): XrefScore {
  const found: XrefScore['found'] = {};
  const traps: XrefScore['traps'] = {};
  const updates = { found: 0, of: 0 };
  const missed: string[] = [];
  const used = new Set<Reported>();
  for (const s of stories) {
    for (const g of s.conflicts) {
      const hits = reported.filter((r) => r.update === (g.expected === 'update') && matchPair(r, s.id, g.sides, g.notPairs));
      for (const h of hits) used.add(h);
      if (g.expected === 'update') {
        updates.of++;
        if (hits.length) updates.found++;
        continue;
      }
      const cat = (found[g.category] ??= { found: 0, of: 0 });
      cat.of++;
      if (hits.length) cat.found++;
      else missed.push(`${s.id}: ${g.id} (${g.category})`);
    }
    for (const t of s.notConflicts) {
      const cat = (traps[t.category] ??= { hit: 0, of: 0 });
      cat.of++;
      if (reported.some((r) => !r.update && matchPair(r, s.id, t.sides))) cat.hit++;
    }
  }
  const contradictions = reported.filter((r) => !r.update);
  const tp = contradictions.filter((r) => used.has(r)).length;
  const fp = contradictions.length - tp;
  const gold = Object.values(found).reduce((n, c) => n + c.of, 0);
  const gotten = Object.values(found).reduce((n, c) => n + c.found, 0);
  const precision = ratio(tp, contradictions.length);
  const recall = ratio(gotten, gold);
  return {
    reported: contradictions.length,
    truePositives: tp,
    falsePositives: fp,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    found,
    traps,
    updates,
    unmatched: contradictions.filter((r) => !used.has(r)),
    missed,
  };
}
