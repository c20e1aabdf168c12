// Runs the fixture stories (tests/fixtures/stories/*/story.json and their articles) through the
// whole path the extension takes: engine → digest → store (fake-indexeddb) → conflicts, and scores
// the result. Shared by tests/unit/xref-stories.test.ts and bench/xref.bench.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import 'fake-indexeddb/auto';
import { extract } from '../lib/extract/index';
import { openStore } from '../lib/store';
import type { PageReport } from '../lib/protocol';
import type { Conflict, Frame } from '../lib/types';
import { digestArticle } from '../lib/xref/digest';
import { scoreXref, type GoldStory, type Reported, type XrefScore } from '../lib/eval/xref';

export const STORIES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/stories');
/** The demo site's stories A (the ferry) and B (the strike): articles and gold in their own format. */
export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/articles');

export interface StoryArticle { story: GoldStory; slug: string; text: string; report: PageReport }

interface DemoGold {
  stories: { id: string; topic: string; articles: string[] }[];
  conflicts: { story: string; topic: string; type: string; expected: 'conflict' | 'update' | 'none'; sides: { article: string; value: string }[] }[];
  notConflicts: { story: string; topic: string; reason: string; sides: { article: string; value: string }[] }[];
}

/**
 * Stories A and B of the demo fixtures (tests/fixtures/articles/stories.json) in the fixture stories'
 * form: a conflict's category is its type (number, antonym, denial); its look-alikes are traps of
 * category "demo"; a look-alike across the two stories is left to the grouping check. Articles live
 * at DEMO_DIR/<slug>.txt, their outlet and date in <slug>.gold.json; the URL is made up per outlet.
 */
export function loadDemoStories(dir = DEMO_DIR): GoldStory[] {
  const gold = JSON.parse(readFileSync(join(dir, 'stories.json'), 'utf8')) as DemoGold;
  return gold.stories.map((s) => ({
    id: s.id,
    topic: s.topic,
    articles: s.articles.map((slug) => {
      const g = JSON.parse(readFileSync(join(dir, `${slug}.gold.json`), 'utf8')) as { outlet: string; published: string };
      const host = g.outlet.toLowerCase().replace(/^the /, '').replace(/[^a-z]+/g, '');
      return { slug, outlet: g.outlet, published: g.published, url: `https://www.${host}.example/${slug}` };
    }),
    conflicts: gold.conflicts.filter((c) => c.story === s.id && c.expected !== 'none').map((c, i) => ({
      id: `${s.id}${i}`, category: c.type, expected: c.expected as 'conflict' | 'update', topic: c.topic, sides: c.sides.map(({ article, value }) => ({ article, value })),
    })),
    notConflicts: [
      ...gold.conflicts.filter((c) => c.story === s.id && c.expected === 'none').map((c) => ({ category: 'demo', reason: c.topic, sides: c.sides })),
      ...gold.notConflicts.filter((c) => c.story === s.id).map((c) => ({ category: 'demo', reason: c.reason, sides: c.sides.map(({ article, value }) => ({ article, value })) })),
    ],
  }));
}

export function loadStories(dir = STORIES_DIR): GoldStory[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => JSON.parse(readFileSync(join(dir, d.name, 'story.json'), 'utf8')) as GoldStory)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Where an article's text is: STORIES_DIR/<story>/<slug>.txt, or the demo's flat DEMO_DIR/<slug>.txt. */
export const storyFile = (story: string, slug: string) => join(STORIES_DIR, story, `${slug}.txt`);
export const demoFile = (_story: string, slug: string) => join(DEMO_DIR, `${slug}.txt`);

export function storyArticles(stories: readonly GoldStory[], file = storyFile): StoryArticle[] {
  return stories.flatMap((story) =>
    story.articles.map((a) => {
      const text = readFileSync(file(story.id, a.slug), 'utf8');
      const meta = { url: a.url, title: text.split('\n')[0].trim(), outlet: { name: a.outlet, domain: new URL(a.url).hostname }, authors: [], published: a.published };
      const { claims, actors } = extract(text, meta);
      return { story, slug: a.slug, text, report: { meta, claims, actors, words: text.split(/\s+/).length, digest: digestArticle(text, claims) } };
    }),
  );
}

export interface XrefRun {
  score: XrefScore;
  /** Story id → the gold story ids of the articles grouped with each article (for grouping checks). */
  grouping: { article: string; story: string; groupedWith: string[] }[];
  conflicts: Conflict[];
  /** The stored frames of each article (by URL), as the views return them. */
  frames: Map<string, Frame[]>;
  ms: number;
}

/** Stores every article (oldest first), then reads every article's view, as the popup would. */
export async function runStories(articles: readonly StoryArticle[]): Promise<XrefRun> {
  globalThis.indexedDB = new IDBFactory();
  const store = await openStore(`stories-${Math.random()}`);
  const byUrl = new Map(articles.map((a) => [a.report.meta.url, a]));
  const sorted = [...articles].sort((a, b) => Date.parse(a.report.meta.published ?? '') - Date.parse(b.report.meta.published ?? ''));
  const t0 = performance.now();
  for (const [i, a] of sorted.entries()) await store.ingest(a.report, Date.parse(a.report.meta.published ?? '') || 1_000 + i);
  const conflicts = new Map<string, Conflict>();
  const grouping: XrefRun['grouping'] = [];
  const frames = new Map<string, Frame[]>();
  for (const a of articles) {
    const v = await store.view(a.report.meta.url);
    frames.set(a.report.meta.url, v.frames ?? []);
    for (const c of v.conflicts) conflicts.set(c.id, c);
    const members = v.stories[0]?.articles ?? [a.report.meta.url];
    grouping.push({ article: `${a.story.id}/${a.slug}`, story: a.story.id, groupedWith: members.map((u) => { const x = byUrl.get(u); return x ? `${x.story.id}/${x.slug}` : u; }).sort() });
  }
  const ms = performance.now() - t0;
  store.close();
  const reported: Reported[] = [...conflicts.values()].map((c) => ({
    update: Boolean(c.update),
    type: c.type,
    sides: c.sides.map((s) => ({ story: byUrl.get(s.url)?.story.id ?? '?', article: byUrl.get(s.url)?.slug ?? s.url, value: s.value })),
  }));
  return { score: scoreXref(articles.length ? [...new Set(articles.map((a) => a.story))] : [], reported), grouping, conflicts: [...conflicts.values()], frames, ms };
}

/** Articles grouped wrongly: apart from their own story's articles, or with another story's. */
export function groupingErrors(run: XrefRun, articles: readonly StoryArticle[]): string[] {
  const out: string[] = [];
  for (const g of run.grouping) {
    const want = articles.filter((a) => a.story.id === g.story).map((a) => `${a.story.id}/${a.slug}`).sort();
    if (JSON.stringify(want) !== JSON.stringify(g.groupedWith)) out.push(`${g.article}: grouped with [${g.groupedWith.join(', ')}], expected [${want.join(', ')}]`);
  }
  return out;
}

export function formatScore(s: XrefScore): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`reported ${s.reported} (true ${s.truePositives}, false ${s.falsePositives}); P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}; updates ${s.updates.found}/${s.updates.of}`];
  for (const [c, v] of Object.entries(s.found)) lines.push(`  found ${c}: ${v.found}/${v.of}`);
  for (const [c, v] of Object.entries(s.traps)) lines.push(`  traps ${c}: ${v.hit}/${v.of} reported`);
  for (const m of s.missed) lines.push(`  MISSED ${m}`);
  for (const u of s.unmatched) lines.push(`  FALSE ${u.type}: ${u.sides.map((x) => `${x.story}/${x.article} «${x.value}»`).join(' vs ')}`);
  return lines.join('\n');
}
