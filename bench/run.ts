// `npm run bench [-- NAME...] [-- --json]`: runs every bench/*.bench.ts (or those whose file name
// contains one of the NAMEs) and prints each result as an aligned table, or with --json one JSON
// object { [title]: json } on stdout. Other flags go to the benches, as the command line and parsed:
// `--corpus DIR` and `--browser` (bench/pages.bench.ts), `--dir DIR`, `--split dev|train` and
// `--errors` (bench/polnear.bench.ts), `--save FILE` and `--compare FILE` (bench/outputs.bench.ts).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  json: unknown;
  /** Lines printed after the table (notes, per-category breakdowns). */
  notes?: string[];
}

export interface BenchOptions {
  /** `--name value` options, e.g. { dir: '.cache/corpora', split: 'dev' }. */
  values: Record<string, string>;
  /** Bare `--flag` options other than --json, e.g. { errors: true }. */
  flags: Set<string>;
  /** Whether the run was asked for JSON. */
  json: boolean;
}

/** Options that take a value; everything else starting with -- is a flag. */
const VALUE_OPTIONS = new Set(['dir', 'split', 'limit', 'corpus', 'sizes', 'browsers', 'category', 'save', 'compare']);

export function parseBenchArgs(argv: string[]): { names: string[]; options: BenchOptions } {
  const names: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { names.push(a); continue; }
    const [key, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (VALUE_OPTIONS.has(key)) values[key] = inline ?? argv[++i] ?? '';
    else flags.add(key);
  }
  return { names, options: { values, flags, json: flags.has('json') } };
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function formatTable(r: BenchResult): string {
  const cells = [r.columns, ...r.rows.map((row) => row.map(String))];
  const widths = r.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [r.title, line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  // Flags that take a value: the value is no bench name.
  const { names, options } = parseBenchArgs(argv);
  const json = options.json;
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !names.length || names.some((n) => f.includes(n)))
    .sort();
  const out: Record<string, unknown> = {};
  let failed = 0;
  for (const f of files) {
    try {
      const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { default?: (argv: string[], o: BenchOptions) => Promise<BenchResult> };
      if (typeof mod.default !== 'function') throw new Error('no default export');
      const r = await mod.default(argv, options);
      out[r.title] = r.json;
      if (!json) console.log(formatTable(r) + (r.notes?.length ? '\n' + r.notes.join('\n') : '') + '\n');
    } catch (err) {
      failed++;
      const reason = err instanceof Error ? err.message : String(err);
      out[f] = { error: reason };
      console.error(`bench ${f} failed: ${reason}`);
    }
  }
  if (json) process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  return failed ? 1 : 0;
}

// Run only as the entry point (tests import parseBenchArgs).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
