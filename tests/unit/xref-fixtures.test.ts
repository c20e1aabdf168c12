// Cross-referencing on the multi-outlet fixture stories (tests/fixtures/articles/stories.json) and
// the seed article, through the real store: once with the gold claims (measures xref alone), once
// with the engine's claims (the whole path). Prints what was found and missed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract/index';
import { openStore, type Store } from '../../lib/store';
import type { PageReport } from '../../lib/protocol';
import type { Conflict } from '../../lib/types';
import { fold } from '../../lib/xref/text';
import { findFigures } from '../../lib/xref/numbers';
import { digestArticle } from '../../lib/xref/digest';
import { reportFromGold, type Gold } from './xref-gold-helpers';

const DIR = join(__dirname, '../fixtures/articles');
const SEED = { slug: 'seed', txt: join(DIR, 'seed/000_4cc0a089986172ab.txt'), gold: join(DIR, 'seed/000_4cc0a089986172ab.gold.json') };
const slugs = readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, ''));
const articles = [...slugs.map((slug) => ({ slug, txt: join(DIR, `${slug}.txt`), gold: join(DIR, `${slug}.gold.json`) })), SEED];
const urlOf = (slug: string) => `https://fixtures.example/${slug}`;
const slugOf = (url: string) => url.replace('https://fixtures.example/', '');

interface ExpectedSide { article: string; actor?: string | null; value: string }
interface Truth {
  stories: { id: string; articles: string[] }[];
  conflicts: { story: string; topic: string; type: string; expected: 'conflict' | 'update'; sides: ExpectedSide[] }[];
  notConflicts: { topic: string; sides: { article: string; value: string }[] }[];
}
const truth = JSON.parse(readFileSync(join(DIR, 'stories.json'), 'utf8')) as Truth;

function engineReport(a: { slug: string; txt: string; gold: string }): PageReport {
  const byGold = reportFromGold(a.txt, a.gold, { url: urlOf(a.slug) });
  const text = readFileSync(a.txt, 'utf8');
  const { claims, actors } = extract(text, byGold.meta);
  return { ...byGold, claims, actors, digest: digestArticle(text, claims) };
}

const sameValue = (found: string, expected: string) => {
  const f = fold(found).trim();
  const e = fold(expected).trim();
  if (f && (e.includes(f) || f.includes(e))) return true;
  const nf = findFigures(found)[0];
  const ne = findFigures(expected)[0];
  return nf !== undefined && ne !== undefined && nf.value === ne.value;
};
/** Does a conflict side's value say what the gold's free-text "says" describes? */
const saysMatches = (value: string, says: string) => {
  const nv = findFigures(value)[0];
  if (nv) return findFigures(says).some((f) => f.value === nv.value);
  const words = new Set(fold(says).split(/[^\p{L}]+/u).filter((w) => w.length >= 4));
  return fold(value).split(/[^\p{L}]+/u).some((w) => words.has(w));
};
const sideMatches = (c: Conflict, s: { article: string; value: string }) => c.sides.some((x) => slugOf(x.url) === s.article && sameValue(x.value, s.value));
const typeFits = (found: Conflict, expected: string) => found.type === expected || (expected === 'denial' && found.type === 'polarity');

async function run(pipeline: (a: (typeof articles)[number]) => PageReport) {
  globalThis.indexedDB = new IDBFactory();
  const store: Store = await openStore(`fixtures-${Math.random()}`);
  const reports = articles.map(pipeline).sort((a, b) => (Date.parse(a.meta.published ?? '') || 0) - (Date.parse(b.meta.published ?? '') || 0));
  for (const [i, r] of reports.entries()) await store.ingest(r, 1_000 + i);
  const storyOf = new Map<string, string[]>();
  const conflicts = new Map<string, Conflict>();
  for (const a of articles) {
    const v = await store.view(urlOf(a.slug));
    storyOf.set(a.slug, (v.stories[0]?.articles ?? [urlOf(a.slug)]).map(slugOf).sort());
    for (const c of v.conflicts) conflicts.set(c.id, c);
  }
  store.close();
  const all = [...conflicts.values()];
  const expected = truth.conflicts.map((e) => {
    const hit = all.find((c) => typeFits(c, e.type) && e.sides.filter((s) => sideMatches(c, s)).length >= 2 && (e.type !== 'number' || Boolean(c.update) === (e.expected === 'update')));
    return { topic: `${e.story}: ${e.topic}`, found: hit !== undefined };
  });
  // the in-article conflicts listed in each gold file (the seed's two among them)
  const inArticle = articles.flatMap((a) => {
    const gold = JSON.parse(readFileSync(a.gold, 'utf8')) as Omit<Gold, 'conflicts'> & { conflicts: { topic: string; type: string; a: { says: string }; b: { says: string } }[] };
    return gold.conflicts.map((g) => {
      const hit = all.find((c) => typeFits(c, g.type) && c.sides.every((s) => slugOf(s.url) === a.slug) &&
        [g.a.says, g.b.says].every((says) => c.sides.some((s) => saysMatches(s.value, says))));
      return { topic: `${a.slug}: ${g.topic}`, found: hit !== undefined };
    });
  });
  const falseAlarms = truth.notConflicts.filter((n) => all.some((c) => n.sides.every((s) => sideMatches(c, s)) && (n.sides.length > 1 || !c.update)));
  return { storyOf, all, expected, inArticle, falseAlarms };
}

function print(name: string, r: Awaited<ReturnType<typeof run>>) {
  const rows = [...r.expected, ...r.inArticle].map((x) => `  ${x.found ? 'found ' : 'MISSED'}  ${x.topic}`);
  const found = [...r.expected, ...r.inArticle].filter((x) => x.found).length;
  console.log(`[xref ${name}] ${r.all.length} conflicts reported; expected found ${found}/${rows.length}; look-alikes flagged ${r.falseAlarms.length}/${truth.notConflicts.length}\n${rows.join('\n')}`);
}

describe('cross-references on the fixture stories', () => {
  let gold: Awaited<ReturnType<typeof run>>;
  let engine: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    gold = await run((a) => reportFromGold(a.txt, a.gold, { url: urlOf(a.slug) }));
    engine = await run(engineReport);
    print('gold claims', gold);
    print('engine claims', engine);
  });

  for (const name of ['gold', 'engine'] as const) {
    const r = () => (name === 'gold' ? gold : engine);
    it(`${name}: groups each story's outlets together and keeps other stories apart`, () => {
      for (const s of truth.stories) for (const a of s.articles) expect(r().storyOf.get(a)).toEqual([...s.articles].sort());
      expect(r().storyOf.get('seed')).toEqual(['seed']);
    });

    it(`${name}: finds the seed article's two internal conflicts`, () => {
      const seed = r().inArticle.filter((x) => x.topic.startsWith('seed:'));
      expect(seed).toHaveLength(2);
      expect(seed.every((x) => x.found)).toBe(true);
    });

    it(`${name}: flags none of the look-alikes`, () => {
      expect(r().falseAlarms.map((n) => n.topic)).toEqual([]);
    });
  }

  it('gold: finds most cross-outlet disagreements', () => {
    expect(gold.expected.filter((x) => x.found).length).toBeGreaterThanOrEqual(Math.ceil(gold.expected.length * 0.75));
  });
});
