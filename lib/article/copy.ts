// A slim, detached copy of a page for Readability to read (it mutates what it parses): only what it
// scores (elements, their text, the class/id/role/visibility attributes it reads), none of the
// page's scripts, styles, SVG or frames, and never deeper than MAX_DEPTH (nodes below are lifted to
// that depth, in order), so a hostile page nested 20,000 deep cannot freeze the tab. Built in
// steps (lib/slices.ts), from the composed tree: shadow trees and slotted nodes are where they
// render. Every copied element carries `data-sl` = its index in `live`, so what Readability keeps
// (even after it renames or re-parses elements) maps back to the page's own elements.
import { composedChildren, openShadowRoot, type ShadowRootOf } from './composed';
import type { Steps } from '../slices';

export const LIVE_INDEX = 'data-sl';
/** Deeper than this, structure is flattened (Chromium's own HTML parser stops nesting at 512). */
export const MAX_DEPTH = 200;
/** Past this many nodes the rest of the page is not copied (no news page comes near it). */
const MAX_NODES = 150_000;
/** Past this much text the rest of the page is not copied: the longest stories and live blogs hold
 *  a few hundred thousand characters, and finding the story in 20 MB of text would take seconds
 *  of slices. What is copied is still read (the story starts near the top). */
export const MAX_COPY_CHARS = 1_500_000;
/** Never copied: no article text lives in them. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'head', 'base', 'source', 'track', 'map', 'param', 'dialog']);
/** Attributes Readability reads when scoring and cleaning. */
const KEEP_ATTRS = ['id', 'class', 'itemprop', 'itemscope', 'itemtype', 'role', 'hidden', 'aria-hidden', 'aria-modal', 'style', 'lang', 'dir', 'href', 'rel', 'datatable', 'summary'];

/** Blocks still copied at the depth cap, so a deep story keeps its paragraphs. */
const DEEP_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);
const ELEMENT = 1;
const TEXT = 3;

export interface SlimCopy {
  doc: Document;
  /** live[i] is the page element copied as the element with data-sl="i". */
  live: Element[];
  /** Some of the copied content came from shadow trees. */
  composed: boolean;
  /** Characters of text copied (the page's visible-ish text: no script or style). */
  textChars: number;
  /** Deeper nodes were lifted to MAX_DEPTH. */
  flattened: boolean;
  /** The page had more nodes or text than is copied (MAX_NODES, MAX_COPY_CHARS). */
  truncated: boolean;
}

/** Copies `doc`'s body into a new document; yields every `every` nodes. */
export function* slimCopySteps(doc: Document, shadowRootOf: ShadowRootOf = openShadowRoot, every = 100): Steps<SlimCopy> {
  const copy = emptyDocument(doc);
  const out: SlimCopy = { doc: copy, live: [], composed: false, textChars: 0, flattened: false, truncated: false };
  const body = doc.body;
  if (!body) return out;
  copyAttributes(body, copy.body!);
  // [source node, parent in the copy, depth of that parent]
  const stack: [Node, Node, number][] = [];
  const pushChildren = (n: Node, into: Node, depth: number) => {
    const kids = composedChildren(n, shadowRootOf);
    if (n.nodeType === ELEMENT && kids.length && shadowRootOf(n as Element)) out.composed = true;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, into, depth]);
  };
  pushChildren(body, copy.body, 0);
  let seen = 0;
  while (stack.length) {
    if (++seen % every === 0) yield;
    if (seen > MAX_NODES || out.textChars > MAX_COPY_CHARS) {
      out.truncated = true;
      break;
    }
    const [n, parent, depth] = stack.pop()!;
    if (n.nodeType === TEXT) {
      const data = (n as Text).data;
      parent.appendChild(copy.createTextNode(data));
      out.textChars += data.length;
      continue;
    }
    if (n.nodeType !== ELEMENT) continue;
    const el = n as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || el.namespaceURI === 'http://www.w3.org/2000/svg') continue;
    // At the depth cap only paragraphs are still made (one level, for Readability to score);
    // everything else is lifted: its children go where it would have been.
    if (depth > MAX_DEPTH || (depth === MAX_DEPTH && !DEEP_BLOCKS.has(tag))) {
      out.flattened = true;
      pushChildren(el, parent, depth);
      continue;
    }
    let made: Element;
    try {
      made = copy.createElement(tag);
    } catch {
      made = copy.createElement('div'); // a custom name the copy's document refuses
    }
    copyAttributes(el, made);
    made.setAttribute(LIVE_INDEX, String(out.live.length));
    out.live.push(el);
    parent.appendChild(made);
    pushChildren(el, made, depth + 1);
  }
  return out;
}

/** A new document with <html lang>, <head><title> and an empty <body> (a shallow clone of the
 *  page's document: DOMs without document.implementation have that too). */
function emptyDocument(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const html = copy.createElement('html');
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) html.setAttribute('lang', lang.slice(0, 35));
  const head = copy.createElement('head');
  const title = copy.createElement('title');
  title.textContent = (doc.title ?? '').slice(0, 1_000);
  head.appendChild(title);
  html.append(head, copy.createElement('body'));
  copy.appendChild(html);
  return copy;
}

const KEEP = new Set(KEEP_ATTRS);

/** One pass over the element's own attributes (usually few), not a lookup per kept name. */
function copyAttributes(from: Element, to: Element) {
  const attrs = from.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    if (!KEEP.has(a.name)) continue;
    try {
      to.setAttribute(a.name, a.value.length > 2_000 ? a.value.slice(0, 2_000) : a.value);
    } catch {
      /* a name the copy's document refuses */
    }
  }
}

/** The copy as one HTML document (for Readability in the background), built in steps: a subtree
 *  of up to `every` elements is serialised in one native call, a larger one tag by tag. */
export function* copyHtmlSteps(copy: SlimCopy, every = 150): Steps<string> {
  const head = copy.doc.head?.outerHTML ?? '';
  const lang = copy.doc.documentElement?.getAttribute('lang');
  const parts: string[] = [`<!DOCTYPE html><html${lang ? ` lang="${escapeHtml(lang, true)}"` : ''}>${head}`];
  const body = copy.doc.body;
  if (!body) return `${parts.join('')}<body></body></html>`;
  const stack: (Node | string)[] = [`</body></html>`, ...Array.from(body.childNodes).reverse(), openTag(body)];
  let done = 0;
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') { parts.push(n); continue; }
    if (n.nodeType === TEXT) { parts.push(escapeHtml((n as Text).data, false)); continue; }
    if (n.nodeType !== ELEMENT) continue;
    const el = n as Element;
    const size = elementCount(el);
    if (size <= every) {
      parts.push(el.outerHTML);
      done += size + 1;
    } else {
      stack.push(`</${el.localName}>`);
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      parts.push(openTag(el));
      done++;
    }
    if (done >= every) {
      done = 0;
      yield;
    }
  }
  return parts.join('');
}

/** Elements under `el`. linkedom's getElementsByTagName('*') is always empty: querySelectorAll then. */
export function elementCount(el: Element): number {
  return el.getElementsByTagName('*').length || el.querySelectorAll('*').length;
}

/** An element's start tag, as the browser serialises it. */
function openTag(el: Element): string {
  const shallow = (el.cloneNode(false) as Element).outerHTML;
  const close = `</${el.localName}>`;
  return shallow.endsWith(close) ? shallow.slice(0, -close.length) : shallow;
}

function escapeHtml(s: string, attr: boolean): string {
  const out = s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;');
  return attr ? out.replace(/"/g, '&quot;') : out.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page element a node of the copy stands for: its own or its nearest tagged ancestor's. */
export function liveOf(copy: SlimCopy, node: Element): Element | null {
  for (let e: Element | null = node; e; e = e.parentElement) {
    const i = e.getAttribute(LIVE_INDEX);
    if (i !== null) return copy.live[Number(i)] ?? null;
  }
  return null;
}
