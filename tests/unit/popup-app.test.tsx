import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useDom } from './preact-dom';
import type { Conflict, PageView, Settings } from '../../lib/types';
import { DEFAULT_SETTINGS } from '../../lib/types';
import type { PopupClient } from '../../components/popup/client';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Target } from '../../components/popup/viewModel';

const dom = useDom();
let root: HTMLElement;

const PAGE = 'https://www.northwire.example/world/libya-talks';
const meta = { url: PAGE, title: 'Haftar leaves Moscow without signing', outlet: { name: 'Northwire', domain: 'northwire.example' }, authors: ['A. Writer'], published: '2020-01-14T10:00:00Z' };
const sp = (text: string, start: number) => ({ text, start, end: start + text.length });
const conflict: Conflict = {
  id: 'k1',
  type: 'number',
  topic: 'days Haftar takes to consider the deal',
  explanation: 'Northwire says two days; Harbour Post says four.',
  dismissed: false,
  sides: [
    { url: 'https://harbourpost.example/libya', outlet: 'Harbour Post', published: '2020-01-14T08:00:00Z', actor: 'Khaled al-Mashri', claimId: 'c4', content: 'Haftar asked for four days to consider', value: 'four days' },
    { url: PAGE, outlet: 'Northwire', published: '2020-01-14T10:00:00Z', actor: 'Russian Defence Ministry', claimId: 'c1', content: 'he is taking two days to discuss it', value: 'two days' },
  ],
};
const okView = (over: Partial<PageView> = {}): PageView => ({
  state: 'ok',
  meta,
  claims: [
    { id: 'c0', kind: 'direct', source: sp('Lavrov', 0), actorId: 'a0', cue: sp('said', 7), content: sp('We will pursue our efforts', 20), via: null, confidence: 0.9 },
    { id: 'c1', kind: 'indirect', source: sp('the ministry', 80), actorId: 'a1', cue: sp('said', 93), content: sp('he is taking two days to discuss it', 100), via: null, confidence: 0.8 },
    { id: 'c2', kind: 'unnamed', source: null, actorId: null, cue: null, content: sp('It was also reported that talks failed', 200), via: null, confidence: 0.5 },
  ],
  actors: [
    { id: 'a0', key: 'sergei lavrov', name: 'Sergei Lavrov', type: 'person', role: 'Russian Foreign Minister', aliases: [], mentions: [] },
    { id: 'a1', key: 'russian defense ministry', name: 'Russian Defence Ministry', type: 'government', aliases: [], mentions: [] },
  ],
  conflicts: [],
  stories: [],
  otherArticles: 0,
  ...over,
});

function fakeClient(views: (PageView | Error)[], tabUrl: string | undefined = PAGE) {
  let settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['northwire.example', 'other.example'] };
  let i = 0;
  const client = {
    tab: vi.fn(async (id?: number) => ({ id: id ?? 7, url: tabUrl })),
    view: vi.fn(async (_url: string) => {
      const v = views[Math.min(i++, views.length - 1)];
      if (v instanceof Error) throw v;
      return structuredClone(v);
    }),
    dismiss: vi.fn(async () => ({ ok: true })),
    focusClaim: vi.fn(async () => ({ ok: true })),
    getSettings: vi.fn(async () => settings),
    setSettings: vi.fn(async (s: Partial<Settings>) => (settings = { ...settings, ...s })),
    reloadTab: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
    openKey: vi.fn(async () => {}),
  } satisfies PopupClient;
  return client;
}

const flush = (times?: number) => dom.flush(times);
async function mount(client: PopupClient, target: Target = { mode: 'popup' }) {
  root = dom.container();
  await act(async () => void render(<PopupApp client={client} target={target} pollMs={1} maxPolls={3} />, root));
  await flush();
  return root;
}
const text = () => root.textContent ?? '';
const buttons = (label: string | RegExp) => [...root.querySelectorAll('button')].filter((b) => (typeof label === 'string' ? b.textContent?.includes(label) : label.test(b.textContent ?? '')));
async function click(el: Element | undefined) {
  expect(el).toBeTruthy();
  await act(async () => void el!.dispatchEvent(new dom.win.Event('click', { bubbles: true })));
  await flush();
}

describe('PopupApp, page view', () => {
  it("shows outlet, title, date and the page's claims grouped by actor", async () => {
    const c = fakeClient([okView()]);
    await mount(c);
    expect(c.view).toHaveBeenCalledWith(PAGE, 7); // the tab, so a framed article is found
    expect(root.querySelector('h1')?.textContent).toBe(meta.title);
    expect(text()).toContain('Northwire');
    expect(text()).toContain('14 Jan 2020');
    const actors = [...root.querySelectorAll('.actor-name')].map((h) => h.textContent);
    expect(actors).toEqual(['Sergei Lavrov, Russian Foreign Minister', 'Russian Defence Ministry', 'Unnamed sources']);
    expect(text()).toContain("No other outlets read yet. Read another outlet's report of this story to compare.");
  });

  it('scrolls the page to a claim when its button is pressed', async () => {
    const c = fakeClient([okView()]);
    await mount(c);
    await click(buttons('We will pursue our efforts')[0]);
    expect(c.focusClaim).toHaveBeenCalledWith(7, 'c0');
    expect(root.querySelector('[role=status]')?.textContent).toContain('Scrolled');
  });

  it('reports a page it cannot reach instead of failing silently', async () => {
    const c = fakeClient([okView()]);
    c.focusClaim.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    await mount(c);
    await click(buttons('We will pursue')[0]);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Receiving end does not exist');
  });

  it('asks about the tab given by ?tab=', async () => {
    const c = fakeClient([okView()]);
    await mount(c, { mode: 'popup', tabId: 42 });
    expect(c.tab).toHaveBeenCalledWith(42);
    await click(buttons('We will pursue')[0]);
    expect(c.focusClaim).toHaveBeenCalledWith(42, 'c0');
  });
});

describe('PopupApp, conflicts', () => {
  it('shows conflicts first, sides side by side with the differing value marked and a link to the other report', async () => {
    await mount(fakeClient([okView({ conflicts: [conflict], otherArticles: 1 })]));
    const conflicts = root.querySelector('.conflicts')!;
    const claims = root.querySelector('.claims')!;
    expect(conflicts.compareDocumentPosition(claims) & 4).toBeTruthy(); // conflicts precede claims
    expect(conflicts.querySelector('h3')?.textContent).toContain('Different figures');
    expect(text()).toContain(conflict.explanation);
    // the values side by side, this page's first; the sentences folded underneath
    const values = [...conflicts.querySelectorAll('.values > li')];
    expect(values.map((v) => v.querySelector('strong')?.textContent)).toEqual(['Northwire', 'Harbour Post']);
    expect(values.map((v) => v.querySelector('mark')?.textContent)).toEqual(['two days', 'four days']);
    expect(conflicts.querySelector('details.conflict-details')?.hasAttribute('open')).toBe(false);
    expect([...conflicts.querySelectorAll('details blockquote mark')].map((m) => m.textContent)).toEqual(['two days', 'four days']);
    const link = conflicts.querySelector('a[href="https://harbourpost.example/libya"]');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(root.querySelector(`a[href="popup.html?url=${encodeURIComponent(PAGE)}"]`)).toBeTruthy();
  });

  it("scrolls the page to this page's side of a conflict", async () => {
    const c = fakeClient([okView({ conflicts: [conflict], otherArticles: 1 })]);
    await mount(c);
    const show = buttons('Show on the page');
    expect(show).toHaveLength(1);
    await click(show[0]);
    expect(c.focusClaim).toHaveBeenCalledWith(7, 'c1');
  });

  it('shows a figure updated by a later report apart, without counting it as a conflict', async () => {
    const upd = { ...conflict, id: 'k2', update: true, explanation: 'Harbour Post later raised the figure.' } as Conflict;
    await mount(fakeClient([okView({ conflicts: [conflict, upd], otherArticles: 1 })]));
    // other outlets first, then the update under its own heading, styled as an update
    expect([...root.querySelectorAll('.conflicts h2')].map((h) => h.textContent)).toEqual(['1 disagreement with other outlets', '1 figure updated since']);
    expect(root.querySelector('#conflicts-title')?.parentElement?.querySelector('.conflict-update')).toBeNull();
    expect(root.querySelector('.updates .conflict-update .conflict-type')?.textContent).toBe('Updated figure');
  });

  it('dismisses a conflict as "not the same thing", collapses it, and undoes', async () => {
    const c = fakeClient([okView({ conflicts: [conflict], otherArticles: 1 })]);
    await mount(c);
    await click(buttons('Not the same thing')[0]);
    expect(c.dismiss).toHaveBeenCalledWith('k1', true);
    expect(root.querySelector('details.dismissed .conflict')).toBeTruthy();
    expect(root.querySelector('#conflicts-title ~ .conflict')).toBeNull();
    expect(root.querySelector('[role=status]')?.textContent).toContain('not the same thing');
    await click(buttons(/^Undo$/)[0]);
    expect(c.dismiss).toHaveBeenLastCalledWith('k1', false);
    expect(root.querySelector('#conflicts-title ~ .conflict')).toBeTruthy();
    expect(root.querySelector('details.dismissed')).toBeNull();
  });

  it('shows one disagreement with several outlets once, every side in it, and dismisses it whole', async () => {
    // The same claim on this page against two other outlets: two pairs, one disagreement.
    const third = { ...conflict.sides[0]!, url: 'https://meridian.example/libya', outlet: 'Meridian', claimId: 'c9', value: 'three days', content: 'Haftar wanted three days' };
    const k2: Conflict = { ...conflict, id: 'k2', explanation: 'Northwire says two days; Meridian says three.', sides: [third, conflict.sides[1]!] };
    const c = fakeClient([okView({ conflicts: [conflict, k2], otherArticles: 2 })]);
    await mount(c);
    expect([...root.querySelectorAll('.conflicts h2')].map((h) => h.textContent)).toEqual(['1 disagreement with other outlets']);
    const cards = root.querySelectorAll('#conflicts-title ~ .conflict');
    expect(cards.length).toBe(1);
    expect([...cards[0]!.querySelectorAll('.values strong')].map((x) => x.textContent)).toEqual(['Northwire', 'Harbour Post', 'Meridian']);
    expect([...cards[0]!.querySelectorAll('.conflict-explanation')].length).toBe(2);
    await click(buttons('Not the same thing')[0]);
    expect(c.dismiss).toHaveBeenCalledWith('k1', true);
    expect(c.dismiss).toHaveBeenCalledWith('k2', true);
    expect(root.querySelector('#conflicts-title ~ .conflict')).toBeNull();
  });

  it('disagreements within the article alone: never headed as other outlets, folded when many', async () => {
    const within = (id: string, a: string, b: string, topic: string): Conflict => ({
      ...conflict, id, topic, within: true,
      sides: [{ ...conflict.sides[1]!, claimId: `${id}a`, value: a }, { ...conflict.sides[1]!, claimId: `${id}b`, value: b }],
    });
    await mount(fakeClient([okView({ conflicts: [within('w1', '1', '2', 'the cargo volumes (percentage)'), within('w2', '3', '4', 'the freight rates (percentage)'), within('w3', '5', '6', 'the depot (number)')] })]));
    const headings = [...root.querySelectorAll('.conflicts h2')].map((h) => h.textContent);
    expect(headings).toEqual(['3 disagreements within this article']);
    expect(text()).not.toMatch(/other (?:outlets|reports)/);
    expect(root.querySelector('.within details')?.hasAttribute('open')).toBe(false);
    // the claims list folds too: one screen of summary before details
    expect(root.querySelector('.claims details')?.hasAttribute('open')).toBe(false);
  });

  it('one entry per measure with every value side by side, and buttons named apart', async () => {
    const second: Conflict = { ...conflict, id: 'k9', sides: [{ ...conflict.sides[1]!, claimId: 'c2', value: 'three days' }, { ...conflict.sides[0]!, url: 'https://meridian.example/x', outlet: 'Meridian', claimId: 'm1', value: 'five days' }] };
    await mount(fakeClient([okView({ conflicts: [conflict, second], otherArticles: 2 })]));
    const cards = root.querySelectorAll('.conflicts .conflict');
    expect(cards.length).toBe(1);
    expect([...cards[0]!.querySelectorAll('.values mark')].map((m) => m.textContent)).toEqual(['two days', 'three days', 'four days', 'five days']);
    const names = buttons('Show on the page').map((b) => b.textContent);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it('puts a dismissal back when the background refuses it', async () => {
    const c = fakeClient([okView({ conflicts: [conflict], otherArticles: 1 })]);
    c.dismiss.mockResolvedValueOnce({ ok: false });
    await mount(c);
    await click(buttons('Not the same thing')[0]);
    expect(root.querySelector('#conflicts-title ~ .conflict')).toBeTruthy();
    expect(root.querySelector('[role=status]')?.textContent).toContain('Could not save');
  });

  it('renders hostile page strings as text only', async () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const hostile: Conflict = { ...conflict, topic: evil, explanation: evil, sides: conflict.sides.map((s) => ({ ...s, outlet: evil, actor: evil, content: evil, value: '<img', url: 'javascript:alert(3)' })) };
    await mount(fakeClient([okView({ meta: { ...meta, title: evil }, conflicts: [hostile] })]));
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(text()).toContain('<img src=x');
  });
});

describe('PopupApp, states', () => {
  it('shows "Reading this page…" while loading and polls until the page is read', async () => {
    const c = fakeClient([{ ...okView(), state: 'reading' }, okView()]);
    root = dom.container();
    await act(async () => void render(<PopupApp client={c} target={{ mode: 'popup' }} pollMs={1} maxPolls={3} />, root));
    expect(text()).toContain('Reading this page…');
    await flush(20);
    expect(c.view.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(root.querySelector('h1')?.textContent).toBe(meta.title);
  });

  it('stops polling after maxPolls and offers to check again', async () => {
    const c = fakeClient([{ ...okView(), state: 'reading' }]);
    await mount(c);
    await flush(30);
    expect(c.view.mock.calls.length).toBe(4);
    expect(buttons('Check again')).toHaveLength(1);
  });

  it('explains a page that is not an article', async () => {
    await mount(fakeClient([{ ...okView(), state: 'not-article', message: 'not readerable' }]));
    expect(root.querySelector('h1')?.textContent).toBe('This is not a news article');
    // the reader's explanation, not the page reader's internal reason
    expect(text()).not.toContain('readerable');
  });

  it('says plainly that a page in another language is not read, and lists no claims', async () => {
    const { notEnglishMessage } = await import('../../lib/article/language');
    await mount(fakeClient([{ ...okView(), state: 'unsupported', message: notEnglishMessage('fr') }]));
    expect(root.querySelector('h1')?.textContent).toBe("Sourcelight can't read this page");
    expect(text()).toContain('Sourcelight reads English; this page is in French.');
    expect(text()).not.toContain(okView().claims[0]?.content.text ?? 'no claims');
  });

  it('turns Sourcelight back on for a disabled site', async () => {
    const c = fakeClient([{ ...okView(), state: 'disabled' }, okView()]);
    await mount(c);
    expect(root.querySelector('h1')?.textContent).toBe('Sourcelight is off on northwire.example');
    await click(buttons('Turn on for northwire.example')[0]);
    expect(c.setSettings).toHaveBeenCalledWith({ enabled: true, disabledSites: ['other.example'] });
    expect(c.reloadTab).toHaveBeenCalledWith(7);
    expect(root.querySelector('h1')?.textContent).toBe(meta.title);
  });

  it('turns Sourcelight off for this site from the page view, at once, naming the site as the options page does', async () => {
    const c = fakeClient([okView({ conflicts: [conflict], otherArticles: 1 })]);
    await c.setSettings({ disabledSites: ['other.example'] });
    c.setSettings.mockClear();
    // the page's reload never finishes here: what the popup shows cannot come from a later answer
    c.reloadTab.mockImplementation(() => new Promise(() => {}));
    await mount(c);
    expect(root.querySelector('.conflicts')).toBeTruthy();
    await click(buttons('Turn Sourcelight off on northwire.example')[0]);
    expect(c.setSettings).toHaveBeenCalledWith({ disabledSites: ['other.example', 'northwire.example'] });
    expect(c.reloadTab).toHaveBeenCalledWith(7);
    expect(root.querySelector('h1')?.textContent).toBe('Sourcelight is off on northwire.example');
    expect(root.querySelector('.conflicts')).toBeNull();
  });

  it('keeps claims but warns when storage is unavailable', async () => {
    await mount(fakeClient([{ ...okView(), state: 'storage-off' }]));
    expect(text()).toContain('Storage is unavailable');
    expect(text()).toContain('Highlights still work');
    expect(root.querySelectorAll('button.claim')).toHaveLength(3);
  });

  it('does not ask the background about browser pages', async () => {
    const c = fakeClient([okView()], 'chrome://extensions/');
    await mount(c);
    expect(c.view).not.toHaveBeenCalled();
    expect(root.querySelector('h1')?.textContent).toBe("Sourcelight can't read this page");
  });

  it('shows the reason of an error and retries', async () => {
    const c = fakeClient([new Error('Could not establish connection'), okView()]);
    await mount(c);
    expect(root.querySelector('h1')?.textContent).toBe('Something went wrong');
    expect(text()).toContain('Could not establish connection');
    await click(buttons('Try again')[0]);
    expect(root.querySelector('h1')?.textContent).toBe(meta.title);
  });

  it('explains an invalid link', async () => {
    await mount(fakeClient([okView()]), { mode: 'invalid', reason: 'bad link' });
    expect(text()).toContain('bad link');
  });

  it('says when other reports agree', async () => {
    await mount(fakeClient([okView({ otherArticles: 2 })]));
    expect(text()).toContain('2 other reports of this story read; no disagreements found.');
  });
});

describe('Comparison view (?url=)', () => {
  it('shows stories with evidence, reports over time and conflicts, without page buttons', async () => {
    const view = okView({
      conflicts: [conflict],
      otherArticles: 2,
      stories: [{ id: 's1', articles: [PAGE, 'https://harbourpost.example/libya', 'https://gazette.example/story'], evidence: ['NorthWire ↔ Harbour Post: both name Haftar, Moscow', 'published within 6 hours'] }],
    });
    const c = fakeClient([view]);
    await mount(c, { mode: 'compare', url: PAGE });
    expect(c.tab).not.toHaveBeenCalled();
    expect(c.view).toHaveBeenCalledWith(PAGE, undefined); // no tab: the comparison is about the URL only
    expect(text()).toContain('both name Haftar, Moscow');
    const timeline = [...root.querySelectorAll('.timeline-list > li strong')].map((s) => s.textContent);
    expect(timeline).toEqual(['Harbour Post', 'Northwire', 'gazette.example']);
    expect(root.querySelector('.conflicts .conflict')).toBeTruthy();
    expect(root.querySelectorAll('button.claim')).toHaveLength(0);
    expect(root.querySelectorAll('.claims .claim')).toHaveLength(3);
  });
});

describe('PopupApp, an article in a frame', () => {
  it('says the article comes from a frame when the tab shows another page', async () => {
    const framed = { ...meta, url: 'https://embed.example/story' };
    await mount(fakeClient([okView({ meta: framed })], 'https://portal.example/front'));
    expect(root.querySelector('.page-header')?.textContent).toContain('From a frame on this page (embed.example)');
  });
  it('says nothing of frames for the tab\'s own article', async () => {
    await mount(fakeClient([okView()]));
    expect(root.querySelector('.page-header')?.textContent).not.toContain('frame');
  });
});
