// The review's hostile inputs (issue 13): a 2 MB text that is one sentence, 2 MB of binary junk,
// 20 MB of paragraphs and 20,000 nested divs. Written to files (what the command line reads) and
// given to the page path as HTML (what the content script would find). Deterministic.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../adversarial/inventory';

export interface ReviewInput {
  name: string;
  about: string;
  /** The file the command line tool is given. */
  file: { ext: '.txt' | '.html' | '.bin'; bytes: Buffer };
  /** The page the content script would read. */
  html: () => string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hostile page"}</script></head><body>${body}</body></html>`;

/** One sentence of news-like words, no full stop until the end. */
function oneSentence(chars: number): string {
  const words = ['officials', 'said', 'that', 'the', 'Harbour', 'Authority', 'would', 'report', '12', 'people', 'aboard', 'and', 'according', 'to', 'Ines', 'Valdr'];
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const w = words[(i * 7) % words.length]!;
    out.push(w);
    n += w.length + 1;
  }
  return `${out.join(' ')}.`;
}

function binary(bytes: number): Buffer {
  let a = 7;
  const b = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    b[i] = a >>> 24;
  }
  return b;
}

/** Our fixture articles' paragraphs, numbered so none repeats, up to `chars`. */
function paragraphs(chars: number): string[] {
  const dir = path.join(ROOT, 'tests/fixtures/articles');
  const paras = ['ferry-bcn', 'ferry-gazette', 'strike-northwire', 'court-shipyard-fraud'].flatMap((f) => readFileSync(path.join(dir, `${f}.txt`), 'utf8').split(/\n\n+/).slice(1));
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = `${paras[i % paras.length]!} (${Math.floor(i / paras.length)})`;
    out.push(p);
    n += p.length + 2;
  }
  return out;
}

/** `depth` nested divs, a paragraph of news every 100 levels, the story's paragraphs at the bottom. */
function deepDivs(depth: number): string {
  const paras = paragraphs(6_000);
  const open: string[] = [];
  for (let i = 0; i < depth; i++) open.push(i % 100 === 0 ? `<div><p>${esc(paras[(i / 100) % paras.length]!)}</p>` : '<div>');
  return `${open.join('')}<article>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article>${'</div>'.repeat(depth)}`;
}

export function reviewInputs(): ReviewInput[] {
  const sentence = oneSentence(2_000_000);
  const junk = binary(2_000_000);
  const many = paragraphs(20_000_000);
  return [
    { name: 'one-sentence-2MB', about: '2 MB of text that is one sentence', file: { ext: '.txt', bytes: Buffer.from(sentence) }, html: () => page(`<article><p>${esc(sentence)}</p></article>`) },
    { name: 'binary-2MB', about: '2 MB of random bytes', file: { ext: '.bin', bytes: junk }, html: () => page(junk.toString('utf8')) },
    { name: 'paragraphs-20MB', about: '20 MB of news paragraphs', file: { ext: '.txt', bytes: Buffer.from(many.join('\n\n')) }, html: () => page(`<article>${many.map((p) => `<p>${esc(p)}</p>`).join('')}</article>`) },
    { name: 'deep-divs-20000', about: '20,000 nested divs with the story at the bottom', file: { ext: '.html', bytes: Buffer.from(page(deepDivs(20_000))) }, html: () => page(deepDivs(20_000)) },
  ];
}
