import { Lifetime } from './lifetime';
import { Session } from './session';

// The reader: the top frame of every http(s) page runs it (it does nothing visible unless the page is
// an article); frames that can hold an article load it through entrypoints/loader.ts. An article in
// a frame is read by the session of that frame, which reports it under its own URL; the background
// keeps the top frame's article first (see entrypoints/background/service.ts), so a frame never
// replaces the page's own article. Styles are added by the painter when there is something to paint.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // WXT's context (the argument to main) is left unused: see lifetime.ts for why.
  main() {
    const top = window === window.top;
    void new Session(new Lifetime(), top).start().catch((err: unknown) => console.debug('[sourcelight] start failed', err));
  },
});
