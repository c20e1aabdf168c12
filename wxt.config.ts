import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn Sourcelight highlights on or off',
      },
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Step to the next attributed claim',
      },
    },
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
