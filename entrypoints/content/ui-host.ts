// Everything Sourcelight shows on a page (the hover card, the aria-live announcements and the marks
// on claims other outlets report differently) lives in one CLOSED shadow root, so that the page's own
// script can read none of it: the card names other outlets and their figures, which would tell the
// page what the reader has read elsewhere.
//
// The host is a plain <span>, not a custom element: a page can define a custom element's name before
// we create one, run its constructor on our host and, through attachInternals(), reach even a closed
// shadow root. A built-in element cannot be customised that way. Styles come as a constructed sheet
// where the browser allows it (see style()), and the host's own box is fixed with inline
// !important declarations, which page rules cannot override.

export class UiHost {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  /** The aria-live region (screen readers hear it; it has no size on screen). */
  readonly live: HTMLElement;
  /** Where the hover card is rendered. */
  readonly cardSlot: HTMLElement;
  /** Where the contradiction marks are drawn (see conflict-marks.ts). */
  readonly marks: HTMLElement;

  constructor(private doc: Document, css: string) {
    this.host = doc.createElement('span');
    this.root = this.host.attachShadow({ mode: 'closed' });
    // Absolute at the document's origin, no size: out of the page's flow, and the marks inside
    // scroll with the document without being moved. The card inside is position: fixed.
    const box: [string, string][] = [['all', 'initial'], ['position', 'absolute'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['overflow', 'visible'], ['z-index', '2147483647'], ['display', 'block']];
    for (const [k, v] of box) this.host.style.setProperty(k, v, 'important');
    this.style(css);
    this.marks = this.part('div', 'marks');
    this.live = this.part('div', 'sr');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.cardSlot = this.part('div', 'slot');
  }

  /**
   * A constructed sheet where the browser lets content scripts adopt one (Chrome); in Firefox, whose
   * Xray wrappers refuse adoptedStyleSheets, a <style> in our own closed root (Firefox applies no
   * page CSP to a content script's own style; the e2e strict-CSP page checks it). Never a sheet from
   * the page's world: its rules could probe our card's attributes.
   */
  private style(css: string): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      this.root.adoptedStyleSheets = [sheet];
    } catch {
      const el = this.doc.createElement('style');
      el.textContent = css;
      this.root.append(el);
    }
  }

  private part(tag: string, cls: string): HTMLElement {
    const el = this.doc.createElement(tag);
    el.className = cls;
    this.root.append(el);
    return el;
  }

  /** Puts the host on the page (after <body>, in <html>), again if the page removed it. */
  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }

  /** True for our host: events from inside a shadow root reach the page's tree as coming from it. */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }
}
