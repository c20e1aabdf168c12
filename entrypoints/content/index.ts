import './highlights.css';
import './marks.css';
import { Session } from './session';

/** Frames smaller than this are ads, widgets or trackers, never a story someone reads. */
const MIN_FRAME_WIDTH = 400;
const MIN_FRAME_HEIGHT = 300;

const sizeable = () => window.innerWidth >= MIN_FRAME_WIDTH && window.innerHeight >= MIN_FRAME_HEIGHT;

// Runs on every http(s) page, but does nothing visible unless the page is an article.
// Frames too (allFrames): an article embedded in a frame is read by the session of that frame,
// which reports it under its own URL; the background keeps the top frame's article first (see
// entrypoints/background/service.ts), so a frame never replaces the page's own article.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    const top = window === window.top;
    const start = () => void new Session(ctx, top).start().catch((err: unknown) => console.debug('[sourcelight] start failed', err));
    if (top || sizeable()) return start();
    // A small frame costs one listener: embeds often start at the default 300x150 and are sized
    // by their page once loaded, so a frame that grows is read then.
    const onResize = () => {
      if (!sizeable()) return;
      window.removeEventListener('resize', onResize);
      start();
    };
    ctx.addEventListener(window, 'resize', onResize);
  },
});
