// The e2e suite in Chromium (Playwright, the built chrome-mv3 extension).
import { defineBrowserSuite } from './suite.mjs';
import { launchChromium } from './lib/chromium.mjs';

defineBrowserSuite('chromium', launchChromium);
