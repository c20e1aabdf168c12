// A linkedom document for Preact component tests: the global document from the first test on,
// containers that are unmounted and removed after each test, and a flush for pending effects.
import { afterEach, beforeAll } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';

export function useDom() {
  let win: Window & typeof globalThis;
  const mounted: HTMLElement[] = [];
  beforeAll(() => {
    const dom = parseHTML('<!doctype html><html><body></body></html>');
    win = dom.window as unknown as Window & typeof globalThis;
    Object.assign(globalThis, { document: dom.document, window: dom.window });
  });
  afterEach(() => {
    for (const r of mounted.splice(0)) {
      render(null, r);
      r.remove();
    }
  });
  return {
    get win() {
      return win;
    },
    /** A fresh container in the body, unmounted after the test. */
    container(): HTMLElement {
      const root = document.createElement('div');
      document.body.appendChild(root);
      mounted.push(root);
      return root;
    },
    /** Lets timers, promises and effects run `times` rounds. */
    async flush(times = 6) {
      for (let k = 0; k < times; k++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
    },
  };
}
