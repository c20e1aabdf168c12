// `npm run bench -- hostile-inputs`: the review's inputs (issue 13) end within 10 s each with a
// result or a clear error, and nothing is lost from the store: a 2 MB text that is one sentence,
// 2 MB of binary junk, 20 MB of paragraphs, 20,000 nested divs. Each goes through the command line
// tool (`sourcelight extract`, a child process) and through the extension's own path in Node
// (bench/review/page-run.ts: article finding, text model, extraction as the content script does it,
// report, ingest into a store holding four articles). Stages that are not done at the deadline are
// stopped and shown as such. Node with linkedom is not a browser: the real page's DOM is faster.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './adversarial/inventory';
import { reviewInputs } from './review/inputs';

const GOAL_MS = 10_000;
/** A path still running at this point is stopped. */
const STOP_MS = 90_000;

interface Run { ms: number; code: number | null; stopped: boolean; out: string; err: string }

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { if (err.length < 10_000) err += d.toString(); });
    let stopped = false;
    const timer = setTimeout(() => { stopped = true; child.kill('SIGKILL'); }, STOP_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code, stopped, out, err });
    });
  });
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default async function hostileInputsBench() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-review-'));
  const rows: (string | number)[][] = [];
  const json: Record<string, unknown> = {};
  try {
    for (const input of reviewInputs()) {
      const file = path.join(dir, `${input.name}${input.file.ext}`);
      writeFileSync(file, input.file.bytes);
      // The command line tool.
      const cli = await run(['cli/sourcelight.ts', 'extract', file, '--json']);
      let outcome: string;
      if (cli.stopped) outcome = `stopped after ${secs(STOP_MS)}`;
      else if (cli.code === 0) { try { outcome = `result: ${JSON.parse(cli.out).claims.length} claims`; } catch { outcome = 'exit 0, output not JSON'; } }
      else outcome = `error (exit ${cli.code}): ${cli.err.trim().split('\n')[0]?.slice(0, 140) ?? ''}`;
      const clear = !cli.stopped && (cli.code === 0 || /^sourcelight/.test(cli.err.trim()));
      rows.push([input.name, 'sourcelight extract', 'whole run', secs(cli.ms), outcome, !cli.stopped && cli.ms <= GOAL_MS && clear ? 'ok' : 'FAILS']);
      // The extension's path.
      const page = await run(['bench/review/page-run.ts', input.name]);
      const stages = page.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { stage: string; ms: number; ok: boolean; note: string });
      for (const s of stages) rows.push([input.name, 'extension path (Node)', s.stage, secs(s.ms), s.note, s.ok ? '' : 'FAILS']);
      const total = stages.reduce((a, s) => a + s.ms, 0);
      const intact = stages.some((s) => s.stage.startsWith('nothing lost') && s.ok) || (stages.length === 1 && /not an article/.test(stages[0]!.note));
      const pageOk = !page.stopped && page.code === 0 && total <= GOAL_MS && intact;
      rows.push([input.name, 'extension path (Node)', 'all stages', secs(total), page.stopped ? `stopped after ${secs(STOP_MS)} in "${nextStage(stages)}"` : page.code ? `crashed: ${page.err.trim().split('\n').pop()?.slice(0, 140)}` : intact ? 'store intact' : 'store NOT intact', pageOk ? 'ok' : 'FAILS']);
      json[input.name] = { about: input.about, bytes: input.file.bytes.length, cli: { ms: cli.ms, code: cli.code, stopped: cli.stopped, outcome }, page: { stages, stopped: page.stopped, totalMs: total, ok: pageOk } };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: `The review's hostile inputs: each within ${GOAL_MS / 1000} s with a result or a clear error, nothing lost from the store`,
    columns: ['input', 'path', 'stage', 'time', 'outcome', 'verdict'],
    rows,
    json,
  };
}

function nextStage(done: { stage: string }[]): string {
  const order = ['read page (locate + text model)', 'extract (as the content script)', 'report: validate + ingest', 'nothing lost from the store'];
  return order[done.length] ?? 'end';
}
