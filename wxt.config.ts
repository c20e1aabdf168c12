import { defineConfig } from 'wxt';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { COMMANDS } from './lib/shortcuts';
import { ENGINE_PATH, READER_PATH } from './entrypoints/content/frames';
import { stripInnerHtmlPlugin } from './build/strip-inner-html';
import { asciiOnlyPlugin } from './build/ascii-only';

const PAGES = ['http://*/*', 'https://*/*'];
/** Firefox: the highlight styles as a manifest stylesheet (see entrypoints/content/shadow.ts). */
const FIREFOX_HIGHLIGHT_CSS = 'content-scripts/highlights.css';

// One source, two builds: Chrome MV3 and Firefox (MV2 by default in WXT for Firefox).
export default defineConfig({
  // Separate output folders let parallel builds (e.g. a demo and a test run) not collide.
  outDir: process.env.SOURCELIGHT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact without its raw HTML path (build/strip-inner-html.ts): no innerHTML write in any bundle of
  // ours; every script in ASCII, held by the browser as a one-byte string (build/ascii-only.ts).
  vite: () => ({ plugins: [stripInnerHtmlPlugin(), preact(), asciiOnlyPlugin()] }),
  // Firefox does not let content scripts set adoptedStyleSheets (its Xray wrappers refuse the
  // property), and a page's CSP blocks the <style> element an extension adds; a stylesheet named in
  // the manifest is applied by the browser itself, under no CSP and with no node in the page.
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') files.push({ relativeDest: FIREFOX_HIGHLIGHT_CSS, absoluteSrc: path.resolve('entrypoints/content/highlights.css') });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Highlights who said what in news articles and lines up conflicting reports across outlets. Nothing leaves your machine.',
    // Least permissions: storage for settings; tabs only to read the active tab's URL for the popup.
    permissions: ['storage', 'tabs'],
    // Every frame runs only the loader (entrypoints/loader.ts); the top frame also gets the reader
    // (entrypoints/content, added by WXT), which frames of article size import, as the reader imports
    // the engine when the background cannot extract: both must be reachable from pages. Chrome serves
    // them under a per-session address, so a page cannot probe a fixed one to learn the extension is there.
    content_scripts: [{ matches: PAGES, js: ['loader.js'], all_frames: true, run_at: 'document_idle', ...(browser === 'firefox' ? { css: [FIREFOX_HIGHLIGHT_CSS] } : {}) }],
    web_accessible_resources: [{ resources: [READER_PATH.slice(1), ENGINE_PATH.slice(1)], matches: PAGES, ...(browser === 'chrome' ? { use_dynamic_url: true } : {}) }],
    // Every shortcut is a registered command, so the reader can change it in the browser's settings.
    commands: Object.fromEntries(Object.entries(COMMANDS).map(([name, c]) => [name, { suggested_key: { default: c.suggested }, description: c.description }])),
    // Versions with the CSS Custom Highlight API, which paints without touching the page's DOM.
    ...(browser === 'chrome' ? { minimum_chrome_version: '105' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions came to Firefox for Android in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
