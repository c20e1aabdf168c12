// The e2e suite in Firefox (puppeteer-core over WebDriver BiDi, the built firefox-mv2 add-on).
import { defineBrowserSuite } from './suite.mjs';
import { launchFirefox } from './lib/firefox.mjs';

defineBrowserSuite('firefox', launchFirefox);
