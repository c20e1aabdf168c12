// Where the e2e tests find the built extension and the browsers.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../../scripts/find-browser.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Same variable as wxt.config.ts, so the tests load exactly what `npm run build` wrote. */
export const OUT_DIR = path.resolve(REPO, process.env.SOURCELIGHT_OUT_DIR ?? '.output');
export const CHROME_EXT = path.join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_EXT = path.join(OUT_DIR, 'firefox-mv2');

/** CHROME_PATH / FIREFOX_PATH, else the browsers `npm start` would find (Debian's paths first). */
export const CHROME_PATH = findBrowser('chromium') ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = findBrowser('firefox') ?? '/usr/bin/firefox-esr';

/** The Firefox add-on id from wxt.config.ts and the moz-extension UUID the tests pin it to. */
export const GECKO_ID = 'sourcelight@sourcelight.example';
export const FIREFOX_UUID = '5f1c3b1e-7a7d-4c39-9d0e-51e9e7a1c0de';

export function assertBuilt(dir) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first (or set SOURCELIGHT_OUT_DIR).`);
  }
}
