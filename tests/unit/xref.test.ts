import { describe, expect, it } from 'vitest';
import { findConflicts, type FrameReport } from '../../lib/xref/conflicts';
import { framesOfSentence } from '../../lib/xref/frames/index';
import { findFigures } from '../../lib/xref/numbers';
import { articleFeatures, linkArticles } from '../../lib/xref/stories';
import { digestArticle } from '../../lib/xref/digest';
import type { Actor, Claim } from '../../lib/types';
import { shownValue } from '../../components/shared/text';

let n = 0;
interface Opts { url?: string; outlet?: string; actor?: string | null; published?: string; cue?: string; lead?: string[] }
/** The frames of one sentence, as a claim by `actor` (or the outlet's own when actor is null). */
function reports(text: string, o: Opts = {}): FrameReport[] {
  const published = o.published ?? '2026-03-14T10:00:00Z';
  const own = o.actor === null;
  const at = 1000 * n++;
  const claim = { id: `c${n}`, content: { text, start: at, end: at + text.length }, cue: o.cue ?? 'said' };
  const frames = framesOfSentence({ id: `s${n}`, text, start: at, end: at + text.length }, own ? [] : [claim], Date.parse(published));
  return frames.map((frame) => ({
    url: o.url ?? 'https://a.example/1', outlet: o.outlet ?? 'A', published, publishedMs: Date.parse(published), frame,
    actorName: own ? null : o.actor ?? 'X', actorKey: own ? null : (o.actor ?? 'X').toLowerCase(),
    content: text, sentence: { text, start: at, end: at + text.length }, earlier: /\b(?:had put|earlier|initially)\b/.test(text),
    leadNames: new Set(o.lead ?? []),
  }));
}
const B = { url: 'https://b.example/2', outlet: 'B' };
const conflicts = (...rs: FrameReport[][]) => findConflicts(rs.flat());
const kinds = (...rs: FrameReport[][]) => conflicts(...rs).map((c) => `${c.update ? 'update' : c.type}:${c.sides.map((s) => s.value).join('/')}`);

describe('figures', () => {
  const f = (s: string) => findFigures(s).map(({ lo, hi, dim }) => ({ lo, hi, dim }));
  it('normalises words and digits, units and hedges', () => {
    expect(f('two days')).toEqual([{ lo: 48, hi: 48, dim: 'duration' }]);
    expect(f('about 2,000 fighters')[0]).toMatchObject({ lo: 1800, hi: 2200 });
    expect(findFigures('Fifty-one people')[0].value).toBe(51);
    expect(findFigures('two hundred and fifty people')[0].value).toBe(250);
    expect(f('at least 12 people')[0]).toMatchObject({ lo: 12, hi: Infinity });
    expect(f('nearly eight hours')[0]).toMatchObject({ lo: 7.2, hi: 8 });
    expect(f('a four-hour detour')[0]).toMatchObject({ lo: 4, dim: 'duration' });
    expect(f('$1 trillion')[0]).toMatchObject({ lo: 1e12, dim: 'money:USD' });
    expect(f('-150 °C')[0].lo).toBeCloseTo(123.15);
    expect(f('120 K')[0]).toMatchObject({ lo: 120, dim: 'temperature' });
    expect(f('12 ft')[0].lo).toBeCloseTo(3.6576);
    expect(f('a 6.9-magnitude quake')[0]).toMatchObject({ lo: 6.9, dim: 'magnitude' });
    expect(f('between 40 and 50 people')[0]).toMatchObject({ lo: 40, hi: 50 });
    expect(f('a one-off payment, a 38-year-old ship, in 2011, at 4am, A380')).toEqual([]);
  });
});

describe('frames', () => {
  const frame = (s: string, published = '2026-03-19T10:00:00Z') =>
    framesOfSentence({ id: 's0', text: s, start: 0, end: s.length }, [], Date.parse(published)).map((x) => `${x.measure}|${x.event}|${x.scope}|${x.time}|${x.modality}`);
  it('reads measure, scope, time and modality', () => {
    expect(frame('At least 12 people died when the ferry capsized.')).toEqual(['dead|story||null|count']);
    expect(frame('The death toll in Hatay province rose to 1,200 on Tuesday.')).toEqual(['dead|story|place:hatay|2026-03-17|count']);
    expect(frame('more than 280 civilians and about 2,000 fighters have been killed')).toEqual(['dead|story|group:civilian|null|count', 'dead|story|group:fighter|null|count']);
    expect(frame('Officials fear the toll could top 12,000.')).toEqual(['dead|story||null|forecast']);
    expect(frame('Police estimated the crowd at 40,000.')).toEqual(['crowd|story||null|estimate']);
    expect(frame('It is the worst since 2009, when 31 people died in a storm.')).toEqual(['dead|story||2009|count']);
    expect(frame('After seven hours of talks, the delegations left.')).toEqual(['duration||talk||null|count']);
    expect(frame('The quake struck 10 kilometres below the surface.')).toEqual(['depth|earthquake||null|count']);
    expect(frame('Nine of the survivors were in serious condition.')).toEqual([]);
  });
});

describe('conflicts', () => {
  it('finds different figures for one aligned quantity, and says what aligned them', () => {
    const [c] = conflicts(reports('Haftar is taking 2 days to discuss the deal', { actor: 'Defence Ministry' }), reports('Haftar asked for four days to consider the deal', { actor: 'Mashri' }));
    expect(c).toMatchObject({ type: 'number', within: true, sides: [{ value: '2 days' }, { value: 'four days' }] });
    expect(c.explanation).toMatch(/Defence Ministry reports 2 days but Mashri reports four days/);
    expect(c.reason).toBe('both report the time Haftar takes to decide, as counts');
  });

  it("compares the outlets' own reporting too, and labels it", () => {
    const [c] = conflicts(reports('The talks lasted six hours.', { actor: null }), reports('The talks lasted nearly seven hours.', { ...B, actor: null }));
    expect(c).toMatchObject({ type: 'number', sides: [{ own: true, actor: null }, { own: true }] });
    expect(c.explanation).toMatch(/A \(own reporting\) reports six hours but B \(own reporting\)/);
  });

  it('does not call compatible figures a conflict', () => {
    expect(conflicts(reports('Haftar takes 2 days to discuss the deal'), reports('Haftar takes two days to discuss the deal', { ...B, actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('fewer than 200 staff had stayed away'), reports('around 180 workers had stayed away', { ...B, actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('210 people were killed', B), reports('more than 210 people were killed', { actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('The epicentre was 10 km deep.'), reports('The epicentre was 6 miles deep.', { ...B, actor: 'Y' }))).toEqual([]);
  });

  it('keeps apart different scopes, groups, times and modalities', () => {
    expect(conflicts(reports('280 civilians were killed'), reports('2,000 fighters were killed', { ...B, actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('40 people died in the north'), reports('75 people died in the south', { ...B, actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('The toll could top 12,000, officials fear.'), reports('At least 5,000 people died.', { ...B, actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('31 people died in 2009.'), reports('12 people died.', { ...B, actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('islanders face a four-hour detour'), reports('crews worked for seven hours', { ...B, actor: 'Y' }))).toEqual([]);
  });

  it('reads a later, larger count as an update and a later, smaller one as a conflict', () => {
    const early = reports('At least 12 people died', { published: '2026-03-14T06:00:00Z' });
    const late = reports('The death toll rose to 16', { ...B, published: '2026-03-15T08:00:00Z' });
    const [c] = conflicts(late, early);
    expect(c).toMatchObject({ type: 'number', update: true, sides: [{ url: 'https://a.example/1', value: 'At least 12' }, { url: 'https://b.example/2', value: '16' }] });
    const [d] = conflicts(reports('14 people died', { published: '2026-03-14T06:00:00Z' }), reports('The death toll stands at 10', { ...B, published: '2026-03-15T09:00:00Z' }));
    expect(d.update).toBeUndefined();
  });

  it('finds negation, antonyms, denials and stances by the same agent only', () => {
    expect(kinds(reports('The ferry was overloaded, plain and simple.'), reports('the ship was not overloaded', { ...B, actor: 'Y' }))).toEqual(['polarity:overloaded/not overloaded']);
    expect(kinds(reports('the ferry was overloaded'), reports('the ship had been overloaded', { ...B, actor: 'Y', cue: 'denied' }))).toEqual(['denial:overloaded/overloaded']);
    // the denier's side is marked, so that it is shown as its denial, never as the words it denies
    const [denied] = conflicts(reports('the ferry was overloaded'), reports('the ship had been overloaded', { ...B, actor: 'Y', cue: 'denied' }));
    expect(denied.sides.map((sd) => [shownValue(sd), !!sd.denies])).toEqual([['overloaded', false], ['not overloaded', true]]);
    const [plain] = conflicts(reports('The ferry was overloaded, plain and simple.'), reports('the ship was not overloaded', { ...B, actor: 'Y' }));
    expect(plain.sides.map(shownValue)).toEqual(['overloaded', 'not overloaded']);
    expect(shownValue({ value: 'had been overloaded', denies: true })).toBe('denies “had been overloaded”');
    expect(kinds(reports('The sea was rough, the wind was gusting'), reports('the water inside the harbour had been calm, almost flat', { ...B, actor: 'Y' }))).toEqual(['antonym:calm/rough']);
    expect(kinds(reports('Haftar was positive toward the cease-fire deal'), reports('Haftar will not sign a cease-fire proposal', { ...B, actor: 'Y' }))).toEqual(['polarity:positive/not sign']);
    // different agents: "Sarraj signed" and "Haftar left without signing" agree
    expect(conflicts(reports('only Sarraj had signed the agreement'), reports('Haftar left Moscow without signing the deal', { ...B, actor: 'Y' }))).toEqual([]);
    expect(conflicts(reports('the crew told us to stay calm'), reports('The sea was rough', { ...B, actor: 'Y' }))).toEqual([]);
  });

  it('gives stable ids that do not depend on order, and reports a repeated disagreement once', () => {
    const a = reports('the ferry was overloaded', { actor: 'P' });
    const b = reports('the ferry was not overloaded', { ...B, actor: 'W' });
    const b2 = reports('the ship was not overloaded', { ...B, actor: 'W' });
    const one = findConflicts([...a, ...b]);
    expect(findConflicts([...b, ...a])[0].id).toBe(one[0].id);
    expect(one[0].id).toMatch(/^x[0-9a-f]{16}$/);
    expect(findConflicts([...a, ...b, ...b2])).toHaveLength(1);
    expect(findConflicts([...a, ...b], 'https://c.example/')).toEqual([]);
  });
});

describe('stories', () => {
  const actor = (name: string, type: Actor['type'] = 'person'): Actor => ({ id: name, key: name.toLowerCase(), name, type, aliases: [], mentions: [] });
  const claims = (...texts: string[]): Claim[] => texts.map((t, i) => ({ id: `c${i}`, kind: 'indirect', source: null, actorId: null, cue: null, content: { text: t, start: 0, end: t.length }, via: null, confidence: 0.9 }));
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
    expect(link!.evidence).toMatch(/both name .*Corran Star/);
    expect(link!.evidence).not.toMatch(/%|vocabulary/);
    expect(link!.evidence).toMatch(/26 hours apart/);
  });

  it('keeps apart another event in the same town with the same governor, and far-apart dates', () => {
    expect(linkArticles(ferry('https://a.example/1', 'NorthWire', '2026-03-14T06:00:00Z', 'Ferry capsizes off Dunmarra'), strike, rare)).toBeNull();
    expect(linkArticles(ferry('https://a.example/1', 'NorthWire', '2026-03-14T06:00:00Z', 'Ferry capsizes off Dunmarra'), ferry('https://b.example/2', 'BCN', '2026-06-15T08:00:00Z', 'Ferry capsizes off Dunmarra'), rare)).toBeNull();
  });
});

describe('body digest', () => {
  it('names come from the prose, never from page furniture or capitalised sentence openers', () => {
    const text = [
      'Korvala earthquake: death toll rises to 214',
      'Share this article',
      "Read more: They're back: Kestrin derby returns after five years",
      'The quake struck before dawn, and rescuers from Kestrin reached the village of Darro on Tuesday.',
      "Even in Kestrin, cracks opened in the cathedral walls, said Tamsin Orlo of the disaster agency.",
      "They're still searching, Orlo said, and even the army has joined the teams in Darro.",
      'Related',
      'Kestrin mayor resigns over stadium deal',
    ].join('\n');
    const d = digestArticle(text);
    expect(d.names).toEqual(expect.arrayContaining(['Kestrin', 'Darro', 'Tamsin Orlo']));
    for (const furniture of ["They're", 'Even', 'Share', 'Read', 'Related', 'The']) expect(d.names).not.toContain(furniture);
    // the outlet's own figure-bearing sentences are kept, with offsets into the text
    for (const s of d.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(d.sentences.some((s) => s.text.startsWith('Korvala earthquake'))).toBe(true);
  });
});
