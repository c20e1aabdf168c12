/**
 * How long the reader lives, and the page events it listens to, owned here instead of by WXT's
 * ContentScriptContext. WXT's context ends on a "content script started" custom event and passes on
 * `wxt:locationchange` events, both dispatched on the page's own document and window under a name
 * any page can compute (the extension id is public): a page script could switch Sourcelight off or
 * make it drop its highlights at will. So the reader never listens through WXT's context:
 * - it ends only when the extension itself is gone (reloaded, updated or removed: `runtime.id`
 *   reads undefined in the orphaned script), checked at every event and every address poll, so an
 *   orphaned reader stops within one poll and no signal from the page can end a live one;
 * - every page event it hears must be trusted (made by the browser or the reader, not a script);
 * - a navigation is the page's address changing, polled, not an event anyone can dispatch.
 */
export class Lifetime {
  private readonly ended = new AbortController();

  get signal(): AbortSignal {
    return this.ended.signal;
  }

  /** False once the extension is gone (and then everything registered here is undone). */
  get alive(): boolean {
    if (!this.signal.aborted && !extensionPresent()) this.ended.abort();
    return !this.signal.aborted;
  }

  onEnd(cb: () => void) {
    this.signal.addEventListener('abort', cb, { once: true });
  }

  /** Listens for the browser's own events only (`isTrusted`), while the reader lives. */
  listen<K extends string>(target: EventTarget, type: K, handler: (e: Event) => void, options: AddEventListenerOptions = {}) {
    target.addEventListener(type, (e) => {
      if (e.isTrusted && this.alive) handler(e);
    }, { ...options, signal: this.signal });
  }

  /** Calls `cb` when the page's address changes (a single-page site moved on), checked every `everyMs`. */
  watchLocation(cb: (url: string) => void, everyMs = 500) {
    let last = location.href;
    const timer = setInterval(() => {
      if (!this.alive || location.href === last) return;
      last = location.href;
      cb(last);
    }, everyMs);
    this.onEnd(() => clearInterval(timer));
  }
}

function extensionPresent(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
