import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capForReport, chunkBounds, extractInChunks } from '../../lib/analyze/chunked';
import { claimAt, claimIntervals } from '../../lib/textmodel/intervals';
import { LIMITS } from '../../lib/protocol';
import type { Claim, ExtractResult } from '../../lib/types';
import { toyExtract } from './toy-extractor';

const toy = toyExtract;

describe('chunked extraction', () => {
  it('cuts at paragraph breaks and covers the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 60 }), fc.integer({ min: 50, max: 2000 }), (ps, max) => {
        const text = ps.join('\n\n');
        const b = chunkBounds(text, max);
        // Pieces are in order and what falls between them (and after the last) is only paragraph breaks.
        let prev = 0;
        for (const [s, e] of b) {
          expect(s).toBeLessThanOrEqual(e);
          expect(text.slice(prev, s)).toMatch(/^\n*$/);
          prev = e;
        }
        expect(text.slice(prev)).toMatch(/^\n*$/);
      }),
    );
  });

  it('gives the same spans as one pass, with actors merged across pieces', async () => {
    const para = (i: number) => `Alice said the port reopened ${i}. Bob said ships waited ${i}.`;
    const text = Array.from({ length: 2000 }, (_, i) => para(i)).join('\n\n');
    const r = await extractInChunks(text, toy, {}, async () => {});
    expect(r.claims.length).toBe(4000);
    expect(r.actors.map((a) => a.name).sort()).toEqual(['Alice', 'Bob']);
    for (const c of r.claims) {
      expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
      expect(r.actors.some((a) => a.id === c.actorId)).toBe(true);
    }
  });

  it('caps what a page may report', async () => {
    const text = Array.from({ length: 900 }, (_, i) => `P${i} said ${'x'.repeat(i === 3 ? 9000 : 5)}.`).join('\n\n');
    const r = capForReport(toy(text));
    expect(r.claims.length).toBe(LIMITS.maxClaims);
    expect(r.actors.length).toBeLessThanOrEqual(LIMITS.maxActors);
    expect(Math.max(...r.claims.map((c) => c.content.text.length))).toBeLessThanOrEqual(LIMITS.maxSpanChars);
  });
});

describe('claim intervals', () => {
  it('finds the innermost claim at an offset', () => {
    const c = (id: string, s: number, e: number): Claim => ({ id, kind: 'indirect', actorId: null, source: null, cue: null, via: null, content: { text: 'x'.repeat(e - s), start: s, end: e }, confidence: 1 });
    const iv = claimIntervals([c('outer', 0, 100), c('inner', 10, 20), c('later', 150, 160)]);
    expect(claimAt(iv, 15)).toBe(1);
    expect(claimAt(iv, 50)).toBe(0);
    expect(claimAt(iv, 120)).toBe(-1);
    expect(claimAt(iv, 155)).toBe(2);
    expect(claimAt([], 3)).toBe(-1);
  });
});

describe('chunked extraction with the real engine', () => {
  it('finds the same claims, with the same speakers, as one pass over the whole text', async () => {
    const { extract } = await import('../../lib/extract');
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(__dirname, '../fixtures/articles');
    const text = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
    const whole = extract(text);
    const pieces = await extractInChunks(text, extract, {}, async () => {});
    const nameOf = (r: ExtractResult, c: Claim) => r.actors.find((a) => a.id === c.actorId)?.key ?? null;
    const key = (r: ExtractResult) => new Set(r.claims.map((c) => `${c.content.start}:${c.content.end}:${nameOf(r, c)}`));
    const a = key(whole), b = key(pieces);
    const same = [...a].filter((k) => b.has(k)).length;
    console.log(`chunked vs whole: ${same} of ${a.size} claims identical (${b.size} found in pieces)`);
    expect(same / a.size).toBeGreaterThan(0.95);
    for (const c of pieces.claims) expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
  });
});
