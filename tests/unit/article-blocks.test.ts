// Paragraphs a page does not put in paragraph elements (issue #11): <br>-separated lines in one
// element, loose text between a story's blocks, old markup; and Readability run off the page's main
// thread, on the page copy's HTML, giving what it gives in place. Our own news-style sentences.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseDocument, readArticleHtml } from '../../cli/read-html';
import { locateArticle, findSteps } from '../../lib/article/locate';
import { copyHtmlSteps, slimCopySteps } from '../../lib/article/copy';
import { readCopyHtml } from '../../lib/article/read-copy';
import { buildTextModel } from '../../lib/textmodel/build';
import { validateMessage, LIMITS } from '../../lib/protocol';
import { createBackground } from '../../entrypoints/background/service';
import { runAll, runSliced } from '../../lib/slices';
import { extract } from '../../lib/extract';

const STORY = [
  'The water board in Linnford said on Thursday that the reservoir at Brae Head would be drained for repairs before the winter rains.',
  '"The dam wall has held for ninety years and it will hold for ninety more," said Ilse Marrow, the board\'s head of works.',
  'According to the county council, about 2,000 homes could face lower water pressure while the work goes on.',
  'Farmers near the reservoir said they had not been told how long the draining would take, and several asked for a public meeting.',
  'Tobin Reyes, who keeps cattle on the hill above the dam, told the Linnford Courier that his wells had already run low in August.',
  'The board said it would publish a timetable next month and would pay for water to be brought in by tanker if needed.',
  'A spokesman for the county fire service said crews had been told to plan for lower pressure at hydrants in three villages.',
  'Engineers expect the reservoir to be refilled by the spring, the board said, if the rainfall over the winter is close to normal.',
];
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><title>Reservoir to be drained | Linnford Courier</title>${head}</head><body>${body}</body></html>`;
const NEWS_ARTICLE = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Reservoir to be drained"}</script>';
const nav = `<header><nav><ul>${['Home', 'Local', 'Farming', 'Sport'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('')}</ul></nav></header>`;
const paragraphs = (text: string) => text.split('\n\n');
const URL = 'https://linnfordcourier.example/news/reservoir';
/** The story's last paragraphs, as plain <p>s after each case's own markup. */
const REST = STORY.slice(6).map((s) => `<p>${s}</p>`).join('');

describe('paragraphs outside paragraph elements', () => {
  it('<br><br>-separated paragraphs inside one element are separate paragraphs, with or without article markup', () => {
    const body = `<div class="story-text">${STORY.join('<br>\n<br>')}</div>`;
    for (const head of [NEWS_ARTICLE, '']) {
      const r = readArticleHtml(page(head, `${nav}<main>${body}</main>`), URL);
      expect(r.isArticle).toBe(true);
      expect(paragraphs(r.text)).toEqual(STORY);
    }
  });

  it('one <br> is a line break, not glue between two sentences', () => {
    const [a, b] = [STORY[0]!, STORY[2]!];
    const doc = parseDocument(`<p>${a}<br>${b}</p><p>${a} <br> ${b}</p>`);
    const m = buildTextModel(Array.from(doc.querySelectorAll('p')));
    expect(paragraphs(m.text)).toEqual([`${a} ${b}`, `${a} ${b}`]);
  });

  it('loose text among the blocks of a marked story is read, in its place', () => {
    const body = `<article><h2>${STORY[0]}</h2><p>${STORY[1]}</p>${STORY[2]}<p>${STORY[3]}</p><div><p>${STORY[4]}</p>${STORY[5]}</div>${REST}</article>`;
    const r = readArticleHtml(page(NEWS_ARTICLE, `${nav}${body}`), URL);
    expect(paragraphs(r.text)).toEqual(STORY);
  });

  it('loose text after a photo box in the story container is read, and the photo\'s caption is not', () => {
    const photo = `<div class="photo-frame"><figure><img src="dam.jpg" alt=""></figure><p class="legend">Ilse Marrow at the dam on Thursday, the board said.</p></div>`;
    const body = `<div class="page"><div class="story"><p>${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p>${photo}${STORY[3]} <a href="/farming">More on farming</a> in the valley.<p></p><p>${STORY[4]}</p><p>${STORY[5]}</p>${REST}</div></div>`;
    const r = readArticleHtml(page('', `${nav}${body}`), URL);
    expect(r.isArticle).toBe(true);
    expect(paragraphs(r.text)).toEqual([...STORY.slice(0, 3), `${STORY[3]} More on farming in the valley.`, ...STORY.slice(4)]);
  });

  it('old markup: a paragraph that sits in a bare list element between paragraphs is read', () => {
    const body = `<div><p>${STORY[0]}</p><p>${STORY[1]}</p><ul> (${STORY[2]}) </ul><p>${STORY[3]}</p><p>${STORY[4]}</p><p>${STORY[5]}</p>${REST}</div>`;
    const r = readArticleHtml(page('', body), URL);
    expect(paragraphs(r.text)).toEqual([STORY[0], STORY[1], `(${STORY[2]})`, ...STORY.slice(3)]);
  });

  it('a container read as one block has a paragraph per block inside it and per run of loose text', () => {
    const doc = parseDocument(`<div id="c"><h3>${STORY[0]}</h3>${STORY[1]}<ul><li>${STORY[2]}</li><li>${STORY[3]}</li></ul><span>${STORY[4]}</span> <table><tr><td>${STORY[5]}</td></tr></table></div>`);
    expect(paragraphs(buildTextModel([doc.getElementById('c')!]).text)).toEqual(STORY.slice(0, 6));
  });
});

describe('Readability off the main thread', () => {
  const BR_LINES = ['Residents can follow the work on the board\'s website, a spokeswoman said on Friday.', 'The next public meeting will be held at the village hall in Brae Head, the council said.'];
  // No article markup and no main region: only Readability's pick finds this story.
  const plain = page('', `${nav}<div class="wrap"><div class="col">${STORY.map((s) => `<p>${s}</p>`).join('')}${BR_LINES.join('<br><br>')}</div><aside class="rail"><p>Sign up for the morning newsletter, the editors said, and win a prize.</p></aside></div><footer><p>Linnford Courier, all rights reserved, the publisher said in 2019.</p></footer>`);

  it('the slim copy\'s HTML, parsed again, holds the same tree, however often it pauses', async () => {
    const doc = parseDocument(page('', `<div class="a &quot;b&quot;" id="x"><p>1 &lt; 2 &amp;&amp; 3 &gt; 2,\u00a0said\u00a0Marrow</p><pre>  keep  </pre>${'<p>More text, the clerk said.</p>'.repeat(700)}</div>`));
    const copy = runAll(slimCopySteps(doc));
    let pauses = 0;
    let clock = 0;
    const html = await runSliced(copyHtmlSteps(copy, 50), async () => { pauses++; }, 1, () => (clock += 2));
    expect(pauses).toBeGreaterThan(5);
    expect(parseDocument(html).body.outerHTML).toBe(copy.doc.body!.outerHTML);
  });

  it('Readability on the copy\'s HTML (the background) finds what it finds in place', () => {
    const inPlace = locateArticle(parseDocument(plain));
    const viaHtml = locateArticle(parseDocument(plain), undefined, (copy) => readCopyHtml(runAll(copyHtmlSteps(copy))));
    expect(inPlace.ok && viaHtml.ok).toBe(true);
    if (!inPlace.ok || !viaHtml.ok) return;
    const text = (b: typeof inPlace.blocks) => buildTextModel(b).text;
    expect(text(viaHtml.blocks)).toBe(text(inPlace.blocks));
    expect(paragraphs(text(viaHtml.blocks))).toEqual([...STORY, ...BR_LINES]);
  });

  it('a copy whose Readability cannot be run (too large to send) is read from its main region instead', () => {
    const unavailable = locateArticle(parseDocument(page('', `<main>${STORY.map((s) => `<p>${s}</p>`).join('')}</main>`)), undefined, () => undefined);
    expect(unavailable.ok).toBe(true);
  });

  it('the background answers page:readability from a content script, and refuses copies over the limit', async () => {
    const doc = parseDocument(plain);
    const found = runAll(findSteps(doc));
    expect('copy' in found && found.wantsReadability).toBe(true);
    if (!('copy' in found)) return;
    const html = runAll(copyHtmlSteps(found.copy));
    const bg = createBackground();
    const sender = { id: fakeBrowser.runtime.id, url: URL, tab: { id: 3 } };
    const res = (await bg.handle({ type: 'page:readability', html }, sender)) as { ok: boolean; blocks: { at: number; text: string }[] };
    expect(res.ok).toBe(true);
    expect(res.blocks.map((b) => b.text)).toEqual(readCopyHtml(html)!.map((b) => b.text));
    for (const b of res.blocks) expect(found.copy.live[b.at]).toBeDefined();
    expect(validateMessage({ type: 'page:readability', html: 'x'.repeat(LIMITS.maxReadabilityHtmlChars + 1) }).ok).toBe(false);
  });
});

describe('captions, pull quotes, related and "most read" boxes are never claims, however the page names them', () => {
  const story = (extra: { afterTwo?: string; afterFour?: string; end?: string }) =>
    `<div class="entry">${STORY.slice(0, 2).map((s) => `<p>${s}</p>`).join('')}${extra.afterTwo ?? ''}${STORY.slice(2, 4).map((s) => `<p>${s}</p>`).join('')}${extra.afterFour ?? ''}${STORY.slice(4).map((s) => `<p>${s}</p>`).join('')}${extra.end ?? ''}</div>`;
  const claimsOf = (html: string) => {
    const r = readArticleHtml(html, URL);
    expect(r.isArticle).toBe(true);
    return { text: r.text, claims: extract(r.text, r.meta).claims.map((c) => c.content.text) };
  };

  it('a caption whose class only contains the word ("thumbcaption", "imgCaption") is no part of the story', () => {
    const thumb = `<div class="thumb"><div class="thumbinner"><img src="map.png" alt=""><div class="thumbcaption">Homes with low pressure, according to the county council in 2024<div class="legend-key">Less than 5%</div></div></div></div>`;
    const img = `<div class="imgCaption"><p>The dam at Brae Head, which engineers said was built in 1934.</p></div>`;
    for (const head of [NEWS_ARTICLE, '']) {
      const { text, claims } = claimsOf(page(head, `${nav}<main>${story({ afterTwo: thumb, afterFour: img })}</main>`));
      expect(paragraphs(text)).toEqual(STORY);
      expect(claims.length).toBeGreaterThan(3);
    }
  });

  it('a box headed "Most read", "Related stories" or "More from Local" is left out, even without class names', () => {
    const box = (heading: string) => `<div><h3>${heading}</h3><ul><li>Mayor said to be planning a second bridge over the river</li><li>Police said the road would stay shut until Friday night</li></ul></div>`;
    for (const heading of ['Most read', 'Related stories', 'More from Local', 'You may also like']) {
      for (const head of [NEWS_ARTICLE, '']) {
        const { text, claims } = claimsOf(page(head, `${nav}<main>${story({ afterFour: box(heading), end: box(heading) })}</main>`));
        expect(paragraphs(text)).toEqual(STORY);
        for (const c of claims) expect(c).not.toMatch(/second bridge|road would stay shut/);
      }
    }
  });

  it('a heading over the whole story is no box: a story headed "Latest" is still read', () => {
    const { text } = claimsOf(page(NEWS_ARTICLE, `${nav}<main><div><h2>Latest</h2>${story({})}</div></main>`));
    expect(paragraphs(text).slice(-STORY.length)).toEqual(STORY);
  });

  it('a pull quote that repeats the story is read once', () => {
    const { text } = claimsOf(page(NEWS_ARTICLE, `<main>${story({ afterFour: `<div class="inset-quote"><p>${STORY[1]}</p></div>` })}</main>`));
    expect(paragraphs(text)).toEqual(STORY);
  });
});
