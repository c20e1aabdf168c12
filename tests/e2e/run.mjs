// `npm run test:e2e`: node's own test runner over tests/e2e/*.test.mjs, one file at a time (each
// starts a browser; two at once would fight over 2 cores). The timeout is per file and generous:
// when the extension is broken every check waits out its own deadline, and should still report. Ends with the runner's summary
// (`# pass N`, `# fail N`) and its exit status. Extra arguments go to node --test,
// e.g. `npm run test:e2e -- tests/e2e/firefox.test.mjs`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_EXT, FIREFOX_EXT } from './lib/env.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.test.mjs'));
const flags = args.filter((a) => !a.endsWith('.test.mjs'));
const targets = files.length ? files : fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join(here, f));

for (const dir of [CHROME_EXT, FIREFOX_EXT]) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) console.error(`warning: no build in ${dir}; run \`npm run build\` first`);
}

const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', '--test-timeout=900000', ...flags, ...targets], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
