// The background with content scripts in frames: a frame's article shows for its tab only when the
// top page has none, and a frame never speaks for the tab otherwise.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index';
import { validateMessage, type PageReport } from '../../lib/protocol';
import type { Claim, PageView } from '../../lib/types';

const TOP = 'https://partner.example/story';
const FRAMED = 'https://northwire.example/a';

const ext = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
/** A content script's sender: the top frame (0) or a frame of tab `tabId` showing `TOP`. */
const from = (tabId: number, frameId: number, url: string) => ({ id: fakeBrowser.runtime.id, url, frameId, tab: { id: tabId, url: TOP } });

function send(msg: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(msg, sender, resolve).then((results: unknown[]) => {
      if (!results.some((r) => r === true)) resolve(undefined);
    });
  });
}

function claim(id: string, content: string, actorId: string): Claim {
  return { id, kind: 'indirect', source: null, actorId, cue: { text: 'said', start: 0, end: 4 }, content: { text: content, start: 10, end: 10 + content.length }, via: null, confidence: 0.8 };
}
const actors = [
  { id: 'a0', key: 'peadar o dalaigh', name: 'Peadar Ó Dálaigh', type: 'person', aliases: [], mentions: [] },
  { id: 'a1', key: 'joost van der wal', name: 'Joost van der Wal', type: 'person', aliases: [], mentions: [] },
] as PageReport['actors'];
/** Another outlet's report of the same story, read first in another tab: the framed article's
 *  "overloaded" and "rough" disagree with it (two open conflicts on the badge). */
const rival: PageReport = {
  meta: { url: 'https://herald.example/ferry', title: 'Ferry capsizes off Dunmarra', outlet: { name: 'Herald', domain: 'herald.example' }, authors: [] },
  claims: [claim('r0', 'the ferry was not overloaded', 'a1'), claim('r1', 'the sea was calm', 'a1')],
  actors,
  words: 250,
};
/** The framed article: two claims that contradict each other (within the article: not on the badge)
 *  and two that contradict the rival outlet's report. */
const framed: PageReport = {
  meta: { url: FRAMED, title: 'Ferry capsizes', outlet: { name: 'NorthWire', domain: 'northwire.example' }, authors: [] },
  claims: [claim('c0', 'the ferry was overloaded', 'a0'), claim('c1', 'the ferry was not overloaded', 'a1'), claim('c2', 'the sea was rough', 'a0'), claim('c3', 'the sea was calm', 'a1')],
  actors,
  words: 300,
};
/** Another article, with one claim and no conflict. */
const own: PageReport = {
  meta: { url: 'https://partner.example/embed', title: 'Harvest festival opens', outlet: { name: 'Partner', domain: 'partner.example' }, authors: [] },
  claims: [claim('d0', 'the festival would open on Friday', 'a0')],
  actors,
  words: 200,
};

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const viewOf = (url: string, tabId?: number): Promise<PageView> => send({ type: 'page:view', url, ...(tabId !== undefined ? { tabId } : {}) }, ext());

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  background.main();
  await send({ type: 'page:report', page: rival }, from(9, 0, rival.meta.url));
});

describe('articles in frames', () => {
  it('a page that is no article shows the article of its frame (badge and popup), whichever speaks first', async () => {
    await send({ type: 'page:skip', url: TOP, reason: 'not-article' }, from(1, 0, TOP));
    expect((await send({ type: 'page:report', page: framed }, from(1, 7, FRAMED))).stored).toBe(true);
    // Frame first, then the top page finds it is none: the frame's article stays.
    expect((await send({ type: 'page:report', page: framed }, from(2, 3, FRAMED))).stored).toBe(true);
    await send({ type: 'page:skip', url: TOP, reason: 'not-article' }, from(2, 0, TOP));
    for (const tabId of [1, 2]) {
      expect(await badge(tabId)).toBe('2');
      const view = await viewOf(TOP, tabId);
      expect(view.state).toBe('ok');
      expect(view.claims.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3']);
    }
    // Asked by the top page itself (no popup tab), its own URL is what it is: no article.
    expect((await send({ type: 'page:view', url: TOP }, from(1, 0, TOP))).state).toBe('not-article');
  });

  it("a frame's article never replaces the top page's own, and a frame's skip says nothing about the tab", async () => {
    const ad = 'https://ads.example/slot';
    await send({ type: 'page:report', page: { ...framed, meta: { ...framed.meta, url: TOP } } }, from(1, 0, TOP));
    expect(await badge(1)).toBe('2');
    expect((await send({ type: 'page:report', page: own }, from(1, 4, 'https://partner.example/embed'))).stored).toBe(true);
    await send({ type: 'page:skip', url: ad, reason: 'not-article' }, from(1, 5, ad));
    expect(await badge(1)).toBe('2');
    const view = await viewOf(TOP, 1);
    expect(view.state).toBe('ok');
    expect(view.claims.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect((await viewOf(ad)).state).toBe('unknown');
    // The frame's article was still stored under its own URL.
    expect((await viewOf(own.meta.url)).claims.map((c) => c.id)).toEqual(['d0']);
  });

  it('the top frame moving to another page drops the previous page\'s frame article', async () => {
    await send({ type: 'page:report', page: framed }, from(1, 2, FRAMED));
    expect(await badge(1)).toBe('2');
    await send({ type: 'page:skip', url: 'https://partner.example/other', reason: 'not-article' }, from(1, 0, 'https://partner.example/other'));
    expect(await badge(1)).toBe('');
    expect((await viewOf(TOP, 1)).state).not.toBe('ok');
  });

  it('page:view accepts an optional integer tab id only', () => {
    expect(validateMessage({ type: 'page:view', url: TOP, tabId: 3 }).ok).toBe(true);
    expect(validateMessage({ type: 'page:view', url: TOP }).ok).toBe(true);
    for (const tabId of ['3', -1, 1.5, null]) expect(validateMessage({ type: 'page:view', url: TOP, tabId }).ok).toBe(false);
  });
});
