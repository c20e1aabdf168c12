// Pages the demo server makes on the fly, on any outlet host: a 50,000-word article (/long.html),
// an article that arrives late through an inline script (/late.html) and a single-page app that
// moves to a second article with the History API (/spa.html -> /spa/second.html), an article
// rendered by a web component inside its open shadow root (/shadow.html), a thin page that embeds
// an article from another outlet host in an iframe next to an ad-sized frame (/framed.html), and an
// article with 20 ad-sized frames from other hosts around it (/ads.html).
// All text is written for this project. Each article comes with its gold claim contents so the
// e2e tests can measure how much of it the extension highlights.

/** The articles used by the generated pages, with the content of every attributed claim. */
export const LATE_ARTICLE = {
  title: 'Ferry crossings to Lindholm halted as gale reaches the strait',
  paragraphs: [
    'Ferry crossings between Port Aske and the island of Lindholm were suspended on Thursday morning, the operator Sundline said in a statement.',
    'Winds of up to 110 kilometres an hour were expected across the strait until late evening, according to the national weather office.',
    '"We will not sail until the sea has calmed and our captains are satisfied it is safe," said Marit Olsen, Sundline\'s head of operations.',
    'The island\'s council told residents that the school and the health centre would stay open. Olsen added that a first crossing could be possible on Friday afternoon.',
    'About 40 lorries were parked at the terminal in Port Aske by midday, and drivers said they had been told to wait at least until the evening. One of them, Karl Dahl, said he had already missed two deliveries this week and that his firm would not pay for a hotel.',
    'The harbour master, Ingrid Sætre, said the breakwater had taken "the worst of it" overnight and that no damage to the quay had been found so far. Her office will inspect the ferry ramps again at first light.',
    'Lindholm has about 2,300 residents and depends on the ferry for food, fuel and post. The council said its shop had enough supplies for a week.',
  ],
  gold: [
    'Ferry crossings between Port Aske and the island of Lindholm were suspended on Thursday morning',
    'Winds of up to 110 kilometres an hour were expected across the strait until late evening',
    'We will not sail until the sea has calmed and our captains are satisfied it is safe,',
    'the school and the health centre would stay open',
    'a first crossing could be possible on Friday afternoon',
    'they had been told to wait at least until the evening',
    'no damage to the quay had been found so far',
    'its shop had enough supplies for a week',
  ],
};

export const SPA_FIRST = {
  title: 'City council approves new tram line to the harbour',
  paragraphs: [
    'The city council approved a new tram line to the harbour district on Tuesday, Mayor Elin Brandt announced after the vote.',
    'The line will cost about 240 million crowns and should open in four years, the transport department said.',
    '"This connects thousands of homes to the places where people work," Brandt told reporters outside the town hall.',
    'Opposition councillor Nils Havik said the budget was too optimistic and warned that delays were likely.',
    'Construction is due to start next spring at the northern end of the line, according to the project office, which expects about 1,200 people to work on the site at its busiest.',
    'Shop owners along Kanalgatan, where the tracks will run, have asked for compensation. "Two years of digging outside my door will finish my business," said Leila Amiri, who runs a bakery on the street.',
    'The council voted 41 to 20 in favour. Brandt said the city would apply for state funding to cover a third of the cost.',
  ],
  gold: [
    'The city council approved a new tram line to the harbour district on Tuesday',
    'The line will cost about 240 million crowns and should open in four years',
    'This connects thousands of homes to the places where people work,',
    'the budget was too optimistic',
    'delays were likely',
    'Construction is due to start next spring at the northern end of the line',
    'Two years of digging outside my door will finish my business,',
    'the city would apply for state funding to cover a third of the cost',
  ],
};

export const SPA_SECOND = {
  title: 'Library reopens after two years of renovation',
  paragraphs: [
    'The central library reopened its doors on Saturday after a renovation that took two years, the culture office said.',
    'More than 3,000 visitors came through the entrance in the first hour, according to staff at the front desk.',
    '"People have missed this building more than we expected," said head librarian Tove Lind.',
    'Lind said the reading room would now stay open until ten in the evening.',
    'The building, which dates from 1928, was closed after inspectors found damp in the walls of the lower floors. The renovation cost 85 million crowns, about 10 million more than planned, the city\'s finance office confirmed on Friday.',
    'A new children\'s floor has replaced the old archive, and the café on the ground floor will be run by a local social enterprise, the culture office said.',
    'Not everyone was pleased. Retired teacher Gunnar Berg told the local radio station that the new reading room was "too bright and too loud" and that he missed the old wooden tables.',
  ],
  gold: [
    'The central library reopened its doors on Saturday after a renovation that took two years',
    'More than 3,000 visitors came through the entrance in the first hour',
    'People have missed this building more than we expected,',
    'the reading room would now stay open until ten in the evening',
    'The renovation cost 85 million crowns, about 10 million more than planned',
    "the café on the ground floor will be run by a local social enterprise",
    'the new reading room was "too bright and too loud"',
  ],
};

/** An article in old markup, with no <article> or articleBody: Readability finds it (in the
 *  background), some paragraphs are <br>-separated lines in one <div>, one is loose text after a
 *  photo box. */
export const PLAIN_ARTICLE = {
  title: 'Snow closes the mountain pass for a third day',
  paragraphs: [
    'The road over the Skarvik pass will stay closed until at least Thursday, the roads agency said on Tuesday evening.',
    'Ploughs cleared about half of the route overnight, but strong winds filled it again by morning, according to the agency.',
    '"We will not send drivers into drifts of two metres," said Maren Holt, who leads the winter crews in the valley.',
  ],
  /** <br><br>-separated inside one <div>. */
  lines: [
    'Holt said that about 40 lorries were waiting in the car park at the foot of the pass.',
    'The weather service warned that another 30 centimetres of snow could fall on Wednesday night.',
    'Hotel owners in Skarvik told the local paper that half of their guests had cancelled.',
  ],
  /** Loose text after the photo box. */
  loose: 'The agency said a convoy led by a plough could take cars across on Thursday if the wind dropped.',
  photoCaption: 'A plough on the pass on Monday, the agency said. Photo: Demo Desk',
  gold: [
    'The road over the Skarvik pass will stay closed until at least Thursday',
    'Ploughs cleared about half of the route overnight, but strong winds filled it again by morning',
    'We will not send drivers into drifts of two metres,',
    'about 40 lorries were waiting in the car park at the foot of the pass',
    'another 30 centimetres of snow could fall on Wednesday night',
    'half of their guests had cancelled',
    'a convoy led by a plough could take cars across on Thursday if the wind dropped',
  ],
};

/** A hostile page's article: markup and script inside quotes (text, never to be parsed). */
export const HOSTILE_ARTICLE = {
  title: 'Harbour app leak: developer says "<script>" tags were left in the code',
  paragraphs: [
    'A security flaw in the harbour booking app exposed the names of 4,000 passengers, the port authority said on Monday.',
    '"Someone typed <script>alert(document.cookie)</script> into the name field and the app ran it," said Ingrid Vold, the developer who found the flaw.',
    'Vold said the company had fixed the form within two hours of her report.',
    'The app\'s maker, Quaystack, said in a statement that no payment details were exposed and that <img src=x onerror=alert(1)> style attacks were now blocked.',
    'According to the data protection office, the company must tell every affected passenger by Friday.',
    'Passengers who booked crossings between March and May should change their passwords, the port authority added, although it stressed that there was no sign that anyone had used the stolen names.',
    'Quaystack\'s chief executive, Halvard Moe, told the harbour council that the firm would pay for an outside audit of all its apps before the summer season begins.',
    'Council member Rita Aune said the council would decide next month whether to keep the contract with the company, which runs ticketing at three other ports along the coast.',
  ],
  gold: [
    'A security flaw in the harbour booking app exposed the names of 4,000 passengers',
    'Someone typed <script>alert(document.cookie)</script> into the name field and the app ran it,',
    'the company had fixed the form within two hours of her report',
    'no payment details were exposed and that <img src=x onerror=alert(1)> style attacks were now blocked',
    'the company must tell every affected passenger by Friday',
    'Passengers who booked crossings between March and May should change their passwords',
    'the firm would pay for an outside audit of all its apps before the summer season begins',
    'the council would decide next month whether to keep the contract with the company',
  ],
};

/** An article rendered by a web component: most paragraphs inside its shadow root, the headline,
 *  the speaker of one sentence and three paragraphs slotted in from the light DOM. */
export const SHADOW_ARTICLE = {
  title: 'Night trains to the northern valleys will return in March',
  /** Light children of the component, slotted into its shadow tree (default slot unless `slot`). */
  slotted: [
    'Tickets for the first month went on sale on Wednesday, and about 6,000 were sold by the evening, according to the booking office.',
    '"A sleeper that leaves after dinner and arrives before breakfast is the whole point," said Hedda Strand, who chairs the passengers\' association in Brekke.',
    'Strand said members had written more than 900 letters to the ministry since the service was cut.',
  ],
  /** Paragraphs written inside the shadow root, before and after the slotted ones. */
  before: [
    'Overnight trains between the capital and the northern valleys will run again from March, the national rail company Nordbane announced on Tuesday.',
    'The service will leave the capital at 22:10 three times a week and reach Brekke shortly after seven in the morning, the company said.',
  ],
  /** Said by the slotted speaker (`speaker`), in the shadow root. */
  speakerLine: ' said the new carriages had been tested on the mountain line throughout the autumn.',
  speaker: 'Nordbane\'s chief engineer Tomas Eik',
  after: [
    'The transport ministry said the state would cover the losses of the first two years, estimated at 40 million crowns.',
    'Eik added that each train would carry a restaurant car and space for twelve bicycles. The line was closed in 2019 after a landslide damaged a bridge near Vossdal.',
  ],
  gold: [
    'Overnight trains between the capital and the northern valleys will run again from March',
    'The service will leave the capital at 22:10 three times a week and reach Brekke shortly after seven in the morning',
    'about 6,000 were sold by the evening',
    'A sleeper that leaves after dinner and arrives before breakfast is the whole point,',
    'members had written more than 900 letters to the ministry since the service was cut',
    'the new carriages had been tested on the mountain line throughout the autumn',
    'the state would cover the losses of the first two years, estimated at 40 million crowns',
    'each train would carry a restaurant car and space for twelve bicycles',
  ],
};

/** The article /framed.html embeds (served on its own at /embedded.html, on any outlet host). */
export const FRAMED_ARTICLE = {
  title: 'Volunteers count a record number of seals on the outer skerries',
  paragraphs: [
    'Volunteers counted 1,480 grey seals on the outer skerries last weekend, the highest number since counts began, the coastal nature office said on Monday.',
    '"We ran out of tally sheets before lunch on the first day," said Runa Halvorsen, who has led the count for eleven years.',
    'Halvorsen said the colony had grown by about a fifth since the fishing ban around the skerries came into force.',
    'Local fishermen are less pleased. Their association said the seals were taking a growing share of the cod in the sound and asked for the ban to be reviewed.',
    'According to the nature office, there is no sign that the cod stock in the sound has fallen in the past five years.',
    'The count is repeated every August. The office said it would publish the full figures, with the number of pups, before the end of the month.',
    'Boat trips to the skerries remain open to visitors, but the harbour office warned that landing on the islands is forbidden until October.',
  ],
  gold: [
    'Volunteers counted 1,480 grey seals on the outer skerries last weekend, the highest number since counts began',
    'We ran out of tally sheets before lunch on the first day,',
    'the colony had grown by about a fifth since the fishing ban around the skerries came into force',
    'the seals were taking a growing share of the cod in the sound',
    'there is no sign that the cod stock in the sound has fallen in the past five years',
    'it would publish the full figures, with the number of pups, before the end of the month',
    'landing on the islands is forbidden until October',
  ],
};

/** An advertorial with claims of its own: served in an ad-sized frame, where it must stay unread. */
export const AD_ARTICLE = {
  title: 'Sponsored: the mattress that sleep experts talk about',
  paragraphs: [
    'Nine in ten customers said they slept better within a week, the maker Dunlo said in a statement.',
    '"It changed my mornings completely," said Petra Lund, a customer from the coast.',
    'According to the company, the mattress keeps its shape for at least fifteen years.',
    'Dunlo said the offer of two free pillows ends on Sunday, and its founder told customers that delivery was free in every region.',
    'The company added that it would take back any mattress within a hundred nights, no questions asked.',
    'A spokesperson for Dunlo said the covers are woven from recycled wool and can be washed at forty degrees, and that the springs are made at its own factory near the coast.',
    'Customers who order before the end of the month will get a second cover at half price, the company said, while stocks last.',
  ],
};

/** Where /framed.html places its frames: the article frame reads, the ad frame is too small to. */
export const FRAMED_LAYOUT = { articleHost: 'www.harbourgazette.example', articlePath: '/embedded.html', adPath: '/ad.html', ad: { width: 300, height: 250 } };

/** /ads.html: an article with 20 ad-sized frames around it (the sizes ad slots come in), each from
 *  one of the outlet hosts, as on a heavily advertised news page. */
export const AD_FRAMES = {
  sizes: [[300, 250], [728, 90], [160, 600], [300, 600], [320, 50], [970, 250], [336, 280], [468, 60], [250, 250], [120, 600]],
  count: 20,
  hosts: ['www.meridianherald.example', 'news.bcn.example', 'www.harbourgazette.example', 'www.aawire.example'],
};

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** JSON safe to put inside an inline <script>. */
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

function articleHtml(a) {
  return `<article class="story">
<h1>${escapeHtml(a.title)}</h1>
<p class="byline">By Demo Desk</p>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>`;
}

/** Page chrome around an article: navigation, related links and comments, as on a real outlet. */
function shell({ origin, path, title, main, script = '', csp = '' }) {
  const url = `${origin}${path}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">` : ''}
<title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Demo Wire">
<meta property="og:type" content="article">
<link rel="canonical" href="${escapeHtml(url)}">
<script type="application/ld+json">${scriptJson({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2026-11-20T08:00:00Z', publisher: { '@type': 'Organization', name: 'Demo Wire' } })}</script>
${csp ? '' : '<style>body{font:17px/1.5 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}</style>'}
</head><body>
<nav class="site-nav"><a href="/">Home</a><a href="/world/">World</a><a href="/politics/">Politics</a><a href="/login.html">Sign in</a></nav>
<main id="main">${main}</main>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/spa.html">Minister said the budget would be balanced next year</a></li>
<li><a href="/late.html">Police said the road would reopen on Monday</a></li></ul></aside>
<section class="comments"><h2>Comments</h2>
<p class="comment">Reader42: My neighbour said the ferry was late again, as usual.</p>
<p class="comment">Anna: The mayor said that last year too.</p></section>
<footer><p>Demo Wire. Written for the Sourcelight demo.</p></footer>
${script}
</body></html>`;
}

// Sentences for the long page; the counter keeps paragraphs distinct without randomness.
const LONG_TEMPLATES = [
  (n) => `The port authority said that cargo volumes rose by ${n % 40} percent in the quarter that ended in June.`,
  (n) => `According to the regional statistics office, ${1000 + n} households moved to the coast district last year.`,
  (n) => `"We are seeing steady demand from the northern towns," said logistics manager Petra Holm, who has run depot ${n} since spring.`,
  (n) => `Union representatives told the assembly that shift number ${n} would keep its current hours until the next agreement.`,
  (n) => `Analysts at the harbour bank expect freight rates to stay close to current levels for at least ${2 + (n % 9)} months.`,
  (n) => `The weather in the bay was mild, and the cranes worked through the night on berth ${n % 12}.`,
];

/** Words of /huge.html: about 1.8 million characters. */
export const HUGE_WORDS = 300_000;

/** An article of at least `words` words (default 50,000) built from fixed templates. */
export function longArticle(words = 50_000) {
  const paragraphs = [];
  let count = 0;
  for (let n = 0; count < words; n++) {
    const sentences = LONG_TEMPLATES.map((t, i) => t(n * LONG_TEMPLATES.length + i));
    const p = sentences.join(' ');
    paragraphs.push(p);
    count += p.split(/\s+/).length;
  }
  return { title: 'A long year on the docks: the complete harbour report', paragraphs, words: count };
}

/** The shadow tree /shadow.html's component renders (written once, copied per instance). */
export function shadowTemplate(a) {
  return `<style>:host { display: block; } .byline { color: #555; }</style>
<article class="story">
<header><slot name="headline"></slot></header>
<p class="byline">By Demo Desk</p>
${a.before.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<slot></slot>
<p><slot name="speaker"></slot>${escapeHtml(a.speakerLine)}</p>
${a.after.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>`;
}

/** Renders a generated page for `path`, or returns null when the path is not one of ours. */
export function generatedPage(path, origin) {
  if (path === '/long.html') {
    const a = longArticle();
    return shell({ origin, path, title: a.title, main: articleHtml(a) });
  }
  if (path === '/huge.html') {
    // Over 1.5 million characters: more than the background extracts in one message, so the page
    // extracts it itself, with the engine it loads on demand.
    const a = longArticle(HUGE_WORDS);
    return shell({ origin, path, title: a.title, main: articleHtml(a) });
  }
  if (path === '/late.html') {
    // The article arrives 1.5 s after load, as on sites that render from a late API response.
    const script = `<script>setTimeout(function () {
  var main = document.getElementById('main');
  main.innerHTML = ${scriptJson(articleHtml(LATE_ARTICLE))};
}, 1500);</script>`;
    return shell({ origin, path, title: LATE_ARTICLE.title, main: '<p class="loading">Loading the story…</p>', script });
  }
  if (path === '/spa.html' || path === '/spa/second.html') {
    const second = path === '/spa/second.html';
    const a = second ? SPA_SECOND : SPA_FIRST;
    // A tiny client-side router: the link swaps the article and pushes a new URL, back swaps it again.
    const script = `<script>(function () {
  var pages = { '/spa.html': ${scriptJson({ title: SPA_FIRST.title, html: articleHtml(SPA_FIRST) })},
                '/spa/second.html': ${scriptJson({ title: SPA_SECOND.title, html: articleHtml(SPA_SECOND) })} };
  function show(p) { document.getElementById('main').innerHTML = pages[p].html + nextLink(p); document.title = pages[p].title; }
  function nextLink(p) { return p === '/spa.html' ? '<p><a id="next-story" href="/spa/second.html">Next story</a></p>' : ''; }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('#next-story');
    if (!a) return;
    e.preventDefault();
    history.pushState({}, '', '/spa/second.html');
    show('/spa/second.html');
  });
  window.addEventListener('popstate', function () { show(location.pathname in pages ? location.pathname : '/spa.html'); });
})();</script>`;
    const next = second ? '' : '<p><a id="next-story" href="/spa/second.html">Next story</a></p>';
    return shell({ origin, path, title: a.title, main: articleHtml(a) + next, script });
  }
  if (path === '/hostile.html') {
    // While the extension works, the page re-renders its paragraphs (new text nodes with the same
    // text, as virtual-DOM sites do), and it overrides common CSS for every element.
    const script = `<script>(function () {
  var n = 0;
  var t = setInterval(function () {
    var ps = document.querySelectorAll('article p:not(.byline)');
    ps.forEach(function (p) { var text = p.textContent; p.textContent = ''; p.appendChild(document.createTextNode(text)); });
    if (++n >= 8) clearInterval(t);
  }, 250);
})();</script>
<style>* { box-sizing: content-box !important; } div, span, section { all: unset; } ::selection { background: #000; }</style>`;
    return shell({ origin, path, title: HOSTILE_ARTICLE.title, main: articleHtml(HOSTILE_ARTICLE), script });
  }
  if (path === '/nodes.html') {
    // 100,000+ text nodes: every word of a long article in its own element, as some sites render text.
    const a = longArticle(60_000);
    const body = a.paragraphs.map((p) => `<p>${p.split(' ').map((w) => `<span>${escapeHtml(w)}</span>`).join(' ')}</p>`).join('\n');
    const main = `<article class="story"><h1>${escapeHtml(a.title)}</h1>${body}</article>`;
    return shell({ origin, path, title: a.title, main });
  }
  if (path === '/shadow.html' || path === '/shadow-closed.html') {
    // A web component renders the story into its shadow root (closed on /shadow-closed.html, where
    // page scripts cannot reach it and only an extension's own API opens it), styled by a <style>
    // in the tree and by a constructed sheet of the page's own (window.storySheet). The page keeps a
    // copy of the tree's HTML as rendered (window.shadowStoryHtml) so tests can tell it was not changed later.
    const a = SHADOW_ARTICLE;
    const mode = path === '/shadow.html' ? 'open' : 'closed';
    const light = `<story-view id="story">
<h1 slot="headline">${escapeHtml(a.title)}</h1>
${a.slotted.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<span slot="speaker">${escapeHtml(a.speaker)}</span>
</story-view>`;
    const script = `<script>(function () {
  var html = ${scriptJson(shadowTemplate(a))};
  var sheet = new CSSStyleSheet();
  sheet.replaceSync('p { margin: 0 0 1.1em; }');
  window.storySheet = sheet;
  customElements.define('story-view', class extends HTMLElement {
    constructor() {
      super();
      var root = this.attachShadow({ mode: '${mode}' });
      root.innerHTML = html;
      root.adoptedStyleSheets = [sheet];
      window.shadowStoryHtml = root.innerHTML;
    }
  });
})();</script>`;
    return shell({ origin, path, title: a.title, main: light, script });
  }
  if (path === '/embedded.html') {
    return shell({ origin, path, title: FRAMED_ARTICLE.title, main: articleHtml(FRAMED_ARTICLE) });
  }
  if (path === '/ad.html') {
    return shell({ origin, path, title: AD_ARTICLE.title, main: articleHtml(AD_ARTICLE) });
  }
  if (path === '/strict-csp.html') {
    // A page that forbids inline styles and every script: Sourcelight's card must still be styled.
    const a = LATE_ARTICLE;
    return shell({ origin, path, title: a.title, main: articleHtml(a), csp: "default-src 'self'; style-src 'self'; script-src 'none'" });
  }
  if (path === '/plain.html') {
    const a = PLAIN_ARTICLE;
    const main = `<div class="col"><h1>${escapeHtml(a.title)}</h1>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<div class="text">${a.lines.map(escapeHtml).join('<br>\n<br>\n')}</div>
<div class="photo"><div class="frame"></div><p class="legend">${escapeHtml(a.photoCaption)}</p></div>${escapeHtml(a.loose)}
</div>`;
    // No <article> and no articleBody: the story is found by Readability's scoring alone.
    return shell({ origin, path, title: a.title, main }).replace(/"@type":"NewsArticle"/, '"@type":"WebPage"');
  }
  if (path === '/ads.html') {
    const port = new URL(origin).port;
    const frames = Array.from({ length: AD_FRAMES.count }, (_, i) => {
      const [w, h] = AD_FRAMES.sizes[i % AD_FRAMES.sizes.length];
      const host = AD_FRAMES.hosts[i % AD_FRAMES.hosts.length];
      return `<iframe title="Advertisement ${i + 1}" width="${w}" height="${h}" src="http://${host}${port ? `:${port}` : ''}${FRAMED_LAYOUT.adPath}?slot=${i + 1}"></iframe>`;
    });
    const main = `${articleHtml(FRAMED_ARTICLE)}\n<div class="ads">${frames.join('\n')}</div>`;
    return shell({ origin, path, title: FRAMED_ARTICLE.title, main });
  }
  if (path === '/framed.html') {
    // A thin page of its own (not an article): the story comes from another outlet's host, in a
    // frame that is small until the page sizes it.
    const port = new URL(origin).port;
    const src = `http://${FRAMED_LAYOUT.articleHost}${port ? `:${port}` : ''}${FRAMED_LAYOUT.articlePath}`;
    const { width, height } = FRAMED_LAYOUT.ad;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner story: ${escapeHtml(FRAMED_ARTICLE.title)}</title>
<style>body{font:16px/1.4 sans-serif;margin:0 auto;max-width:70rem;padding:1rem} .layout{display:flex;gap:1rem;align-items:flex-start} iframe{border:1px solid #ccc}</style>
</head><body>
<p>Partner story from Harbour Gazette.</p>
<div class="layout">
<iframe id="story-frame" title="Partner story" src="${escapeHtml(src)}" style="flex:1"></iframe>
<iframe id="ad-frame" title="Advertisement" src="${escapeHtml(FRAMED_LAYOUT.adPath)}" width="${width}" height="${height}"></iframe>
</div>
<script>
// As auto-height embeds do: the story frame starts at the default 150px and gets its height once loaded.
document.getElementById('story-frame').addEventListener('load', function () { this.style.height = '1400px'; });
</script>
</body></html>`;
  }
  return null;
}

/** Paths of the generated pages, for indexes and the demo. */
export const GENERATED_PATHS = ['/plain.html', '/long.html', '/late.html', '/spa.html', '/hostile.html', '/nodes.html', '/shadow.html', '/shadow-closed.html', '/framed.html', '/embedded.html', '/ads.html', '/huge.html', '/strict-csp.html'];
