import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupConflicts, openDisagreements, topicKey } from '../../lib/xref/group';
import type { Conflict, ConflictSide } from '../../lib/types';

const HERE = 'https://here.example/a';
const side = (url: string, claimId: string, value: string): ConflictSide => ({ url, outlet: new URL(url).hostname, actor: null, claimId, content: `the sea was ${value}`, value });
const pair = (id: string, other: string, otherClaim: string, over: Partial<Conflict> = {}): Conflict => ({
  id,
  type: 'antonym',
  topic: 'sea: rough or calm',
  explanation: `${id} explained`,
  dismissed: false,
  sides: [side(HERE, 'c1', 'rough'), side(other, otherClaim, 'calm')],
  ...over,
});
const isHere = (u: string) => u === HERE;

describe('grouping conflicts into disagreements', () => {
  it('treats "a or b" and "b or a" as one topic', () => {
    expect(topicKey('sea: rough or calm')).toBe(topicKey('Sea: calm  or rough'));
    expect(topicKey('number of dead')).not.toBe(topicKey('number of people aboard'));
  });

  it('groups the pairs of one claim on this page against several outlets, each side once, this page first', () => {
    const gs = groupConflicts(
      [pair('k1', 'https://b.example/x', 'c4'), pair('k2', 'https://c.example/y', 'c2', { topic: 'sea: calm or rough', sides: [side('https://c.example/y', 'c2', 'calm'), side(HERE, 'c1', 'rough')] }), pair('k3', 'https://b.example/x', 'c4', { topic: 'number of dead', type: 'number' })],
      isHere,
    );
    expect(gs.map((g) => g.conflicts.map((c) => c.id))).toEqual([['k1', 'k2'], ['k3']]);
    expect(gs[0]!.id).toBe('k1');
    expect(gs[0]!.sides.map((s) => s.url)).toEqual([HERE, 'https://b.example/x', 'https://c.example/y']);
    expect(gs[0]!.explanations).toEqual(['k1 explained', 'k2 explained']);
  });

  it('keeps apart other claims on this page, dismissed pairs and updates', () => {
    const gs = groupConflicts(
      [pair('k1', 'https://b.example/x', 'c4'), pair('k2', 'https://c.example/y', 'c2', { sides: [side(HERE, 'c7', 'rough'), side('https://c.example/y', 'c2', 'calm')] }), pair('k3', 'https://d.example/', 'c1', { dismissed: true }), pair('k4', 'https://e.example/', 'c1', { update: true })],
      isHere,
    );
    expect(gs.length).toBe(4);
    expect(openDisagreements([pair('k1', 'https://b.example/x', 'c4'), pair('k5', 'https://c.example/y', 'c2'), pair('k3', 'https://d.example/', 'c1', { dismissed: true })], isHere)).toBe(1);
  });

  it('loses no conflict and repeats no side, whatever the input', () => {
    const urls = [HERE, 'https://b.example/', 'https://c.example/'];
    const arb = fc.array(
      fc.record({ t: fc.constantFrom('number', 'antonym', 'polarity', 'denial'), topic: fc.constantFrom('a or b', 'b or a', 'x'), u: fc.nat(2), v: fc.nat(2), c: fc.nat(3), d: fc.boolean() }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (xs) => {
        const cs = xs.map((x, i) => pair(`k${i}`, urls[x.v]!, `c${x.c}`, { type: x.t as Conflict['type'], topic: x.topic, dismissed: x.d, sides: [side(urls[x.u]!, `c${x.c}`, 'rough'), side(urls[x.v]!, 'c0', 'calm')] }));
        const gs = groupConflicts(cs, isHere);
        expect(gs.flatMap((g) => g.conflicts).length).toBe(cs.length);
        for (const g of gs) {
          const keys = g.sides.map((s) => `${s.url}#${s.claimId}`);
          expect(new Set(keys).size).toBe(keys.length);
          expect(g.conflicts.every((c) => c.dismissed === g.dismissed)).toBe(true);
        }
      }),
    );
  });
});
