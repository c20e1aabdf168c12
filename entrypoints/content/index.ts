import './highlights.css';
import './marks.css';
import { Session } from './session';

// Runs on every http(s) page, but does nothing visible unless the page is an article.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void new Session(ctx).start().catch((err: unknown) => console.debug('[sourcelight] start failed', err));
  },
});
