// `npm run -s sourcelight -- <command> ...`: the engine and the cross-referencer on files.
import { MAX_INPUT_BYTES } from './input';

const USAGE = `usage: sourcelight extract FILE [--url URL] [--json]
       sourcelight xref FILE... [--json] [--strict]
Files over ${MAX_INPUT_BYTES / 1_000_000} MB are refused.`;

async function run(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'extract') return (await import('./extract')).main(rest);
  if (cmd === 'xref') return (await import('./xref')).main(rest);
  if (cmd === '-h' || cmd === '--help') {
    console.log(USAGE);
    return 0;
  }
  console.error(cmd ? `sourcelight: unknown command '${cmd}'\n${USAGE}` : USAGE);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(`sourcelight: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
