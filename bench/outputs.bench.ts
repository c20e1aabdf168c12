// `npm run bench -- outputs [--save FILE] [--compare FILE]`: one hash per text of the engine's full
// output (with and without the CLI's meta) on every PolNeAR dev and train text present, the
// fixtures, held-out and seed articles, and the extract bench's two articles. A change meant to
// leave results alone (speed, module structure) is checked by saving before and comparing after.
// Hashes only: no corpus text is written.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textMeta } from '../cli/extract';
import { extract } from '../lib/extract';
import { article } from './extract.bench';
import type { BenchOptions, BenchResult } from './run';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['.cache/corpora/polnear-dev', '.cache/corpora/polnear-train', 'tests/fixtures/articles', 'tests/fixtures/articles/seed', 'tests/fixtures/heldout'];

const hash = (x: unknown) => createHash('sha1').update(JSON.stringify(x)).digest('hex');

/** Text name → hash of its results. */
export function outputHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of DIRS) {
    if (!existsSync(path.join(root, dir))) continue;
    for (const f of readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(path.join(root, dir, f), 'utf8');
      out[path.join(dir, f)] = hash([extract(text, textMeta(text, '')), extract(text)]);
    }
  }
  for (const words of [1_000, 10_000]) out[`bench article ${words}`] = hash(extract(article(words)));
  return out;
}

export default async function outputsBench(_argv: string[], opts: BenchOptions): Promise<BenchResult> {
  const now = outputHashes();
  const names = Object.keys(now);
  const rows: (string | number)[][] = [['texts', names.length]];
  const json: Record<string, unknown> = { texts: names.length };
  if (opts.values.save) {
    writeFileSync(opts.values.save, JSON.stringify(now, null, 1));
    rows.push(['saved to', opts.values.save]);
  }
  const notes: string[] = [];
  if (opts.values.compare) {
    const before = JSON.parse(readFileSync(opts.values.compare, 'utf8')) as Record<string, string>;
    const changed = names.filter((n) => n in before && before[n] !== now[n]);
    const unmatched = names.filter((n) => !(n in before)).length + Object.keys(before).filter((n) => !(n in now)).length;
    rows.push(['compared with', opts.values.compare], ['changed', changed.length], ['in one set only', unmatched]);
    Object.assign(json, { changed, unmatched });
    if (changed.length) notes.push('changed:', ...changed.map((n) => `  ${n}`));
  }
  return { title: 'Engine outputs: one hash per text (save before a change that must not alter results, compare after)', columns: ['', ''], rows, json, notes };
}
