// Screenshots of every state a reader meets (issue 15), each at 1280 px and 400 px wide, taken with the
// same browser drivers as the e2e tests: the first-run page, the card on a contradicted claim, the popup
// with other outlets, updates and within-article groups, the popups of the live blog and the long page,
// a site switched off, and the options page during an import. `npm start` calls it (scripts/start.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/lib/chromium.mjs';
import { launchFirefox } from '../tests/e2e/lib/firefox.mjs';
import { loadSitePages, loadStories } from '../tests/e2e/lib/site.mjs';
import { settledHighlights } from '../tests/e2e/lib/highlights.mjs';
import { HIGHLIGHT_NAMES, readHighlights, askPageView, pointAtClaim, cardState, tabIdFor, setSettings } from '../tests/e2e/lib/probes.mjs';
import { bestMatch } from '../tests/e2e/lib/coverage.mjs';
import { writeExport } from '../tests/e2e/lib/exports.mjs';
import { pollUntil, sleep } from '../tests/e2e/lib/wait.mjs';

/** Window sizes: a desktop window, and a narrow one (a phone, a split screen, the toolbar popup). */
const WIDE = { width: 1280, height: 900 };
const NARROW = { page: { width: 400, height: 800 }, popup: { width: 400, height: 600 } };
const LONG_PAGE = { host: 'www.northwire.example', path: '/long.html', articleSelector: 'article' };
/** Articles in the import shown in progress: enough for the progress bar to stay up a few seconds. */
const IMPORT_ARTICLES = 1_500;

/** True when a conflict side's address (canonical or visited) is the page at host+path. */
const isFrom = (url, page) => {
  try {
    const u = new URL(url);
    return u.hostname === page.host && u.pathname === page.path;
  } catch {
    return false;
  }
};

const kinds = (view) => {
  const open = (view?.conflicts ?? []).filter((c) => !c.dismissed);
  return { others: open.filter((c) => !c.within && !c.update).length, updates: open.filter((c) => c.update).length, within: open.filter((c) => c.within).length };
};

/** The popup has drawn a view (not loading, not still reading). */
const popupSettled = () => document.querySelector('main')?.getAttribute('aria-busy') === 'false' && document.body.innerText.trim().length > 40;

/**
 * @param {{ kind: 'chromium' | 'firefox', path: string }} browser
 * @param {{ url: (host: string, path: string) => string }} demo the running demo server
 * @param {{ extDir: string, outDir: string, log?: (s: string) => void }} options
 * @returns {Promise<string[]>} what was written, one line each
 */
export async function takeScreenshots(browser, demo, { extDir, outDir, log = () => {} }) {
  fs.mkdirSync(outDir, { recursive: true });
  const launch = browser.kind === 'chromium' ? launchChromium : launchFirefox;
  const driver = await launch({ demo, extDir, headless: true, executablePath: browser.path, proxy: false });
  const written = [];
  const shoot = async (tab, state, width, note, fullPage = false) => {
    const file = path.join(outDir, `${browser.kind}-${state}-${width}.png`);
    await sleep(300); // a resize repaints
    await tab.screenshot(file, { fullPage });
    written.push(`${path.basename(file)}  ${note}`);
    log(`  ${path.basename(file)}`);
  };
  /** A popup-like extension page at both widths, whole page (the narrow one is the toolbar popup). */
  const shootBoth = async (tab, state, note) => {
    await tab.setViewport(WIDE.width, WIDE.height);
    await shoot(tab, state, WIDE.width, note, true);
    await tab.setViewport(NARROW.popup.width, NARROW.popup.height);
    const seen = await tab.evaluate(() => ({ tall: document.documentElement.scrollHeight, headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent.trim()) }));
    await shoot(tab, state, NARROW.popup.width, `${note}; ${seen.tall} px tall at 400 px${seen.headings.length ? `; ${seen.headings.join(' / ')}` : ''}`, true);
  };
  /** The toolbar popup of the open tab showing `url` (popup.html?tab=, as the toolbar button opens it). */
  const popupFor = async (url, state, note) => {
    const tabId = await driver.backgroundEval(tabIdFor, url);
    const popup = await driver.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      await pollUntil(() => popup.evaluate(popupSettled), (x) => x, { timeout: 20_000, interval: 300 });
      await shootBoth(popup, state, note);
    } finally {
      await popup.close();
    }
  };
  const open = async (page) => {
    const tab = await driver.newPage();
    await tab.goto(demo.url(page.host, page.path));
    await settledHighlights(tab, page.articleSelector, 30_000);
    return tab;
  };

  try {
    // 1. The first-run page, as it opens on install.
    const welcome = await driver.openExtensionPage('welcome.html?first=1');
    await pollUntil(() => welcome.evaluate(() => CSS.highlights?.get('sourcelight-claim')?.size ?? 0), (n) => n > 0, { timeout: 10_000 });
    await shootBoth(welcome, 'first-run', 'the first-run page: painted sample and key');
    await welcome.close();

    // 2. Story A: every outlet's report read; the one whose popup has the most kinds of disagreement.
    const articles = loadSitePages().filter((p) => p.kind === 'article');
    const bySlug = new Map(articles.filter((a) => a.slug).map((a) => [a.slug, a]));
    const storyA = (loadStories()?.stories ?? []).find((s) => s.id === 'A');
    const story = (storyA?.articles ?? []).map((s) => bySlug.get(s)).filter(Boolean);
    const tabs = [];
    for (const a of story) tabs.push(await open(a));
    const viewer = await driver.openExtensionPage('popup.html?e2e=screenshots');
    const views = [];
    for (const a of story) {
      const url = demo.url(a.host, a.path);
      const view = await pollUntil(() => viewer.evaluate(askPageView, url), (v) => v?.state === 'ok', { timeout: 10_000, interval: 300 });
      views.push({ a, url, view, k: kinds(view) });
    }
    await viewer.close();
    const score = (x) => (x.k.others > 0) + (x.k.updates > 0) + (x.k.within > 0);
    const best = views.sort((x, y) => score(y) - score(x) || y.k.others - x.k.others)[0];
    await popupFor(best.url, 'popup-conflicts', `popup of ${best.a.host}`);

    // 3. The card on a claim another outlet reports differently, on that article's page.
    const page = tabs[story.indexOf(best.a)];
    const contents = (best.view.conflicts ?? []).filter((c) => !c.dismissed && !c.within && !c.update)
      .flatMap((c) => c.sides).filter((s) => !s.own && isFrom(s.url, best.a)).map((s) => s.content);
    const claims = (await page.evaluate(readHighlights, { names: HIGHLIGHT_NAMES, articleSelector: best.a.articleSelector })).ranges
      .filter((r) => r.name.startsWith('sourcelight-claim')).map((r) => r.text);
    const fit = (t) => Math.max(0, ...contents.map((c) => bestMatch(c, [t])));
    const candidates = claims.filter((t) => fit(t) >= 0.5).sort((a, b) => fit(b) - fit(a));
    await page.bringToFront();
    for (const size of [WIDE, NARROW.page]) {
      // the first candidate whose card says it is reported differently (a card may open on a neighbour)
      let card = null;
      for (const claim of candidates) {
        await page.mouseMove(2, 2); // away from any card first: the pointer may not be inside the narrower window
        await page.setViewport(size.width, size.height);
        await pollUntil(() => page.uiEvaluate(cardState), (c) => !c.open, { timeout: 3_000, interval: 150 });
        const point = await page.evaluate(pointAtClaim, claim);
        if (!point) continue;
        await sleep(300); // the scroll settles
        await page.mouseMove(point.x, point.y);
        card = await pollUntil(() => page.uiEvaluate(cardState), (c) => c.open, { timeout: 5_000, interval: 150 });
        if (/differently/.test(card.text)) break;
      }
      if (!card?.open) throw new Error('no card opened on a contradicted claim');
      await shoot(page, 'card', size.width, `the card on "${card.text.slice(0, 60)}…"`);
    }

    // 4. The live blog's and the 50,000-word page's popups, before any group is unfolded.
    const live = articles.find((a) => a.slug === 'liveblog-storm');
    for (const [p, state, what] of [[live, 'popup-live-blog', 'the storm live blog'], [LONG_PAGE, 'popup-long-page', 'the 50,000-word page']]) {
      if (!p) continue;
      const tab = await open(p);
      await popupFor(demo.url(p.host, p.path), state, `popup of ${what}`);
      await tab.close();
    }

    // 5. A site switched off from the tab's own popup ("Turn Sourcelight off on ..."), then on again.
    const tabId = await driver.backgroundEval(tabIdFor, best.url);
    const popup = await driver.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      await pollUntil(() => popup.evaluate(popupSettled), (x) => x, { timeout: 20_000, interval: 300 });
      await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => /^Turn Sourcelight off on/.test(b.textContent ?? ''))?.click());
      await pollUntil(() => popup.evaluate(() => /is off/i.test(document.body.innerText)), (x) => x, { timeout: 5_000, interval: 100 });
      await shootBoth(popup, 'switched-off', `the popup just after "Turn Sourcelight off on ${best.a.host.replace(/^www\./, '')}"`);
      await popup.evaluate(setSettings, { disabledSites: [] });
    } finally {
      await popup.close();
    }
    for (const t of tabs) await t.close();

    // 6. The options page while a file is imported (then cancelled: the store stays as it was).
    const options = await driver.openExtensionPage('options.html');
    try {
      await pollUntil(() => options.evaluate(() => /articles? stored/.test(document.querySelector('#data-stats')?.textContent ?? '')), (x) => x, { timeout: 10_000 });
      await options.setInputFile('#import-file', writeExport(IMPORT_ARTICLES));
      // under way: some articles sent, the import not finished
      const label = await pollUntil(() => options.evaluate(() => document.querySelector('#transfer-label')?.textContent ?? ''), (t) => /Importing: [1-9]/.test(t), { timeout: 20_000, interval: 30 });
      if (!/Importing: [1-9]/.test(label)) throw new Error(`the import showed no progress ("${label}")`);
      await options.evaluate(() => document.querySelector('#transfer-progress')?.scrollIntoView({ block: 'center' }));
      await options.setViewport(WIDE.width, WIDE.height);
      await shoot(options, 'options-import', WIDE.width, 'the options page during an import');
      await options.setViewport(NARROW.page.width, NARROW.page.height);
      await options.evaluate(() => document.querySelector('#transfer-progress')?.scrollIntoView({ block: 'center' }));
      await shoot(options, 'options-import', NARROW.page.width, 'the options page during an import');
      await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => /Cancel import/.test(b.textContent ?? ''))?.click());
    } finally {
      await options.close();
    }
  } finally {
    await driver.close();
  }
  return written;
}
