// Property-based tests: whatever the input, extract() never throws and its result is valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import type { ExtractResult } from '../../lib/types';

/** Every invariant of a result; plain checks collected into one assertion (fast on huge results). */
function check(text: string, r: ExtractResult): void {
  const errors: string[] = [];
  const ids = new Set(r.actors.map((a) => a.id));
  if (ids.size !== r.actors.length) errors.push('duplicate actor ids');
  let prev = -1;
  r.claims.forEach((c, i) => {
    if (c.id !== `c${i}`) errors.push(`claim ${i} has id ${c.id}`);
    if (c.content.start < prev) errors.push(`claim ${i} out of order`);
    prev = c.content.start;
    if (!(c.confidence >= 0 && c.confidence <= 1)) errors.push(`claim ${i} confidence ${c.confidence}`);
    if (c.actorId !== null && !ids.has(c.actorId)) errors.push(`claim ${i} actor ${c.actorId} missing`);
    for (const s of [c.source, c.cue, c.content, c.via]) {
      if (!s) continue;
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > text.length) errors.push(`claim ${i} span ${s.start}-${s.end} out of range`);
      else if (text.slice(s.start, s.end) !== s.text) errors.push(`claim ${i} span text differs from the input`);
    }
  });
  for (const a of r.actors) {
    if (typeof a.key !== 'string') errors.push(`actor ${a.id} key`);
    for (const m of a.mentions) if (!(0 <= m.start && m.start < m.end && m.end <= text.length)) errors.push(`actor ${a.id} mention ${m.start}-${m.end}`);
  }
  expect(errors.slice(0, 5)).toEqual([]);
}

const WORDS = ['said', 'says', 'told', 'according', 'to', 'the', 'minister', 'Lavrov', 'Çavuşoğlu', 'al-Mashri', 'he', 'she', 'officials',
  'that', 'added', 'adding', 'citing', 'quoted', 'as', 'saying', 'It', 'was', 'reported', 'are', 'urged', 'called', 'for', 'Ministry',
  'Russian', 'Foreign', 'The', 'U.N.', 'a', 'source', 'in', 'who', 'which', ',', '.', '"', '“', '”', '‘', '’', "'s", ':', '\n\n', '\n',
  '(', ')', '—', 'That', 'By', 'state', 'news', 'agency', 'denied', 'insisted', 'قال', 'שלום', '\u0000', '\ud800', 'Mr', 'van', 'der', 'de', 'la'];

const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((ws) => ws.join(' '));
const tightSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((ws) => ws.join(''));

describe('extract: properties', () => {
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => check(t, extract(t))), { numRuns: 300 });
  });

  it('random binary-ish strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (t) => check(t, extract(t))), { numRuns: 300 });
  });

  it('random mixes of words, quotes and cues', () => {
    fc.assert(fc.property(wordSoup, (t) => check(t, extract(t))), { numRuns: 500 });
    fc.assert(fc.property(tightSoup, (t) => check(t, extract(t))), { numRuns: 200 });
  });

  it('sentences built from templates keep their claims valid', () => {
    const name = fc.constantFrom('Sergei Lavrov', 'Mevlüt Çavuşoğlu', 'the minister', 'officials', 'he', 'Khaled al-Mashri', 'the Daily Lantern');
    const content = fc.constantFrom('the talks failed', 'two people died', '"we will not sign"', 'the road is "closed"');
    const tpl = fc.tuple(name, content, fc.integer({ min: 0, max: 5 })).map(([n, c, k]) =>
      [`${n} said ${c}.`, `${c}, ${n} said.`, `"${c.replace(/"/g, '')}," ${n} said.`, `According to ${n}, ${c}.`, `${n} told reporters that ${c}.`, `It was reported that ${c}.`][k],
    );
    fc.assert(
      fc.property(fc.array(tpl, { minLength: 1, maxLength: 30 }), (ss) => {
        const t = ss.join(Math.random() < 0.5 ? ' ' : '\n\n');
        const r = extract(t);
        check(t, r);
        expect(r.claims.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extract: hostile sizes stay linear', () => {
  it('5 MB of text, long unpunctuated runs, unbalanced quotes', () => {
    const para = 'The minister said "the port is open, and the "ships" are moving, according to officials who said that ';
    const big = para.repeat(Math.ceil(5_000_000 / para.length));
    const t0 = performance.now();
    const r = extract(big);
    const ms = performance.now() - t0;
    check(big, r);
    expect(ms).toBeLessThan(15_000);
    const small = big.slice(0, 500_000);
    const t1 = performance.now();
    extract(small);
    const msSmall = performance.now() - t1;
    // ten times the text must not take much more than ten times the time
    expect(ms).toBeLessThan(Math.max(40 * msSmall, 2000));
  });

  it('no whitespace at all', () => {
    const t = 'a'.repeat(1_000_000) + '"'.repeat(10_000) + 'é'.repeat(100_000);
    check(t, extract(t));
  });
});
