import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useDom } from './preact-dom';
import type { Actor, Claim, Conflict, Frame } from '../../lib/types';
import { HoverCard } from '../../components/card/HoverCard';
import { announce, conflictsFor } from '../../components/card/describe';

const dom = useDom();

const URL_A = 'http://www.harbourgazette.example/news/a.html';
const sp = (text: string, start = 0) => ({ text, start, end: start + text.length });
const claim: Claim = { id: 'c1', kind: 'direct', source: sp('the minister'), actorId: 'a0', cue: sp('said'), content: sp('The sea was calm <script>alert(1)</script><img src=x onerror=alert(2)>'), via: sp('Libya al-Ahrar TV'), confidence: 0.9 };
const actor: Actor = { id: 'a0', key: 'sergei lavrov', name: 'Sergei Lavrov', type: 'person', role: 'Russian Foreign Minister', aliases: ['the minister'], mentions: [] };
const conflict = (dismissed: boolean): Conflict => ({
  id: 'x1', type: 'antonym', topic: 'sea state', explanation: 'One report says the sea was calm, another that it was rough.', dismissed,
  sides: [
    { url: URL_A, outlet: 'Harbour Gazette', actor: 'Sergei Lavrov', claimId: 'c1', content: claim.content.text, value: 'calm' },
    { url: 'http://news.bcn.example/b.html', outlet: 'BCN News <b>', actor: 'Rashid bin Saleh', claimId: 'c4', content: 'the sea turned rough', value: 'rough <i>x</i>' },
  ],
});

function show(conflicts: Conflict[], frames: Frame[] = []) {
  const root = dom.container();
  const onCompare = vi.fn();
  act(() => void render(<HoverCard claim={claim} actor={actor} url={URL_A} conflicts={conflicts} frames={frames} onCompare={onCompare} onKey={() => {}} onClose={() => {}} />, root));
  return { root, onCompare };
}

describe('hover card', () => {
  it('says who said it, in what role, how and through whom', () => {
    const { root } = show([]);
    const t = root.textContent ?? '';
    for (const s of ['Sergei Lavrov', 'Russian Foreign Minister', 'Person', 'Direct quote', 'said', 'via Libya al-Ahrar TV']) expect(t).toContain(s);
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Claim by Sergei Lavrov');
  });

  it('renders page strings as text, never as markup', () => {
    const { root } = show([conflict(false)]);
    expect(root.querySelector('script, img, i')).toBeNull();
    expect([...root.querySelectorAll('b')].map((b) => b.textContent)).toEqual(['BCN News <b>']); // our own <b>, the page's as text
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('BCN News <b>');
  });

  it("shows the other outlet's differing value, and hides dismissed conflicts", () => {
    expect(show([conflict(false)]).root.querySelector('mark')?.textContent).toBe('rough <i>x</i>');
    expect(show([conflict(false)]).root.textContent).toContain('Other outlets report it differently');
    expect(show([conflict(true)]).root.textContent).not.toContain('report it differently');
    expect(conflictsFor(claim, 'http://elsewhere.example/', [conflict(false)])).toEqual([]);
  });

  it('shows a later report\'s figure as an update, never as a contradiction', () => {
    const upd: Conflict = { ...conflict(false), id: 'u1', type: 'number', update: true, topic: 'number of dead' };
    const t = show([upd]).root.textContent ?? '';
    expect(t).toContain('Updated since');
    expect(t).not.toContain('report it differently');
  });

  it('shows a disagreement with several outlets once, with each outlet\'s version', () => {
    const base = conflict(false);
    const mineSide = base.sides.find((s) => s.url === URL_A && s.claimId === claim.id)!;
    const other = base.sides.find((s) => s !== mineSide)!;
    const third: Conflict = { ...base, id: 'x2', topic: base.topic, explanation: 'Another outlet says stormy.', sides: [mineSide, { ...other, url: 'http://third.example/a', outlet: 'Third Post', claimId: 'c7', value: 'stormy' }] };
    const { root } = show([base, third]);
    expect(root.querySelectorAll('.conflicts li').length).toBe(1);
    expect([...root.querySelectorAll('.other b')].map((b) => b.textContent)).toEqual([other.outlet, 'Third Post']);
    expect(root.querySelector('.ctype')?.textContent).toBe('Opposite words');
  });

  it('shows what the claim says (its frame), why two reports were compared, and keeps this article apart from other outlets', () => {
    const frame: Frame = { ref: 'c1', kind: 'claim', event: 'story', measure: 'dead', scope: 'place:hatay', time: '2026-04-06', modality: 'count', value: { lo: 12, hi: null, unit: null, text: 'at least 12' }, sentence: { start: 0, end: 10 }, span: { start: 0, end: 5 }, label: 'the number of dead in Hatay' };
    const across: Conflict = { ...conflict(false), reason: 'both report the number of dead in Hatay on 6 Apr, as counts', sides: [conflict(false).sides[0], { ...conflict(false).sides[1], own: true, actor: null }] };
    const within: Conflict = { ...conflict(false), id: 'x9', within: true, topic: 'sea', sides: [conflict(false).sides[0], { ...conflict(false).sides[0], claimId: 'c5', actor: 'Mihai', value: 'stormy' }] };
    const { root } = show([across, within], [frame]);
    const t = root.textContent ?? '';
    expect(root.querySelector('.frames')?.textContent).toBe('Number of dead in Hatay: at least 12 (count, 6 Apr)');
    expect(t).toContain('Compared because both report the number of dead in Hatay on 6 Apr, as counts.');
    expect(t).toContain('BCN News <b> (own reporting)');
    expect([...root.querySelectorAll('.sect')].map((x) => x.textContent)).toEqual(['Other outlets report it differently', 'Within this article']);
  });

  it('announces a claim in one sentence for screen readers', () => {
    expect(announce(claim, actor, 3, 21)).toMatch(/^Claim 3 of 21\. Sergei Lavrov, via Libya al-Ahrar TV, direct quote: The sea was calm/);
    expect(announce({ ...claim, kind: 'unnamed', source: null, via: null }, undefined, 1, 1)).toMatch(/^Claim 1 of 1\. Unnamed source, unnamed source:/);
    // Screen-reader users hear the disagreement the card shows.
    expect(announce(claim, actor, 3, 21, URL_A, [conflict(false)])).toMatch(/Reported differently: BCN News <b>: rough <i>x<\/i>\.$/);
    expect(announce(claim, actor, 3, 21, URL_A, [conflict(true)])).not.toMatch(/Reported differently/);
  });
});
