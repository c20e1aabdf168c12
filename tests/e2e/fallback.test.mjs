// The fallback painter in a real browser: the built extension in Chromium with the CSS Custom
// Highlight API removed from the extension's world (lib/no-highlight-api.mjs), so it wraps claims
// in <sourcelight-mark> elements. Checks the same things a reader would see, and that turning the
// highlights off gives the page back byte for byte.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { HOSTILE_ARTICLE, SPA_FIRST, SPA_SECOND } from '../../scripts/demo-pages.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { withoutHighlightApi } from './lib/no-highlight-api.mjs';
import { readMarks, blockBoxes } from './lib/marks.mjs';
import { articleOuterHtml, sourceArticleOuterHtml, cardState } from './lib/probes.mjs';
import { goldCoverage, bestMatch } from './lib/coverage.mjs';
import { loadSitePages } from './lib/site.mjs';
import { pollUntil, sleep } from './lib/wait.mjs';
import { MIN_GOLD_SHARE } from './suite.mjs';

const PAINT_TIMEOUT = 10_000;
/** The demo articles checked here: the seed article and two of different make-up. */
const SLUGS = ['seed/000_4cc0a089986172ab', 'ferry-northwire', 'liveblog-storm'];
const short = (s, n = 80) => (s.length > n ? s.slice(0, n) + '…' : s);

describe('chromium without the Highlight API: the wrapping fallback', { concurrency: false }, () => {
  const pages = loadSitePages().filter((p) => SLUGS.includes(p.slug));
  let demo, driver;
  const tabs = new Map();

  before(async () => {
    demo = await startDemoServer({ port: 0 });
    driver = await launchChromium({ demo });
  });
  after(async () => {
    await driver?.close();
    await demo?.close();
  });

  /** Opens a page with the API hidden from the extension and waits until the marks stop changing. */
  async function open(host, path, selector = 'article') {
    const tab = await driver.newPage();
    const hidden = await withoutHighlightApi(driver.context, tab.raw);
    await tab.goto(demo.url(host, path));
    let previous = -1;
    const marks = await pollUntil(() => tab.evaluate(readMarks, { articleSelector: selector }), (m) => {
      const stable = m.total > 0 && m.total === previous;
      previous = m.total;
      return stable;
    }, { timeout: PAINT_TIMEOUT, interval: 400 });
    return { tab, hidden, marks };
  }

  async function visit(page) {
    if (!tabs.has(page.slug)) tabs.set(page.slug, await open(page.host, page.path, page.articleSelector));
    return tabs.get(page.slug);
  }

  it('the demo site has the pages this file checks', () => {
    assert.deepEqual(pages.map((p) => p.slug).sort(), [...SLUGS].sort());
  });

  for (const slug of SLUGS) {
    it(`${slug}: gold claims are wrapped, only inside the article, never nested`, async () => {
      const page = pages.find((p) => p.slug === slug);
      const { tab, hidden, marks } = await visit(page);
      const world = await hidden.extensionWorld();
      assert.deepEqual(world, { highlights: 'undefined', Highlight: 'undefined' }, 'the extension\'s world still has the Highlight API');
      const registered = await tab.evaluate(() => { const n = []; CSS.highlights.forEach((_, k) => n.push(k)); return n; });
      assert.deepEqual(registered, [], 'highlights were registered although the API is missing');
      const cov = goldCoverage(page.gold ?? [], marks.claims);
      console.log(`fallback ${slug}: gold covered ${cov.covered}/${cov.required} (${(100 * cov.share).toFixed(0)}%), marks ${marks.total} ${JSON.stringify(marks.counts)}`);
      assert.deepEqual(marks.outside, [], 'marks outside the article body');
      assert.equal(marks.nested, 0, 'marks nested in marks');
      assert.ok(cov.share >= MIN_GOLD_SHARE, `only ${cov.covered}/${cov.required} gold claims wrapped; missed: ${cov.missed.map((m) => `"${short(m, 60)}"`).join('; ')}`);
    });
  }

  it('our own wrapping does not make the page rescan (no repaint loop)', async () => {
    const { tab } = await visit(pages.find((p) => p.slug === SLUGS[0]));
    const paints = () => tab.evaluate(() => performance.getEntriesByName('sourcelight:paint').length);
    const first = await paints();
    await sleep(2_000); // more than three times the session's rescan debounce
    assert.equal(await paints(), first, 'the page was painted again with nothing changed');
  });

  it('hovering a wrapped claim shows a card naming who said it', async () => {
    const page = pages.find((p) => p.slug === SLUGS[0]);
    const { tab, marks } = await visit(page);
    const pick = marks.claims
      .map((text) => ({ text, gold: (page.gold ?? []).find((g) => g.actor && bestMatch(g.content, [text]) >= 0.5) }))
      .find((x) => x.gold);
    assert.ok(pick, 'no wrapped claim matches a gold claim with a named speaker');
    const { point } = await tab.evaluate(readMarks, { articleSelector: page.articleSelector, pointAt: pick.text });
    assert.ok(point, 'the claim has no box on screen');
    await tab.mouseMove(point.x, point.y);
    const card = await pollUntil(() => tab.uiEvaluate(cardState), (c) => c.open, { timeout: 3_000, interval: 150 });
    const surname = pick.gold.actor.split(/\s+/).at(-1);
    console.log(`fallback hover card for "${short(pick.text, 50)}": "${short(card.text, 120)}"`);
    assert.ok(card.open, 'no hover card appeared');
    assert.ok(card.text.toLowerCase().includes(surname.toLowerCase()), `the card does not name ${pick.gold.actor}`);
    await tab.mouseMove(2, 2);
  });

  it('Alt+Shift+N steps through the wrapped claims with a card and an announcement', async () => {
    const page = pages.find((p) => p.slug === SLUGS[0]);
    const { tab } = await visit(page);
    const state = async () => ({ card: await tab.uiEvaluate(cardState), focus: (await tab.evaluate(readMarks, { articleSelector: page.articleSelector })).focus });
    await tab.press('Escape');
    await tab.press('Alt+Shift+KeyN');
    const first = await pollUntil(state, (s) => s.card.open && s.focus.length > 0, { timeout: 3_000, interval: 150 });
    assert.ok(first.focus.length > 0, 'no claim marked after Alt+Shift+N');
    assert.ok(first.card.open && first.card.live.length > 0, 'no card or no announcement for the stepped-to claim');
    await tab.press('Alt+Shift+KeyN');
    const second = await pollUntil(state, (s) => s.focus.length > 0 && s.focus !== first.focus, { timeout: 3_000, interval: 150 });
    assert.notEqual(second.focus, first.focus, 'the second Alt+Shift+N did not move to another claim');
    await tab.press('Escape');
  });

  for (const slug of SLUGS) {
    it(`${slug}: Alt+Shift+H off gives back the served article byte for byte, with nothing moved; on wraps again`, async () => {
      const page = pages.find((p) => p.slug === slug);
      assert.ok(page.sourceHtml, 'page source file not found');
      const { tab } = await visit(page);
      const wrappedBoxes = await tab.evaluate(blockBoxes, page.articleSelector);
      await tab.press('Alt+Shift+KeyH');
      const off = await pollUntil(() => tab.evaluate(readMarks, { articleSelector: page.articleSelector }), (m) => m.total === 0, { timeout: 3_000, interval: 150 });
      assert.equal(off.total, 0, 'marks left after turning highlights off');
      const served = await tab.evaluate(sourceArticleOuterHtml, { html: page.sourceHtml, selector: page.articleSelector });
      const live = await tab.evaluate(articleOuterHtml, page.articleSelector);
      if (live !== served) {
        let i = 0;
        while (i < Math.min(live?.length ?? 0, served.length) && live[i] === served[i]) i++;
        assert.fail(`the article differs from the served HTML from character ${i}: served "…${served.slice(Math.max(0, i - 40), i + 80)}…", live "…${(live ?? '').slice(Math.max(0, i - 40), i + 80)}…"`);
      }
      const plainBoxes = await tab.evaluate(blockBoxes, page.articleSelector);
      const moved = plainBoxes.map((b, i) => (b === wrappedBoxes[i] ? null : `block ${i}: ${wrappedBoxes[i]} wrapped, ${b} plain`)).filter(Boolean);
      assert.deepEqual(moved, [], 'the marks moved the article\'s blocks');
      await tab.press('Alt+Shift+KeyH');
      const on = await pollUntil(() => tab.evaluate(readMarks, { articleSelector: page.articleSelector }), (m) => m.total > 0, { timeout: 3_000, interval: 150 });
      assert.ok(on.total > 0, 'Alt+Shift+H did not wrap the claims again');
    });
  }

  it('a page that re-renders its paragraphs ends with its claims wrapped once and no stray marks', async () => {
    const tab = await driver.newPage();
    await withoutHighlightApi(driver.context, tab.raw);
    await tab.goto(demo.url('www.northwire.example', '/hostile.html'));
    await sleep(2_500); // the page replaces its paragraphs' text nodes 8 times in 2 s
    const gold = HOSTILE_ARTICLE.gold.map((content) => ({ content }));
    const marks = await pollUntil(() => tab.evaluate(readMarks, { articleSelector: 'article' }), (m) => goldCoverage(gold, m.claims).share >= MIN_GOLD_SHARE, { timeout: PAINT_TIMEOUT, interval: 400 });
    const cov = goldCoverage(gold, marks.claims);
    const article = await tab.evaluate(() => document.querySelector('article')?.textContent ?? '');
    await tab.press('Alt+Shift+KeyH');
    const off = await pollUntil(() => tab.evaluate(readMarks, { articleSelector: 'article' }), (m) => m.total === 0, { timeout: 3_000, interval: 150 });
    const articleOff = await tab.evaluate(() => document.querySelector('article')?.textContent ?? '');
    const parsed = await tab.evaluate(() => document.querySelectorAll('article script, article img').length);
    await tab.close();
    console.log(`fallback hostile page: gold covered ${cov.covered}/${cov.required}, marks ${marks.total}`);
    assert.ok(cov.share >= MIN_GOLD_SHARE, `hostile page: ${cov.covered}/${cov.required} gold claims wrapped after the page re-rendered`);
    assert.deepEqual(marks.outside, [], 'marks outside the article');
    assert.equal(marks.nested, 0, 'marks nested in marks');
    assert.equal(off.total, 0, 'stray marks left after turning highlights off');
    assert.equal(articleOff, article, 'unwrapping changed the article\'s text');
    assert.equal(parsed, 0, 'quoted markup was parsed into elements');
  });

  it('a single-page-app navigation wraps the new article and leaves none of the old one\'s marks', async () => {
    const { tab, marks: first } = await open('www.northwire.example', '/spa.html');
    const asGold = (list) => list.map((content) => ({ content }));
    await tab.click('#next-story');
    const second = await pollUntil(() => tab.evaluate(readMarks, { articleSelector: 'article' }), (m) => goldCoverage(asGold(SPA_SECOND.gold), m.claims).share >= MIN_GOLD_SHARE, { timeout: PAINT_TIMEOUT, interval: 400 });
    await tab.close();
    const firstCov = goldCoverage(asGold(SPA_FIRST.gold), first.claims);
    const secondCov = goldCoverage(asGold(SPA_SECOND.gold), second.claims);
    console.log(`fallback SPA: first article ${firstCov.covered}/${firstCov.required}, after pushState ${secondCov.covered}/${secondCov.required}`);
    assert.ok(firstCov.share >= MIN_GOLD_SHARE, `first SPA article: ${firstCov.covered}/${firstCov.required} gold claims wrapped`);
    assert.ok(secondCov.share >= MIN_GOLD_SHARE, `after pushState: ${secondCov.covered}/${secondCov.required} gold claims wrapped`);
    assert.deepEqual(second.claims.filter((t) => SPA_FIRST.gold.some((g) => bestMatch(g, [t]) >= 0.5)), [], 'marks of the previous article remain');
    assert.deepEqual(second.outside, [], 'marks outside the article');
  });

  it('nothing showed up as an error in the pages\' consoles', () => {
    assert.deepEqual(driver.consoleErrors.map((e) => `${e.url}: ${short(e.text, 200)}`), []);
  });
});
