// Runs the real built extension in Chromium as if the browser had no CSS Custom Highlight API.
// Chromium 156 has no switch to turn the API off (the HighlightAPI runtime flag is gone, and
// Firefox's dom.customHighlightAPI.enabled pref too), so the test removes it from the extension's
// own isolated world through the DevTools protocol: a conditional breakpoint on the first
// statement of the content script deletes CSS.highlights and Highlight and never pauses. The page's
// world keeps its API; the extension's code runs unchanged and finds the API missing.

/** The content script the build writes (chrome-mv3/content-scripts/content.js). */
const CONTENT_SCRIPT = '^chrome-extension://[a-p]{32}/content-scripts/content\\.js$';

/**
 * Call on a fresh tab before navigating it. Returns `extensionWorld()`, which reports what the
 * extension's world sees ({ highlights, Highlight } as typeof strings), or null if it is not there.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function withoutHighlightApi(context, page) {
  const cdp = await context.newCDPSession(page);
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => { if (c.origin?.startsWith('chrome-extension://')) worlds.set(c.id, c); });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setBreakpointByUrl', {
    urlRegex: CONTENT_SCRIPT,
    lineNumber: 0,
    columnNumber: 0,
    condition: 'delete CSS.highlights, delete globalThis.Highlight, false',
  });
  return {
    async extensionWorld() {
      for (const id of [...worlds.keys()].reverse()) {
        try {
          const r = await cdp.send('Runtime.evaluate', { contextId: id, returnByValue: true, expression: '({ highlights: typeof CSS.highlights, Highlight: typeof Highlight })' });
          return r.result.value;
        } catch {
          // a context of a previous document: try the next one
        }
      }
      return null;
    },
  };
}
