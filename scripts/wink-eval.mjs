// wink-nlp with its English web model against the engine's hand-written heuristics, on PolNeAR dev
// (the evaluation behind the README's "Why no NLP library" paragraph). Not a dependency of the
// project: install it beside the project first, without saving it:
//   npm i --no-save wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1
//   node scripts/wink-eval.mjs [DIR]        (DIR: a laid-out PolNeAR dev split, default .cache/corpora/polnear-dev)
// It measures (1) the overlap F1 of the engine as it is and with wink's part-of-speech tags gating
// the reporting verbs (a claim made by a verb rule stands only when wink tags its cue a verb), and
// (2) the speed: wink's model load, its first document and its warm reading time per 1,000 words,
// beside the engine's, in this process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, '.cache/corpora/polnear-dev'));

const t0 = performance.now();
let winkNLP, model;
try {
  winkNLP = (await import('wink-nlp')).default;
  model = (await import('wink-eng-lite-web-model')).default;
} catch {
  console.error('wink-nlp is not installed: npm i --no-save wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1');
  process.exit(2);
}
const nlp = winkNLP(model);
const its = nlp.its;
const winkLoadMs = performance.now() - t0;

// the engine and the scorer as they ship (bundled by esbuild)
const tmp = mkdtempSync(path.join(tmpdir(), 'wink-eval-'));
const bundle = (entry, name) => {
  const out = path.join(tmp, name);
  execFileSync(path.join(root, 'node_modules/.bin/esbuild'), [path.join(root, entry), '--bundle', '--format=esm', '--platform=node', `--outfile=${out}`, '--log-level=error']);
  return import(pathToFileURL(out).href);
};
const { extract } = await bundle('lib/extract/index.ts', 'engine.mjs');
const { scoreOverlap, overlapPRF } = await bundle('lib/eval/overlap.ts', 'overlap.mjs');
rmSync(tmp, { recursive: true, force: true });

const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8'));
const texts = Object.keys(gold.pages).map((id) => ({ id, text: readFileSync(path.join(dir, gold.pages[id].file), 'utf8') }));
const zero = () => ({ gold: 0, predicted: 0, contentFound: 0, sourceRight: 0 });
const totals = { heuristics: zero(), winkGate: zero() };
const add = (t, s) => { for (const k of Object.keys(t)) t[k] += s[k]; };
const VERB_RULES = new Set(['source cue content', 'content before source', 'source inside its content', 'clause cut by the source resumes in quotes']);
let firstWinkMs = -1;
for (const { id, text } of texts) {
  const r = extract(text);
  const a = performance.now();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  if (firstWinkMs < 0) firstWinkMs = performance.now() - a;
  const posAt = new Map();
  let cursor = 0;
  values.forEach((v, i) => { const at = text.indexOf(v, cursor); if (at >= 0) { posAt.set(at, tags[i]); cursor = at + v.length; } });
  const names = new Map(r.actors.map((x) => [x.id, x.name]));
  const scored = (claims) => claims.map((c) => ({ content: c.content.text, source: c.source?.text ?? '', actor: c.actorId ? names.get(c.actorId) ?? '' : '', kind: c.kind }));
  add(totals.heuristics, scoreOverlap(gold.attributions[id], scored(r.claims)));
  const gated = r.claims.filter((c) => !c.cue || !VERB_RULES.has(c.rule) || ['VERB', 'AUX'].includes(posAt.get(c.cue.start)));
  add(totals.winkGate, scoreOverlap(gold.attributions[id], scored(gated)));
}
// warm speed: median of 5 passes over the whole split, each
const words = texts.reduce((n, t) => n + t.text.split(/\s+/).filter(Boolean).length, 0);
const median = (xs) => xs.slice().sort((x, y) => x - y)[xs.length >> 1];
const pass = (fn) => { const s = performance.now(); for (const { text } of texts) fn(text); return performance.now() - s; };
const ours = median(Array.from({ length: 5 }, () => pass((t) => extract(t))));
const wink = median(Array.from({ length: 5 }, () => pass((t) => { const d = nlp.readDoc(t); d.tokens().out(its.pos); d.entities().out(); })));
const fmt = (t) => { const p = overlapPRF(t); return `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}`; };
console.log(`PolNeAR dev, ${texts.length} articles, ${words} words`);
console.log(`  hand-written heuristics           ${fmt(totals.heuristics)}`);
console.log(`  + wink POS gate on verb cues      ${fmt(totals.winkGate)}`);
console.log(`speed (warm medians of 5 passes; cold = this process's first use)`);
console.log(`  engine                             ${(ours * 1000 / words).toFixed(3)} ms per 1,000 words`);
console.log(`  wink readDoc + POS + entities      ${(wink * 1000 / words).toFixed(3)} ms per 1,000 words`);
console.log(`  wink model load ${winkLoadMs.toFixed(0)} ms, its first document ${firstWinkMs.toFixed(1)} ms`);
