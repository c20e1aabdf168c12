// No page string ever becomes markup: the sources never write HTML, the build strips Preact's raw
// HTML path (build/strip-inner-html.ts), and the built bundles hold no innerHTML write beyond
// Readability's two, which only move markup within its own inert copy of the page (README, "Firefox
// linter warnings").
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isPreactModule, stripInnerHtml } from '../../build/strip-inner-html';

const ROOT = path.resolve(__dirname, '../..');
/** Ways of turning a string into markup. */
const WRITES_HTML = /\.(innerHTML|outerHTML)\s*[+]?=(?!=)|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe/;
/** A minified innerHTML write (what Firefox's linter flags). */
const BUNDLE_WRITE = /\.innerHTML\s*=(?!=)/g;
/** Readability's own writes, told by the code just before them (restoring its page copy between
 *  attempts; unwrapping images in <noscript>). */
// linkedom (the background's DOM for Readability, lib/article/readability.ts) parses HTML into its own
// objects in the background; no page or extension document is written. Only in background.js.
const LINKEDOM_WRITES = [/createDocumentFragment\(\),\w+=\w+\.createElement\(``\);\w+$/, /set outerHTML\(\w+\)\{let \w+=this\.ownerDocument\.createElement\(``\);\w+$/];
const READABILITY_WRITES = [/Article content after paging/, /_isSingleImage\(\w+\)\)\{var \w+=\w+\.createElement\(`div`\);\w+$/];

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

describe('no innerHTML from page strings', () => {
  it('the sources never write HTML', () => {
    const found = ['lib', 'entrypoints', 'components'].flatMap((d) => files(path.join(ROOT, d), /\.tsx?$/))
      .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (WRITES_HTML.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });

  it('the build strips Preact\'s raw HTML path, and only from Preact', () => {
    const file = createRequire(import.meta.url).resolve('preact').replace(/preact\.js$/, 'preact.mjs');
    expect(isPreactModule(file)).toBe(true);
    expect(isPreactModule(file.replace(/dist[\\/]preact\.mjs$/, 'hooks/dist/hooks.mjs'))).toBe(false);
    const code = fs.readFileSync(file, 'utf8');
    expect(code).toMatch(BUNDLE_WRITE); // what the step removes is there today
    const stripped = stripInnerHtml(code);
    expect(stripped).not.toMatch(BUNDLE_WRITE);
    expect(stripped).not.toContain('dangerouslySetInnerHTML');
    // A Preact whose code no longer has the expected shape fails the build instead of shipping the path.
    expect(() => stripInnerHtml(code.replace(/"dangerouslySetInnerHTML"/g, '"rawHtml"'))).toThrow(/Preact's code changed/);
  });

  const built = ['chrome-mv3', 'firefox-mv2'].map((b) => path.join(ROOT, '.output', b)).filter((d) => fs.existsSync(path.join(d, 'manifest.json')));
  it.skipIf(built.length === 0)('the built bundles write innerHTML only where Readability moves its own copy, or linkedom builds its own in the background', () => {
    const unexpected = built.flatMap((dir) => files(dir, /\.js$/).flatMap((f) => {
      const code = fs.readFileSync(f, 'utf8');
      return [...code.matchAll(BUNDLE_WRITE)].flatMap((m) => {
        const before = code.slice(Math.max(0, m.index - 300), m.index);
        const allowed = [...READABILITY_WRITES, ...(path.basename(f) === 'background.js' ? LINKEDOM_WRITES : [])];
        return allowed.some((re) => re.test(before)) ? [] : [`${path.relative(ROOT, f)}: …${code.slice(m.index - 80, m.index + 40)}`];
      });
    }));
    expect(unexpected).toEqual([]);
  });
});
