// Reading text in shadow trees (composed order) on linkedom, which has open shadow roots and slots.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { composedTextNodes, flattenComposed, openShadowRoot, shadowTextSteps, type ShadowRootOf } from '../../lib/article/composed';
import { runAll } from '../../lib/slices';

const hasShadowText = (root: Element, of: ShadowRootOf) => runAll(shadowTextSteps(root, of));
import { locateArticle, normText } from '../../lib/article/locate';
import { blockElement, buildTextModel, domPoint, textOffsetOf } from '../../lib/textmodel/build';
// @ts-expect-error plain JS module without types
import { generatedPage, shadowTemplate, SHADOW_ARTICLE } from '../../scripts/demo-pages.mjs';

const doc = (html: string) => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
const SKIP = 'script, style, noscript, template, [hidden]';
const textOf = (nodes: Text[]) => nodes.map((n) => n.data).join('');

/** A host element whose open shadow root holds `shadow`. */
function withShadow(html: string, shadow: string): Document {
  const d = doc(html);
  d.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = shadow;
  return d;
}

/** /shadow.html as a browser renders it after its script ran (linkedom runs no scripts). */
function shadowPage(): Document {
  const html = generatedPage('/shadow.html', 'http://www.northwire.example:8480') as string;
  const d = parseHTML(html).document as unknown as Document;
  d.getElementById('story')!.attachShadow({ mode: 'open' }).innerHTML = shadowTemplate(SHADOW_ARTICLE);
  return d;
}

describe('composed tree', () => {
  it('reads a shadow tree in place of the light children, with slotted nodes where their slot is', () => {
    const d = withShadow('<div id="host"><b slot="x">B</b>D</div>', '<p>A <slot name="x"></slot> C</p><style>p{}</style><slot></slot>');
    expect(textOf(composedTextNodes(d.body, openShadowRoot, SKIP))).toBe('A B CD');
  });

  it("shows a slot's fallback content when nothing is assigned to it", () => {
    const d = withShadow('<div id="host"></div>', '<p><slot name="who">Someone</slot> said so.</p>');
    expect(textOf(composedTextNodes(d.body, openShadowRoot, SKIP))).toBe('Someone said so.');
  });

  it('reads only the light DOM when no shadow root can be opened', () => {
    const d = withShadow('<div id="host"><b slot="x">B</b>D</div>', '<p>A <slot name="x"></slot> C</p>');
    expect(textOf(composedTextNodes(d.body, () => null, SKIP))).toBe('BD');
    expect(hasShadowText(d.body, () => null)).toBe(false);
    expect(hasShadowText(d.body, openShadowRoot)).toBe(true);
  });

  it('does not overflow the stack on very deep nesting', () => {
    const d = doc('<div id="deep"></div>');
    let el = d.getElementById('deep')!;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(d.createElement('span'));
    el.textContent = 'bottom';
    expect(textOf(composedTextNodes(d.body, openShadowRoot, SKIP))).toBe('bottom');
  });

  it('flattens a page into a detached copy whose elements map back to the live ones', () => {
    const d = withShadow('<main><div id="host"><p slot="x">Slotted.</p></div></main><!-- note -->', '<section><slot name="x"></slot><p>Inside.</p></section>');
    const flat = flattenComposed(d, openShadowRoot);
    expect(normText(flat.doc.body!.textContent ?? '')).toBe('Slotted.Inside.');
    const copies = Array.from(flat.doc.querySelectorAll('p'));
    expect(copies.map((p) => flat.live.get(p))).toEqual([d.querySelector('p'), d.getElementById('host')!.shadowRoot!.querySelector('p')]);
    expect(copies[0]!.ownerDocument).toBe(flat.doc);
  });
});

describe('locating an article rendered in a shadow root', () => {
  it('finds every paragraph, shadow and slotted, in reading order, as live elements', () => {
    const d = shadowPage();
    const found = locateArticle(d);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.composed).toBe(true);
    const root = d.getElementById('story')!.shadowRoot!;
    // Every block is a live element of the page or of its shadow tree, never a copy.
    for (const b of found.blocks.map(blockElement)) expect(b.ownerDocument).toBe(d);
    const m = buildTextModel(found.blocks, openShadowRoot);
    const a = SHADOW_ARTICLE;
    const expected = [...a.before, ...a.slotted, a.speaker + a.speakerLine, ...a.after];
    expect(m.text.split('\n\n')).toEqual(expected);
    expect(found.blocks.map(blockElement).filter((b) => b.getRootNode() === root).length).toBe(a.before.length + 1 + a.after.length);
    // Offsets map back to the text nodes on both sides of the slot.
    const speakerAt = m.text.indexOf('Tomas Eik');
    const lineAt = m.text.indexOf('the new carriages');
    const p1 = domPoint(m, speakerAt, 'start')!;
    const p2 = domPoint(m, lineAt, 'start')!;
    expect(p1.node.getRootNode()).toBe(d);
    expect(p2.node.getRootNode()).toBe(root);
    expect(textOffsetOf(m, p2.node, p2.offset)).toBe(lineAt);
  });

  it('without shadow roots the same page has too little light text to be an article', () => {
    const found = locateArticle(shadowPage(), () => null);
    expect(found.ok).toBe(false);
  });

  it('a page without shadow roots is located as before (not composed)', () => {
    const html = generatedPage('/embedded.html', 'http://www.harbourgazette.example:8480') as string;
    const found = locateArticle(parseHTML(html).document as unknown as Document);
    expect(found.ok && found.composed).toBeFalsy();
    expect(found.ok).toBe(true);
  });
});
