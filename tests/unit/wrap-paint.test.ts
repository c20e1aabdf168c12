import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { buildTextModel } from '../../lib/textmodel/build';
import type { Claim, ExtractResult } from '../../lib/types';
import { WrapPainter, MARK_TAG } from '../../entrypoints/content/wrap-paint';

function page(html: string) {
  const win = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`) as unknown as Window & typeof globalThis;
  const doc = win.document;
  const article = doc.querySelector('article')!;
  // linkedom's ranges cannot be placed: a stand-in that records its ends is enough here.
  (doc as { createRange: () => unknown }).createRange = () => ({
    collapsed: false,
    setStart(node: Node, offset: number) { Object.assign(this, { startContainer: node, startOffset: offset }); },
    setEnd(node: Node, offset: number) { Object.assign(this, { endContainer: node, endOffset: offset }); },
  });
  // Every DOM change the painter makes outside `quietly` would reach this observer.
  let loud = 0;
  const mo = new win.MutationObserver((records) => { loud += records.length; });
  mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const quietly = (change: () => void) => { mo.takeRecords(); change(); mo.takeRecords(); };
  const model = buildTextModel(Array.from(article.querySelectorAll('p')));
  return { doc, article, model, painter: new WrapPainter(doc, false, quietly), loud: () => loud };
}

const span = (text: string, start: number) => ({ text: text.slice(start, start), start, end: start });
/** A claim over text[content) with source text[source) and cue text[cue), offsets found by search. */
function claimIn(text: string, id: string, content: string, source?: string, cue?: string): Claim {
  const at = (s: string) => { const start = text.indexOf(s); if (start < 0) throw new Error(`no "${s}"`); return { text: s, start, end: start + s.length }; };
  return { id, kind: 'indirect', content: at(content), source: source ? at(source) : null, cue: cue ? at(cue) : null, actorId: null, via: null, confidence: 1 };
}
const marks = (root: Element) => Array.from(root.querySelectorAll(MARK_TAG));
const tick = () => new Promise((r) => setTimeout(r, 0));
/** Wrapping and unwrapping go in slices of a few milliseconds: wait until the marks stop changing
 *  (on a loaded machine the first slice may not reach every node). */
async function settled(root: Element) {
  let last = -1;
  for (let same = 0, i = 0; same < 3 && i < 500; i++) {
    await tick();
    const n = marks(root).length;
    same = n === last ? same + 1 : 0;
    last = n;
  }
}

describe('WrapPainter', () => {
  const html = '<p>  The  minister <a href="#x">Sergei Lavrov</a>\n said on <em>Tuesday</em> that talks would resume. </p><p>Officials\tdenied it.</p>';

  it('wraps each piece once, never nested, with the layers that cover it', async () => {
    const { article, model, painter } = page(html);
    const result: ExtractResult = {
      claims: [claimIn(model.text, 'c0', 'talks would resume', 'The minister Sergei Lavrov', 'said')],
      actors: [{ id: 'a0', key: 'lavrov', name: 'Sergei Lavrov', type: 'person', aliases: [], mentions: [{ start: model.text.indexOf('Officials'), end: model.text.indexOf('Officials') + 9 }] }],
    };
    painter.paint(model, result);
    await settled(article);
    const ms = marks(article);
    expect(ms.every((m) => !m.parentElement?.closest(MARK_TAG))).toBe(true);
    const byLayer = (l: string) => ms.filter((m) => m.getAttribute('data-layer')!.split(' ').includes(l)).map((m) => m.textContent).join('|');
    expect(byLayer('claim')).toBe('talks would resume');
    // Which claims other outlets contradict is never written into the page's DOM (issue 13, finding 1).
    expect(ms.some((m) => /conflict/.test(m.outerHTML))).toBe(false);
    expect(byLayer('cue')).toBe('said');
    // The source spans the link and the collapsed whitespace: one mark per text node it touches.
    expect(byLayer('source')).toBe('The  minister |Sergei Lavrov');
    expect(byLayer('actor')).toBe('Officials');
    expect(article.textContent).toBe(parseHTML(`<article>${html}</article>`).document.querySelector('article')!.textContent);
  });

  it('clear(), hiding and every repaint give back the exact HTML and the same text nodes', async () => {
    const { article, model, painter, loud } = page(html);
    const before = article.innerHTML;
    const result: ExtractResult = { claims: [claimIn(model.text, 'c0', 'talks would resume', 'Sergei Lavrov', 'said'), claimIn(model.text, 'c1', 'denied it', 'Officials')], actors: [] };
    painter.paint(model, result);
    await settled(article);
    expect(marks(article).length).toBeGreaterThan(3);
    const first = article.innerHTML;
    painter.paint(model, result); // a repaint unwraps first, then wraps from the same model
    await settled(article);
    expect(article.innerHTML).toBe(first);
    painter.setVisible(false);
    await settled(article);
    expect(article.innerHTML).toBe(before);
    expect(model.segNode.every((n) => n.isConnected)).toBe(true);
    painter.setVisible(true);
    await settled(article);
    expect(marks(article).length).toBeGreaterThan(3);
    painter.clear();
    expect(article.innerHTML).toBe(before);
    // Re-joined, not just unwrapped: the same node objects, no extra text nodes.
    const again = buildTextModel(Array.from(article.querySelectorAll('p'))).segNode;
    expect(again.length).toBe(model.segNode.length);
    expect(again.every((n, i) => n === model.segNode[i])).toBe(true);
    return tick().then(() => expect(loud()).toBe(0));
  });

  it('focus marks the claim content and moves with the cursor', async () => {
    const { article, model, painter } = page(html);
    const result: ExtractResult = { claims: [claimIn(model.text, 'c0', 'talks would resume', 'Sergei Lavrov', 'said'), claimIn(model.text, 'c1', 'denied it', 'Officials')], actors: [] };
    const painted = painter.paint(model, result);
    await settled(article);
    const focused = () => marks(article).filter((m) => m.getAttribute('data-layer')!.split(' ').includes('focus')).map((m) => m.textContent).join('');
    // While wrapped, a claim's range starts in its first mark (the card and scrolling use it).
    expect((painted.claimRange(0)?.startContainer.parentNode as Element).tagName.toLowerCase()).toBe(MARK_TAG);
    painter.focus(painted.claimRange(0));
    expect(focused()).toBe('talks would resume');
    painter.focus(painted.claimRange(1));
    expect(focused()).toBe('denied it');
    painter.focus(null);
    expect(focused()).toBe('');
    // Hidden, the ranges lie over the page's own text again.
    painter.setVisible(false);
    await settled(article);
    expect((painted.claimRange(0)?.startContainer.parentNode as Element).tagName.toLowerCase()).toBe('p');
  });

  it('survives a page that rewrites or copies wrapped paragraphs, leaving no stray marks', () => {
    const { doc, article, model, painter } = page(html);
    const result: ExtractResult = { claims: [claimIn(model.text, 'c0', 'talks would resume', 'Sergei Lavrov', 'said'), claimIn(model.text, 'c1', 'denied it', 'Officials')], actors: [] };
    painter.paint(model, result);
    const [p1, p2] = Array.from(article.querySelectorAll('p'));
    article.appendChild(p1!.cloneNode(true)); // the page copies a paragraph with our marks in it
    p2!.textContent = 'Officials denied it again.'; // and re-renders another one
    expect(() => painter.restoreText()).not.toThrow();
    expect(marks(doc.documentElement)).toEqual([]);
    expect(article.querySelectorAll('p')[1]!.textContent).toBe('Officials denied it again.');
    expect(() => painter.paint(model, result)).not.toThrow(); // stale model: wraps what is still there
    expect(() => painter.clear()).not.toThrow();
    expect(marks(doc.documentElement)).toEqual([]);
  });

  it('a page that sets its wrapped text node anew keeps exactly its new text after unwrapping', () => {
    const { article, model, painter } = page('<p>Officials said the port would reopen on Monday.</p>');
    const node = article.querySelector('p')!.firstChild as Text;
    painter.paint(model, { claims: [claimIn(model.text, 'c0', 'the port would reopen', 'Officials', 'said')], actors: [] });
    expect(node.data).toBe('Officials'); // the node itself holds the first piece now
    node.data = 'Officials said the port stays shut.'; // a framework updating the node it rendered
    painter.restoreText();
    expect(article.innerHTML).toBe('<p>Officials said the port stays shut.</p>');
  });

  it('any spans over any markup: text unchanged while wrapped, HTML byte-identical after (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z“”',.]{1,7}$/);
    const bit = fc.tuple(word, fc.constantFrom(' ', '  ', '\n', ' \t '), fc.constantFrom('', 'b', 'i', 'a'));
    const paras = fc.array(fc.array(bit, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 });
    const cuts = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(paras, cuts, (ps, cs) => {
        const html = ps.map((p) => `<p>${p.map(([w, sp, tag]) => (tag ? `<${tag}>${w}</${tag}>${sp}` : `${w}${sp}`)).join('')}</p>`).join('');
        const { article, model, painter } = page(html);
        const before = article.innerHTML;
        const text = article.textContent;
        const textNodes = () => Array.from(article.querySelectorAll('*')).reduce((k, el) => k + Array.from(el.childNodes).filter((c) => c.nodeType === 3).length, 0);
        const nodesBefore = textNodes();
        const n = model.text.length;
        const claims: Claim[] = cs.map(([a, b], i) => {
          const s = Math.floor(Math.min(a, b) * n), e = Math.ceil(Math.max(a, b) * n);
          const mid = Math.floor((s + e) / 2);
          return { id: `c${i}`, kind: 'indirect', content: { ...span(model.text, s), end: e }, source: { ...span(model.text, s), end: mid }, cue: null, actorId: null, via: null, confidence: 1 };
        });
        painter.paint(model, { claims, actors: [] });
        expect(article.textContent).toBe(text);
        expect(marks(article).every((m) => !m.parentElement?.closest(MARK_TAG) && (m.textContent ?? '').length > 0)).toBe(true);
        painter.clear();
        expect(article.innerHTML).toBe(before);
        expect(model.segNode.every((t) => t.isConnected)).toBe(true);
        expect(textNodes()).toBe(nodesBefore);
      }),
      { numRuns: 120 },
    );
  });
});
