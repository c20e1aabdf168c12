// The frames an import keeps (lib/store/frame-check.ts): every frame the engine makes passes as it
// is, after the JSON of an export; anything else is refused or cut down to a frame's own fields.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFrames } from '../../lib/store/frame-check';
import { pageFrames } from '../../lib/store/schema';
import { articleAt, reportOf, storyArticle } from '../../bench/store/corpus';

const FIELDS = new Set(['ref', 'kind', 'source', 'event', 'measure', 'scope', 'time', 'modality', 'value', 'polarity', 'sentence', 'span', 'label']);

describe('frames in an export', () => {
  it('every frame the engine makes is kept as it is, after JSON', () => {
    const pages = [...Array.from({ length: 30 }, (_, i) => reportOf(articleAt(i))), ...Array.from({ length: 10 }, (_, i) => reportOf(storyArticle(i, i % 6)))];
    let seen = 0;
    for (const p of pages) {
      const { frames } = pageFrames(p.claims, p.digest?.sentences ?? [], Date.parse(p.meta.published ?? ''));
      const json = JSON.parse(JSON.stringify(frames));
      expect(checkFrames(json, new Set(p.claims.map((c) => c.id)))).toEqual({ ok: true, value: json });
      seen += frames.length;
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('anything else is refused with a reason, or kept with only a frame\'s fields; it never throws', () => {
    const frameLike = fc.record({ ref: fc.constantFrom('c0', 'c1', 's2', ''), kind: fc.constantFrom('claim', 'own', 'x'), event: fc.string(), measure: fc.string(), scope: fc.string(), time: fc.oneof(fc.constant(null), fc.string()), modality: fc.constantFrom('count', 'estimate', 'guess'), sentence: fc.record({ start: fc.integer(), end: fc.integer() }), span: fc.record({ start: fc.nat(), end: fc.nat() }), label: fc.string(), extra: fc.anything() }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(frameLike, fc.anything()), { maxLength: 5 })), (v) => {
        const r = checkFrames(v, new Set(['c0', 'c1']));
        if (!r.ok) {
          expect(r.reason).toMatch(/frame/);
          return;
        }
        for (const f of r.value) {
          expect(Object.keys(f).every((k) => FIELDS.has(k))).toBe(true);
          expect(f.kind === 'own' || ['c0', 'c1'].includes(f.ref)).toBe(true);
        }
      }),
    );
  });
});
