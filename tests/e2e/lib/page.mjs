// What both drivers' tabs share: Playwright's and puppeteer's Page answer these calls alike.
// Each driver adds what differs (keys, viewport, screenshots, reading Sourcelight's closed UI).

/** Page-world expression: the candidates for Sourcelight's UI host, the children of <html> other
 *  than <head> and <body> (the host is appended there). */
export const UI_HOST_CANDIDATES = `Array.from(document.documentElement.children).filter((e) => e.localName !== 'head' && e.localName !== 'body')`;

/** @param {any} page a Playwright or puppeteer Page */
export const commonTab = (page) => ({
  raw: page,
  goto: (url) => page.goto(url, { waitUntil: 'load' }),
  evaluate: (fn, arg) => page.evaluate(fn, arg),
  url: () => page.url(),
  /** Runs `fn(arg)` in the page's first frame whose URL contains `urlPart` (null when none). */
  async frameEvaluate(urlPart, fn, arg) {
    const frame = page.frames().find((f) => f.url().includes(urlPart));
    return frame ? frame.evaluate(fn, arg) : null;
  },
  click: (selector) => page.click(selector),
  mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
  /** A real click (trusted input) at a viewport point. */
  clickAt: (x, y) => page.mouse.click(x, y),
  /** Makes the tab the one in front (a hidden tab runs no animation frames). */
  bringToFront: () => page.bringToFront(),
  close: () => page.close(),
});
