// Builds the extension (`npm run build`) when the output is missing or older than its sources.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.resolve(REPO, process.env.SOURCELIGHT_OUT_DIR ?? '.output');
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json', 'tsconfig.json'];
const BUILDS = ['chrome-mv3', 'firefox-mv2'];

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

/** Why the build must be (re)made, or null when it is current. */
export function staleReason() {
  const built = BUILDS.map((b) => path.join(OUT_DIR, b, 'manifest.json'));
  const missing = built.find((m) => !fs.existsSync(m));
  if (missing) return `${path.relative(REPO, missing)} is missing`;
  const builtAt = Math.min(...built.map((m) => fs.statSync(m).mtimeMs));
  const changed = SOURCES.find((s) => newestMtime(path.join(REPO, s)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

/** Builds when stale; throws with the build's output when it fails. */
export function ensureBuild({ log = console.log } = {}) {
  const reason = staleReason();
  if (!reason) return false;
  log(`Building the extension (${reason})...`);
  const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: REPO, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error('npm run build failed');
  return true;
}
