// Browser glue for articles inside shadow trees: opening closed roots (content scripts may), and
// getting our highlight styles into a shadow tree, where the document's ::highlight() rules do not
// apply. Adding a constructed sheet to a root's adoptedStyleSheets changes no node of the page.
import type { ShadowRootOf } from '@/lib/article/composed';
import highlightCss from './highlights.css?inline';

type ChromeDom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

/**
 * Open or closed shadow root of an element. Firefox gives content scripts
 * `element.openOrClosedShadowRoot`, Chrome `chrome.dom.openOrClosedShadowRoot(element)`.
 */
export const anyShadowRoot: ShadowRootOf = (() => {
  const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot;
  return (el: Element) => {
    const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox ?? null;
    if (chromeDom) {
      try {
        return chromeDom(el) ?? null;
      } catch {
        return el.shadowRoot ?? null; // not an element the API accepts
      }
    }
    return el.shadowRoot ?? null;
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

let sheet: CSSStyleSheet | null = null;

/** Adds our ::highlight() rules to a shadow root, after the page's own sheets (kept as they are). */
export function styleShadowRoot(root: ShadowRoot) {
  sheet ??= (() => {
    const s = new CSSStyleSheet();
    s.replaceSync(highlightCss);
    return s;
  })();
  const current = Array.from(root.adoptedStyleSheets);
  // The page may have replaced the list since (frameworks assign it on render): check each paint.
  if (!current.includes(sheet)) root.adoptedStyleSheets = [...current, sheet];
}
