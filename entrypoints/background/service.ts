// The background worker's message handling: validates every request, checks who sent it, and
// answers from the store. Never throws into the messaging layer and never leaves a caller hanging.
import { browser } from 'wxt/browser';
import { validateMessage, type Message, type RequestType, type Response } from '../../lib/protocol';
import { normalizeUrl, openStore, StoreInputError, type Store } from '../../lib/store';
import { StoreHolder, type ActiveName } from '../../lib/store/holder';
import { ExportReadAhead } from '../../lib/store/read-ahead';
import { DEFAULT_SETTINGS, type PageView } from '../../lib/types';
import { extract } from '../../lib/extract';
import type { Warmup } from '../../lib/warmup';
import { readCopyHtml } from '../../lib/article/read-copy';
import { openConflicts, setBadge } from './badge';
import { refusal, senderKind, type SenderInfo } from './senders';
import { offSite } from './sites';
import { loadSettings, saveSettings } from './settings';
import { TabMemory } from './tab-memory';
import { COMMANDS, effectiveShortcuts } from '../../lib/shortcuts';
import { siteIsOff } from '../../lib/sites';

const hostnameOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** Where the worker leaves the store's size for the next one: { db, articles }. */
const SIZE_KEY = 'storeSize';
/** Retention runs at start and then after this many stored pages. */
const PRUNE_EVERY = 25;
/** Recent store timings kept for data:stats (the store benchmark reads them in real browsers). */
const TIMINGS_KEPT = 500;
/** Export pages of about this many characters (well under every browser's message limit). */
const EXPORT_PAGE_CHARS = 2_000_000 * 0.75;

/** The name of the database in use, in the extension's storage (an import switches it). */
const activeDbName: ActiveName = {
  async get() {
    const v = (await browser.storage.local.get('activeDb')).activeDb;
    return typeof v === 'string' ? v : null;
  },
  async set(name) {
    await browser.storage.local.set({ activeDb: name });
  },
};

interface TabState {
  url: string;
  state: PageView['state'];
  message?: string;
}

/** The article a tab shows: its top frame's (frameId 0) or, when the top page is none, a frame's. */
interface TabArticle {
  url: string;
  frameId: number;
  /** The top page's URL when a frame reported it: the frame's article is the tab's while that page stays. */
  topUrl: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTabState = (v: unknown): v is TabState => isObj(v) && typeof v.url === 'string' && typeof v.state === 'string';
const isTabArticle = (v: unknown): v is TabArticle => isObj(v) && typeof v.url === 'string' && typeof v.frameId === 'number' && typeof v.topUrl === 'string';

export interface BackgroundOptions {
  openStore?: (name: string) => Promise<Store>;
  dbName?: string;
  /** Steps the worker runs when it starts, held back while it answers a request. */
  warmup?: Warmup;
}

export interface Background {
  /** Checks a raw message and its sender (synchronously); null when refused, with a logged reason. */
  accept(raw: unknown, sender: SenderInfo): Message | null;
  /** Answers an accepted message. Never rejects: failures become a typed negative answer. */
  answer(msg: Message, sender: SenderInfo): Promise<unknown>;
  /** Both steps; undefined when refused. */
  handle(raw: unknown, sender: SenderInfo): Promise<unknown>;
  /** A tab closed: forget what we knew about it. */
  forgetTab(tabId: number): void;
  /** A keyboard command: forwarded to the active tab's content script. */
  command(name: string): Promise<void>;
}

function emptyView(state: PageView['state'], message: string): PageView {
  return { state, claims: [], actors: [], conflicts: [], stories: [], otherArticles: 0, message };
}

function refuse(reason: string): null {
  console.warn(`[sourcelight] refused message: ${reason}`);
  return null;
}

/** The answer when a handler fails unexpectedly, shaped like that request's response. */
function failure(type: RequestType, message: string): unknown {
  if (type === 'page:view') return emptyView('unknown', message);
  if (type === 'settings:get' || type === 'settings:set') return DEFAULT_SETTINGS;
  if (type === 'page:report') return { ok: false, stored: false, conflicts: [], message };
  if (type === 'page:extract') return { ok: false, claims: [], actors: [], message };
  if (type === 'page:readability') return { ok: false, blocks: null, message };
  return { ok: false, message };
}

export function createBackground(options: BackgroundOptions = {}): Background {
  let holder: StoreHolder | null = null;
  const exportAhead = new ExportReadAhead(EXPORT_PAGE_CHARS);
  /** The holder's store; changes when an import is committed or the data cleared. */
  let store: Store | null = null;
  let storeProblem = '';
  const timings = { ingestMs: [] as number[], viewMs: [] as number[] };
  const timed = async <T>(list: number[], run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      list.push(performance.now() - t0);
      if (list.length > TIMINGS_KEPT) list.splice(0, list.length - TIMINGS_KEPT);
    }
  };
  const ready = StoreHolder.open(activeDbName, options.dbName, options.openStore)
    .then((h) => {
      holder = h;
      store = h.store;
    })
    .catch((e: unknown) => {
      storeProblem = e instanceof Error ? e.message : String(e);
    });
  /** Per tab: the top frame's last skip, or that the tab is private (nothing stored). Its reports clear it. */
  const tabs = new TabMemory<TabState>('tabStates', isTabState);
  /** Per tab: the article it shows, for its badge (refreshed when conflicts change) and popup. */
  const reported = new TabMemory<TabArticle>('tabArticles', isTabArticle);
  /** Both survive a restart of the worker; read them before answering about a tab. */
  const remembered = Promise.all([tabs.loaded, reported.loaded]);
  /** Content scripts run in frames too; a frame's messages never replace what the top frame said. */
  const frameOf = (sender: SenderInfo) => sender.frameId ?? 0;
  let sincePrune = 0;

  let compareQueue: Promise<unknown> = Promise.resolve();
  /** Opens the comparison view for `url`, or points the already open one at it (found by its
   *  address, so a restarted worker still finds it). */
  /** One step of an import: a failure comes back as the reader's message, never as a thrown error. */
  async function importStep<T extends object>(step: (h: StoreHolder) => Promise<T>): Promise<({ ok: true } & T) | { ok: false; message: string }> {
    await ready;
    if (!holder) return { ok: false, message: storageOffMessage() };
    try {
      return { ok: true, ...(await step(holder)) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }

  async function showCompare(url: string): Promise<void> {
    const base = browser.runtime.getURL('/popup.html');
    const page = `${base}?url=${encodeURIComponent(url)}`;
    const open = (await browser.tabs.query({})).find((t) => t.id !== undefined && t.url?.startsWith(`${base}?url=`));
    if (open?.id === undefined) {
      await browser.tabs.create({ url: page });
      return;
    }
    await browser.tabs.update(open.id, { url: page, active: true });
    if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true }).catch(() => undefined);
  }

  const storageOffMessage = () => `Cross-references are off: storage is unavailable (${storeProblem || 'unknown reason'}). Highlights still work.`;

  async function prune(recount = false): Promise<void> {
    if (!store) return;
    sincePrune = 0;
    try {
      await store.prune((await loadSettings()).retention, Date.now(), recount);
      await rememberSize();
    } catch (e) {
      console.warn('[sourcelight] retention failed', e);
    }
  }
  // A count of the store walks every record (a second or more at 10,000 articles in Chromium), and
  // the first page a woken worker stores needs the size: the worker before it left it in storage.
  let sizeSaved = -1;
  async function rememberSize(): Promise<void> {
    const articles = store?.knownSize() ?? null;
    if (!holder || (articles ?? -1) === sizeSaved) return;
    sizeSaved = articles ?? -1;
    await (articles === null ? browser.storage.local.remove(SIZE_KEY) : browser.storage.local.set({ [SIZE_KEY]: { db: holder.dbName, articles } }));
  }
  const sized = ready.then(async () => {
    const size: unknown = ((await browser.storage.local.get(SIZE_KEY).catch(() => ({}))) as Record<string, unknown>)[SIZE_KEY];
    if (store && holder && isObj(size) && size.db === holder.dbName && typeof size.articles === 'number') store.assumeSize(size.articles);
  });
  void sized.then(() => prune());

  /** What each open tab's page was last told of its conflicts, so only changed tabs are told again. */
  const told = new Map<number, string>();
  /** Every open tab of an article whose conflicts changed (another outlet's report landed, a
   *  dismissal) gets its badge and, in its page, its marks and card refreshed without a reload. */
  async function refreshTabs(except?: number): Promise<void> {
    for (const [tabId, { url, frameId }] of reported.entries()) {
      if (tabId === except) continue;
      const view = store ? await store.view(url) : null;
      const conflicts = view?.conflicts ?? [];
      await setBadge(tabId, openConflicts(conflicts, url));
      const sig = conflicts.map((c) => `${c.id}:${c.dismissed}`).join(',');
      if (told.get(tabId) === sig) continue;
      told.set(tabId, sig);
      // the tab may have closed or navigated: nothing to refresh there
      await Promise.resolve().then(() => browser.tabs.sendMessage(tabId, { type: 'content:conflicts', url, conflicts }, { frameId })).catch(() => undefined);
    }
  }

  type Handlers = { [K in RequestType]: (m: Message<K>, sender: SenderInfo) => Promise<Response<K>> };
  const handlers: Handlers = {
    async 'page:report'(m, sender) {
      await sized;
      const tabId = sender.tab?.id ?? -1;
      const frameId = frameOf(sender);
      if (frameId === 0) tabs.delete(tabId);
      const storageOff = (message: string) => {
        if (frameId === 0) tabs.set(tabId, { url: normalizeUrl(m.page.meta.url), state: 'storage-off', message });
        return { ok: true, stored: false, conflicts: [], message };
      };
      if (sender.tab?.incognito) return storageOff('Private window: nothing is stored, so cross-references are off. Highlights still work.');
      if (!store) return storageOff(storageOffMessage());
      try {
        const [h, at] = [holder!, Date.now()];
        const { url, conflicts, frames } = await timed(timings.ingestMs, () => h.write((s) => s.ingest(m.page, at)));
        // Stored either way; it becomes the tab's article unless the top frame has one of its own.
        const current = reported.get(tabId);
        if (frameId !== 0 && current?.frameId === 0) return { ok: true, stored: true, conflicts, frames };
        reported.set(tabId, { url, frameId, topUrl: normalizeUrl(sender.tab?.url ?? m.page.meta.url) });
        told.set(tabId, conflicts.map((c) => `${c.id}:${c.dismissed}`).join(','));
        await setBadge(tabId, openConflicts(conflicts, url));
        // this report may disagree with pages open in other tabs: their badges, marks and cards change too
        void refreshTabs(tabId);
        // every so often the store is counted again, in case a remembered size drifted
        if (++sincePrune >= PRUNE_EVERY) void prune(true);
        return { ok: true, stored: true, conflicts, frames };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        console.warn('[sourcelight] could not store page:', message);
        return { ok: e instanceof StoreInputError ? false : true, stored: false, conflicts: [], message };
      }
    },

    async 'page:extract'(m) {
      // Not capped: the page paints every claim and caps only what it reports for storage.
      const r = extract(m.text, m.meta);
      return { ok: true, claims: r.claims, actors: r.actors };
    },

    async 'page:readability'(m) {
      return { ok: true, blocks: readCopyHtml(m.html) };
    },

    async 'page:skip'(m, sender) {
      if (frameOf(sender) !== 0) return { ok: true }; // a frame without an article says nothing about the tab
      const tabId = sender.tab?.id ?? -1;
      const url = normalizeUrl(m.url);
      const state = m.reason === 'disabled' ? 'disabled' : m.reason === 'error' ? 'unknown' : m.reason === 'not-english' ? 'unsupported' : 'not-article';
      tabs.set(tabId, { url, state, ...(m.message ? { message: m.message } : {}) });
      // A frame's article (reported before the top page was found to be none) stays while that page does.
      const current = reported.get(tabId);
      if (current && current.frameId !== 0 && current.topUrl === url) return { ok: true };
      reported.delete(tabId);
      await setBadge(tabId, 0);
      return { ok: true };
    },

    async 'page:view'(m, sender) {
      await ready;
      await remembered;
      const shown = m.tabId !== undefined ? reported.get(m.tabId) : undefined;
      const asked = normalizeUrl(m.url);
      // The tab's page is no article but a frame in it holds one: that is what the popup shows.
      const url = shown && shown.frameId !== 0 && shown.topUrl === asked ? shown.url : asked;
      if (sender.tab?.incognito) return emptyView('storage-off', 'Private window: nothing is stored, so cross-references are off.');
      // What this tab's page said of itself (off, not an article, private): another tab showing the
      // same URL has its own state, and a view asked for no tab (the comparison view) has none.
      const tabId = m.tabId ?? sender.tab?.id; // the popup names its tab; a content script is in its own
      // Turned off for the tab's site: says so at once, before the reloaded page reports anything.
      if (m.tabId !== undefined && siteIsOff(await loadSettings(), hostnameOf(m.url))) return emptyView('disabled', '');
      const skipped = tabId !== undefined ? tabs.get(tabId) : undefined;
      if (skipped && skipped.url === url) return emptyView(skipped.state, skipped.message ?? '');
      const s = store;
      if (!s) return emptyView('storage-off', storageOffMessage());
      return timed(timings.viewMs, () => s.view(url));
    },

    async 'conflict:dismiss'(m) {
      await ready;
      if (!store || !holder) return { ok: false };
      await holder.write((s) => s.dismiss(m.conflictId, m.dismissed));
      await refreshTabs();
      return { ok: true };
    },

    async 'settings:get'() {
      return loadSettings();
    },

    async 'settings:set'(m) {
      const next = await saveSettings(m.settings);
      if (m.settings.retention) void prune();
      return next;
    },

    async 'data:export-page'(m) {
      await ready;
      if (!store) return { ok: false, articles: [], next: null, message: storageOffMessage() };
      const page = await exportAhead.page(store, m.after);
      return { ok: true, ...page, ...(page.next ? {} : { dismissals: await store.dismissals() }) };
    },

    'data:import-start': (m) => importStep(async (h) => ({ importId: await h.beginImport(m.bytes) })),

    'data:import-batch': (m) => importStep(async (h) => {
      await h.importBatch(m.importId, m.articles, m.dismissals);
      return {};
    }),

    'data:import-finish': (m) => importStep(async (h) => {
      const done = await h.finishImport(m.importId, m.header, (await loadSettings()).retention);
      store = h.store;
      await refreshTabs();
      return done;
    }),

    async 'data:import-cancel'(m) {
      await ready;
      await holder?.cancelImport(m.importId);
      return { ok: true };
    },

    async 'data:stats'() {
      await ready;
      if (!store) return { ok: false, articles: 0, claims: 0, approxBytes: 0, message: storageOffMessage() };
      const counts = await store.stats();
      // a sample of the serialised articles times their number: roughly what the records take
      const sample = await store.exportPage(null, 200_000);
      const mean = sample.articles.length ? sample.articles.reduce((n, a) => n + a.length, 0) / sample.articles.length : 0;
      return { ok: true, ...counts, approxBytes: Math.round(mean * counts.articles), timings };
    },

    async 'data:clear'() {
      await ready;
      if (!holder) return { ok: false };
      await holder.clear();
      store = holder.store;
      for (const tabId of reported.keys()) await setBadge(tabId, 0);
      reported.clear();
      return { ok: true };
    },

    async 'ui:shortcuts'() {
      const current = await Promise.resolve(browser.commands?.getAll?.()).catch(() => undefined);
      return { shortcuts: effectiveShortcuts(current ?? []) };
    },

    async 'ui:open-key'() {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html#key') });
      return { ok: true };
    },

    async 'ui:open-compare'(m) {
      // One comparison tab at a time: a second request shows the new page in the open one. Queued,
      // so two requests at once cannot both find no tab and both open one.
      const opening = compareQueue.then(() => showCompare(m.url));
      compareQueue = opening.catch(() => undefined);
      await opening;
      return { ok: true };
    },
  };

  function accept(raw: unknown, sender: SenderInfo): Message | null {
    const checked = validateMessage(raw);
    if (!checked.ok) return refuse(checked.reason);
    const why = refusal(checked.value.type, senderKind(sender ?? {}, browser.runtime.getURL('/'), browser.runtime.id));
    if (why) return refuse(why);
    // A page files claims only under its own site's addresses (its frame's, else its tab's).
    const msg = checked.value;
    const elsewhere = msg.type === 'page:report' ? offSite((msg as Message<'page:report'>).page.meta, sender?.url ?? sender?.tab?.url) : null;
    return elsewhere ? refuse(`page:report: ${elsewhere}`) : msg;
  }

  async function answer(msg: Message, sender: SenderInfo): Promise<unknown> {
    try {
      const handler = handlers[msg.type] as (m: Message, s: SenderInfo) => Promise<unknown>;
      const run = () => handler(msg, sender ?? {});
      const answer = await (options.warmup ? options.warmup.around(run) : run());
      void rememberSize().catch(() => undefined);
      return answer;
    } catch (e) {
      console.warn(`[sourcelight] ${msg.type} failed:`, e);
      return failure(msg.type, e instanceof Error ? e.message : String(e));
    }
  }

  return {
    accept,
    answer,
    async handle(raw, sender) {
      const msg = accept(raw, sender);
      return msg ? answer(msg, sender) : undefined;
    },
    forgetTab(tabId) {
      told.delete(tabId);
      tabs.delete(tabId);
      reported.delete(tabId);
    },
    async command(name) {
      const type = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS].message : undefined;
      if (!type) return;
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type });
      } catch {
        // no content script on this tab (browser pages, PDFs): nothing to do
      }
    },
  };
}
