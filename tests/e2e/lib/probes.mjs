// Functions that run inside the page (passed to page.evaluate): each must be self-contained.

/** The highlight names the content script registers in CSS.highlights. */
export const HIGHLIGHT_NAMES = ['sourcelight-claim', 'sourcelight-source', 'sourcelight-cue', 'sourcelight-actor'];

/**
 * Reads every Sourcelight highlight range on the page, in document order, with where it sits:
 * inside the main article element, and whether inside page furniture (navigation, related links,
 * comments, newsletter/cookie boxes) even when that furniture is nested in the article.
 * @param {{ names: string[], articleSelector: string }} arg
 */
export function readHighlights({ names, articleSelector }) {
  const FURNITURE = 'nav, aside, footer, form, header nav, [class*="comment" i], [class*="related" i], [class*="newsletter" i], [class*="cookie" i], [class*="promo" i]';
  const article = document.querySelector(articleSelector);
  const out = [];
  const registry = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights : null;
  if (!registry) return { supported: false, ranges: out, counts: {} };
  const counts = {};
  for (const name of names) {
    const hl = registry.get(name);
    counts[name] = hl ? hl.size : 0;
    if (!hl) continue;
    for (const r of hl) {
      // A highlight may hold StaticRanges, which have no text or ancestor: make a live Range.
      let range = r;
      if (!(r instanceof Range)) {
        range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          out.push({ name, text: '', connected: false, inArticle: false, furniture: null, collapsed: true });
          continue;
        }
      }
      const anc = range.commonAncestorContainer;
      const el = anc.nodeType === 1 ? anc : anc.parentElement;
      let furniture = null;
      for (let e = el; e && e !== article; e = e.parentElement) {
        if (e.matches(FURNITURE)) { furniture = e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(/\s+/).join('.') : ''); break; }
      }
      out.push({
        name,
        text: range.toString(),
        connected: anc.isConnected,
        inArticle: !!article && article.contains(anc),
        furniture,
        collapsed: range.collapsed,
        _range: range,
      });
    }
  }
  // Document order, so neighbouring pieces of one claim can be joined by the coverage check.
  out.sort((a, b) => (a._range && b._range ? a._range.compareBoundaryPoints(Range.START_TO_START, b._range) : 0));
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
