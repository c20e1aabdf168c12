// `npm start`: build the extension if needed, serve the demo news site, and show Sourcelight on it.
// With a display: opens a browser (Chromium/Chrome preferred, else Firefox) with the extension
// loaded on the demo site, until you close it. Without one: runs headless, saves screenshots of the
// highlighted demo pages and their popups to demo-screenshots/, prints where, and exits.
// Options: --headless (force screenshots), --browser chromium|firefox, --port N;
// env CHROME_PATH / FIREFOX_PATH choose the browser binary, SOURCELIGHT_OUT_DIR the build folder.
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild, REPO, OUT_DIR } from './ensure-build.mjs';
import { findBrowsers, HOW_TO_GET_A_BROWSER } from './find-browser.mjs';
import { startDemoServer } from './serve-demo.mjs';
import { GENERATED_PATHS } from './demo-pages.mjs';
import { launchChromium } from '../tests/e2e/lib/chromium.mjs';
import { launchFirefox } from '../tests/e2e/lib/firefox.mjs';
import { loadSitePages } from '../tests/e2e/lib/site.mjs';
import { settledHighlights } from '../tests/e2e/lib/highlights.mjs';
import { visibleText } from '../tests/e2e/lib/probes.mjs';
import { sleep } from '../tests/e2e/lib/wait.mjs';

const SHOTS = path.join(REPO, 'demo-screenshots');
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };

const hasDisplay = () => process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

async function startServer() {
  const wanted = Number(opt('--port') ?? process.env.PORT ?? 8480);
  try {
    return await startDemoServer({ port: wanted });
  } catch (err) {
    if (err?.code !== 'EADDRINUSE') throw err;
    return startDemoServer({ port: 0 }); // the usual port is taken: any free one will do
  }
}

function launcherFor(browser) {
  const extDir = path.join(OUT_DIR, browser.kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  const launch = browser.kind === 'chromium' ? launchChromium : launchFirefox;
  return (demo, headless) => launch({ demo, extDir, headless, executablePath: browser.path, proxy: false });
}

/** Headed: the demo's article pages in tabs, the site index first; runs until the browser closes. */
async function runHeaded(browser, demo, articles) {
  const driver = await launcherFor(browser)(demo, false);
  console.log(`Opened ${browser.kind} (${browser.path}) with Sourcelight. Close the browser or press Ctrl-C to stop.`);
  for (const a of articles.slice(0, 4)) {
    const tab = await driver.newPage();
    await tab.goto(demo.url(a.host, a.path)).catch(() => {});
  }
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    (driver.context ?? driver.browser).once(driver.context ? 'close' : 'disconnected', resolve);
  });
  await driver.close();
}

/** Headless: a screenshot of each highlighted article and of its popup. */
async function runHeadless(browser, demo, articles) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const driver = await launcherFor(browser)(demo, true);
  const written = [];
  try {
    const pages = [...articles.map((a) => ({ host: a.host, path: a.path, selector: a.articleSelector })), { host: 'www.northwire.example', path: GENERATED_PATHS[1], selector: 'article' }];
    for (const p of pages) {
      const url = demo.url(p.host, p.path);
      const name = `${browser.kind}-${p.host}${p.path}`.replace(/[^a-z0-9.-]+/gi, '_').replace(/_html$|\.html$/, '');
      const tab = await driver.newPage();
      await tab.goto(url);
      if (p.path === GENERATED_PATHS[1]) await sleep(1_600); // the late article's own delay
      const h = await settledHighlights(tab, p.selector);
      const claims = h.counts['sourcelight-claim'] ?? 0;
      // Scroll the first claim into view so the picture shows highlights, not the masthead.
      await tab.evaluate(() => {
        const first = CSS.highlights?.get('sourcelight-claim')?.values().next().value;
        const el = first?.startContainer?.parentElement;
        if (el) el.scrollIntoView({ block: 'center' });
      });
      const file = path.join(SHOTS, `${name}.png`);
      await tab.screenshot(file);
      written.push(`${path.relative(REPO, file)}  (${claims} claims highlighted)`);
      await tab.close();
      if (articles.some((a) => a.host === p.host && a.path === p.path)) {
        const popup = await driver.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
        await popup.setViewport(400, 600); // the size of the toolbar popup
        await sleep(1_500);
        const lines = (await popup.evaluate(visibleText)).split('\n').filter((l) => l.trim()).length;
        const pfile = path.join(SHOTS, `${name}-popup.png`);
        await popup.screenshot(pfile);
        written.push(`${path.relative(REPO, pfile)}  (popup, ${lines} lines of text)`);
        await popup.close();
      }
    }
  } finally {
    await driver.close();
  }
  return written;
}

async function main() {
  const found = findBrowsers();
  const only = opt('--browser');
  const browsers = only ? found.filter((b) => b.kind === only) : found;
  if (!browsers.length) {
    console.error(only ? `No ${only} browser found.\n${HOW_TO_GET_A_BROWSER}` : HOW_TO_GET_A_BROWSER);
    process.exit(1);
  }
  ensureBuild();
  const demo = await startServer();
  const articles = loadSitePages().filter((p) => p.kind === 'article');
  console.log(`Demo news site: http://127.0.0.1:${demo.port}/ (outlets ${(await demo.hosts()).join(', ')})`);
  try {
    if (hasDisplay() && !argv.includes('--headless')) {
      await runHeaded(browsers[0], demo, articles);
    } else {
      console.log('No display found: running headless and saving screenshots instead.');
      const written = [];
      for (const b of browsers) {
        console.log(`Using ${b.kind}: ${b.path}`);
        written.push(...(await runHeadless(b, demo, articles)));
      }
      console.log(`\nScreenshots of the highlighted demo pages are in ${SHOTS}/:`);
      for (const w of written) console.log(`  ${w}`);
    }
  } finally {
    await demo.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
