import { describe, expect, it } from 'vitest';
import { findConflicts, type ClaimContext } from '../../lib/xref/conflicts';
import { findFigures } from '../../lib/xref/numbers';
import { findQuantities } from '../../lib/xref/quantities';
import { articleFeatures, linkArticles } from '../../lib/xref/stories';
import type { Actor, Claim } from '../../lib/types';

let n = 0;
function ctx(content: string, o: { url?: string; outlet?: string; actor?: string; published?: string; cue?: string } = {}): ClaimContext {
  const claim: Claim = {
    id: `c${n++}`, kind: 'indirect', source: null, actorId: null, cue: { text: o.cue ?? 'said', start: 0, end: 4 },
    content: { text: content, start: 0, end: content.length }, via: null, confidence: 0.9,
  };
  const published = o.published ?? '2026-03-14T10:00:00Z';
  return { url: o.url ?? 'https://a.example/1', outlet: o.outlet ?? 'A', published, publishedMs: Date.parse(published), claim, actorName: o.actor ?? 'X', actorKey: (o.actor ?? 'X').toLowerCase() };
}

describe('figures', () => {
  it('normalises words and digits and reads hedges as bounds', () => {
    const f = (s: string) => findFigures(s).map(({ value, lo, hi, unit }) => ({ value, lo, hi, unit }));
    expect(f('two days')).toEqual([{ value: 2, lo: 2, hi: 2, unit: 'day' }]);
    expect(f('2 days')).toEqual([{ value: 2, lo: 2, hi: 2, unit: 'day' }]);
    expect(f('about 2,000 fighters')[0]).toMatchObject({ value: 2000, lo: 1800, hi: 2200 });
    expect(f('Fifty-one people')[0].value).toBe(51);
    expect(f('two hundred and fifty people')[0].value).toBe(250);
    expect(f('at least 12 people')[0]).toMatchObject({ lo: 12, hi: Infinity });
    expect(f('more than 280 civilians')[0].lo).toBeGreaterThan(280);
    expect(f('fewer than 200 staff')[0].hi).toBeLessThan(200);
    expect(f('nearly eight hours')[0]).toMatchObject({ value: 8, unit: 'hour' });
    expect(f('nearly eight hours')[0].hi).toBeLessThan(8);
    expect(f('a four-hour detour')[0]).toMatchObject({ value: 4, unit: 'hour' });
    expect(f('$3.5 million')[0]).toMatchObject({ value: 3_500_000, unit: 'money' });
    expect(f('a rise of 5.5% or 4 per cent')).toMatchObject([{ value: 5.5, unit: 'percent' }, { value: 4, unit: 'percent' }]);
    expect(f('a one-off payment, a 38-year-old ship, in 2011, at 4am')).toEqual([]);
  });

  it('knows what a figure counts', () => {
    const q = (s: string) => findQuantities(s).map((x) => `${x.measure}:${x.group}:${x.value}`);
    expect(q('At least 12 people died when a ferry capsized')).toEqual(['dead:people:At least 12']);
    expect(q('The death toll rose to 14 on Saturday')).toEqual(['dead:people:14']);
    expect(q('the ferry was carrying 61 people')).toEqual(['aboard:people:61']);
    expect(q('he had counted "well over 70" people going up the ramp')).toEqual(['aboard:people:well over 70']);
    expect(q('Forty-seven people were rescued')).toEqual(['rescued:people:Forty-seven']);
    expect(q('about 300 of its members were on strike')).toEqual(['protesting:people:about 300']);
    expect(q('more than 280 civilians and about 2,000 fighters have been killed')).toEqual(['dead:civilians:more than 280', 'dead:fighters:about 2,000']);
    expect(q('31 people died in the Glenmore disaster in 2009')).toEqual([]);
    expect(q('Eleven ships were waiting at anchor')).toEqual([]);
  });
});

describe('conflicts', () => {
  it('finds different figures for one quantity, with both values as written', () => {
    const [c] = findConflicts([ctx('Haftar is taking 2 days to discuss the deal', { actor: 'Defence Ministry' }), ctx('Haftar asked for four days to consider the deal', { actor: 'Mashri' })]);
    expect(c).toMatchObject({ type: 'number', sides: [{ value: '2 days' }, { value: 'four days' }] });
    expect(c.explanation).toMatch(/Defence Ministry reports 2 days but Mashri reports four days/);
    expect(c.topic).toMatch(/days/);
  });

  it('does not call equal or compatible figures a conflict', () => {
    expect(findConflicts([ctx('Haftar takes 2 days to discuss the deal'), ctx('Haftar takes two days to discuss the deal', { actor: 'Y' })])).toEqual([]);
    expect(findConflicts([ctx('fewer than 200 staff had stayed away'), ctx('around 180 workers had stayed away', { actor: 'Y' })])).toEqual([]);
    // different groups, different things
    expect(findConflicts([ctx('280 civilians were killed'), ctx('2,000 fighters were killed', { actor: 'Y' })])).toEqual([]);
    // durations need something in common besides the unit
    expect(findConflicts([ctx('islanders face a four-hour detour'), ctx('crews worked for seven hours', { actor: 'Y' })])).toEqual([]);
  });

  it('flags a later, higher count from a later article as an update', () => {
    const early = ctx('At least 12 people died', { url: 'https://a.example/1', published: '2026-03-14T06:00:00Z' });
    const late = ctx('The death toll rose to 16', { url: 'https://b.example/2', outlet: 'B', published: '2026-03-15T08:00:00Z' });
    const [c] = findConflicts([late, early]);
    expect(c).toMatchObject({ type: 'number', update: true, sides: [{ url: 'https://a.example/1', value: 'At least 12' }, { url: 'https://b.example/2', value: '16' }] });
    expect(c.explanation).toMatch(/update/);
    // a later, lower exact figure contradicts an earlier one
    const lower = ctx('The death toll stands at 10', { url: 'https://b.example/3', outlet: 'C', published: '2026-03-15T09:00:00Z' });
    const [d] = findConflicts([ctx('14 people died', { published: '2026-03-14T06:00:00Z' }), lower]);
    expect(d.update).toBeUndefined();
  });

  it('finds negation, antonyms, denials and stances', () => {
    const types = (a: ClaimContext, b: ClaimContext) => findConflicts([a, b]).map((c) => `${c.type}:${c.sides.map((s) => s.value).join('/')}`);
    expect(types(ctx('The ferry was overloaded, plain and simple.'), ctx('the ship was not overloaded', { actor: 'Y' }))).toEqual(['polarity:overloaded/not overloaded']);
    expect(types(ctx('the ferry was overloaded'), ctx('the ship had been overloaded', { actor: 'Y', cue: 'denied' }))).toEqual(['denial:overloaded/overloaded']);
    expect(types(ctx('The sea was rough, the wind was gusting'), ctx('the water inside the harbour had been calm, almost flat', { actor: 'Y' }))).toEqual(['antonym:rough/calm']);
    expect(types(ctx('Haftar was positive toward the cease-fire deal'), ctx('Haftar will not sign a cease-fire proposal', { actor: 'Y' }))).toEqual(['polarity:positive/will not sign']);
    expect(types(ctx('Sarraj signed the agreement'), ctx('Sarraj left without signing the agreement', { actor: 'Y' }))).toEqual(['polarity:signed/without signing']);
  });

  it('leaves look-alikes alone', () => {
    expect(findConflicts([ctx('the crew told us to stay calm'), ctx('The sea was rough', { actor: 'Y' })])).toEqual([]);
    expect(findConflicts([ctx('the sea was calm'), ctx('the sea was calm', { actor: 'Y', url: 'https://b.example/' })])).toEqual([]);
    expect(findConflicts([ctx('Haftar was positive toward the deal'), ctx('he did not sign the deal', { actor: 'Y' })])).toEqual([]);
  });

  it('gives stable ids that do not depend on order, and reports a repeated disagreement once', () => {
    const a = ctx('the ferry was overloaded', { actor: 'P' });
    const b = ctx('the ferry was not overloaded', { actor: 'W', url: 'https://b.example/' });
    const b2 = ctx('the ship was not overloaded', { actor: 'W', url: 'https://b.example/' });
    const one = findConflicts([a, b]);
    expect(findConflicts([b, a])[0].id).toBe(one[0].id);
    expect(one[0].id).toMatch(/^x[0-9a-f]{16}$/);
    expect(findConflicts([a, b, b2])).toHaveLength(1);
    expect(findConflicts([a, b], 'https://c.example/')).toEqual([]);
  });

  it('never throws on hostile text', () => {
    const junk = ['', '\u0000\uffff', '<script>alert(1)</script> not not not', '9'.repeat(5000), 'one '.repeat(20000), 'at least at least at least'];
    expect(() => findConflicts(junk.map((t, i) => ctx(t, { actor: `A${i}` })))).not.toThrow();
  });
});

describe('stories', () => {
  const actor = (name: string, type: Actor['type'] = 'person'): Actor => ({ id: name, key: name.toLowerCase(), name, type, aliases: [], mentions: [] });
  const claims = (...texts: string[]) => texts.map((t, i) => ctx(t).claim && { ...ctx(t).claim, id: `c${i}` });
  const ferry = (url: string, outlet: string, published: string, title: string) =>
    articleFeatures({ url, outlet, title, published, actors: [actor('Dunmarra', 'place'), actor('Corran Star', 'organization'), actor('Estuary Link'), actor('Marta de la Cruz')],
      claims: claims('At least 12 people died when the ferry capsized off Dunmarra', 'the sea was rough and the ferry was overloaded', 'divers searched the hull of the capsized ferry') });
  const strike = articleFeatures({
    url: 'https://g.example/strike', outlet: 'Gazette', title: 'Dockers walk out at Dunmarra container terminal', published: '2026-03-18T06:00:00Z',
    actors: [actor('Dunmarra', 'place'), actor('Marta de la Cruz'), actor('Ruth Okafor'), actor('Carra Container Terminals', 'organization')],
    claims: claims('About 300 dock workers walked off the job', 'the terminal was operating at reduced capacity', 'the union wants a higher pay offer'),
  });
  const rare = () => true;

  it('links reports of one event and says why', () => {
    const link = linkArticles(ferry('https://a.example/1', 'NorthWire', '2026-03-14T06:00:00Z', 'Ferry capsizes off Dunmarra'), ferry('https://b.example/2', 'BCN', '2026-03-15T08:00:00Z', 'Dunmarra ferry toll rises'), rare);
    expect(link).not.toBeNull();
    expect(link!.evidence).toMatch(/shared names: .*Corran Star/);
    expect(link!.evidence).toMatch(/headline words: .*ferry|headline words: .*vessel/);
    expect(link!.evidence).toMatch(/26 hours apart/);
  });

  it('keeps apart another event in the same town with the same governor, and far-apart dates', () => {
    expect(linkArticles(ferry('https://a.example/1', 'NorthWire', '2026-03-14T06:00:00Z', 'Ferry capsizes off Dunmarra'), strike, rare)).toBeNull();
    expect(linkArticles(ferry('https://a.example/1', 'NorthWire', '2026-03-14T06:00:00Z', 'Ferry capsizes off Dunmarra'), ferry('https://b.example/2', 'BCN', '2026-06-15T08:00:00Z', 'Ferry capsizes off Dunmarra'), rare)).toBeNull();
  });
});

describe('denials by cue', () => {
  it('reads "has denied" and "flatly denied" as denials', () => {
    for (const cue of ['denied', 'has denied', 'flatly denied', 'rejected claims']) {
      const [c] = findConflicts([ctx('the ferry was overloaded'), ctx('the ship had been overloaded', { actor: 'Y', cue })]);
      expect(c?.type, cue).toBe('denial');
    }
  });
});
