// `npm run bench [-- NAME...] [-- --json]`: runs every bench/*.bench.ts (or those whose file name
// contains one of the NAMEs) and prints each result as an aligned table, or with --json one JSON
// object { [title]: json } on stdout. Other flags go to the benches: `--corpus DIR` (a value) and
// `--browser` (see bench/pages.bench.ts).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  json: unknown;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function formatTable(r: BenchResult): string {
  const cells = [r.columns, ...r.rows.map((row) => row.map(String))];
  const widths = r.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [r.title, line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  // Flags that take a value: the value is no bench name.
  const valued = new Set(['--corpus']);
  const names = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !names.length || names.some((n) => f.includes(n)))
    .sort();
  const out: Record<string, unknown> = {};
  let failed = 0;
  for (const f of files) {
    try {
      const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { default?: (argv: string[]) => Promise<BenchResult> };
      if (typeof mod.default !== 'function') throw new Error('no default export');
      const r = await mod.default(argv);
      out[r.title] = r.json;
      if (!json) console.log(formatTable(r) + '\n');
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

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
