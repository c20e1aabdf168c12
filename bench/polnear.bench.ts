// `npm run bench -- polnear [--dir DIR] [--split dev|train] [--errors [--category WORDS] [--context]] [--json]`: the engine on real US
// political news (PolNeAR), scored in-process with the independent measurements' overlap matching
// (lib/eval/overlap.ts = /work/shared/tools/score.py), with the errors sorted by category.
// --errors lists them; --category keeps those whose category contains WORDS ("wrong source");
// --context shows each in its sentence, marked (bench/polnear-dump.ts; for reading only: the corpus is
// never committed).
// DIR holds the laid-out split (DIR/gold.json) or splits as DIR/polnear-SPLIT/ (default
// .cache/corpora). The corpus is never committed; when it is absent the bench says how to get it.
// The test split is reserved for independent measurement and is refused.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textMeta } from '../cli/extract';
import { extract } from '../lib/extract';
import { isCueWord } from '../lib/extract/cues';
import { dumpError } from './polnear-dump';
import { categorise, ERROR_CATEGORIES, type CategorisedError } from '../lib/eval/errors';
import { overlapPRF, scoreOverlap, type OverlapGold, type ScoredClaim } from '../lib/eval/overlap';
import type { ExtractResult } from '../lib/types';
import type { BenchOptions, BenchResult } from './run';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface CorpusGold {
  pages: Record<string, { file: string; url?: string }>;
  attributions: Record<string, OverlapGold[]>;
}

export const HOW_TO_GET = (split: string, where: string) =>
  `PolNeAR ${split} split not found at ${where}. To get it (the text is never committed):\n` +
  `  git clone --bare https://github.com/networkdynamics/PolNeAR .cache/PolNeAR.git\n` +
  `  python3 scripts/polnear.py .cache/PolNeAR.git ${split} .cache/corpora/polnear-${split}\n` +
  `then run: npm run bench -- polnear --split ${split}   (or point --dir at a laid-out split)`;

/** The split's directory: DIR itself when it holds gold.json, else DIR/polnear-SPLIT. */
export function corpusDir(dir: string, split: string): string {
  return existsSync(path.join(dir, 'gold.json')) ? dir : path.join(dir, `polnear-${split}`);
}

/** Claims as the CLI's JSON gives them to score.py. */
export function scoredClaims(r: ExtractResult): ScoredClaim[] {
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? '', actor: c.actorId ? names.get(c.actorId) ?? '' : '', kind: c.kind, start: c.content.start, end: c.content.end, rule: c.rule }));
}

const fmt = (x: number) => x.toFixed(3);

export default async function polnearBench(_argv: string[], opts: BenchOptions): Promise<BenchResult> {
  const split = opts.values.split ?? 'dev';
  if (split === 'test') throw new Error('the PolNeAR test split is reserved for independent measurement: use dev or train');
  if (split !== 'dev' && split !== 'train') throw new Error(`unknown split '${split}': use dev or train`);
  const dir = corpusDir(path.resolve(root, opts.values.dir ?? '.cache/corpora'), split);
  const title = `PolNeAR ${split}: attribution P/R/F1 (overlap scorer = tools/score.py)`;
  if (!existsSync(path.join(dir, 'gold.json'))) {
    if (opts.values.dir) throw new Error(HOW_TO_GET(split, dir));
    return { title, columns: ['corpus'], rows: [['not present']], json: { missing: dir }, notes: [HOW_TO_GET(split, dir)] };
  }
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as CorpusGold;
  const ids = Object.keys(gold.pages).slice(0, Number(opts.values.limit ?? Infinity));
  const totals = { gold: 0, predicted: 0, contentFound: 0, sourceRight: 0 };
  const errors: (CategorisedError & { page: string; text: string })[] = [];
  let words = 0;
  let ms = 0;
  for (const id of ids) {
    const file = path.join(dir, gold.pages[id].file);
    const text = readFileSync(file, 'utf8');
    const t0 = performance.now();
    const result = extract(text, textMeta(text, ''));
    ms += performance.now() - t0;
    words += text.split(/\s+/).filter(Boolean).length;
    const claims = scoredClaims(result);
    const atts = gold.attributions[id] ?? [];
    const s = scoreOverlap(atts, claims);
    totals.gold += s.gold;
    totals.predicted += s.predicted;
    totals.contentFound += s.contentFound;
    totals.sourceRight += s.sourceRight;
    for (const e of categorise(atts, claims, s, isCueWord, text)) errors.push({ ...e, page: id, text });
  }
  const prf = overlapPRF(totals);
  const byCategory = Object.fromEntries(ERROR_CATEGORIES.map((c) => [c, errors.filter((e) => e.category === c).length]));
  const notes = ['', 'errors by category', ...ERROR_CATEGORIES.map((c) => `  ${c.padEnd(40)} ${String(byCategory[c]).padStart(5)}`)];
  if (opts.flags.has('errors')) {
    notes.push('', 'every error (page | category | gold source: content | predicted source: content)');
    if (opts.flags.has('context')) notes.push('with --context, its sentence: gold ⟦content⟧ «cue», ours ⟨content⟩');
    const only = opts.values.category;
    for (const e of errors) {
      if (only && !e.category.includes(only)) continue;
      const g = e.gold ? `${e.gold.actor || '(none)'} [${e.gold.cue ?? ''}]: ${e.gold.content.slice(0, 110)}` : '';
      const c = e.claim ? `${e.claim.source || e.claim.actor || '(none)'} {${e.claim.rule ?? ''}}: ${e.claim.content.slice(0, 110)}` : '';
      notes.push(`${e.page} | ${e.category} | ${g} | ${c}`.replace(/\s+/g, ' '));
      if (opts.flags.has('context')) notes.push(`    > ${dumpError(e, e.text)}`);
    }
  }
  return {
    title,
    columns: ['articles', 'gold', 'predicted', 'content found', 'source right', 'P', 'R', 'F1', 'content R', 'ms/1k words'],
    rows: [[ids.length, totals.gold, totals.predicted, totals.contentFound, totals.sourceRight, fmt(prf.precision), fmt(prf.recall), fmt(prf.f1), fmt(prf.contentRecall), ((ms * 1000) / words).toFixed(3)]],
    json: { split, dir, articles: ids.length, ...totals, ...prf, errorsByCategory: byCategory },
    notes,
  };
}
