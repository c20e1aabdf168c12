import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { COMMANDS } from './lib/shortcuts';

// One source, two builds: Chrome MV3 and Firefox (MV2 by default in WXT for Firefox).
export default defineConfig({
  // Separate output folders let parallel builds (e.g. a demo and a test run) not collide.
  outDir: process.env.SOURCELIGHT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Highlights who said what in news articles and lines up conflicting reports across outlets. Nothing leaves your machine.',
    // Least permissions: storage for settings; tabs only to read the active tab's URL for the popup.
    permissions: ['storage', 'tabs'],
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
          },
        }
      : {}),
  }),
});
