import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index';
import { createBackground } from '../../entrypoints/background/service';
import { StoreUnavailableError } from '../../lib/store';
import { Warmup } from '../../lib/warmup';
import type { PageReport } from '../../lib/protocol';
import type { Claim, PageView } from '../../lib/types';

const ext = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const tab = (id: number, incognito = false) => ({ id: fakeBrowser.runtime.id, url: 'https://northwire.example/a', tab: { id, incognito } });

/** Delivers a message as the browser would, resolving with the listener's sendResponse answer. */
function send(msg: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(msg, sender, resolve).then((results: unknown[]) => {
      if (!results.some((r) => r === true)) resolve(undefined);
    });
  });
}

function claim(id: string, content: string, actorId: string | null): Claim {
  return { id, kind: 'indirect', source: null, actorId, cue: { text: 'said', start: 0, end: 4 }, content: { text: content, start: 10, end: 10 + content.length }, via: null, confidence: 0.8 };
}
const page: PageReport = {
  meta: { url: 'https://northwire.example/a', title: 'Ferry capsizes', outlet: { name: 'NorthWire', domain: 'northwire.example' }, authors: [] },
  claims: [claim('c0', 'the ferry was overloaded', 'a0'), claim('c1', 'the ferry was not overloaded', 'a1'), claim('c2', 'the sea was rough', 'a0'), claim('c3', 'the sea was calm', 'a1')],
  actors: [
    { id: 'a0', key: 'peadar o dalaigh', name: 'Peadar Ó Dálaigh', type: 'person', aliases: [], mentions: [] },
    { id: 'a1', key: 'joost van der wal', name: 'Joost van der Wal', type: 'person', aliases: [], mentions: [] },
  ],
  words: 300,
};

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.restoreAllMocks();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  background.main();
});

describe('a page files claims only under its own site', () => {
  const report = (url: string, canonicalUrl?: string) => ({ type: 'page:report', page: { ...page, meta: { ...page.meta, url, ...(canonicalUrl ? { canonicalUrl } : {}) } } });
  const from = (url: string, frameId = 0) => ({ id: fakeBrowser.runtime.id, url, frameId, tab: { id: 7, incognito: false, url } });

  it('refuses a report whose address or canonical address is on another site than the frame that sent it', async () => {
    const refused: [unknown, object][] = [
      [report('https://rival.example/story'), from('https://northwire.example/a')],
      [report('https://northwire.example/a', 'https://rival.example/story'), from('https://northwire.example/a')],
      // one public suffix, two sites: co.uk, and blogs on a shared hosting domain
      [report('https://www.bbc.co.uk/news/1', 'https://evil.co.uk/news/1'), from('https://www.bbc.co.uk/news/1')],
      [report('https://alice.blogspot.com/p', 'https://bob.blogspot.com/p'), from('https://alice.blogspot.com/p')],
    ];
    for (const [msg, sender] of refused) expect(await send(msg, sender)).toBeUndefined();
    expect(warn.mock.calls.filter((c: unknown[]) => String(c[0]).includes('another site'))).toHaveLength(refused.length);
    expect(((await send({ type: 'page:view', url: 'https://rival.example/story' }, ext())) as PageView).state).toBe('unknown');
  });

  it('stores a report on the sender\'s own site, canonical address on a sibling host included', async () => {
    const res = await send(report('https://m.northwire.example/a?ref=x', 'https://www.northwire.example/a'), from('https://m.northwire.example/a?ref=x'));
    expect(res).toMatchObject({ ok: true, stored: true });
    const news = await send(report('https://news.bbc.co.uk/1', 'https://www.bbc.co.uk/news/1'), from('https://news.bbc.co.uk/1'));
    expect(news).toMatchObject({ ok: true, stored: true });
  });
});

describe('background worker', () => {
  it('refuses unknown, malformed, oversized and mis-sent messages, and keeps answering', async () => {
    const garbage: [unknown, object][] = [
      [null, ext()],
      ['page:view', ext()],
      [{ type: 'nope' }, ext()],
      [{ type: 'page:view' }, ext()],
      [{ type: 'page:view', url: 'x'.repeat(5000) }, ext()],
      [{ type: 'page:report', page: { ...page, claims: [{ id: 1 }] } }, tab(1)],
      [{ type: 'page:view', url: 'https://a.example/', padding: 'x'.repeat(2_100_000) }, ext()],
      [{ type: 'page:report', page }, ext()], // pages are reported by content scripts only
      [{ type: 'data:clear' }, tab(1)], // content scripts cannot manage data
      [{ type: 'data:clear' }, { url: 'https://evil.example/' }],
      [{ type: 'data:clear' }, { ...ext(), id: 'another-extension' }],
    ];
    for (const [msg, sender] of garbage) expect(await send(msg, sender)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(garbage.length);
    expect(String(warn.mock.calls[2][0])).toMatch(/^\[sourcelight\] refused message: unknown message type/);
    const settings = await send({ type: 'settings:get' }, ext());
    expect(settings.enabled).toBe(true);
  });

  it('stores a report, answers page:view, and keeps conflicts within the article off the badge', async () => {
    const res = await send({ type: 'page:report', page }, tab(5));
    expect(res.ok).toBe(true);
    expect(res.stored).toBe(true);
    expect(res.conflicts.map((c: { type: string }) => c.type).sort()).toEqual(['antonym', 'polarity']);
    expect(res.conflicts.every((c: { within?: boolean }) => c.within)).toBe(true);
    expect(res.frames.length).toBeGreaterThan(0);
    // the badge counts disagreements with other outlets only
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');

    const view: PageView = await send({ type: 'page:view', url: 'https://northwire.example/a#comments' }, ext());
    expect(view.state).toBe('ok');
    expect(view.claims).toHaveLength(4);
    expect(view.conflicts).toHaveLength(2);
    expect(view.frames?.length).toBeGreaterThan(0);

    expect(await send({ type: 'conflict:dismiss', conflictId: view.conflicts[0].id, dismissed: true }, ext())).toEqual({ ok: true });
    const again: PageView = await send({ type: 'page:view', url: 'https://northwire.example/a' }, tab(5));
    expect(again.conflicts.filter((c) => c.dismissed)).toHaveLength(1);
  });

  it('stores nothing from private windows', async () => {
    const res = await send({ type: 'page:report', page }, tab(3, true));
    expect(res).toMatchObject({ ok: true, stored: false });
    expect((await send({ type: 'page:view', url: page.meta.url, tabId: 3 }, ext())).state).toBe('storage-off');
    expect(await send({ type: 'data:stats' }, ext())).toMatchObject({ ok: true, articles: 0, claims: 0 });
  });

  it('reports skipped pages by their reason and clears the badge', async () => {
    await send({ type: 'page:report', page }, tab(4));
    expect(await send({ type: 'page:skip', url: 'https://northwire.example/', reason: 'not-article' }, tab(4))).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect((await send({ type: 'page:view', url: 'https://northwire.example/', tabId: 4 }, ext())).state).toBe('not-article');
    await send({ type: 'page:skip', url: 'https://meridian.example/x', reason: 'disabled' }, tab(6));
    expect((await send({ type: 'page:view', url: 'https://meridian.example/x', tabId: 6 }, ext())).state).toBe('disabled');
    expect((await send({ type: 'page:view', url: 'https://never.example/', tabId: 6 }, ext())).state).toBe('unknown');
  });

  it('keeps what a page said of itself to its own tab (issue 13, finding 4)', async () => {
    await send({ type: 'page:report', page }, tab(7));
    // The same URL in a second tab, where the page was found to be off (or not an article).
    await send({ type: 'page:skip', url: page.meta.url, reason: 'disabled' }, tab(8));
    expect((await send({ type: 'page:view', url: page.meta.url, tabId: 8 }, ext())).state).toBe('disabled');
    // The popup opened in a tab of its own names the tab it shows.
    expect((await send({ type: 'page:view', url: page.meta.url, tabId: 8 }, { ...ext(), tab: { id: 99 } })).state).toBe('disabled');
    expect((await send({ type: 'page:view', url: page.meta.url }, tab(8))).state).toBe('disabled');
    // The first tab and the comparison view (no tab) still see the stored article.
    const first: PageView = await send({ type: 'page:view', url: page.meta.url, tabId: 7 }, ext());
    expect(first.state).toBe('ok');
    expect(first.claims).toHaveLength(4);
    expect((await send({ type: 'page:view', url: page.meta.url }, tab(7))).state).toBe('ok');
    expect((await send({ type: 'page:view', url: page.meta.url }, ext())).state).toBe('ok');
    // A tab's state is about the page it showed: after navigating elsewhere it no longer applies.
    await send({ type: 'page:skip', url: 'https://northwire.example/', reason: 'not-article' }, tab(7));
    expect((await send({ type: 'page:view', url: page.meta.url, tabId: 7 }, ext())).state).toBe('ok');
  });

  it('persists settings in storage.local', async () => {
    const next = await send({ type: 'settings:set', settings: { disabledSites: ['News.Example', 'news.example'], retention: { maxArticles: 10, maxAgeDays: 3 } } }, ext());
    expect(next).toEqual({ enabled: true, disabledSites: ['news.example'], retention: { maxArticles: 10, maxAgeDays: 3 } });
    expect(((await fakeBrowser.storage.local.get('settings')) as { settings: unknown }).settings).toEqual(next);
    expect(await send({ type: 'settings:get' }, tab(1))).toEqual(next);
  });

  it('exports in pages, imports in batches (refusing bad files with a reason) and clears', async () => {
    await send({ type: 'page:report', page }, tab(2));
    const exported = await send({ type: 'data:export-page', after: null }, ext());
    expect(exported).toMatchObject({ ok: true, next: null, dismissals: [] });
    expect(exported.articles).toHaveLength(1);
    const importOf = async (articles: string[], header = { format: 'sourcelight-export', version: 1 }) => {
      const { importId } = await send({ type: 'data:import-start', bytes: 1000 }, ext());
      const batch = await send({ type: 'data:import-batch', importId, articles, dismissals: [] }, ext());
      return batch.ok ? send({ type: 'data:import-finish', importId, header }, ext()) : batch;
    };
    expect((await importOf(exported.articles, { format: 'other', version: 1 })).message).toMatch(/not a Sourcelight export/);
    expect((await importOf(['{"readAt":1}'])).message).toMatch(/^Import refused: article 0: aliases invalid/);
    expect(await send({ type: 'data:import-start', bytes: 60 * 2 ** 20 }, ext())).toMatchObject({ ok: false, message: expect.stringMatching(/more than the 50 MB/) });
    expect(await send({ type: 'data:clear' }, ext())).toEqual({ ok: true });
    expect((await send({ type: 'page:view', url: page.meta.url }, ext())).state).toBe('unknown');
    expect(await importOf(exported.articles)).toEqual({ ok: true, articles: 1, pruned: 0 });
    expect((await send({ type: 'page:view', url: page.meta.url }, ext())).claims).toHaveLength(4);
    expect(await send({ type: 'data:stats' }, ext())).toMatchObject({ ok: true, articles: 1, claims: 4 });
  });

  it('tells content scripts the current key of each command', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(<never>[{ name: 'next-claim', shortcut: 'Ctrl+Shift+Y' }, { name: 'toggle-highlights', shortcut: 'Alt+Shift+H' }]);
    expect(await send({ type: 'ui:shortcuts' }, tab(1))).toEqual({ shortcuts: { 'toggle-highlights': 'Alt+Shift+H', 'next-claim': 'Ctrl+Shift+Y', 'previous-claim': 'Alt+Shift+P' } });
  });

  it('opens the comparison view for the hover card', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await send({ type: 'ui:open-compare', url: 'https://northwire.example/a' }, tab(1))).toEqual({ ok: true });
    expect(create.mock.calls[0][0].url).toBe(`${fakeBrowser.runtime.getURL('/popup.html')}?url=${encodeURIComponent('https://northwire.example/a')}`);
  });

  it('never has more than one comparison tab open, however many requests arrive (issue 13, finding 2)', async () => {
    const compareTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.startsWith(fakeBrowser.runtime.getURL('/popup.html')));
    const asks = Array.from({ length: 20 }, (_, i) => send({ type: 'ui:open-compare', url: `https://northwire.example/${i}` }, tab(1)));
    expect(await Promise.all(asks)).toEqual(Array(20).fill({ ok: true }));
    let open = await compareTabs();
    expect(open).toHaveLength(1);
    expect(open[0]!.url).toBe(`${fakeBrowser.runtime.getURL('/popup.html')}?url=${encodeURIComponent('https://northwire.example/19')}`);
    // Gone from the reader's view (navigated elsewhere): the next request opens one again.
    await fakeBrowser.tabs.update(open[0]!.id!, { url: 'https://elsewhere.example/' });
    await send({ type: 'ui:open-compare', url: 'https://northwire.example/a' }, tab(1));
    open = await compareTabs();
    expect(open.map((t) => t.url)).toEqual([`${fakeBrowser.runtime.getURL('/popup.html')}?url=${encodeURIComponent('https://northwire.example/a')}`]);
  });
});

describe('warming up a fresh worker', () => {
  it('runs no warm-up step while it answers a page, and all of them after', async () => {
    let answering = false;
    const during: boolean[] = [];
    const warmup = new Warmup(Array.from({ length: 40 }, () => () => during.push(answering)));
    const bg = createBackground({ warmup, dbName: 'warm-test' });
    void warmup.start();
    answering = true;
    const res = (await bg.handle({ type: 'page:report', page }, tab(1))) as { stored: boolean };
    answering = false;
    await warmup.start();
    expect(res.stored).toBe(true);
    expect(during).toHaveLength(40);
    expect(during).not.toContain(true);
  });
});

describe('the store size a worker leaves for the next one', () => {
  it("a restarted worker's first page does not count the store, and clearing forgets the size", async () => {
    const from = (url: string) => ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: 3, incognito: false, url } });
    const reportAt = (url: string) => ({ type: 'page:report', page: { ...page, meta: { ...page.meta, url } } });
    const first = createBackground({ dbName: 'size-test' });
    for (const k of [1, 2, 3]) expect(((await first.handle(reportAt(`https://northwire.example/${k}`), from(`https://northwire.example/${k}`))) as { stored: boolean }).stored).toBe(true);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('storeSize')).storeSize).toEqual({ db: 'size-test', articles: 3 }));
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    const second = createBackground({ dbName: 'size-test' }); // the worker, stopped and woken
    expect(((await second.handle(reportAt('https://northwire.example/4'), from('https://northwire.example/4'))) as { stored: boolean }).stored).toBe(true);
    expect(count).not.toHaveBeenCalled();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('storeSize')).storeSize).toEqual({ db: 'size-test', articles: 4 }));
    count.mockRestore();
    await second.handle({ type: 'data:clear' }, ext());
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('storeSize')).storeSize).toBeUndefined());
  });
});

describe('background without storage', () => {
  it('answers storage-off and still accepts reports when IndexedDB cannot open', async () => {
    const bg = createBackground({ openStore: () => Promise.reject(new StoreUnavailableError('IndexedDB could not be opened: private mode')) });
    const view = (await bg.handle({ type: 'page:view', url: page.meta.url }, ext())) as PageView;
    expect(view.state).toBe('storage-off');
    expect(view.message).toMatch(/private mode/);
    expect(await bg.handle({ type: 'page:report', page }, tab(9))).toMatchObject({ ok: true, stored: false });
    expect(await bg.handle({ type: 'data:export-page', after: null }, ext())).toMatchObject({ ok: false });
    expect(await bg.handle({ type: 'data:import-start', bytes: 10 }, ext())).toMatchObject({ ok: false });
  });

  it('forwards keyboard commands to the active tab', async () => {
    const bg = createBackground();
    const w = await fakeBrowser.windows.create({ focused: true });
    const t = await fakeBrowser.tabs.create({ windowId: w!.id, url: 'https://northwire.example/a', active: true });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await bg.command('toggle-highlights');
    await bg.command('next-claim');
    await bg.command('previous-claim');
    await bg.command('unknown');
    await bg.command('toString');
    expect(sent.mock.calls).toEqual([[t.id, { type: 'content:toggle' }], [t.id, { type: 'content:next-claim' }], [t.id, { type: 'content:previous-claim' }]]);
  });
});

describe('badges across tabs', () => {
  /** One outlet's report of the ferry story: `content` is the claim other outlets may contradict. */
  const mk = (url: string, outlet: string, content: string, published: string): PageReport => ({
    meta: { url, title: 'Ferry capsizes off Dunmarra, Corran Star toll rises', outlet: { name: outlet, domain: new URL(url).hostname }, authors: [], published },
    claims: [claim('c0', content, 'a0'), claim('c1', 'divers searched the capsized Corran Star ferry hull off Dunmarra', 'a0')],
    actors: [
      { id: 'a0', key: 'dunmarra coastguard', name: 'Dunmarra Coastguard', type: 'organization', aliases: [], mentions: [] },
      { id: 'a1', key: 'estuary link', name: 'Estuary Link', type: 'organization', aliases: [], mentions: [] },
      { id: 'a2', key: 'inish carra', name: 'Inish Carra', type: 'place', aliases: [], mentions: [] },
    ],
    words: 300,
  });
  const on = (id: number, url: string) => ({ ...tab(id), url });

  it('updates the badge of an open page when another outlet disagrees with it', async () => {
    await send({ type: 'page:report', page: mk('https://a.example/1', 'NorthWire', 'the Corran Star ferry was carrying 61 people', '2026-03-14T06:00:00Z') }, on(1, 'https://a.example/1'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    const res = await send({ type: 'page:report', page: mk('https://b.example/2', 'Herald', 'the Corran Star ferry was carrying 68 people', '2026-03-14T09:00:00Z') }, on(2, 'https://b.example/2'));
    expect(res.conflicts).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('1');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('1'));
  });

  it('tells the open tab of the earlier report its new conflicts (marks and card), once, and again after a dismissal', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await send({ type: 'page:report', page: mk('https://a.example/1', 'NorthWire', 'the Corran Star ferry was carrying 61 people', '2026-03-14T06:00:00Z') }, on(1, 'https://a.example/1'));
    await send({ type: 'page:report', page: mk('https://b.example/2', 'Herald', 'the Corran Star ferry was carrying 68 people', '2026-03-14T09:00:00Z') }, on(2, 'https://b.example/2'));
    const toTab = (id: number) => sent.mock.calls.filter((c) => c[0] === id).map((c) => c[1] as { type: string; url: string; conflicts: { id: string; dismissed: boolean }[] });
    await vi.waitFor(() => expect(toTab(1)).toHaveLength(1));
    expect(toTab(1)[0]).toMatchObject({ type: 'content:conflicts', url: 'https://a.example/1' });
    expect(toTab(1)[0]!.conflicts).toHaveLength(1);
    expect(toTab(2)).toHaveLength(0); // the reporting tab has its answer already
    await send({ type: 'conflict:dismiss', conflictId: toTab(1)[0]!.conflicts[0]!.id, dismissed: true }, ext());
    expect(toTab(1).at(-1)!.conflicts[0]!.dismissed).toBe(true);
    expect(toTab(2).at(-1)!.conflicts[0]!.dismissed).toBe(true);
  });
});

describe('a restarted worker (Chrome stops an idle MV3 worker)', () => {
  it('still knows what each tab showed: not an article, off, or which article', async () => {
    const first = createBackground();
    const skip = { id: fakeBrowser.runtime.id, url: 'https://northwire.example/home', tab: { id: 4, incognito: false } };
    await first.handle({ type: 'page:skip', url: 'https://northwire.example/home', reason: 'not-article', message: 'too little text' }, skip);
    await first.handle({ type: 'page:report', page }, tab(5));
    await new Promise((r) => setTimeout(r, 20)); // storage.session writes are queued
    // A fresh worker: nothing in memory, the same browser session.
    const second = createBackground();
    const home = (await second.handle({ type: 'page:view', url: 'https://northwire.example/home', tabId: 4 }, ext())) as PageView;
    expect(home.state).toBe('not-article');
    expect(home.message).toBe('too little text');
    const article = (await second.handle({ type: 'page:view', url: page.meta.url, tabId: 5 }, ext())) as PageView;
    expect(article.state).toBe('ok');
    // A change made before the saved copy is read is not undone by it.
    const third = createBackground();
    third.forgetTab(4);
    const after = (await third.handle({ type: 'page:view', url: 'https://northwire.example/home', tabId: 4 }, ext())) as PageView;
    expect(after.state).not.toBe('not-article');
  });

  it('ignores a damaged saved copy', async () => {
    await fakeBrowser.storage.session.set({ tabStates: [[1, { url: 5 }], 'junk', [2.5, {}], [3, { url: 'https://x.example/', state: 'disabled' }]] });
    const bg = createBackground();
    expect(((await bg.handle({ type: 'page:view', url: 'https://x.example/', tabId: 3 }, ext())) as PageView).state).toBe('disabled');
  });
});
