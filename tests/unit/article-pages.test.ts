// One minimal page per bug found on real news pages (issue #11): each fails on the old reader.
import { describe, expect, it } from 'vitest';
import { readArticleHtml, parseDocument } from '../../cli/read-html';
import { locateArticle } from '../../lib/article/locate';
import { declaredKind, readMetadata, urlDate, cleanOutletName } from '../../lib/article/metadata';
import { articleLanguage, languageName, notEnglishMessage, TEXT_LANGS } from '../../lib/article/language';
import { sameSite } from '../../lib/article/site';
import { registrableDomain, offSite } from '../../entrypoints/background/sites';
import { extract } from '../../lib/extract';

// Our own news-style sentences (no real article text).
const STORY = [
  'The harbour authority in Kestrel Bay said on Monday that the ferry service to Inish Carra would resume next week after repairs to the loading ramp.',
  '"We have checked every bolt on that ramp," said Petra Salo, the authority\'s chief engineer. "Nobody should be worried about travelling."',
  'According to the regional council, about 400 people were waiting at the terminal on Sunday evening when the crossing was cancelled.',
  'Residents said the road to the terminal had been closed for six hours, and shop owners reported a sharp drop in trade over the weekend.',
  'Arno Vesk, who runs a bakery near the quay, told reporters that the closure had cost him more than a week of sales.',
  'The ministry of transport said it would publish a report on the incident within a month and would consider compensation for local businesses.',
  'Inspectors from the maritime safety agency arrived on Tuesday morning and were expected to stay until the end of the week, officials said.',
  'The ferry operator declined to comment on the cause of the fault but said all crossings would be checked before the service restarted.',
];
const paras = (n = STORY.length) => STORY.slice(0, n).map((p) => `<p>${p}</p>`).join('\n');
const page = (head: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>Ferry service to resume | Kestrel Times</title>${head}</head><body>${body}</body></html>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const nav = `<header><nav><ul>${['Home', 'World', 'Business', 'Sport', 'Culture', 'Opinion'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('')}</ul></nav></header>`;

describe('article finding on real-page shapes', () => {
  it('og:type is compared without case: "Article" is an article', () => {
    const doc = parseDocument(page('<meta property="og:type" content="Article">', paras()));
    expect(declaredKind(doc)).toBe('article');
  });

  it('JSON-LD @graph with a WebSite and a NewsArticle (and NewsArticle subtypes) is an article', () => {
    const graph = ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Kestrel Times' }, { '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'Ferry' }] });
    expect(declaredKind(parseDocument(page(graph, paras())))).toBe('article');
    const sub = ld({ '@context': 'https://schema.org', '@type': 'https://schema.org/ReportageNewsArticle' });
    expect(declaredKind(parseDocument(page(sub, paras())))).toBe('article');
  });

  it('a page typed "website" that is plainly one story is read: declared types are evidence, not a veto', () => {
    const r = readArticleHtml(page('<meta property="og:type" content="website">', `${nav}<main><h1>Ferry service to resume</h1>${paras()}</main>`), 'https://kestreltimes.example/ferry');
    expect(r.reason).toBeUndefined();
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('Petra Salo');
  });

  it('a home page of headlines typed "website" is still no article', () => {
    const links = STORY.map((s, i) => `<li><a href="/story/${i}">${s.slice(0, 90)}</a></li>`).join('');
    const r = readArticleHtml(page('<meta property="og:type" content="website">', `${nav}<ul>${links}${links.replace(/story\//g, 'more/')}</ul>`), 'https://kestreltimes.example/');
    expect(r.isArticle).toBe(false);
  });

  it('script and style text do not make a page "large"; a teaser <article> and <meta itemprop="articleBody"> are never the story', () => {
    const junk = `<script>var x = "${'a'.repeat(150_000)}";</script><style>.a{color:red}${'.b{}'.repeat(5_000)}</style>`;
    const teaser = `<article class="card"><h3><a href="/other">Other story</a></h3><p>A short teaser about something else entirely.</p></article>`;
    const html = page(ld({ '@type': 'NewsArticle' }), `${junk}${nav}${teaser}<meta itemprop="articleBody" content="x"><div class="story">${paras()}</div>${teaser}`);
    const r = readArticleHtml(html, 'https://kestreltimes.example/ferry');
    expect(r.isArticle).toBe(true);
    expect(r.text.split('\n\n')).toEqual(STORY);
  });

  it("Readability's pick in a footer is not the story: the page's story is read", () => {
    const footer = `<footer>${STORY.slice(0, 3).map((p) => `<p>${p.replace(/ferry/g, 'newsletter')}</p>`).join('')}</footer>`;
    const r = readArticleHtml(page(ld({ '@type': 'NewsArticle' }), `<article>${paras()}</article>${footer}`), 'https://kestreltimes.example/ferry');
    expect(r.isArticle).toBe(true);
    expect(r.text).not.toContain('newsletter');
  });

  it('a short news brief (about 130 words, three paragraphs) with article markup is read', () => {
    const brief = page(ld({ '@type': 'NewsArticle', headline: 'Ferry' }), `${nav}<article><h1>Ferry service to resume</h1>${paras(2)}<p>${STORY[2]} ${STORY[3]} ${STORY[4]}</p></article>`);
    const r = readArticleHtml(brief, 'https://kestreltimes.example/brief');
    expect(r.reason).toBeUndefined();
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('Nobody should be worried');
  });

  it('paragraphs separated by <br> inside one element are read', () => {
    const body = `<div id="story">${STORY.map((p) => `${p}<br><br>`).join('\n')}</div>`;
    const r = readArticleHtml(page('', `${nav}${body}`), 'https://kestreltimes.example/br');
    expect(r.isArticle).toBe(true);
    for (const p of STORY) expect(r.text).toContain(p);
  });
});

describe('captions, pull quotes, related lists and "most read" boxes are never claims', () => {
  const html = page(ld({ '@type': 'NewsArticle' }), `<article>
    ${paras(4)}
    <figure><img src="x.jpg"><figcaption>Passengers waited for hours, the operator said on Monday. Photograph: Lena Holt/Kestrel Times</figcaption></figure>
    <div class="media"><p>Crews inspected the ramp, officials said. (Oskar Brand/AP Photo)</p></div>
    <blockquote class="pull-quote"><p>${STORY[1]}</p></blockquote>
    ${paras(8).split('\n').slice(4).join('\n')}
    <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Minister said to consider quitting over ferry row</a></li></ul></div>
    <aside class="most-read"><ol><li>Council said to be planning a new bridge, sources say</li></ol></aside>
  </article>`);

  it('reads the story only once, without the boxes', () => {
    const r = readArticleHtml(html, 'https://kestreltimes.example/ferry');
    expect(r.text.split('\n\n')).toEqual(STORY);
  });

  it('finds claims in the story and none from the boxes', () => {
    const r = readArticleHtml(html, 'https://kestreltimes.example/ferry');
    const claims = extract(r.text, r.meta).claims.map((c) => c.content.text);
    expect(claims.length).toBeGreaterThan(3);
    for (const c of claims) expect(c).not.toMatch(/Passengers waited|Crews inspected|Minister said to consider|new bridge/);
  });
});

describe('metadata', () => {
  it('names the outlet, never empty and never an address: publisher, og:site_name, application-name, title, site', () => {
    const named = (head: string, url = 'https://www.kestreltimes.example/ferry') => readMetadata(parseDocument(page(head, paras(2))), url).outlet.name;
    expect(named(ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Kestrel Times' } }))).toBe('Kestrel Times');
    expect(named('<meta property="og:site_name" content="http://www.tmz.com"><meta name="application-name" content="TMZ.COM">', 'http://www.tmz.com/x')).toBe('TMZ');
    expect(named('<meta property="og:site_name" content="KESTRELTIMES.COM | BY: LENA HOLT">', 'https://kestreltimes.com/x')).toBe('KESTRELTIMES');
    expect(named('')).toBe('Kestrel Times'); // from "Ferry service to resume | Kestrel Times"
    expect(readMetadata(parseDocument('<html><head><title>Untitled</title></head><body></body></html>'), 'https://www.nwire.example/a').outlet.name).toBe('Nwire');
    expect(cleanOutletName('The New York Times', 'nytimes')).toBe('The New York Times');
  });

  it('finds the date in JSON-LD, meta tags, <time> and then the address', () => {
    const date = (head: string, body = '', url = 'https://kestreltimes.example/x') => readMetadata(parseDocument(page(head, body)), url).published?.slice(0, 10);
    expect(date(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2024-03-05T08:00:00Z' }] }))).toBe('2024-03-05');
    expect(date('<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">')).toBe('2024-04-20');
    expect(date('<meta name="ptime" content="20170113033838">')).toBe('2017-01-13');
    expect(date('', '<p>By Lena Holt <time itemprop="datePublished" content="2017-01-18T23:00:00-0800">Jan 18</time></p>')).toBe('2017-01-19');
    expect(date('', '', 'https://kestreltimes.example/news/2015/02/26/ferry-resumes/')).toBe('2015-02-26');
    expect(urlDate('https://x.example/2019/04/')).toBeUndefined(); // a month is no date
    expect(date('<meta property="article:published_time" content="2999-01-01T00:00:00Z">')).toBeUndefined();
  });

  it('reads JSON-LD wrapped in CDATA, as XHTML-minded templates write it, bare or commented out', () => {
    const story = { '@type': 'NewsArticle', datePublished: '2018-04-05T06:00:00Z', publisher: { '@type': 'Organization', name: 'Kestrel Times' } };
    for (const [open, close] of [['<![CDATA[', ']]>'], ['//<![CDATA[\n', '\n//]]>'], ['/* <![CDATA[ */', '/* ]]> */']]) {
      const meta = readMetadata(parseDocument(page(`<script type="application/ld+json">${open} ${JSON.stringify(story)} ${close}</script>`, paras(2))), 'https://kt.example/x');
      expect(meta.published?.slice(0, 10)).toBe('2018-04-05');
      expect(meta.outlet.name).toBe('Kestrel Times');
    }
    expect(declaredKind(parseDocument(page(`<script type="application/ld+json"><![CDATA[${JSON.stringify(story)}]]></script>`, paras(2))))).toBe('article');
  });

  it('a declared publication date beats JSON-LD dateCreated; colonless offsets and other publication keys are read', () => {
    const date = (head: string, body = '') => readMetadata(parseDocument(page(head, body)), 'https://kestreltimes.example/x').published;
    // created the evening before, published the next morning (marked up in microdata)
    expect(date(ld({ '@type': 'NewsArticle', dateCreated: '2017-11-17T10:41:09Z' }), '<time itemprop="datePublished" datetime="2017-11-16T14:15+0000">16 November</time>')).toBe('2017-11-16T14:15:00.000Z');
    expect(date(ld({ '@type': 'NewsArticle', dateCreated: '2017-11-17T10:41:09Z' }))).toBe('2017-11-17T10:41:09.000Z');
    expect(date('<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">')?.slice(0, 10)).toBe('2015-03-14');
    expect(date('<meta name="article:modified_date" content="2015-03-20T00:00:00Z"><meta name="last-updated-date" content="2015-03-21T00:00:00Z">')).toBeUndefined();
  });

  it('trusts a canonical link only on the same site as the page', () => {
    const canon = (href: string, url: string) => readMetadata(parseDocument(page(`<link rel="canonical" href="${href}">`, '')), url).canonicalUrl;
    expect(canon('https://www.kestreltimes.example/a', 'https://m.kestreltimes.example/a?x=1')).toBe('https://www.kestreltimes.example/a');
    expect(canon('https://rival.example/a', 'https://kestreltimes.example/a')).toBeUndefined();
    expect(canon('https://evil.co.uk/a', 'https://www.bbc.co.uk/a')).toBeUndefined();
    expect(sameSite('https://edition.cnn.com/x', 'https://www.cnn.com/x')).toBe(true);
  });

  it('the background knows registrable domains, public suffixes included', () => {
    expect(registrableDomain('https://news.bbc.co.uk/1')).toBe('bbc.co.uk');
    expect(registrableDomain('https://alice.blogspot.com/p')).toBe('alice.blogspot.com');
    expect(offSite({ url: 'https://www.bbc.co.uk/a', canonicalUrl: 'https://evil.co.uk/a' }, 'https://www.bbc.co.uk/a')).toMatch(/canonicalUrl/);
    expect(offSite({ url: 'https://news.bbc.co.uk/a', canonicalUrl: 'https://www.bbc.co.uk/a' }, 'https://news.bbc.co.uk/a')).toBeNull();
  });
});

describe('language', () => {
  const FRENCH = [
    'Le service de traversier vers Inish Carra reprendra la semaine prochaine, a annoncé lundi la direction du port.',
    'Selon le conseil régional, environ 400 personnes attendaient au terminal dimanche soir lorsque la traversée a été annulée.',
    'Les habitants ont indiqué que la route était fermée depuis six heures et que les commerces avaient perdu une partie de leur chiffre.',
    'Le ministère des transports a déclaré qu’il publierait un rapport dans un mois et qu’il étudierait une indemnisation pour les commerces.',
  ];
  const french = (lang: string) => page(ld({ '@type': 'NewsArticle' }), `<article>${FRENCH.map((p) => `<p>${p}</p>`).join('')}</article>`, lang);

  it('a French page is not read, and says which language it is in, whatever its lang attribute says', () => {
    for (const lang of ['fr', 'en', '']) {
      const r = readArticleHtml(french(lang), 'https://lematin.example/a');
      expect(r.reason).toMatch(/not in English/);
      expect(r.isArticle).toBe(false);
      expect(r.notEnglish?.lang).toBe(lang === 'fr' ? 'fr' : 'fr');
    }
    expect(notEnglishMessage('fr')).toBe('Sourcelight reads English; this page is in French. Nothing on it is highlighted.');
  });

  it('every language the text check names has its English name without Intl (a long first call in a page), as Intl names it', () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const lang of TEXT_LANGS) expect(languageName(lang), lang).toBe(intl.of(lang));
    expect(languageName('pt-BR')).toBe('Portuguese');
    expect(languageName('uk')).toBe('Ukrainian'); // not one of them: Intl still names it
  });

  it('an English page is read even when its lang attribute says otherwise; scripts name their language', () => {
    expect(readArticleHtml(page(ld({ '@type': 'NewsArticle' }), `<article>${paras()}</article>`, 'de'), 'https://x.example/a').isArticle).toBe(true);
    expect(articleLanguage(null, '東京で新しい橋の建設が始まったと市の担当者が月曜日に発表した。'.repeat(5)).lang).toBe('ja');
    expect(articleLanguage('en', 'Паромное сообщение возобновится на следующей неделе, сообщили в администрации порта.'.repeat(3)).english).toBe(false);
    expect(articleLanguage('es', 'Hola').english).toBe(false); // too short to tell: the declaration decides
  });
});

describe('hostile sizes', () => {
  it('a page nested 20,000 deep ends quickly with a result or "not an article"', () => {
    const { document } = { document: parseDocument(page('', '')) };
    let at: Element = document.body;
    for (let i = 0; i < 20_000; i++) {
      const d = document.createElement('div');
      at.appendChild(d);
      at = d;
    }
    at.innerHTML = paras();
    const t0 = performance.now();
    const r = locateArticle(document);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(typeof r.ok).toBe('boolean');
    if (!r.ok) expect(r.reason).toBeTruthy();
  });

  it('a story under 5,000 levels of nesting is found', () => {
    const document = parseDocument(page(ld({ '@type': 'NewsArticle' }), ''));
    let at: Element = document.body;
    for (let i = 0; i < 5_000; i++) {
      const d = document.createElement('div');
      at.appendChild(d);
      at = d;
    }
    at.innerHTML = `<article>${paras()}</article>`;
    const r = locateArticle(document);
    expect(r.ok ? 'ok' : r.reason).toBe('ok');
  });
});
