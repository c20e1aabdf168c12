// Accuracy of the attribution engine against gold annotations: the seed article and every fixture
// in tests/fixtures/articles (written by another helper; they stand in for unseen text).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { actorRecall, prf, scoreActors, scoreArticle, sumCounts, type ArticleScore, type GoldFile } from '../../lib/eval/score';

const repoRoot = path.resolve(__dirname, '../..');
// The seed lives in the repository (a copy of ../shared/fixtures/seed, which contributors' clones lack).
const seedDir = path.join(repoRoot, 'tests/fixtures/articles/seed');
const fixtureDir = path.join(repoRoot, 'tests/fixtures/articles');

function load(dir: string, goldName: string): { name: string; gold: GoldFile; text: string } | null {
  try {
    const gold = JSON.parse(readFileSync(path.join(dir, goldName), 'utf8')) as GoldFile;
    if (!gold || !Array.isArray(gold.attributions) || typeof gold.file !== 'string') return null;
    const text = readFileSync(path.join(dir, gold.file), 'utf8');
    return { name: goldName.startsWith('000_') ? 'seed' : goldName.replace(/\.gold\.json$/, ''), gold, text };
  } catch {
    return null;
  }
}

const seed = load(seedDir, '000_4cc0a089986172ab.gold.json');
const fixtures = existsSync(fixtureDir)
  ? readdirSync(fixtureDir)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
      .map((f) => load(fixtureDir, f))
      .filter((x): x is NonNullable<typeof x> => x !== null)
  : [];

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function table(rows: { name: string; s: ArticleScore }[]): string {
  const lines = ['fixture                      gold  tp  fp  fn      P      R     F1  exact-name'];
  for (const { name, s } of rows) {
    const gold = s.tp + s.fn;
    lines.push(`${name.padEnd(28)} ${String(gold).padStart(4)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.exactNames).padStart(6)}/${s.tp}`);
  }
  return lines.join('\n');
}

describe('accuracy against gold attributions', () => {
  it('seed article F1 stays at its measured level (issue goal: >= 0.95)', () => {
    expect(seed, 'seed gold not found in tests/fixtures/articles/seed').not.toBeNull();
    const s = scoreArticle(extract(seed!.text), seed!.gold.attributions);
    console.log(`\nseed: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`);
    if (s.missed.length || s.wrongActor.length || s.spurious.length) console.log(JSON.stringify({ missed: s.missed.map((g) => g.content), wrongActor: s.wrongActor, spurious: s.spurious }, null, 1));
    expect(s.f1).toBeGreaterThanOrEqual(SEED_F1_FLOOR);
  });

  it('seed actors: every gold person, organisation and outlet under its own name', () => {
    const r = extract(seed!.text);
    const s = scoreArticle(r, seed!.gold.attributions);
    const a = actorRecall(r, seed!.gold.actors ?? []);
    console.log(`\nseed actors found by exact name: ${a.found}/${a.total}${a.missing.length ? ` (missing: ${a.missing.join(', ')})` : ''}; claims with the exact actor name: ${s.exactNames}/${s.tp}`);
    expect(a.found / a.total).toBeGreaterThanOrEqual(SEED_ACTOR_FLOOR);
    expect(s.exactNames / s.tp).toBeGreaterThanOrEqual(SEED_EXACT_NAME_FLOOR);
  });

  it('fixtures: P/R/F1 per fixture and micro-averaged', () => {
    const rows = fixtures.map((f) => ({ name: f.name, s: scoreArticle(extract(f.text), f.gold.attributions) }));
    const all = seed ? [{ name: 'seed', s: scoreArticle(extract(seed.text), seed.gold.attributions) }, ...rows] : rows;
    const micro = sumCounts(all.map((r) => r.s));
    const microFix = sumCounts(rows.map((r) => r.s));
    const exact = (rs: typeof all) => rs.reduce((n, r) => n + r.s.exactNames, 0);
    const fmt = (c: typeof micro, exactNames: number) => ({ ...c, ...prf(c), exactNames, missed: [], wrongActor: [], spurious: [] });
    console.log('\n' + table([...all, { name: 'MICRO (fixtures only)', s: fmt(microFix, exact(rows)) }, { name: 'MICRO (all)', s: fmt(micro, exact(all)) }]));
    if (process.env.SOURCELIGHT_ACCURACY_DETAIL) {
      for (const r of rows) console.log(r.name, JSON.stringify({ missed: r.s.missed.map((g) => `${g.actor}: ${g.content}`), wrongActor: r.s.wrongActor.map((w) => `${w.gold.actor} vs ${w.predicted}: ${w.content}`), spurious: r.s.spurious }, null, 1));
    }
    if (rows.length) expect(prf(microFix).f1).toBeGreaterThanOrEqual(FIXTURE_F1_FLOOR);
  });

  it('actors: precision and recall of the named actors (what is painted) on seed and fixtures', () => {
    const all = [...(seed ? [seed] : []), ...fixtures];
    const rows = all.map((f) => ({ name: f.name, a: scoreActors(extract(f.text), f.gold.actors, f.gold.attributions) }));
    const lines = ['actors                       gold found  pred right      P      R'];
    const sum = { right: 0, predicted: 0, found: 0, gold: 0 };
    for (const { name, a } of rows) {
      lines.push(`${name.padEnd(28)} ${String(a.gold).padStart(4)} ${String(a.found).padStart(5)} ${String(a.predicted).padStart(5)} ${String(a.right).padStart(5)}  ${pct(a.right / (a.predicted || 1))}  ${pct(a.found / (a.gold || 1))}`);
      for (const k of ['right', 'predicted', 'found', 'gold'] as const) sum[k] += a[k];
    }
    const precision = sum.right / sum.predicted;
    const recall = sum.found / sum.gold;
    lines.push(`${'MICRO'.padEnd(28)} ${String(sum.gold).padStart(4)} ${String(sum.found).padStart(5)} ${String(sum.predicted).padStart(5)} ${String(sum.right).padStart(5)}  ${pct(precision)}  ${pct(recall)}`);
    console.log('\n' + lines.join('\n'));
    if (process.env.SOURCELIGHT_ACCURACY_DETAIL) for (const { name, a } of rows) console.log(name, JSON.stringify({ extra: a.extra, missing: a.missing }));
    expect(precision).toBeGreaterThanOrEqual(ACTOR_PRECISION_FLOOR);
    expect(recall).toBeGreaterThanOrEqual(ACTOR_RECALL_FLOOR);
  });
});

/** Set under the measured micro F1 so a regression fails the test: 0.935 on 10 fixtures; 0.892 once a
 * quotation opening the next sentence after its speaker's quoted claim went on with that claim, as
 * PolNeAR annotates it, while these fixtures' gold counted the two apart; 0.929 since the gold follows
 * PolNeAR there too (16 pairs merged by the rule in tests/fixtures/articles/README.md). */
const FIXTURE_F1_FLOOR = 0.91;
/** Measured 1.00; the issue's goal is 0.95. */
const SEED_F1_FLOOR = 0.97;
/** Measured 20/20 gold actors and 24/25 exact claim actor names on the seed. */
const SEED_ACTOR_FLOOR = 0.9;
const SEED_EXACT_NAME_FLOOR = 0.8;
/** Named actors over seed + fixtures: measured P 0.87, R 0.96 (P was 0.66 before places, vessels,
 * dates and sentence-case words were kept out); set a little under. */
const ACTOR_PRECISION_FLOOR = 0.84;
const ACTOR_RECALL_FLOOR = 0.93;
