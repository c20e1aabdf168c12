// What both drivers' tabs share: Playwright's and puppeteer's Page answer these calls alike.
// Each driver adds what differs (keys, viewport, screenshots).

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
  close: () => page.close(),
});
