// The end-to-end checks, written once and run in each browser (chromium.test.mjs, firefox.test.mjs):
// the built extension on the demo site, looked at from the outside through the page, the
// extension's storage, the popup and every network request made.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { LATE_ARTICLE, SPA_FIRST, SPA_SECOND } from '../../scripts/demo-pages.mjs';
import { settledHighlights, PAINT_TIMEOUT } from './lib/highlights.mjs';
import { HIGHLIGHT_NAMES, readHighlights, articleOuterHtml, sourceArticleOuterHtml, canonicalUrl, visibleText, findStoredRecords } from './lib/probes.mjs';
import { goldCoverage, bestMatch } from './lib/coverage.mjs';
import { privacyViolations } from './lib/privacy.mjs';
import { loadSitePages } from './lib/site.mjs';
import { pollUntil, sleep } from './lib/wait.mjs';

/** Share of an article's gold claims that must be highlighted (and listed in the popup). */
export const MIN_GOLD_SHARE = 0.8;
/** How long a non-article page is watched for stray highlights. */
const QUIET_WAIT = 3_000;
/** Longest acceptable round trip of a trivial script while the 50,000-word page is processed. */
const MAX_PING_MS = 3_000;
/** Where the 50,000-word page is served (any demo host serves the generated pages). */
const LONG_PAGE = '/long.html';
const GENERATED_HOST = 'www.northwire.example';

/** Gold of the generated pages: plain strings, all required. */
const asGold = (contents) => contents.map((content) => ({ content }));
const LATE_GOLD = asGold(LATE_ARTICLE.gold);
const SPA_FIRST_GOLD = asGold(SPA_FIRST.gold);
const SPA_SECOND_GOLD = asGold(SPA_SECOND.gold);

const short = (s, n = 90) => (s.length > n ? s.slice(0, n) + '…' : s);

const claimTexts = (h) => h.ranges.filter((r) => r.name === 'sourcelight-claim').map((r) => r.text);

function assertOnlyInArticle(h, label) {
  const outside = h.ranges.filter((r) => !r.inArticle || r.furniture || !r.connected);
  assert.deepEqual(
    outside.map((r) => `${r.name} ${r.inArticle ? `inside ${r.furniture ?? 'a detached node'}` : 'outside the article'}: "${short(r.text, 60)}"`),
    [],
    `${label}: highlights outside the article body`,
  );
}

/**
 * @param {string} browserName
 * @param {(o: { demo: any }) => Promise<any>} launch
 */
export function defineBrowserSuite(browserName, launch) {
  const pages = loadSitePages();
  const articles = pages.filter((p) => p.kind === 'article');
  const others = pages.filter((p) => p.kind !== 'article');

  describe(`${browserName}: Sourcelight on the demo site`, { concurrency: false }, () => {
    let demo, driver, demoHosts;
    /** What each visited article page showed: tab, highlights, canonical URL. */
    const visits = new Map();
    let anyHighlighted = false;

    before(async () => {
      demo = await startDemoServer({ port: 0 });
      demoHosts = await demo.hosts();
      driver = await launch({ demo });
    });
    after(async () => {
      await driver?.close();
      await demo?.close();
    });

    async function visit(page) {
      const url = demo.url(page.host, page.path);
      if (visits.has(url)) return visits.get(url);
      const tab = await driver.newPage();
      await tab.goto(url);
      const highlights = await settledHighlights(tab, page.articleSelector);
      if (highlights.ranges.length) anyHighlighted = true;
      const v = { url, tab, highlights, canonical: await tab.evaluate(canonicalUrl) };
      visits.set(url, v);
      return v;
    }

    it('the demo site lists article pages with gold claims and non-article pages', () => {
      assert.ok(articles.length > 0, 'tests/fixtures/site/manifest.json lists no article pages');
      assert.ok(others.length > 0, 'the manifest lists no home/search/login pages');
      for (const a of articles) assert.ok(a.gold?.length, `no gold claims found for ${a.host}${a.path} (gold "${a.slug}")`);
    });

    for (const page of articles) {
      it(`${page.host}${page.path}: highlights cover the gold claims and stay inside the article`, async () => {
        const { highlights } = await visit(page);
        assert.ok(highlights.supported, 'CSS.highlights is missing in this browser');
        assert.ok(highlights.counts['sourcelight-claim'] > 0, `no sourcelight-claim highlights (counts ${JSON.stringify(highlights.counts)})`);
        const cov = goldCoverage(page.gold ?? [], claimTexts(highlights));
        console.log(`# ${browserName} ${page.host}${page.path}: gold covered ${cov.covered}/${cov.required} (${(100 * cov.share).toFixed(0)}%), highlights ${JSON.stringify(highlights.counts)}`);
        assertOnlyInArticle(highlights, `${page.host}${page.path}`);
        assert.ok(cov.share >= MIN_GOLD_SHARE, `only ${cov.covered}/${cov.required} gold claims highlighted; missed: ${cov.missed.map((m) => `"${short(m, 60)}"`).join('; ')}`);
      });

      it(`${page.host}${page.path}: the article's DOM is byte-identical to the served HTML`, async (t) => {
        if (!page.sourceHtml) return t.skip('page source file not found');
        const { tab } = await visit(page);
        const served = await tab.evaluate(sourceArticleOuterHtml, { html: page.sourceHtml, selector: page.articleSelector });
        const live = await tab.evaluate(articleOuterHtml, page.articleSelector);
        assert.ok(served, `no ${page.articleSelector} in the served page`);
        assert.equal(live, served, 'the article element changed after the extension ran');
      });
    }

    for (const page of others) {
      it(`${page.host}${page.path} (${page.kind}): no highlights and nothing stored`, async () => {
        const url = demo.url(page.host, page.path);
        const tab = await driver.newPage();
        await tab.goto(url);
        await sleep(QUIET_WAIT);
        const h = await tab.evaluate(readHighlights, { names: HIGHLIGHT_NAMES, articleSelector: 'article' });
        await tab.close();
        assert.deepEqual(h.ranges.map((r) => `${r.name}: "${short(r.text, 60)}"`), [], `${page.kind} page got highlights`);
        const stored = await driver.backgroundEval(findStoredRecords, [url]);
        assert.deepEqual(stored.hits, [], `${page.kind} page was stored`);
        // Meaningful only if the content script does paint articles in this browser.
        assert.ok(anyHighlighted, 'no article page got highlights in this browser, so "no highlights" proves nothing');
      });
    }

    it('the background stored every visited article (IndexedDB)', async () => {
      assert.ok(visits.size > 0, 'no article page was visited');
      const missing = [];
      for (const v of visits.values()) {
        const needles = [v.url, v.canonical].filter(Boolean);
        const stored = await pollUntil(() => driver.backgroundEval(findStoredRecords, needles), (s) => s.hits.length > 0, { timeout: 5_000 });
        if (!stored.hits.length) missing.push(`${v.url} (databases: ${stored.databases.join(', ') || 'none'})`);
      }
      assert.deepEqual(missing, [], 'articles not found in the extension\'s IndexedDB');
    });

    for (const page of articles) {
      it(`${page.host}${page.path}: the popup (popup.html?url=) lists the page's claims`, async () => {
        const { url } = await visit(page);
        const popup = await driver.openExtensionPage(`popup.html?url=${encodeURIComponent(url)}`);
        try {
          const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);
          const text = await pollUntil(() => popup.evaluate(visibleText), (t) => goldCoverage(page.gold ?? [], lines(t)).share >= MIN_GOLD_SHARE, { timeout: PAINT_TIMEOUT });
          const cov = goldCoverage(page.gold ?? [], lines(text));
          console.log(`# ${browserName} popup for ${page.host}${page.path}: gold listed ${cov.covered}/${cov.required}`);
          assert.ok(cov.share >= MIN_GOLD_SHARE, `popup lists ${cov.covered}/${cov.required} gold claims; it shows: "${short(text.replace(/\s+/g, ' '), 300)}"`);
        } finally {
          await popup.close();
        }
      });
    }

    it('an article inserted 1.5 s after load gets highlighted', async () => {
      const tab = await driver.newPage();
      await tab.goto(demo.url(GENERATED_HOST, '/late.html'));
      const h = await pollUntil(
        () => tab.evaluate(readHighlights, { names: HIGHLIGHT_NAMES, articleSelector: 'article' }),
        (x) => goldCoverage(LATE_GOLD, claimTexts(x)).share >= MIN_GOLD_SHARE,
        { timeout: 1_500 + PAINT_TIMEOUT, interval: 400 },
      );
      await tab.close();
      const cov = goldCoverage(LATE_GOLD, claimTexts(h));
      console.log(`# ${browserName} late article: gold covered ${cov.covered}/${cov.required}`);
      assertOnlyInArticle(h, 'late article');
      assert.ok(cov.share >= MIN_GOLD_SHARE, `late article: ${cov.covered}/${cov.required} gold claims highlighted`);
    });

    it('a single-page-app navigation (pushState) highlights the new article and drops the old one', async () => {
      const tab = await driver.newPage();
      await tab.goto(demo.url(GENERATED_HOST, '/spa.html'));
      const first = await settledHighlights(tab, 'article');
      const firstCov = goldCoverage(SPA_FIRST_GOLD, claimTexts(first));
      await tab.click('#next-story');
      const second = await pollUntil(
        () => tab.evaluate(readHighlights, { names: HIGHLIGHT_NAMES, articleSelector: 'article' }),
        (x) => goldCoverage(SPA_SECOND_GOLD, claimTexts(x)).share >= MIN_GOLD_SHARE,
        { timeout: PAINT_TIMEOUT, interval: 400 },
      );
      const secondCov = goldCoverage(SPA_SECOND_GOLD, claimTexts(second));
      const url = await tab.url();
      await tab.close();
      console.log(`# ${browserName} SPA: first article ${firstCov.covered}/${firstCov.required}, after pushState ${secondCov.covered}/${secondCov.required}`);
      assert.ok(url.endsWith('/spa/second.html'), `pushState did not happen (url ${url})`);
      assert.ok(firstCov.share >= MIN_GOLD_SHARE, `first SPA article: ${firstCov.covered}/${firstCov.required} gold claims highlighted`);
      assert.ok(secondCov.share >= MIN_GOLD_SHARE, `after pushState: ${secondCov.covered}/${secondCov.required} gold claims highlighted`);
      const stale = second.ranges.filter((r) => !r.connected || SPA_FIRST.gold.some((g) => bestMatch(g, [r.text]) >= 0.5));
      assert.deepEqual(stale.map((r) => short(r.text, 60)), [], 'highlights of the previous article remain');
      assertOnlyInArticle(second, 'after pushState');
    });

    it('a 50,000-word article loads and the tab stays responsive', async () => {
      const tab = await driver.newPage();
      const t0 = Date.now();
      await tab.goto(demo.url(GENERATED_HOST, LONG_PAGE));
      const loadMs = Date.now() - t0;
      // Ping the page while the extension works on it: each trivial script must come back quickly.
      let worst = 0;
      const end = Date.now() + 10_000;
      while (Date.now() < end) {
        const s = Date.now();
        const ok = await Promise.race([tab.evaluate(() => 1), sleep(MAX_PING_MS * 3).then(() => 0)]);
        const ms = Date.now() - s;
        worst = Math.max(worst, ms);
        assert.equal(ok, 1, `the tab did not answer within ${MAX_PING_MS * 3} ms`);
        await sleep(200);
      }
      const words = await tab.evaluate(() => document.querySelector('article')?.innerText.split(/\s+/).length ?? 0);
      const h = await tab.evaluate(readHighlights, { names: HIGHLIGHT_NAMES, articleSelector: 'article' });
      await tab.close();
      console.log(`# ${browserName} long page: ${words} words, load ${loadMs} ms, slowest ping ${worst} ms, claim highlights ${h.counts['sourcelight-claim'] ?? 0}`);
      assert.ok(words >= 50_000, `the long page has only ${words} words`);
      assert.ok(worst < MAX_PING_MS, `the tab was unresponsive for ${worst} ms`);
      assert.ok((h.counts['sourcelight-claim'] ?? 0) > 0, 'no claims highlighted on the 50,000-word page after 10 s');
      assertOnlyInArticle(h, 'long page');
    });

    it('privacy: only the pages\' own requests to the demo site, none from the extension', async () => {
      assert.ok(demo.requests.length > 0, 'the demo server saw no requests at all');
      const { violations, browserOwn } = privacyViolations({ serverLog: demo.requests, browserLog: driver.requests, demoHosts, port: demo.port });
      console.log(`# ${browserName} privacy: ${demo.requests.length} requests at the server, ${driver.requests.length} seen by the browser, ${violations.length} not from pages, ${browserOwn.length} the browser's own (${[...new Set(browserOwn.map((u) => new URL(u).host))].join(', ') || 'none'})`);
      assert.deepEqual(violations, []);
    });
  });
}
