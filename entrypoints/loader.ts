// The one script every frame of every page runs (a few hundred bytes): frames too small to hold an
// article (ads, widgets, trackers) cost one resize listener and nothing else. A frame that is, or
// grows to, article size loads the reader, the content script the top frame gets from the manifest
// (entrypoints/content/index.ts), through a dynamic import of that same file: it is a web accessible
// resource (under a per-session address in Chrome), and the import runs it in the extension's own
// isolated world, not the page's. No permission beyond the content scripts' own is needed.
import { MIN_FRAME_HEIGHT, MIN_FRAME_WIDTH, READER_PATH } from './content/frames';

type Runtime = { runtime: { getURL(path: string): string } };

export default defineUnlistedScript(() => {
  if (window === window.top) return; // the top frame has the reader from the manifest
  const api = ((globalThis as { browser?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome)!;
  const sizeable = () => window.innerWidth >= MIN_FRAME_WIDTH && window.innerHeight >= MIN_FRAME_HEIGHT;
  const load = () => void import(/* @vite-ignore */ api.runtime.getURL(READER_PATH)).catch(() => undefined);
  if (sizeable()) return load();
  // Embeds often start at the default 300x150 and are sized by their page once loaded.
  const onResize = () => {
    if (!sizeable()) return;
    window.removeEventListener('resize', onResize);
    load();
  };
  window.addEventListener('resize', onResize);
});
