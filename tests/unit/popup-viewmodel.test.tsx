import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor, Claim, Conflict, PageView } from '../../lib/types';
import { clip, formatDate, safeHttpUrl, splitOnValue } from '../../components/shared/text';
import {
  describeArticle,
  groupClaimsByActor,
  isReadableUrl,
  isThisPage,
  normalizeView,
  orderConflicts,
  parseTarget,
  reportsOverTime,
} from '../../components/popup/viewModel';

const span = (text: string, start: number) => ({ text, start, end: start + text.length });
const claim = (id: string, start: number, actorId: string | null, source: string | null, content = `claim ${id}`): Claim => ({
  id,
  kind: 'indirect',
  source: source ? span(source, Math.max(0, start - 20)) : null,
  actorId,
  cue: span('said', start - 5 >= 0 ? start - 5 : 0),
  content: span(content, start),
  via: null,
  confidence: 0.9,
});
const actor = (id: string, name: string, role?: string): Actor => ({ id, key: name.toLowerCase(), name, type: 'person', role, aliases: [], mentions: [] });

describe('splitOnValue', () => {
  it('marks the exact value', () => {
    expect(splitOnValue('Haftar is taking 2 days to discuss it', '2 days')).toEqual([
      { text: 'Haftar is taking ', mark: false },
      { text: '2 days', mark: true },
      { text: ' to discuss it', mark: false },
    ]);
  });
  it('ignores case and whitespace differences', () => {
    const s = splitOnValue('He asked for Four\n days to think', 'four days');
    expect(s.find((x) => x.mark)?.text).toBe('Four\n days');
  });
  it('marks a value at the very start and end', () => {
    expect(splitOnValue('two days', 'two days')).toEqual([{ text: 'two days', mark: true }]);
  });
  it('leaves content unmarked when the value is absent or empty', () => {
    expect(splitOnValue('no figure here', '12')).toEqual([{ text: 'no figure here', mark: false }]);
    expect(splitOnValue('text', '')).toEqual([{ text: 'text', mark: false }]);
    expect(splitOnValue('', 'x')).toEqual([]);
  });
  it('treats regex characters in the value literally', () => {
    expect(splitOnValue('cost $1.5m (est.)', '$1.5m (est.)').find((x) => x.mark)?.text).toBe('$1.5m (est.)');
    expect(splitOnValue('a.b', '.*')).toEqual([{ text: 'a.b', mark: false }]);
  });
  it('always reassembles to the content (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (content, value) => {
        const segs = splitOnValue(content, value);
        expect(segs.map((s) => s.text).join('')).toBe(content);
        expect(segs.filter((s) => s.mark).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('safeHttpUrl, formatDate, clip', () => {
  it('only lets http(s) URLs through', () => {
    expect(safeHttpUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(42)).toBeNull();
  });
  it('formats dates in UTC, date-only without time, and says when unknown', () => {
    expect(formatDate('2020-01-14T09:05:00Z')).toBe('14 Jan 2020, 09:05 UTC');
    expect(formatDate('2020-01-14')).toBe('14 Jan 2020');
    expect(formatDate(undefined)).toBe('date unknown');
    expect(formatDate('yesterday-ish')).toBe('date unknown');
  });
  it('clips long text at a word boundary', () => {
    expect(clip('short', 10)).toBe('short');
    const c = clip('one two three four five six seven', 15);
    expect(c.endsWith('…')).toBe(true);
    expect(c.length).toBeLessThanOrEqual(16);
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('parseTarget', () => {
  it('defaults to the active tab', () => expect(parseTarget('')).toEqual({ mode: 'popup' }));
  it('reads ?tab=ID', () => expect(parseTarget('?tab=17')).toEqual({ mode: 'popup', tabId: 17 }));
  it('reads ?url= as the comparison view', () =>
    expect(parseTarget(`?url=${encodeURIComponent('https://news.example/a?b=1#c')}`)).toEqual({ mode: 'compare', url: 'https://news.example/a?b=1#c' }));
  it('rejects bad values with a reason', () => {
    expect(parseTarget('?tab=abc').mode).toBe('invalid');
    expect(parseTarget('?tab=-1').mode).toBe('invalid');
    expect(parseTarget('?url=javascript:alert(1)').mode).toBe('invalid');
  });
  it('knows which pages can be read', () => {
    expect(isReadableUrl('https://x.example/')).toBe(true);
    expect(isReadableUrl('chrome://extensions')).toBe(false);
    expect(isReadableUrl('about:blank')).toBe(false);
    expect(isReadableUrl(undefined)).toBe(false);
  });
});

describe('groupClaimsByActor', () => {
  const actors = [actor('a0', 'Sergei Lavrov', 'Russian Foreign Minister'), actor('a1', 'Khaled al-Mashri')];
  it('groups by actor in order of first claim, claims in text order, unnamed last', () => {
    const claims = [claim('c3', 300, 'a0', 'the minister'), claim('c0', 10, null, null), claim('c1', 100, 'a1', 'Mashri'), claim('c2', 50, 'a0', 'Lavrov')];
    const g = groupClaimsByActor(claims, actors);
    expect(g.map((x) => x.name)).toEqual(['Sergei Lavrov', 'Khaled al-Mashri', 'Unnamed sources']);
    expect(g[0].role).toBe('Russian Foreign Minister');
    expect(g[0].claims.map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(g[2].claims.map((c) => c.id)).toEqual(['c0']);
  });
  it('falls back to the source words when the actor is unknown', () => {
    const g = groupClaimsByActor([claim('c0', 10, 'zz', 'Officials'), claim('c1', 90, null, 'officials')], []);
    expect(g).toHaveLength(1);
    expect(g[0].name).toBe('Officials');
    expect(g[0].claims).toHaveLength(2);
  });
  it('keeps every claim exactly once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5000), fc.constantFrom('a0', 'a1', 'a9', null), fc.constantFrom('X', 'y', null)), { maxLength: 40 }), (rows) => {
        const claims = rows.map(([s, a, src], i) => claim(`c${i}`, s, a, src));
        const ids = groupClaimsByActor(claims, actors).flatMap((g) => g.claims.map((c) => c.id));
        expect(ids.sort()).toEqual(claims.map((c) => c.id).sort());
      }),
    );
  });
});

const meta = {
  url: 'https://www.northwire.example/world/libya-talks?utm=1',
  canonicalUrl: 'https://www.northwire.example/world/libya-talks',
  title: 'Haftar leaves Moscow without signing',
  outlet: { name: 'Northwire', domain: 'northwire.example' },
  authors: [],
  published: '2020-01-14T10:00:00Z',
};
const conflict = (id: string, dismissed = false): Conflict => ({
  id,
  type: 'number',
  topic: 'days Haftar takes to consider the deal',
  explanation: 'Northwire says two days; Harbour Post says four.',
  dismissed,
  sides: [
    { url: 'https://harbourpost.example/libya', outlet: 'Harbour Post', published: '2020-01-14T08:00:00Z', actor: 'Khaled al-Mashri', claimId: 'c4', content: 'Haftar asked for four days', value: 'four days' },
    { url: 'https://www.northwire.example/world/libya-talks', outlet: 'Northwire', published: '2020-01-14T10:00:00Z', actor: 'Russian Defence Ministry', claimId: 'c9', content: 'he is taking two days', value: 'two days' },
  ],
});

describe('conflicts and reports', () => {
  it('recognises this page by visited or canonical URL, ignoring the fragment', () => {
    expect(isThisPage('https://www.northwire.example/world/libya-talks#x', meta)).toBe(true);
    expect(isThisPage('https://harbourpost.example/libya', meta)).toBe(false);
  });
  it('puts open conflicts apart from dismissed ones, this page first in each', () => {
    const { open, dismissed } = orderConflicts([conflict('k1'), conflict('k2', true)], meta);
    expect(open.map((c) => c.id)).toEqual(['k1']);
    expect(dismissed.map((c) => c.id)).toEqual(['k2']);
    expect(open[0].sides[0].outlet).toBe('Northwire');
  });
  it('keeps figures a later report updated apart from contradictions', () => {
    const upd = { ...conflict('k3'), update: true } as Conflict;
    const { open, updates, dismissed } = orderConflicts([conflict('k1'), upd, { ...upd, id: 'k4', dismissed: true }], meta);
    expect(open.map((c) => c.id)).toEqual(['k1']);
    expect(updates.map((c) => c.id)).toEqual(['k3']);
    expect(dismissed.map((c) => c.id)).toEqual(['k4']);
  });
  it('keeps disagreements within this article apart from those with other outlets', () => {
    const mine = conflict('k1').sides[1];
    const within = { ...conflict('k5'), within: true, sides: [{ ...mine, claimId: 'c20' }, { ...mine, claimId: 'c21', value: 'three days' }] } as Conflict;
    const { open, within: inside } = orderConflicts([conflict('k1'), within], meta);
    expect(open.map((c) => c.id)).toEqual(['k1']);
    expect(inside.map((c) => c.id)).toEqual(['k5']);
  });
  it('shows a disagreement within this article once when other outlets take part in it too', () => {
    const mine = conflict('k1').sides[1];
    const denial = { ...mine, claimId: 'c12', actor: 'Khalifa Haftar', content: 'he is not taking any days', value: 'no days' };
    const inside = { ...conflict('k6'), within: true, sides: [mine, denial] } as Conflict;
    const across = { ...conflict('k7'), sides: [...conflict('k1').sides, denial] } as Conflict;
    expect(orderConflicts([across, inside], meta).within).toEqual([]);
    // a side of its own keeps it
    const other = { ...inside, id: 'k8', sides: [mine, { ...denial, claimId: 'c13' }] } as Conflict;
    expect(orderConflicts([across, other], meta).within.map((c) => c.id)).toEqual(['k8']);
  });
  it("uses the stories' stored reports for outlet, title and date of articles without conflicts", () => {
    const view: PageView = {
      state: 'ok',
      meta,
      claims: [],
      actors: [],
      conflicts: [],
      stories: [
        {
          id: 's1',
          articles: ['https://www.northwire.example/world/libya-talks?utm=1', 'https://gazette.example/x'],
          evidence: [],
          reports: [{ url: 'https://gazette.example/x', outlet: 'The Gazette', title: 'Talks end', published: '2020-01-13T09:00:00Z', readAt: 1 }],
        } as PageView['stories'][number],
      ],
      otherArticles: 1,
    };
    const r = reportsOverTime(view);
    expect(r.map((x) => [x.outlet, x.title, x.thisPage])).toEqual([
      ['The Gazette', 'Talks end', false],
      ['Northwire', meta.title, true],
    ]);
    expect(describeArticle('https://www.northwire.example/world/libya-talks?utm=1', r, true).outlet).toBe('Northwire');
    expect(describeArticle('https://gazette.example/x', r, false)).toMatchObject({ outlet: 'The Gazette', title: 'Talks end' });
    expect(describeArticle('https://unknown.example/a', r, false)).toEqual({ outlet: 'unknown.example' });
  });
  it('lists every outlet report oldest first, undated last, this page merged with its conflict side', () => {
    const view: PageView = {
      state: 'ok',
      meta,
      claims: [],
      actors: [],
      conflicts: [conflict('k1')],
      stories: [{ id: 's1', articles: ['https://www.northwire.example/world/libya-talks', 'https://harbourpost.example/libya', 'https://gazette.example/x'], evidence: ['Haftar', 'Moscow'] }],
      otherArticles: 2,
    };
    const r = reportsOverTime(view);
    expect(r.map((x) => x.outlet)).toEqual(['Harbour Post', 'Northwire', 'gazette.example']);
    expect(r[1].thisPage).toBe(true);
    expect(r[1].title).toBe(meta.title);
    expect(r[1].sides.map((s) => s.side.value)).toEqual(['two days']);
    expect(r[0].sides.map((s) => s.side.value)).toEqual(['four days']);
  });
  it('lists a claim disputed by several outlets once in its report', () => {
    const k2: Conflict = { ...conflict('k2'), sides: [{ ...conflict('k2').sides[0]!, url: 'https://gazette.example/x', outlet: 'Gazette', claimId: 'c2', value: 'three days' }, conflict('k2').sides[1]!] };
    const r = reportsOverTime({ state: 'ok', meta, claims: [], actors: [], conflicts: [conflict('k1'), k2], stories: [], otherArticles: 2 });
    expect(r.find((x) => x.thisPage)!.sides.map((s) => s.side.value)).toEqual(['two days']);
    expect(r.filter((x) => !x.thisPage).map((x) => x.sides.map((s) => s.side.value))).toEqual([['four days'], ['three days']]);
  });
});

describe('normalizeView', () => {
  it('fills missing lists and unknown states, drops malformed items', () => {
    const v = normalizeView({ state: 'weird', claims: [null, { id: 'c0' }], conflicts: [{ id: 'x' }], stories: [{ id: 's', articles: [1, 'https://a.example/'] }] });
    expect(v).toMatchObject({ state: 'unknown', claims: [], actors: [], conflicts: [], otherArticles: 0 });
    expect(v?.stories[0]).toMatchObject({ articles: ['https://a.example/'], evidence: [] });
  });
  it('refuses non-objects', () => {
    expect(normalizeView(null)).toBeNull();
    expect(normalizeView('ok')).toBeNull();
    expect(normalizeView([])).toBeNull();
  });
});
