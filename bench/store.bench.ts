// The background store at scale, in fake-indexeddb (Node): a generated corpus of articles
// (default 10,000 with 20 claims each, i.e. 200,000 claims; SOURCELIGHT_BENCH_ARTICLES scales it),
// grouped four outlets to an event. Measures ingest time per article, the p95 of view(url) (the
// popup's and hover card's lookup), the stored size per 1,000 articles and the heap.
import 'fake-indexeddb/auto';
import { openStore } from '../lib/store';
import type { PageReport } from '../lib/protocol';
import { articleFeatures } from '../lib/xref/stories';
import type { Actor, Claim } from '../lib/types';

const OUTLETS = ['NorthWire', 'The Meridian Herald', 'BCN News', 'The Harbour Gazette'];
const SYLLABLES = ['dun', 'mar', 'ra', 'kel', 'vor', 'ash', 'bel', 'tor', 'nis', 'cor', 'ran', 'lin', 'mel', 'gar', 'tha', 'wen'];
const TEMPLATES = [
  (e: Ev, k: number) => `At least ${8 + (k % 5)} people died when the ${e.thing} ${e.verb} near ${e.town}`,
  (e: Ev, k: number) => `${30 + (k % 7)} people were rescued from the water near ${e.town}`,
  (e: Ev) => `the ${e.thing} was not overloaded and its crew followed every rule`,
  (e: Ev) => `the sea near ${e.town} was rough when the ${e.thing} left ${e.port}`,
  (e: Ev, k: number) => `rescue teams worked for ${5 + (k % 4)} hours in difficult conditions`,
  (e: Ev) => `${e.person} would lead an independent inquiry into what happened at ${e.port}`,
  (e: Ev) => `${e.org} had warned about the ${e.thing} several times last year`,
  (e: Ev) => `families were waiting for news at the harbour in ${e.town}`,
];

interface Ev { town: string; port: string; person: string; org: string; thing: string; verb: string }

/** Deterministic pseudo-random numbers, so runs are comparable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function word(r: () => number, n: number): string {
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

function event(i: number): Ev {
  const r = rng(i + 1);
  return {
    town: `${word(r, 2)} ${word(r, 2)}`, port: `Port ${word(r, 3)}`, person: `${word(r, 2)} ${word(r, 3)}`, org: `${word(r, 2)} Ferries`,
    thing: ['ferry', 'bus', 'train', 'plane'][i % 4], verb: ['capsized', 'crashed', 'derailed', 'came down'][i % 4],
  };
}

function article(i: number, claimsPerArticle: number): PageReport {
  const ev = event(Math.floor(i / OUTLETS.length));
  const outlet = OUTLETS[i % OUTLETS.length];
  const url = `https://www.outlet${i % OUTLETS.length}.example/news/${i}`;
  const speakers = [ev.person, ev.org, `${ev.town} Coastguard`, 'police', 'officials'];
  const actors: Actor[] = speakers.map((name, k) => ({ id: `a${k}`, key: name.toLowerCase(), name, type: k < 3 ? (k === 0 ? 'person' : 'organization') : 'group', aliases: [], mentions: [{ start: k * 10, end: k * 10 + 5 }] }));
  const claims: Claim[] = [];
  let at = 0;
  for (let k = 0; k < claimsPerArticle; k++) {
    const text = TEMPLATES[k % TEMPLATES.length](ev, i + k);
    claims.push({ id: `c${k}`, kind: 'indirect', source: { text: speakers[k % 5], start: at, end: at + speakers[k % 5].length }, actorId: `a${k % 5}`, cue: { text: 'said', start: at, end: at + 4 }, content: { text, start: at + 10, end: at + 10 + text.length }, via: null, confidence: 0.8 });
    at += text.length + 40;
  }
  const published = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / OUTLETS.length) * 3_600_000 * 2 + (i % OUTLETS.length) * 3_600_000).toISOString();
  return { meta: { url, title: `${ev.thing[0].toUpperCase()}${ev.thing.slice(1)} ${ev.verb} near ${ev.town}`, outlet: { name: outlet, domain: new URL(url).hostname }, authors: [], published }, claims, actors, words: 800 };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export default async function storeBench() {
  const n = Math.max(8, Number(process.env.SOURCELIGHT_BENCH_ARTICLES ?? 10_000));
  const claimsPer = 20;
  const store = await openStore(`bench-${Date.now()}`);
  const ingestMs: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const rep = article(i, claimsPer);
    // what is stored: the report's data plus the article's story-grouping features
    const features = articleFeatures({ url: rep.meta.url, outlet: rep.meta.outlet.name, title: rep.meta.title, published: rep.meta.published, claims: rep.claims, actors: rep.actors });
    bytes += JSON.stringify(rep).length + JSON.stringify(features).length;
    const t = performance.now();
    await store.ingest(rep, Date.parse(rep.meta.published ?? '') || i);
    ingestMs.push(performance.now() - t);
  }
  const totalS = (performance.now() - t0) / 1000;
  const viewMs: number[] = [];
  const r = rng(42);
  let conflicts = 0;
  let grouped = 0;
  const lookups = Math.min(1000, n);
  for (let k = 0; k < lookups; k++) {
    const i = Math.floor(r() * n);
    const t = performance.now();
    const v = await store.view(`https://www.outlet${i % OUTLETS.length}.example/news/${i}`);
    viewMs.push(performance.now() - t);
    conflicts += v.conflicts.length;
    grouped += v.otherArticles === OUTLETS.length - 1 ? 1 : 0;
  }
  store.close();
  global.gc?.();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  const rows: (string | number)[][] = [
    ['articles / claims', `${n} / ${n * claimsPer}`, ''],
    ['ingest per article, mean', round(ingestMs.reduce((a, b) => a + b, 0) / n), 'ms'],
    ['ingest per article, p95', round(pct(ingestMs, 0.95)), 'ms'],
    ['ingest of the last 10% (store nearly full), mean', round(ingestMs.slice(-Math.ceil(n / 10)).reduce((a, b) => a + b, 0) / Math.ceil(n / 10)), 'ms'],
    ['view(url) p50', round(pct(viewMs, 0.5)), 'ms'],
    ['view(url) p95 (goal <= 50 ms)', round(pct(viewMs, 0.95)), 'ms'],
    ['pages whose story has all 4 outlets', `${round((grouped / lookups) * 100, 1)}%`, ''],
    ['conflicts per page viewed, mean', round(conflicts / lookups), ''],
    ['stored size per 1,000 articles (serialised records, before indexes)', round(((bytes / n) * 1000) / 2 ** 20, 1), 'MB'],
    ['heap used after the run', round(heapMb, 0), 'MB'],
    ['total ingest time', round(totalS, 1), 's'],
  ];
  return {
    title: 'Store (fake-indexeddb, Node)',
    columns: ['measure', 'value', 'unit'],
    rows,
    json: Object.fromEntries(rows.map(([k, v, u]) => [`${k}${u ? ` (${u})` : ''}`, v])),
  };
}
