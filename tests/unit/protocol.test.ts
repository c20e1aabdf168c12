import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS, validateMessage, type Message } from '../../lib/protocol';

const claim = { id: 'c0', kind: 'direct', source: null, actorId: null, cue: null, content: { text: 'x', start: 0, end: 1 }, via: null, confidence: 0.5 };
const meta = { url: 'https://a.example/x', title: 't', outlet: { name: 'A', domain: 'a.example' }, authors: [] };
const valid = [
  { type: 'page:report', page: { meta, claims: [claim, { ...claim, id: 'c1', rule: 'source cue content' }], actors: [], words: 1 } },
  { type: 'page:report', page: { meta, claims: [claim], actors: [], words: 1, digest: { sentences: [{ id: 's0', text: 'x', start: 0, end: 1 }], names: ['Aldmouth'], words: ['crowd'] } } },
  { type: 'page:skip', url: 'https://a.example/', reason: 'not-article' },
  { type: 'page:view', url: 'https://a.example/x' },
  { type: 'conflict:dismiss', conflictId: 'x1', dismissed: true },
  { type: 'settings:get' },
  { type: 'settings:set', settings: { enabled: false, retention: { maxArticles: 10, maxAgeDays: 2 } } },
  { type: 'data:export-page', after: null },
  { type: 'data:export-page', after: { readAt: 5, url: 'https://a.example/x' } },
  { type: 'data:import-start', bytes: 1000 },
  { type: 'data:import-batch', importId: 'i1', articles: ['{}'], dismissals: [] },
  { type: 'data:import-finish', importId: 'i1', header: { format: 'sourcelight-export', version: 1 } },
  { type: 'data:import-cancel', importId: 'i1' },
  { type: 'data:stats' },
  { type: 'data:clear' },
] as Message[];

describe('validateMessage', () => {
  it('accepts a well-formed message of every type', () => {
    for (const m of valid) expect(validateMessage(m)).toEqual({ ok: true, value: m });
  });

  it('refuses malformed messages with a reason', () => {
    const bad: [unknown, RegExp][] = [
      [undefined, /not an object/],
      [[], /not an object/],
      [{ type: 'page:drop' }, /unknown message type/],
      [{ type: 'page:report', page: { meta: { ...meta, url: 'javascript:alert(1)' }, claims: [], actors: [], words: 0 } }, /meta url invalid/],
      // the digest is bounded and its sentences' offsets must fit their text
      [{ type: 'page:report', page: { meta, claims: [], actors: [], words: 0, digest: { sentences: [{ id: 's0', text: 'abc', start: 0, end: 9 }], names: [], words: [] } } }, /digest sentence offsets invalid/],
      [{ type: 'page:report', page: { meta, claims: [], actors: [], words: 0, digest: { sentences: Array(401).fill({ id: 's0', text: 'x', start: 0, end: 1 }), names: [], words: [] } } }, /digest sentences missing or too many/],
      [{ type: 'page:report', page: { meta, claims: [], actors: [], words: 0, digest: { sentences: [], names: ['x'.repeat(81)], words: [] } } }, /digest names invalid/],
      [{ type: 'page:report', page: { meta, claims: [], actors: [], words: 0, digest: { sentences: [], names: [], words: Array(301).fill('w') } } }, /digest words invalid/],
      [{ type: 'page:report', page: { meta, claims: [], actors: [], words: 0, digest: 'junk' } }, /digest is not an object/],
      [{ type: 'page:report', page: { meta, claims: Array(LIMITS.maxClaims + 1).fill(claim), actors: [], words: 0 } }, /claims missing or more than/],
      [{ type: 'page:report', page: { meta, claims: [{ ...claim, content: { text: 'x', start: 5, end: 1 } }], actors: [], words: 0 } }, /offsets invalid/],
      [{ type: 'page:report', page: { meta, claims: [{ ...claim, confidence: 2 }], actors: [], words: 0 } }, /confidence/],
      [{ type: 'page:report', page: { meta, claims: [{ ...claim, rule: 'x'.repeat(81) }], actors: [], words: 0 } }, /claim rule invalid/],
      [{ type: 'page:skip', url: 'https://a.example/', reason: 'bored' }, /fields invalid/],
      [{ type: 'conflict:dismiss', conflictId: 'x', dismissed: 'yes' }, /invalid/],
      [{ type: 'settings:set', settings: { retention: { maxArticles: 0, maxAgeDays: 1 } } }, /retention invalid/],
      [{ type: 'page:view', url: 'x'.repeat(LIMITS.maxUrlChars + 1) }, /url invalid/],
      [{ type: 'page:view', url: 'https://a.example/', padding: 'x'.repeat(LIMITS.maxMessageChars + 1) }, /too large/],
    ];
    for (const [m, reason] of bad) {
      const r = validateMessage(m);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
  });

  it('takes an import in batches of bounded size: one larger entry may go alone, never a whole file', () => {
    const batch = (articles: string[]) => validateMessage({ type: 'data:import-batch', importId: 'i1', articles, dismissals: [] }).ok;
    expect(batch(['x'.repeat(LIMITS.maxBatchChars / 2), 'y'.repeat(LIMITS.maxBatchChars / 2)])).toBe(true);
    expect(batch(['x'.repeat(LIMITS.maxBatchChars / 2), 'y'.repeat(LIMITS.maxBatchChars / 2 + 1)])).toBe(false);
    expect(batch(['x'.repeat(LIMITS.maxBatchChars * 3)])).toBe(true);
    expect(batch(['x'.repeat(LIMITS.maxMessageChars)])).toBe(false);
    expect(batch([{} as string])).toBe(false);
  });

  it('refuses cyclic data without throwing', () => {
    const m: Record<string, unknown> = { type: 'page:view', url: 'https://a.example/' };
    m.self = m;
    expect(validateMessage(m).ok).toBe(false);
  });

  it('never throws on random input, and never accepts a message without a known type', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = validateMessage(v);
        if (r.ok) expect(valid.map((x) => x.type)).toContain((v as { type: string }).type);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...valid.map((x) => x.type)), fc.dictionary(fc.string(), fc.anything()), (type, rest) => {
        validateMessage({ ...rest, type });
      }),
      { numRuns: 2000 },
    );
  });
});
