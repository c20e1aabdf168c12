// `npm run bench -- frames`: what the content scripts cost per frame. Sizes of the built scripts (raw
// and gzipped) by who parses them, then /ads.html (an article with 20 ad-sized frames from other
// hosts) loaded in real Chromium: how many frames parsed which extension script, how many bytes of
// extension script were parsed, the page's script time and JS heap (median of 5 loads). Side by
// side: no extension, and with SOURCELIGHT_BASELINE_DIR=<an older build's output folder> that build.
// Chromium runs here with site isolation off, so every frame is in the page's process and one
// DevTools session sees every script parsed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
// @ts-expect-error plain JavaScript module without types
import { startDemoServer } from '../scripts/serve-demo.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = process.env.SOURCELIGHT_OUT_DIR ?? join(ROOT, '.output');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const LOADS = 5;
/** The goal for the script the top frame parses (issue 13). */
const TOP_GOAL_GZ = 60_000;

interface Manifest { content_scripts?: { js?: string[]; all_frames?: boolean }[] }

/** Scripts the manifest injects: in every frame, and in the top frame only. */
function injected(dir: string): { everyFrame: string[]; topOnly: string[] } {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const cs = m.content_scripts ?? [];
  return { everyFrame: cs.filter((c) => c.all_frames).flatMap((c) => c.js ?? []), topOnly: cs.filter((c) => !c.all_frames).flatMap((c) => c.js ?? []) };
}

const size = (dir: string, files: string[]) => {
  const bytes = files.map((f) => readFileSync(join(dir, f)));
  return { raw: bytes.reduce((a, b) => a + b.length, 0), gz: bytes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0) };
};
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

interface Load { parses: Record<string, number>; parsedBytes: number; scriptMs: number; heapMb: number }

async function loadAds(ext: string | null, url: string): Promise<Load> {
  const profile = mkdtempSync(join(tmpdir(), 'sl-frames-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []), '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP *.example 127.0.0.1', '--disable-site-isolation-trials'],
  });
  try {
    if (ext) { let [sw] = ctx.serviceWorkers(); sw ??= await ctx.waitForEvent('serviceworker'); }
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    const parses: Record<string, number> = {};
    let parsedBytes = 0;
    cdp.on('Debugger.scriptParsed', (e) => {
      if (!e.url.startsWith('chrome-extension:')) return;
      const file = e.url.split('/').slice(3).join('/');
      parses[file] = (parses[file] ?? 0) + 1;
      parsedBytes += e.length ?? 0;
    });
    await cdp.send('Debugger.enable');
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(2_500); // the top frame's reader has read and painted the article
    const metrics = Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((x) => [x.name, x.value]));
    return { parses, parsedBytes, scriptMs: metrics.ScriptDuration! * 1000, heapMb: metrics.JSHeapUsedSize! / 1e6 };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export default async function framesBench() {
  const dir = join(OUT, 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const baseline = process.env.SOURCELIGHT_BASELINE_DIR ? join(process.env.SOURCELIGHT_BASELINE_DIR, 'chrome-mv3') : null;
  const builds: [string, string | null][] = [['this build', dir], ...(baseline ? [['baseline build', baseline] as [string, string]] : []), ['no extension', null]];
  const rows: (string | number)[][] = [];
  const json: Record<string, unknown> = {};
  // Sizes: what every frame parses, what the top frame parses, what is loaded only when needed.
  for (const [name, d] of builds) {
    if (!d) continue;
    const { everyFrame, topOnly } = injected(d);
    const small = size(d, everyFrame);
    const top = size(d, [...everyFrame, ...topOnly]);
    const engine = existsSync(join(d, 'engine.js')) ? size(d, ['engine.js']) : null;
    rows.push([name, 'script every frame parses (small frames: only this)', `${kb(small.raw)} / ${kb(small.gz)} gz`, everyFrame.join(' + ')]);
    rows.push([name, `scripts the top frame parses (goal <= ${kb(TOP_GOAL_GZ)} gz)`, `${kb(top.raw)} / ${kb(top.gz)} gz`, [...everyFrame, ...topOnly].join(' + ')]);
    if (engine) rows.push([name, 'engine, loaded only when the background cannot extract', `${kb(engine.raw)} / ${kb(engine.gz)} gz`, 'engine.js']);
    json[name] = { smallFrame: small, topFrame: top, engine, everyFrame, topOnly };
  }
  if (!existsSync(CHROMIUM)) {
    rows.push(['', `/ads.html not loaded: no Chromium at ${CHROMIUM} (set CHROME_PATH)`, '', '']);
  } else {
    const demo = (await startDemoServer({ port: 0 })) as { url: (host: string, path: string) => string; close: () => Promise<void> };
    try {
      const url = demo.url('www.northwire.example', '/ads.html');
      for (const [name, d] of builds) {
        const loads: Load[] = [];
        for (let i = 0; i < LOADS; i++) loads.push(await loadAds(d, url));
        const med = (f: (l: Load) => number) => loads.map(f).sort((a, b) => a - b)[LOADS >> 1]!;
        const parses = loads[0]!.parses;
        rows.push([name, '/ads.html (article + 20 ad frames): extension scripts parsed', Object.entries(parses).map(([f, n]) => `${f} x${n}`).join(', ') || 'none', `${kb(med((l) => l.parsedBytes))} parsed`]);
        rows.push([name, '/ads.html: page script time, JS heap (median)', `${med((l) => l.scriptMs).toFixed(0)} ms`, `${med((l) => l.heapMb).toFixed(1)} MB`]);
        json[`${name} /ads.html`] = { parses, parsedBytes: med((l) => l.parsedBytes), scriptMs: med((l) => l.scriptMs), heapMb: med((l) => l.heapMb) };
      }
    } finally {
      await demo.close();
    }
  }
  return { title: `Content scripts per frame (Chromium; /ads.html median of ${LOADS} loads)`, columns: ['build', 'measure', 'value', 'detail'], rows, json };
}
