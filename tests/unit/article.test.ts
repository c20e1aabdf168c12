import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readArticleHtml } from '../../cli/read-html';

const seed = readFileSync(resolve(__dirname, '../fixtures/articles/seed/000_4cc0a089986172ab.txt'), 'utf8');
const paras = seed.split(/\n\n+/).slice(1).filter((p) => p.trim() && !p.startsWith('|'));

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`;
const article = page(
  `<meta property="og:site_name" content="Wire Test"><link rel="canonical" href="https://wire.example/story">
   <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Haftar leaves Moscow","datePublished":"2020-01-14T10:00:00Z","author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"name":"Wire Test Agency"}}</script>
   <script type="application/ld+json">{ broken json </script>`,
  `<header><nav><a href="/">Home</a> <a href="/world">World leaders said to meet</a></nav></header>
   <article><h1>Haftar leaves Moscow</h1><p class="byline">By A. Writer</p>
   ${paras.map((p) => `<p>${p}</p>`).join('\n')}
   <aside class="related"><h3>Related</h3><ul><li>Minister said to consider resigning after the long summer of scandals</li></ul></aside></article>
   <section class="comments"><p>Reader said: this is all nonsense and the minister said nothing of the kind, I am sure.</p></section>
   <footer><p>© Wire Test. All rights reserved. The company said nothing.</p></footer>`,
);

describe('reading an article page', () => {
  it('reads metadata from JSON-LD, Open Graph and the canonical link, ignoring broken JSON-LD', () => {
    const r = readArticleHtml(article, 'https://wire.example/story?utm=1');
    expect(r.meta).toMatchObject({
      canonicalUrl: 'https://wire.example/story',
      title: 'Haftar leaves Moscow',
      // The publisher named in JSON-LD comes first, then og:site_name.
      outlet: { name: 'Wire Test Agency', domain: 'wire.example' },
      authors: ['A. Writer'],
      published: '2020-01-14T10:00:00.000Z',
      lang: 'en',
    });
  });

  it('takes the story paragraphs and nothing from navigation, related links, comments or footer', () => {
    const r = readArticleHtml(article, 'https://wire.example/story');
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('Russian Foreign Minister Sergei Lavrov said Tuesday');
    expect(r.text).toContain("Putin said any Russians in the country are not on Moscow's payroll.");
    for (const junk of ['World leaders said', 'Minister said to consider', 'Reader said', 'All rights reserved']) expect(r.text).not.toContain(junk);
  });

  it('refuses pages that are not articles: a home page of headlines, a login form, an empty page', () => {
    const home = page('<meta property="og:type" content="website">', `<ul>${paras.slice(0, 20).map((p) => `<li><a href="/x">${p.slice(0, 80)}</a></li>`).join('')}</ul>`);
    const login = page('', '<form><label>Email <input name=e></label><label>Password <input type=password></label><button>Sign in</button></form>');
    for (const html of [home, login, '', '<html><body></body></html>', '\u0000\u0001binary\uffff']) {
      expect(readArticleHtml(html, 'https://x.example/').isArticle).toBe(false);
    }
  });
});

describe('a page that marks its story', () => {
  it('reads the marked <article> without Readability, skipping boxes named like page furniture and repeated pull quotes', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>',
      `<nav><p>Menu said to be long enough to be a paragraph of navigation links here</p></nav>
       <article><div class="byline">By A. Writer</div>
       ${paras.slice(0, 6).map((p) => `<p>${p}</p>`).join('')}
       <div class="read-more"><p>READ MORE: Minister said to consider resigning over the affair</p></div>
       <blockquote class="pull-quote"><p>${paras[7]}</p></blockquote>
       <div class="newsletter-signup"><p>Sign up: our editors said you will love the morning briefing</p></div>
       ${paras.slice(6, 12).map((p) => `<p>${p}</p>`).join('')}</article>
       <section class="comments"><p>Reader said this is all nonsense, and I said so too, twice.</p></section>`,
    );
    const r = readArticleHtml(html, 'https://wire.example/story');
    expect(r.isArticle).toBe(true);
    expect(r.text.split('\n\n')).toEqual(paras.slice(0, 12).map((p) => p.replace(/\s+/g, ' ').trim()));
  });
});

describe('finding the article in slices', () => {
  it('gives the same blocks as one pass, however often it pauses', async () => {
    const { parseHTML } = await import('linkedom');
    const { locateArticle, findSteps, chooseSteps } = await import('../../lib/article/locate');
    const { readabilityBlocks } = await import('../../lib/article/readability');
    const { runSliced } = await import('../../lib/slices');
    // Long enough for the heuristic path (no Readability), with thousands of candidate blocks.
    const long = page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>', `<article>${Array.from({ length: 40 }, () => paras.map((p) => `<p>${p}</p>`).join('')).join('')}</article>`);
    for (const html of [article, long]) {
      const doc = parseHTML(html).document as unknown as Document;
      const whole = locateArticle(doc);
      let pauses = 0;
      let clock = 0;
      const pause = async () => { pauses++; };
      const tick = () => (clock += 2);
      const found = await runSliced(findSteps(doc), pause, 1, tick);
      const sliced = 'copy' in found ? await runSliced(chooseSteps(doc, found, found.wantsReadability ? readabilityBlocks(found.copy.doc) : undefined), pause, 1, tick) : found;
      expect(sliced).toEqual(whole);
      if (html === long) expect(pauses).toBeGreaterThan(3);
    }
  });
});
