// A generated reading history for the store benchmarks: stories told by 3-6 outlets with differing
// figures, among unrelated single-outlet articles, as HTML pages (for the browser to read) and as
// the page reports the extension makes of them (the engine and digest run here, as in the page).
// Deterministic: the same size gives the same corpus. All text is written for this project.
import { extract } from '../../lib/extract';
import { capForReport } from '../../lib/analyze/chunked';
import { digestArticle } from '../../lib/xref/digest';
import type { PageReport } from '../../lib/protocol';
import { exportedText } from '../../lib/store/transfer';
import { prepare, recordsOf } from '../../lib/store/ingest';

export const OUTLETS = [
  { name: 'NorthWire', host: 'www.northwire.example' },
  { name: 'The Meridian Herald', host: 'www.meridianherald.example' },
  { name: 'BCN News', host: 'news.bcn.example' },
  { name: 'The Harbour Gazette', host: 'www.harbourgazette.example' },
  { name: 'AA Wire', host: 'www.aawire.example' },
  { name: 'The Daily Clarion', host: 'www.dailyclarion.example' },
  { name: 'Coastline Today', host: 'www.coastlinetoday.example' },
];
const SYLLABLES = ['dun', 'mar', 'ra', 'kel', 'vor', 'ash', 'bel', 'tor', 'nis', 'cor', 'ran', 'lin', 'mel', 'gar', 'tha', 'wen', 'sol', 'bri', 'fen', 'qua'];
const HOURS = 3_600_000;
const START = Date.UTC(2026, 5, 1);

/** Deterministic pseudo-random numbers, so runs are comparable. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
function word(r: () => number, n: number): string {
  let w = '';
  for (let i = 0; i < n; i++) w += pick(r, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

interface Event {
  town: string;
  port: string;
  person: string;
  official: string;
  org: string;
  thing: string;
  verb: string;
  dead: number;
  rescued: number;
  published: number;
}

function event(story: number): Event {
  const r = rng(story * 7919 + 13);
  const kind = story % 4;
  return {
    town: `${word(r, 2)} ${word(r, 2)}`,
    port: `Port ${word(r, 3)}`,
    person: `${word(r, 2)} ${word(r, 3)}`,
    official: `${word(r, 2)} ${word(r, 2)}`,
    org: `${word(r, 2)} ${['Ferries', 'Coaches', 'Rail', 'Air'][kind]}`,
    thing: ['ferry', 'bus', 'train', 'plane'][kind],
    verb: ['capsized', 'crashed', 'derailed', 'came down'][kind],
    dead: 6 + Math.floor(r() * 40),
    rescued: 20 + Math.floor(r() * 90),
    published: START + story * 2 * HOURS,
  };
}

/** One outlet's report of an event: the same facts in other words, some figures differing. */
function storyParagraphs(e: Event, outlet: number): string[] {
  const r = rng(outlet * 104729 + e.published / HOURS);
  // outlets disagree: some give a different toll or rescue count
  const dead = outlet % 3 === 1 ? e.dead + 2 + (outlet % 5) : e.dead;
  const rescued = outlet % 2 === 1 ? e.rescued - 7 : e.rescued;
  const said = pick(r, ['said', 'told reporters', 'said in a statement']);
  return [
    `At least ${dead} people died when a ${e.thing} ${e.verb} near ${e.town} on Tuesday, the ${e.town} Coastguard ${said}.`,
    `Rescue teams pulled ${rescued} people to safety during the night, according to ${e.official}, the regional emergency chief.`,
    `"The conditions were very difficult and our crews worked without a break," ${e.official} said at a briefing in ${e.port}.`,
    `${e.org} said the ${e.thing} had passed its last inspection in March and that its crew followed every rule.`,
    `${e.person}, the transport minister, said an independent inquiry would examine what happened near ${e.town}.`,
    `Families waited for news outside the hospital in ${e.port}, where ${Math.max(3, Math.floor(rescued / 6))} of the injured were being treated, officials said.`,
    `Local residents told ${pick(r, ['reporters', 'the radio station', 'journalists'])} that the weather had turned quickly in the afternoon.`,
    `The ${e.thing} was carrying ${dead + rescued + 11} people when it ${e.verb}, the operator said.`,
  ];
}

/** An article about nothing else in the store: council business, culture or sport in a named town. */
function unrelatedParagraphs(i: number): { title: string; paragraphs: string[] } {
  const r = rng(i * 31337 + 7);
  const town = `${word(r, 2)}${pick(r, ['by', 'holm', 'ford', 'stad'])}`;
  const mayor = `${word(r, 2)} ${word(r, 3)}`;
  const n = 10 + Math.floor(r() * 400);
  const topic = pick(r, ['a new library', 'the harbour bridge', 'a cycling path', 'the football stadium', 'a school building']);
  return {
    title: `${town} council votes on ${topic}`,
    paragraphs: [
      `The council of ${town} approved plans for ${topic} on Monday, Mayor ${mayor} said after the vote.`,
      `The project will cost about ${n} million crowns and should be finished in ${2 + (i % 4)} years, the planning office said.`,
      `"This is a good day for everyone who lives here," ${mayor} told reporters outside the town hall.`,
      `Opposition councillor ${word(r, 2)} ${word(r, 2)} said the budget was too optimistic and warned that delays were likely.`,
      `Work is due to start next spring, according to the project office, which expects about ${50 + (i % 300)} people to work on the site.`,
      `Residents have asked for more parking near the site, the local newspaper reported.`,
    ],
  };
}

export interface GeneratedArticle {
  url: string;
  outlet: (typeof OUTLETS)[number];
  title: string;
  paragraphs: string[];
  published: string;
}

/** Article `i` of a corpus: about 60% belong to stories of 3-6 outlets, the rest stand alone. */
export function articleAt(i: number): GeneratedArticle {
  // blocks of 10 articles: 6 from stories (two stories of 3, or one of 6 ...), 4 unrelated
  const block = Math.floor(i / 10);
  const k = i % 10;
  if (k < 6) {
    const size = block % 3 === 0 ? 6 : 3; // a story of 6 outlets, or two of 3
    const story = block * 2 + (size === 6 ? 0 : Math.floor(k / 3));
    const outlet = size === 6 ? k : (k % 3) + (story % 2) * 3;
    return storyArticle(story, outlet);
  }
  const u = unrelatedParagraphs(i);
  const o = OUTLETS[i % OUTLETS.length];
  return { url: `https://${o.host}/local/${i}.html`, outlet: o, title: u.title, paragraphs: u.paragraphs, published: new Date(START + block * 2 * HOURS + k * 600_000).toISOString() };
}

export function storyArticle(story: number, outlet: number): GeneratedArticle {
  const e = event(story);
  const o = OUTLETS[outlet];
  const title = `${e.thing[0].toUpperCase()}${e.thing.slice(1)} ${e.verb} near ${e.town}: ${outlet % 2 ? 'dozens rescued' : 'inquiry announced'}`;
  return { url: `https://${o.host}/world/${story}-${outlet}.html`, outlet: o, title, paragraphs: storyParagraphs(e, outlet), published: new Date(e.published + outlet * 1_800_000).toISOString() };
}

/** New pages for the ingest measure: the seventh outlet's report of stories already stored. */
export function newPages(count: number, stored: number): GeneratedArticle[] {
  const stories = Math.floor(stored / 10) * 2;
  return Array.from({ length: count }, (_, j) => storyArticle(Math.floor(((j + 0.5) / count) * stories) & ~0, 6));
}

/** The page report the extension makes of an article (engine, caps and digest as in the page). */
export function reportOf(a: GeneratedArticle): PageReport {
  const text = [a.title, ...a.paragraphs].join('\n\n');
  const meta = { url: a.url, canonicalUrl: a.url, title: a.title, outlet: { name: a.outlet.name, domain: a.outlet.host }, authors: ['Demo Desk'], published: a.published };
  const all = extract(text, meta);
  const { claims, actors } = capForReport(all);
  const kept = new Set(claims.map((c) => c.id));
  const digest = digestArticle(text, claims, all.claims.filter((c) => !kept.has(c.id)));
  return { meta, claims, actors, words: text.split(/\s+/).length, digest };
}

/** An export file of the first `count` articles, read one every 10 minutes up to `now`. */
export function exportText(count: number, now: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const page = reportOf(articleAt(i));
    // written as the extension's export writes a stored page (with its frames)
    const { article, claims } = recordsOf(prepare(page, now - (count - i) * 600_000, [page.meta.url]), 'unused');
    parts.push(exportedText(article, claims.map((c) => c.claim)));
  }
  return `{"format":"sourcelight-export","version":1,"exportedAt":${JSON.stringify(new Date(now).toISOString())},"articles":[${parts.join(',')}],"dismissals":[]}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page an outlet serves for an article. */
export function pageHtml(a: GeneratedArticle, url = a.url): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: a.published, publisher: { '@type': 'Organization', name: a.outlet.name } }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>
<meta property="og:site_name" content="${escapeHtml(a.outlet.name)}"><meta property="og:type" content="article">
<link rel="canonical" href="${escapeHtml(url)}">
<script type="application/ld+json">${ld}</script>
</head><body>
<nav class="site-nav"><a href="/">Home</a><a href="/world/">World</a></nav>
<main><article class="story"><h1>${escapeHtml(a.title)}</h1><p class="byline">By Demo Desk</p>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main>
<footer><p>${escapeHtml(a.outlet.name)}. Written for the Sourcelight store benchmark.</p></footer>
</body></html>`;
}
