import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLayers, type LayerSpan } from '../../lib/paint/pieces';
import { LAYERS, layerSpans, type Layer } from '../../lib/paint/layers';
import type { Claim, ExtractResult } from '../../lib/types';

const span = (start: number, end: number, layer: Layer, claim?: number): LayerSpan<Layer> => ({ start, end, layer, ...(claim === undefined ? {} : { claim }) });

describe('splitLayers', () => {
  it('cuts claim ⊃ source ⊃ cue into pieces that carry every covering layer', () => {
    const pieces = splitLayers([span(0, 20, 'claim', 0), span(5, 12, 'source', 0), span(8, 10, 'cue', 0), span(30, 35, 'actor')], LAYERS);
    expect(pieces).toEqual([
      { start: 0, end: 5, layers: ['claim'], claim: 0 },
      { start: 5, end: 8, layers: ['claim', 'source'], claim: 0 },
      { start: 8, end: 10, layers: ['claim', 'source', 'cue'], claim: 0 },
      { start: 10, end: 12, layers: ['claim', 'source'], claim: 0 },
      { start: 12, end: 20, layers: ['claim'], claim: 0 },
      { start: 30, end: 35, layers: ['actor'], claim: -1 },
    ]);
  });

  it('keeps touching claims apart and gives a piece the innermost claim', () => {
    const pieces = splitLayers([span(0, 10, 'claim', 0), span(10, 20, 'claim', 1), span(2, 30, 'claim', 2)], LAYERS);
    expect(pieces.map((p) => [p.start, p.end, p.claim])).toEqual([[0, 2, 0], [2, 10, 0], [10, 20, 1], [20, 30, 2]]);
  });

  it('ignores empty, reversed and non-finite spans', () => {
    expect(splitLayers([span(5, 5, 'claim', 0), span(9, 3, 'cue'), span(NaN, 4, 'actor'), span(0, Infinity, 'actor')], LAYERS)).toEqual([]);
  });

  it('pieces are ordered, disjoint, cover exactly the union, and list exactly the covering layers (property)', () => {
    const arbSpan = fc.record({
      start: fc.integer({ min: 0, max: 60 }),
      len: fc.integer({ min: 0, max: 25 }),
      layer: fc.constantFrom(...LAYERS),
      claim: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    }).map(({ start, len, layer, claim }) => span(start, start + len, layer, claim));
    fc.assert(
      fc.property(fc.array(arbSpan, { maxLength: 14 }), (spans) => {
        const pieces = splitLayers(spans, LAYERS);
        for (let i = 0; i < pieces.length; i++) {
          const p = pieces[i]!;
          expect(p.end).toBeGreaterThan(p.start);
          if (i) expect(p.start).toBeGreaterThanOrEqual(pieces[i - 1]!.end);
          expect(new Set(p.layers).size).toBe(p.layers.length);
          expect([...p.layers].sort((a, b) => LAYERS.indexOf(a) - LAYERS.indexOf(b))).toEqual(p.layers);
        }
        // Character by character: covered by a piece iff covered by a span, with the same layers.
        for (let x = 0; x < 90; x++) {
          const covering = spans.filter((s) => s.start <= x && x < s.end);
          const piece = pieces.find((p) => p.start <= x && x < p.end);
          expect(!!piece).toBe(covering.length > 0);
          if (!piece) continue;
          expect(new Set(piece.layers)).toEqual(new Set(covering.map((s) => s.layer)));
          const withClaim = covering.filter((s) => s.claim !== undefined && s.claim >= 0);
          if (!withClaim.length) expect(piece.claim).toBe(-1);
          else expect(withClaim.some((s) => s.claim === piece.claim && s.end - s.start === Math.min(...withClaim.map((w) => w.end - w.start)))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('layerSpans', () => {
  const at = (text: string, start: number) => ({ text, start, end: start + text.length });
  const claim = (id: string, content: [string, number], source: [string, number] | null, cue: [string, number] | null): Claim => ({
    id, kind: 'indirect', source: source ? at(...source) : null, actorId: null, cue: cue ? at(...cue) : null, content: at(...content), via: null, confidence: 1,
  });

  it('marks content, source and cue; actor mentions only where no source is; nothing about other outlets', () => {
    const result: ExtractResult = {
      claims: [claim('c0', ['talks will resume', 20], ['Lavrov', 0], ['said', 7])],
      actors: [{ id: 'a0', key: 'lavrov', name: 'Lavrov', type: 'person', aliases: [], mentions: [{ start: 0, end: 6 }, { start: 50, end: 56 }] }],
    };
    expect(layerSpans(result)).toEqual([
      { start: 20, end: 37, layer: 'claim', claim: 0 },
      { start: 0, end: 6, layer: 'source', claim: 0 },
      { start: 7, end: 11, layer: 'cue', claim: 0 },
      { start: 50, end: 56, layer: 'actor' },
    ]);
    // Contradiction is drawn in our closed shadow root, never as a page-readable layer (issue 13, finding 1).
    expect(LAYERS as readonly string[]).not.toContain('conflict');
  });
});
