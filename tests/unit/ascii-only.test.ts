// Every built script is ASCII (build/ascii-only.ts), and the escapes mean what the characters meant:
// in strings, templates, regular expressions with and without /u, and identifiers.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../build/ascii-only';

const ROOT = path.resolve(__dirname, '../..');
/** Text with the characters news pages and our regexes hold: curly quotes, dashes, accents, emoji. */
const text = fc.string({ unit: fc.constantFrom(...'a Z0’‘“”—–…éßłı«»\u00a0😀🇫🇷'.match(/./gsu)!), maxLength: 12 });
/** Characters a regular expression class may hold without escaping. */
const classChars = fc.string({ unit: fc.constantFrom(...'az’‘—–éßłı😀'.match(/./gsu)!), minLength: 1, maxLength: 6 });
const run = (code: string): unknown => new Function(`return (${code});`)();

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : e.name.endsWith('.js') ? [p] : [];
  });
}

describe('ascii-only build step', () => {
  it('leaves only ASCII', () => {
    fc.assert(fc.property(text, (s) => { expect(asciiOnly(s)).toMatch(/^[\x00-\x7f]*$/); }));
  });

  it('strings and templates keep their value', () => {
    fc.assert(fc.property(text, (s) => {
      const body = s.replace(/[\\'`$]/g, '');
      expect(run(asciiOnly(`'${body}'`))).toBe(body);
      expect(run(asciiOnly(`\`${body}\``))).toBe(body);
    }));
  });

  it('regular expressions match the same text, with and without /u', () => {
    fc.assert(fc.property(classChars, text, (chars, s) => {
      for (const flags of ['g', 'gu']) {
        const source = `/[${chars}]/${flags}`;
        expect(s.replace(run(asciiOnly(source)) as RegExp, '#')).toBe(s.replace(run(source) as RegExp, '#'));
      }
    }));
  });

  it('identifiers keep their name', () => {
    expect(run(asciiOnly('((café) => café + 1)(1)'))).toBe(2);
  });

  const built = ['chrome-mv3', 'firefox-mv2'].map((b) => path.join(ROOT, '.output', b)).filter((d) => fs.existsSync(path.join(d, 'manifest.json')));
  it.skipIf(built.length === 0)('the built scripts are ASCII', () => {
    const nonAscii = built.flatMap(files).filter((f) => /[^\x00-\x7f]/.test(fs.readFileSync(f, 'utf8')));
    expect(nonAscii.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
