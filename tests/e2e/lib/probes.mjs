// Functions that run inside the page (passed to page.evaluate): each must be self-contained.
// Those taking a shadow root first (cardState, cardBackground, uiMarks) read Sourcelight's own UI,
// which is in a closed shadow root the page cannot reach: run them with tab.uiEvaluate(fn, arg),
// which hands them that root through the browser's automation protocol (see the drivers).

/**
 * The highlight names the content script registers in CSS.highlights. A `-dark` variant of a name
 * (its colours for dark pages) counts as the same layer. All of them come from the page's own text;
 * nothing about other outlets is ever put in this registry, which the page shares.
 */
export const HIGHLIGHT_NAMES = ['sourcelight-claim', 'sourcelight-source', 'sourcelight-cue', 'sourcelight-actor', 'sourcelight-focus'];

/**
 * Reads every Sourcelight highlight range on the page, in document order, with where it sits:
 * inside the main article element, and whether inside page furniture (navigation, related links,
 * comments, newsletter/cookie boxes) even when that furniture is nested in the article. Ranges in
 * shadow trees count as inside the element that hosts them (the article may be a web component).
 * @param {{ names: string[], articleSelector: string }} arg
 */
export function readHighlights({ names, articleSelector }) {
  const FURNITURE = 'nav, aside, footer, form, header nav, [class*="comment" i], [class*="related" i], [class*="newsletter" i], [class*="cookie" i], [class*="promo" i]';
  const article = document.querySelector(articleSelector);
  /** Parent in the tree a reader sees: a shadow root's parent is its host. */
  const up = (n) => (n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement);
  const within = (outer, n) => { for (let e = n; e; e = e instanceof ShadowRoot ? e.host : e.parentNode) if (e === outer) return true; return false; };
  const out = [];
  const registry = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights : null;
  if (!registry) return { supported: false, ranges: out, counts: {} };
  const counts = {};
  for (const name of names) counts[name] = 0;
  // Every registered name that is one of ours, light or dark variant, reported under its layer's name.
  const entries = [];
  registry.forEach((hl, registered) => {
    const name = registered.replace(/-dark$/, '');
    if (names.includes(name)) entries.push([name, hl]);
  });
  for (const [name, hl] of entries) {
    counts[name] += hl.size;
    for (const r of hl) {
      // A highlight may hold StaticRanges, which have no text or ancestor: make a live Range.
      let range = r;
      if (!(r instanceof Range)) {
        range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          out.push({ name, text: '', connected: false, inArticle: false, inShadow: false, furniture: null, collapsed: true });
          continue;
        }
      }
      const anc = range.commonAncestorContainer;
      const el = anc.nodeType === 1 ? anc : anc.parentElement;
      let furniture = null;
      for (let e = el; e && e !== article; e = up(e)) {
        if (e.matches(FURNITURE)) { furniture = e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(/\s+/).join('.') : ''); break; }
      }
      out.push({
        name,
        text: range.toString(),
        connected: anc.isConnected,
        inArticle: !!article && within(article, anc),
        inShadow: anc.getRootNode() instanceof ShadowRoot,
        furniture,
        collapsed: range.collapsed,
        _range: range,
      });
    }
  }
  // Document order, so neighbouring pieces of one claim can be joined by the coverage check. Ranges
  // in different trees (page and shadow root) cannot be compared: their place on screen decides.
  const box = (r) => r.getBoundingClientRect();
  out.sort((a, b) => {
    if (!a._range || !b._range) return 0;
    try {
      return a._range.compareBoundaryPoints(Range.START_TO_START, b._range);
    } catch {
      const p = box(a._range), q = box(b._range);
      return p.top - q.top || p.left - q.left;
    }
  });
  for (const o of out) delete o._range;
  return { supported: true, ranges: out, counts };
}

/** The article element's serialised HTML, or null. */
export function articleOuterHtml(selector) {
  return document.querySelector(selector)?.outerHTML ?? null;
}

/** The same article element as parsed from the page's source HTML, untouched by any script. */
export function sourceArticleOuterHtml({ html, selector }) {
  return new DOMParser().parseFromString(html, 'text/html').querySelector(selector)?.outerHTML ?? null;
}

/** The canonical URL the page declares, if any. */
export function canonicalUrl() {
  return document.querySelector('link[rel="canonical"]')?.href ?? null;
}

/** Visible text of the page, one line per block (used to read what the popup lists). */
export function visibleText() {
  return document.body ? document.body.innerText : '';
}

/**
 * Runs in an extension context (background service worker or an extension page): looks through
 * every IndexedDB database and store for records that mention one of `needles` (the page's URL or
 * canonical URL). Schema-agnostic on purpose: it proves the background stored the page.
 */
export async function findStoredRecords(needles) {
  const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  const hits = [];
  for (const { name } of dbs) {
    if (!name) continue;
    const db = await req(indexedDB.open(name));
    try {
      for (const storeName of Array.from(db.objectStoreNames)) {
        const records = await req(db.transaction(storeName, 'readonly').objectStore(storeName).getAll());
        const matching = records.filter((v) => { try { const s = JSON.stringify(v); return needles.some((n) => s.includes(n)); } catch { return false; } });
        if (matching.length) hits.push({ db: name, store: storeName, records: matching.length });
      }
    } finally {
      db.close();
    }
  }
  return { databases: dbs.map((d) => d.name), hits };
}

/**
 * Scrolls the claim highlight whose text is `text` to the middle of the view and returns the
 * centre of its first line box (where a reader would point), or null.
 */
export function pointAtClaim(text) {
  let target = null;
  CSS.highlights.forEach((hl, name) => {
    if (!/^sourcelight-claim(-dark)?$/.test(name)) return;
    for (const r of hl) if (!target && r instanceof Range && r.toString() === text) target = r;
  });
  if (!target) return null;
  const el = target.startContainer.nodeType === 1 ? target.startContainer : target.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center' });
  const rect = Array.from(target.getClientRects()).find((r) => r.width > 4 && r.height > 4);
  return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
}

/** The hover card's state in Sourcelight's UI root: its text (without the live region), the live
 *  region's text. `root` null (no UI on the page): nothing open. */
export function cardState(root) {
  if (!root) return { exists: false, open: false, text: '', live: '' };
  const live = root.querySelector('[aria-live]');
  const card = root.querySelector('[role="dialog"]');
  const text = (card?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { exists: true, open: text.length > 0, text, live: (live?.textContent ?? '').trim(), markup: card ? card.querySelectorAll('script, img').length : 0 };
}

/** The contradiction marks drawn in Sourcelight's UI root: how many line boxes, and where on screen. */
export function uiMarks(root) {
  const boxes = root ? Array.from(root.querySelectorAll('.marks > div')) : [];
  return { count: boxes.length, rects: boxes.map((b) => { const r = b.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; }) };
}

/** Text of the keyboard-focus highlight (the claim stepped to), or ''. */
export function focusedClaimText() {
  let text = '';
  CSS.highlights.forEach((hl, name) => {
    if (!/^sourcelight-focus(-dark)?$/.test(name)) return;
    for (const r of hl) if (r instanceof Range) text += r.toString();
  });
  return text;
}

/** Asks the background for everything it knows about a page (run in an extension page); with a tab
 *  id, as the popup of that tab asks (`askPageView([url, tabId])`). */
export function askPageView(arg) {
  const api = globalThis.browser ?? globalThis.chrome;
  const [url, tabId] = Array.isArray(arg) ? arg : [arg];
  return api.runtime.sendMessage(tabId === undefined || tabId === null ? { type: 'page:view', url } : { type: 'page:view', url, tabId });
}

/** The id of the tab showing `url`, or null (run in the background or an extension page). */
export async function tabIdFor(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabs = await api.tabs.query({});
  return tabs.find((t) => t.url === url)?.id ?? null;
}

/**
 * The shadow tree of the element `selector` as the page sees it: its HTML, whether it is still the
 * HTML the page rendered (`window.shadowStoryHtml`), whether the page's own sheet
 * (`window.storySheet`) is still first, and whether some adopted sheet holds Sourcelight's
 * ::highlight() rules (document rules do not reach into a shadow tree in every browser).
 */
export function shadowTreeState(selector) {
  const root = document.querySelector(selector)?.shadowRoot;
  if (!root) return null;
  const sheets = Array.from(root.adoptedStyleSheets);
  return {
    unchanged: root.innerHTML === window.shadowStoryHtml,
    pageSheetFirst: sheets[0] === window.storySheet,
    sheets: sheets.length,
    highlightRules: sheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('::highlight(sourcelight-claim)'))),
  };
}

/** Tabs showing the comparison view (popup.html?url=...) and all tabs (run in the background or an extension page). */
export async function compareTabs() {
  const api = globalThis.browser ?? globalThis.chrome;
  const base = api.runtime.getURL('/popup.html?url=');
  const tabs = await api.tabs.query({});
  return { all: tabs.length, compare: tabs.filter((t) => (t.url ?? '').startsWith(base)).map((t) => t.id) };
}

/** Closes tabs by id (run in the background or an extension page). */
export async function closeTabs(ids) {
  const api = globalThis.browser ?? globalThis.chrome;
  if (ids.length) await api.tabs.remove(ids);
}

/** The keyboard commands the browser has registered for the extension (run in the background or an extension page). */
export async function registeredCommands() {
  const api = globalThis.browser ?? globalThis.chrome;
  return (await api.commands.getAll()).map((c) => c.name).filter((n) => !n.startsWith('_')).sort();
}

/** Changes settings through the background, as the options page does (run in an extension page or the background). */
export async function setSettings(settings) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.runtime.sendMessage({ type: 'settings:set', settings });
}

/** Position of the open card's "Compare outlets" button in Sourcelight's UI root, or null. */
export function compareButton(root) {
  const b = root ? Array.from(root.querySelectorAll('button')).find((x) => /compare/i.test(x.textContent ?? '')) : null;
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The toolbar badge text of the tab showing `url` (run in the background or an extension page). */
export async function badgeTextFor(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  const action = api.action ?? api.browserAction;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (!tab) return { found: false, text: null };
  return { found: true, text: await action.getBadgeText({ tabId: tab.id }) };
}

/** Where every block of the article sits in the document (not the viewport, so scrolling does not count), and the page's size. */
export function articleLayout(selector) {
  const root = document.querySelector(selector) ?? document.body;
  const r2 = (x) => Math.round(x * 100) / 100;
  const boxes = Array.from(root.querySelectorAll('h1, h2, h3, p, li, blockquote, figure, figcaption'), (el) => {
    const r = el.getBoundingClientRect();
    return [r2(r.left + scrollX), r2(r.top + scrollY), r2(r.width), r2(r.height)].join(',');
  });
  const se = document.scrollingElement ?? document.documentElement;
  return { boxes, page: `${se.scrollWidth}x${se.scrollHeight}` };
}

/** Sum of the layout-shift entries since the page loaded, or null where the browser does not report them. */
export function layoutShiftTotal() {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return null;
  return new Promise((resolve) => {
    const po = new PerformanceObserver(() => {});
    po.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => {
      const entries = po.takeRecords();
      po.disconnect();
      resolve(entries.reduce((sum, e) => sum + e.value, 0));
    }, 100);
  });
}

/** Background colour of the open hover card in Sourcelight's UI root, or null when there is none. */
export function cardBackground(root) {
  const card = root?.querySelector('.card');
  return card ? getComputedStyle(card).backgroundColor : null;
}

/**
 * Run in the page: what a page script can dispatch to switch a WXT content script off or make it
 * start over, under the names WXT gives its signals (`<extension id>:<entrypoint>:wxt:…`; the id is
 * public), plus a synthetic resize and visibility change. Returns how many claim ranges the
 * highlight registry held just before and just after (the forged signals act synchronously).
 */
export function forgeWxtSignals(extensionId) {
  const claims = () => ['sourcelight-claim', 'sourcelight-claim-dark'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0);
  const before = claims();
  for (const entry of ['content', 'loader']) {
    const started = `${extensionId}:${entry}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: entry, messageId: 'forged' } }));
    window.postMessage({ type: started, contentScriptName: entry, messageId: 'forged' }, '*');
    window.dispatchEvent(new Event(`${extensionId}:${entry}:wxt:locationchange`));
  }
  window.dispatchEvent(new Event('resize'));
  document.dispatchEvent(new Event('visibilitychange'));
  return { before, after: claims() };
}

