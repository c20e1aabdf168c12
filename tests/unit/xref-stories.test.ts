// Cross-referencing accuracy on the fixture stories (tests/fixtures/stories: 8 stories, 3 outlets
// each, gold disagreements and gold look-alikes in every category of issue #10), through the whole
// path: engine → digest → store → conflicts. Floors sit at the measured values: a change that
// lowers them fails here. `npm run bench -- xref` prints the same figures as a table.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoFile, formatScore, groupingErrors, loadDemoStories, loadStories, runStories, storyArticles, type StoryArticle, type XrefRun } from '../xref-stories';

/** Measured on the fixtures (see the README's accuracy table); raise them when the engine improves. */
const FLOORS = { precision: 1.0, recall: 0.95, updates: 6 };
/** The demo site's stories A and B, scored the same way (tests/fixtures/articles/stories.json). */
const DEMO_FLOORS = { precision: 1.0, recall: 1.0, updates: 2 };

describe('cross-referencing on the fixture stories', () => {
  let articles: StoryArticle[];
  let run: XrefRun;
  beforeAll(async () => {
    articles = storyArticles(loadStories());
    run = await runStories(articles);
    console.log(`[xref stories]\n${formatScore(run.score)}`);
  });

  it('has at least 8 stories of 3+ outlets each, with gold in every category', () => {
    const stories = loadStories();
    expect(stories.length).toBeGreaterThanOrEqual(8);
    for (const s of stories) expect(new Set(s.articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(3);
    const found = new Set(stories.flatMap((s) => s.conflicts.map((c) => c.category)));
    const traps = new Set(stories.flatMap((s) => s.notConflicts.map((c) => c.category)));
    for (const c of ['own-statements', 'units', 'dates', 'number-words', 'polarity']) expect(found).toContain(c);
    for (const c of ['scope', 'agents', 'rereported', 'modality', 'not-counts', 'compatible', 'time']) expect(traps).toContain(c);
  });

  it('groups each story on its body and headline, and keeps the stories apart', () => {
    expect(groupingErrors(run, articles)).toEqual([]);
  });

  it('reports no look-alike in any trap category', () => {
    for (const [category, t] of Object.entries(run.score.traps)) expect({ category, hit: t.hit }).toEqual({ category, hit: 0 });
  });

  it(`keeps precision >= ${FLOORS.precision} and recall >= ${FLOORS.recall} of the gold disagreements`, () => {
    expect(run.score.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(run.score.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(run.score.updates.found).toBeGreaterThanOrEqual(FLOORS.updates);
  });

  it('finds disagreements in the outlets’ own reporting, labelled as such, and says what aligned every one', () => {
    const own = run.conflicts.filter((c) => c.sides.some((s) => s.own));
    expect(own.length).toBeGreaterThan(0);
    // an own sentence's side names no speaker, or only the source the sentence itself names ("officials there said")
    for (const c of own) for (const s of c.sides.filter((x) => x.own)) if (s.actor !== null) expect(s.sentence?.text).toContain(s.actor);
    for (const c of run.conflicts) {
      expect(c.reason).toMatch(/^both (?:report|are about) /);
      expect(c.explanation).toContain(c.reason!);
      for (const s of c.sides) {
        expect(s.frame).toBeDefined();
        expect(s.sentence?.text).toBeTruthy();
      }
    }
    // across outlets, both sides are in one story
    const storyOf = new Map(articles.map((a) => [a.report.meta.url, a.story.id]));
    for (const c of run.conflicts) expect(new Set(c.sides.map((s) => storyOf.get(s.url))).size).toBe(1);
  });

  it(`the demo site's stories A and B: precision >= ${DEMO_FLOORS.precision}, recall >= ${DEMO_FLOORS.recall}, no look-alike`, async () => {
    const demo = await runStories(storyArticles(loadDemoStories(), demoFile));
    console.log(`[xref demo stories A+B]\n${formatScore(demo.score)}`);
    expect(demo.score.precision).toBeGreaterThanOrEqual(DEMO_FLOORS.precision);
    expect(demo.score.recall).toBeGreaterThanOrEqual(DEMO_FLOORS.recall);
    expect(demo.score.updates.found).toBeGreaterThanOrEqual(DEMO_FLOORS.updates);
    for (const [category, t] of Object.entries(demo.score.traps)) expect({ category, hit: t.hit }).toEqual({ category, hit: 0 });
  });
});
