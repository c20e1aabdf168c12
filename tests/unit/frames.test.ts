// Every frame pays almost nothing (issue 13, finding 7): only the loader runs in every frame, the
// reader in the top frame (and in frames of article size, through the loader), and the engine is
// not part of the reader (loaded on demand). Checked on the configuration and the import graph; the
// built sizes and a 20-frame page are measured by `npm run bench -- frames`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import reader from '../../entrypoints/content/index';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Manifest = { content_scripts: { js: string[]; all_frames?: boolean }[]; web_accessible_resources: { resources: string[]; use_dynamic_url?: boolean }[]; permissions: string[] };
const manifest = (browser: string) => (config.manifest as unknown as (env: { browser: string }) => Manifest)({ browser });

/** Files reachable from `file` through relative and '@/' imports (type-only imports excluded). */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
    const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(file), spec);
    const hit = ['.ts', '.tsx', '/index.ts', ''].map((x) => base + x).find((f) => /\.tsx?$/.test(f) && existsSync(f));
    if (hit) importGraph(hit, seen);
  }
  return seen;
}

describe('content scripts per frame', () => {
  it('runs only the loader in every frame and the reader in the top frame, with no new permission', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest(browser);
      expect(m.content_scripts.filter((c) => c.all_frames).flatMap((c) => c.js)).toEqual(['loader.js']);
      expect(m.permissions).toEqual(['storage', 'tabs']);
      expect(m.web_accessible_resources.flatMap((w) => w.resources).sort()).toEqual(['content-scripts/content.js', 'engine.js']);
      expect(m.web_accessible_resources.every((w) => w.use_dynamic_url === (browser === 'chrome' ? true : undefined))).toBe(true);
    }
    expect((reader as { allFrames?: boolean }).allFrames).toBe(false);
  });

  it('keeps the loader to itself and the engine out of the reader', () => {
    const rel = (s: Set<string>) => [...s].map((f) => path.relative(ROOT, f)).sort();
    expect(rel(importGraph(path.join(ROOT, 'entrypoints/loader.ts')))).toEqual(['entrypoints/content/frames.ts', 'entrypoints/loader.ts']);
    const readerFiles = rel(importGraph(path.join(ROOT, 'entrypoints/content/index.ts')));
    expect(readerFiles).toContain('entrypoints/content/session.ts');
    // the read limit is shared with the chunked reader; it is a constant and one small function, no engine code
    expect(readerFiles.filter((f) => f.startsWith('lib/extract/') && f !== 'lib/extract/limits.ts')).toEqual([]);
    expect(rel(importGraph(path.join(ROOT, 'entrypoints/engine.ts')))).toContain('lib/extract/index.ts');
  });
});
