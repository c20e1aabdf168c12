// A hostile page's own script (issue 13): what a news page could run to learn what its reader read
// elsewhere through Sourcelight. `installSpy` runs in the page's world before any other script (an
// init script), `spyAttack` later (page.evaluate: the page's world too). Self-contained functions.

/** Hooks a page can set before the extension's UI exists: every shadow root attached, through the
 *  page's own prototype, and custom elements under names Sourcelight might use, whose constructor
 *  would get ElementInternals (which reaches even a closed shadow root of its element). */
export function installSpy() {
  const loot = { roots: [], internals: [] };
  Object.defineProperty(window, '__spyLoot', { value: loot });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    loot.roots.push(root);
    return root;
  };
  for (const name of ['sourcelight-card', 'sourcelight-ui', 'sourcelight-root', 'sourcelight-host']) {
    try {
      customElements.define(name, class extends HTMLElement {
        constructor() {
          super();
          try { loot.internals.push(this.attachInternals()); } catch { /* not allowed */ }
        }
      });
    } catch { /* already defined */ }
  }
}

/**
 * Tries everything: dispatches pointer moves over every claim and the extension's shortcuts, reads
 * every shadow root it can reach after each, clicks every "Compare outlets" button it finds, lists
 * the highlight registry, and hit-tests every claim for elements that are not the page's own.
 * Returns all it could read. `{ readOnly: true }`: only reads what is reachable now (no events, no
 * scrolling, which would close an open card).
 */
export async function spyAttack({ readOnly = false } = {}) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // A frame, or 100 ms where a hidden tab (another one was opened in front of it) runs no frames.
  const frame = () => new Promise((r) => { requestAnimationFrame(() => r()); setTimeout(r, 100); });
  const loot = window.__spyLoot ?? { roots: [], internals: [] };
  const texts = new Set();
  let clicks = 0;
  const extraChildren = () => Array.from(document.documentElement.children).filter((e) => e.localName !== 'head' && e.localName !== 'body');
  const reachableRoots = () => {
    const roots = new Set(loot.roots);
    for (const i of loot.internals) if (i.shadowRoot) roots.add(i.shadowRoot);
    for (const el of [...extraChildren(), ...document.querySelectorAll('*')]) if (el.shadowRoot) roots.add(el.shadowRoot);
    return [...roots];
  };
  const harvest = () => {
    for (const root of reachableRoots()) {
      const t = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) texts.add(t);
    }
  };
  const ranges = [];
  CSS.highlights.forEach((hl) => { for (const r of hl) if (r instanceof Range) ranges.push(r); });

  if (readOnly) {
    harvest();
    return { texts: [...texts], hooked: { roots: loot.roots.length, internals: loot.internals.length } };
  }
  // 1. Open cards: synthetic pointer moves over each claim (scrolled into view first).
  for (const r of ranges.slice(0, 60)) {
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    await frame();
    const rect = Array.from(r.getClientRects()).find((b) => b.width > 2 && b.height > 2);
    if (!rect) continue;
    const x = rect.left + Math.min(rect.width / 2, 30), y = rect.top + rect.height / 2;
    const target = document.elementFromPoint(x, y) ?? document.body;
    for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove']) {
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }));
    }
    await frame();
    await sleep(20);
    harvest();
  }
  // 2. The shortcuts, as a script can press them: next, previous (card and announcement).
  for (const code of ['KeyN', 'KeyN', 'KeyP']) {
    for (const t of [document.activeElement ?? document.body, document, window]) {
      t.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.slice(3), altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true }));
    }
    await sleep(150);
    harvest();
  }
  // 3. The shared highlight registry: every name and the text of every range.
  const registry = {};
  CSS.highlights.forEach((hl, name) => { registry[name] = Array.from(hl, (r) => (r instanceof Range ? r.toString() : '')); });
  // 4. Hit tests over every claim: anything there that is not the page's own (a mark layer, a host)?
  const foreign = new Set();
  for (const r of ranges.slice(0, 60)) {
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    for (const b of Array.from(r.getClientRects())) {
      for (const el of document.elementsFromPoint(b.left + b.width / 2, b.bottom - 1)) {
        if (el !== document.documentElement && !document.body.contains(el) && !document.head.contains(el)) foreign.add(el.localName);
      }
    }
  }
  // 5. Open tabs: click whatever "Compare outlets" button is reachable, and the UI hosts themselves.
  for (const root of reachableRoots()) {
    for (const b of root.querySelectorAll('button')) {
      if (!/compare/i.test(b.textContent ?? '')) continue;
      for (let i = 0; i < 3; i++) { b.click(); clicks++; }
    }
  }
  for (const el of extraChildren()) { el.click(); el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })); }
  harvest();
  return {
    texts: [...texts],
    registry,
    clicks,
    foreignAtClaims: [...foreign],
    extraElements: extraChildren().map((e) => e.outerHTML),
    hooked: { roots: loot.roots.length, internals: loot.internals.length },
  };
}
