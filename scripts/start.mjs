// `npm start`: build the extension if needed, serve the demo news site, and show Sourcelight on it.
// First, once per build, it saves screenshots of each state a reader meets at 1280 and 400 px
// (scripts/screenshots.mjs) to demo-screenshots/ and prints them. Then, with a display, it opens a
// browser (Chromium/Chrome preferred, else Firefox) with the extension loaded on the demo site, until
// you close it; without one (or with --headless) it takes the screenshots with every browser found
// and exits. Options: --headless, --no-screenshots, --screenshots (take them again even if current),
// --browser chromium|firefox, --port N;
// env CHROME_PATH / FIREFOX_PATH choose the browser binary, SOURCELIGHT_OUT_DIR the build folder.
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild, REPO, OUT_DIR } from './ensure-build.mjs';
import { findBrowsers, HOW_TO_GET_A_BROWSER } from './find-browser.mjs';
import { startDemoServer } from './serve-demo.mjs';
import { takeScreenshots } from './screenshots.mjs';
import { launchChromium } from '../tests/e2e/lib/chromium.mjs';
import { launchFirefox } from '../tests/e2e/lib/firefox.mjs';
import { loadSitePages } from '../tests/e2e/lib/site.mjs';

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

const extDirOf = (browser) => path.join(OUT_DIR, browser.kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');

function launcherFor(browser) {
  const launch = browser.kind === 'chromium' ? launchChromium : launchFirefox;
  return (demo, headless) => launch({ demo, extDir: extDirOf(browser), headless, executablePath: browser.path, proxy: false });
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

/** The screenshots of every state (scripts/screenshots.mjs) with one browser, taken once per build:
 *  kept while they are newer than the build, unless `--screenshots` asks again. */
async function screenshotsOnce(browser, demo) {
  const index = path.join(SHOTS, `${browser.kind}.txt`);
  const builtAt = fs.statSync(path.join(extDirOf(browser), 'manifest.json')).mtimeMs;
  const current = fs.existsSync(index) && fs.statSync(index).mtimeMs > builtAt;
  if (current && !argv.includes('--screenshots')) {
    console.log(`Screenshots of this build (${browser.kind}) are in ${SHOTS}/ (listed in ${path.basename(index)}; --screenshots takes them again).`);
    return;
  }
  console.log(`Taking screenshots of each state at 1280 and 400 px with ${browser.kind} (about a minute; --no-screenshots skips this)...`);
  const written = await takeScreenshots(browser, demo, { extDir: extDirOf(browser), outDir: SHOTS });
  fs.writeFileSync(index, `${written.join('\n')}\n`);
  console.log(`Screenshots in ${SHOTS}/:`);
  for (const w of written) console.log(`  ${w}`);
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
  const shots = !argv.includes('--no-screenshots');
  try {
    if (hasDisplay() && !argv.includes('--headless')) {
      // a failed screenshot must not keep the reader from the browser: say so and go on
      if (shots) await screenshotsOnce(browsers[0], demo).catch((err) => console.error(`Screenshots failed (${err instanceof Error ? err.message : err}); opening the browser anyway.`));
      await runHeaded(browsers[0], demo, articles);
    } else {
      console.log('No display found (or --headless): screenshots only, with every browser found.');
      for (const b of browsers) await screenshotsOnce(b, demo);
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
