// Browser glue for articles inside shadow trees: opening closed roots (content scripts may), and
// getting our highlight styles into a shadow tree, where the document's ::highlight() rules do not
// apply. Adding a constructed sheet to a root's adoptedStyleSheets changes no node of the page.
import type { ShadowRootOf } from '@/lib/article/composed';
import highlightCss from './highlights.css?inline';
import marksCss from './marks.css?inline';

type ChromeDom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

/**
 * Open or closed shadow root of an element. Open ones through `shadowRoot`; closed ones only of
 * custom elements, where pages put them (asking the extension API of every element costs tens of
 * milliseconds on a page of 60,000 elements, and other elements' hidden roots are the browser's own
 * form controls and media). Firefox gives content scripts `element.openOrClosedShadowRoot`, Chrome
 * `chrome.dom.openOrClosedShadowRoot(element)`.
 */
export const anyShadowRoot: ShadowRootOf = (() => {
  const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot;
  return (el: Element) => {
    const open = el.shadowRoot;
    if (open || !el.localName.includes('-')) return open ?? null;
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox ?? null;
    try {
      return chromeDom?.(el) ?? null;
    } catch {
      return null; // not an element the API accepts
    }
  };
})();

/** The shadow roots that hold the given text nodes (for hit-testing inside them). */
export function shadowRootsOf(nodes: readonly Node[]): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const n of nodes) {
    const r = n.getRootNode();
    if (r instanceof ShadowRoot) roots.add(r);
  }
  return [...roots];
}

const sheets = new Map<'highlights' | 'marks', CSSStyleSheet>();
function sheet(kind: 'highlights' | 'marks'): CSSStyleSheet {
  let s = sheets.get(kind);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(cssOf(kind));
    sheets.set(kind, s);
  }
  return s;
}
const cssOf = (kind: 'highlights' | 'marks') => (kind === 'highlights' ? highlightCss : marksCss);

/** Adds one of our sheets to a document or shadow root, after the page's own (kept as they are). */
/** False once the browser refused adoptedStyleSheets (Firefox): not tried again on every paint. */
let adoptable = true;

function adopt(root: Document | ShadowRoot, kind: 'highlights' | 'marks') {
  if (adoptable) {
    try {
      const s = sheet(kind);
      const current = Array.from(root.adoptedStyleSheets);
      // The page may have replaced the list since (frameworks assign it on render): check each paint.
      if (!current.includes(s)) root.adoptedStyleSheets = [...current, s];
      return;
    } catch {
      adoptable = false; // Firefox: content scripts cannot reach adoptedStyleSheets through their Xray wrappers
    }
  }
  // A document gets the highlight styles from the manifest there (wxt.config.ts); a page's shadow root here.
  if (!(root instanceof Document)) adoptInPageWorld(root, kind);
}

type Waived<T> = T & { wrappedJSObject?: T & Record<string, unknown> };
const pageSheets = new WeakMap<object, CSSStyleSheet>();

/**
 * Firefox: adds our ::highlight() rules to one of the PAGE's shadow roots (an article rendered in
 * one) through the page's own objects. The page sees only static rules on a root it owns anyway.
 * Never used for Sourcelight's own closed UI root, which would hand that root to page setters.
 */
function adoptInPageWorld(root: ShadowRoot, kind: 'highlights' | 'marks') {
  const page = (window as Waived<Window & typeof globalThis>).wrappedJSObject;
  const waived = (root as Waived<ShadowRoot>).wrappedJSObject;
  if (!page || !waived) return;
  try {
    let s = pageSheets.get(page);
    if (!s) {
      s = new page.CSSStyleSheet();
      s.replaceSync(cssOf(kind));
      pageSheets.set(page, s);
    }
    const list = waived.adoptedStyleSheets;
    if (Array.prototype.includes.call(list, s)) return;
    const next = new page.Array() as CSSStyleSheet[];
    for (const x of list) next.push(x);
    next.push(s);
    waived.adoptedStyleSheets = next;
  } catch {
    // the page froze or replaced its own objects: its shadow root stays unstyled, nothing breaks
  }
}

/** Adds our ::highlight() rules to a shadow root, where the document's rules do not apply. */
export function styleShadowRoot(root: ShadowRoot) {
  adopt(root, 'highlights');
}

/** Adds our ::highlight() rules, or the fallback painter's mark styles, to the document. */
export function styleDocument(doc: Document, kind: 'highlights' | 'marks') {
  adopt(doc, kind);
}

/** `node` or one of its ancestors, across shadow boundaries (Node.contains stops at them), is in `set`:
 *  one walk up, however many elements the set holds. */
export function withinAny(node: Node, set: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (set.has(n)) return true;
  }
  return false;
}
