// Cross-referencing accuracy on the fixture stories (tests/fixtures/stories: 8 invented stories, 3+
// outlets each, gold disagreements and gold look-alikes), through the whole path (engine → digest →
// store → conflicts), with a peer measured side by side in the same run: the same frames compared
// on their measure alone (what matching by topic words does: no event, scope, time, modality or
// agent). Prints precision / recall / F1 of disagreements, per category what was found and which
// look-alikes were reported, and the time to store and read the 24 articles (median of 3 runs); then
// the same for the demo site's stories A and B (tests/fixtures/articles/stories.json).
import { scoreXref, type Reported, type XrefScore } from '../lib/eval/xref';
import type { Frame } from '../lib/types';
import { demoFile, formatScore, loadDemoStories, loadStories, runStories, storyArticles, type StoryArticle, type XrefRun } from '../tests/xref-stories';
import type { BenchResult } from './run';

const RUNS = 3;

/** The peer: two frames of one story disagree when their measures match and their values differ. */
function measureOnly(articles: readonly StoryArticle[], frames: Map<string, Frame[]>): Reported[] {
  const out: Reported[] = [];
  const items = articles.flatMap((a) => (frames.get(a.report.meta.url) ?? []).map((f) => ({ a, f })));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i];
      const y = items[j];
      if (x.a.story.id !== y.a.story.id || x.f.measure !== y.f.measure || x.f.ref === y.f.ref && x.a === y.a) continue;
      let differ = false;
      if (x.f.value && y.f.value) differ = (x.f.value.lo ?? -Infinity) > (y.f.value.hi ?? Infinity) || (y.f.value.lo ?? -Infinity) > (x.f.value.hi ?? Infinity);
      else if (x.f.polarity && y.f.polarity) differ = x.f.polarity.negated !== y.f.polarity.negated;
      if (!differ) continue;
      const side = (z: typeof x) => ({ story: z.a.story.id, article: z.a.slug, value: z.f.value?.text ?? z.f.polarity?.text ?? '' });
      out.push({ update: false, type: x.f.value ? 'number' : 'polarity', sides: [side(x), side(y)] });
    }
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x: number) => x.toFixed(3);

export default async function bench(): Promise<BenchResult> {
  const stories = loadStories();
  const articles = storyArticles(stories);
  const runs: XrefRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runStories(articles));
  const ours = runs[0].score;
  const frames = runs[0].frames;
  const peer: XrefScore = scoreXref(stories, measureOnly(articles, frames));
  const rows: (string | number)[][] = [
    ['precision of disagreements', pct(ours.precision), pct(peer.precision)],
    ['recall of gold disagreements', pct(ours.recall), pct(peer.recall)],
    ['F1', pct(ours.f1), pct(peer.f1)],
    ['disagreements reported (false)', `${ours.reported} (${ours.falsePositives})`, `${peer.reported} (${peer.falsePositives})`],
    ['later counts shown as updates', `${ours.updates.found}/${ours.updates.of}`, '-'],
  ];
  for (const c of Object.keys(ours.found).sort()) rows.push([`found: ${c}`, `${ours.found[c].found}/${ours.found[c].of}`, `${peer.found[c]?.found ?? 0}/${ours.found[c].of}`]);
  for (const c of Object.keys(ours.traps).sort()) rows.push([`look-alikes reported: ${c}`, `${ours.traps[c].hit}/${ours.traps[c].of}`, `${peer.traps[c]?.hit ?? 0}/${ours.traps[c].of}`]);
  const ms = median(runs.map((r) => r.ms));
  rows.push([`store + read ${articles.length} articles, ms (median of ${RUNS})`, Math.round(ms), '-']);
  // The demo site's stories A and B (tests/fixtures/articles), in a store of their own.
  const demoStories = loadDemoStories();
  const demoArticles = storyArticles(demoStories, demoFile);
  const demo = await runStories(demoArticles);
  const demoPeer = scoreXref(demoStories, measureOnly(demoArticles, demo.frames));
  const d = demo.score;
  const trapsOf = (s: XrefScore) => Object.values(s.traps).reduce((n, t) => n + t.hit, 0);
  const trapCount = Object.values(d.traps).reduce((n, t) => n + t.of, 0);
  rows.push(
    [`demo stories A+B (${demoArticles.length} articles): precision`, pct(d.precision), pct(demoPeer.precision)],
    ['demo A+B: recall', pct(d.recall), pct(demoPeer.recall)],
    ['demo A+B: F1', pct(d.f1), pct(demoPeer.f1)],
    ['demo A+B: reported (false)', `${d.reported} (${d.falsePositives})`, `${demoPeer.reported} (${demoPeer.falsePositives})`],
    ['demo A+B: later counts shown as updates', `${d.updates.found}/${d.updates.of}`, '-'],
    ['demo A+B: look-alikes reported', `${trapsOf(d)}/${trapCount}`, `${trapsOf(demoPeer)}/${trapCount}`],
  );
  console.log(`demo stories A+B:\n${formatScore(d)}`);
  return {
    title: `Cross-referencing on ${stories.length} fixture stories (${articles.length} articles): Sourcelight frames vs the same frames compared on measure alone`,
    columns: ['metric', 'sourcelight', 'measure-only peer'],
    rows,
    json: { sourcelight: { ...ours, unmatched: ours.unmatched.length }, peer: { ...peer, unmatched: peer.unmatched.length }, demo: { ...d, unmatched: d.unmatched.length }, ms, articles: articles.length, stories: stories.length },
  };
}
