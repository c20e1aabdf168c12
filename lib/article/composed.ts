// Reading a page the way it renders (the composed, or "flat", tree): a shadow host shows its
// shadow tree instead of its light children, and each <slot> in that tree shows the light nodes
// assigned to it (or its own fallback content when none are). Sites built from web components put
// the story there, where querySelector, textContent and a cloned document cannot see it.
// DOM-generic: works on linkedom (which has open shadow roots and slot assignment) and in browsers.
import type { Steps } from '../slices';

/** The shadow root of an element, or null. The content script passes one that also opens closed roots. */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

export const openShadowRoot: ShadowRootOf = (el) => el.shadowRoot ?? null;

const ELEMENT = 1;
const TEXT = 3;

type Slot = Element & { assignedNodes?: () => Node[] };

/** Children of `node` in the composed tree. */
export function composedChildren(node: Node, shadowRootOf: ShadowRootOf): Node[] {
  if (node.nodeType === ELEMENT) {
    const el = node as Element;
    const root = shadowRootOf(el);
    if (root) return Array.from(root.childNodes);
    if (el.localName === 'slot' && typeof (el as Slot).assignedNodes === 'function') {
      const assigned = (el as Slot).assignedNodes!();
      if (assigned.length) return assigned;
    }
  }
  return Array.from(node.childNodes);
}

/**
 * Text nodes under `root` in composed order, skipping subtrees of elements matching `skip`
 * (not `root` itself). Iterative: hostile pages nest deeper than the call stack allows.
 */
export function composedTextNodes(root: Node, shadowRootOf: ShadowRootOf, skip: string): Text[] {
  const out: Text[] = [];
  const stack: Node[] = composedChildren(root, shadowRootOf).reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT) out.push(n as Text);
    else if (n.nodeType === ELEMENT && !(n as Element).matches(skip)) {
      const kids = composedChildren(n, shadowRootOf);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** True when some element under `root` hosts a shadow tree with text in it (light DOM walk only:
 *  the first such host is enough). Yields every `every` elements (see lib/slices.ts). */
export function* shadowTextSteps(root: Element, shadowRootOf: ShadowRootOf, every = 1024): Steps<boolean> {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let seen = 0;
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (++seen % every === 0) yield;
    const sr = shadowRootOf(n);
    // Not sr.textContent: it is null for a ShadowRoot in some DOMs (linkedom).
    if (sr && Array.from(sr.children).some((c) => c.localName !== 'style' && (c.textContent ?? '').trim())) return true;
  }
  return false;
}

export interface Flattened {
  /** A detached copy of the document as it renders: shadow trees and slotted nodes in place. */
  doc: Document;
  /** Copied element → the live element it was copied from. */
  live: Map<Element, Element>;
}

/**
 * Copies `doc`'s composed tree into a new document of plain elements, so code written for the light
 * DOM (Readability, selectors, textContent) can read a page built from web components; `live` maps
 * what that code finds back to the page's own elements. <slot> elements stay as plain wrappers.
 */
export function flattenComposed(doc: Document, shadowRootOf: ShadowRootOf): Flattened {
  const flat = doc.cloneNode(false) as Document;
  const live = new Map<Element, Element>();
  const top = doc.documentElement;
  if (!top) return { doc: flat, live };
  const stack: [Node, Node][] = [[top, flat]];
  while (stack.length) {
    const [src, parent] = stack.pop()!;
    if (src.nodeType !== ELEMENT && src.nodeType !== TEXT) continue; // comments, processing instructions
    const copy = flat.importNode(src, false);
    parent.appendChild(copy);
    if (src.nodeType !== ELEMENT) continue;
    live.set(copy as Element, src as Element);
    const kids = composedChildren(src, shadowRootOf);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, copy]);
  }
  return { doc: flat, live };
}
