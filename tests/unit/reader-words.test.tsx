// Words a reader sees hold no internal term. The popup (toolbar and comparison view), the hover
// card and the options page are rendered from what the engine and the store really produce on the
// fixture stories (tests/fixtures/stories and story A in tests/fixtures/articles) and on a long
// generated page whose figures disagree within the article, then read as text.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useDom } from './preact-dom';
import { extract } from '../../lib/extract/index';
import { digestArticle } from '../../lib/xref/digest';
import { openStore } from '../../lib/store';
import type { PageReport } from '../../lib/protocol';
import { DEFAULT_SETTINGS, type PageView } from '../../lib/types';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PopupClient } from '../../components/popup/client';
import { HoverCard } from '../../components/card/HoverCard';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { OptionsClient } from '../../components/options/client';
import { StoreHolder } from '../../lib/store/holder';
import { holderClient, memoryName } from './holder-client';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { loadStories, storyArticles } from '../xref-stories';
// @ts-expect-error plain JS module of the demo site
import { longArticle } from '../../scripts/demo-pages.mjs';

const dom = useDom();
const ROOT = join(__dirname, '../..');
const LONG_URL = 'https://www.northwire.example/long.html';

/** Story A of the demo site (tests/fixtures/articles), whose speakers include "the coastguard". */
function storyAReports(): { text: string; report: PageReport }[] {
  const dir = join(ROOT, 'tests/fixtures/articles');
  return readdirSync(dir).filter((f) => /^ferry-.*\.gold\.json$/.test(f)).map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; outlet: string; file: string; published: string };
    const text = readFileSync(join(dir, gold.file), 'utf8');
    const url = `https://www.${gold.id.replace(/^ferry-/, '')}.example/news/corran-star.html`;
    return { text, report: report(text, url, gold.outlet, gold.published) };
  });
}

function report(text: string, url: string, outlet: string, published: string): PageReport {
  const meta = { url, title: text.split('\n')[0]!.trim(), outlet: { name: outlet, domain: new URL(url).hostname }, authors: [], published };
  const { claims, actors } = extract(text, meta);
  return { meta, claims, actors, words: text.split(/\s+/).length, digest: digestArticle(text, claims) };
}

/** Reader-facing words come from the articles or from our own code's strings; a word from neither
 *  (a stem such as "volum" or "capsiz") is internal. */
function vocabulary(texts: string[]): Set<string> {
  const sources = ['components', 'lib/xref'].flatMap((d) => {
    try {
      return readdirSync(join(ROOT, d), { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(join(ROOT, d, f), 'utf8'));
    } catch {
      return [];
    }
  });
  sources.push(readFileSync(join(ROOT, 'lib/shortcuts.ts'), 'utf8'));
  return new Set([...texts, ...sources].flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []));
}

/** Internal terms, each with the text that once reached a reader. */
const INTERNAL: { name: string; pattern: RegExp; example: string }[] = [
  { name: 'page reader jargon', pattern: /readerable/i, example: 'not readerable' },
  { name: 'share of word sets', pattern: /\d+\s*% of (?:claim )?vocabulary|vocabulary shared/i, example: '17% of claim vocabulary shared' },
  { name: 'cue quoted as a kind', pattern: /“According to”/, example: '“According to” “according to”' },
];

/** Every text node, one space apart (textContent runs "Settings" and "Everything" together). */
function readable(n: Node): string {
  if (n.nodeType === 3) return n.textContent ?? '';
  return [...n.childNodes].map(readable).join(' ');
}

/** The article writes this speaker with "the" (or "a", "its"...) before it: "the coastguard said". */
function writtenWithArticle(name: string, text: string): boolean {
  const words = name.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return /^\p{Ll}/u.test(name) && new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+${words}\\s+(?:said|says|told|added|reported|announced|confirmed|estimated)\\b`, 'u').test(text);
}

/** Words neither known nor cut short by an excerpt's ellipsis ("Observato…"). */
const unknownWords = (text: string, known: Set<string>) => [...new Set((text.match(/\p{L}+(?!\p{L}*…)/gu) ?? []).filter((w) => !known.has(w.toLowerCase())))];

describe('words a reader sees', () => {
  const views = new Map<string, PageView>();
  let known: Set<string>;
  const texts = new Map<string, string>();
  beforeAll(async () => {
    globalThis.indexedDB = new IDBFactory();
    const store = await openStore(`reader-words-${Math.random()}`);
    const long = longArticle(1_500) as { title: string; paragraphs: string[] };
    const longText = [long.title, ...long.paragraphs].join('\n\n');
    const all = [
      ...storyArticles(loadStories()).map((a) => ({ text: a.text, report: a.report })),
      ...storyAReports(),
      { text: longText, report: report(longText, LONG_URL, 'NorthWire', '2026-11-20T08:00:00Z') },
    ];
    all.sort((a, b) => Date.parse(a.report.meta.published ?? '') - Date.parse(b.report.meta.published ?? ''));
    for (const [i, a] of all.entries()) await store.ingest(a.report, Date.parse(a.report.meta.published ?? '') || i);
    for (const a of all) views.set(a.report.meta.url, await store.view(a.report.meta.url));
    store.close();
    known = vocabulary(all.flatMap((a) => [a.text, a.report.meta.url]));
    for (const a of all) texts.set(a.report.meta.url, a.text);
  }, 120_000);

  const client = (view: PageView): PopupClient => ({
    tab: vi.fn(async () => ({ id: 3, url: view.meta?.url })),
    view: vi.fn(async () => structuredClone(view)),
    dismiss: vi.fn(async () => ({ ok: true })),
    focusClaim: vi.fn(async () => ({ ok: true })),
    getSettings: vi.fn(async () => DEFAULT_SETTINGS),
    setSettings: vi.fn(async () => DEFAULT_SETTINGS),
    reloadTab: vi.fn(async () => {}),
    openOptions: vi.fn(async () => {}),
    openKey: vi.fn(async () => {}),
  });

  async function popupText(view: PageView, compare: boolean): Promise<HTMLElement> {
    const root = dom.container();
    const target = compare ? { mode: 'compare' as const, url: view.meta!.url } : { mode: 'popup' as const };
    await act(async () => void render(<PopupApp client={client(view)} target={target} pollMs={1} maxPolls={1} />, root));
    await dom.flush();
    return root;
  }

  function internalTerms(text: string): string[] {
    return INTERNAL.filter((r) => r.pattern.test(text)).map((r) => `${r.name} (as in "${r.example}")`);
  }

  it('the fixtures give disagreements across outlets, within one article, and "according to" claims', () => {
    const all = [...views.values()];
    expect(all.some((v) => v.conflicts.some((c) => !c.within && !c.update))).toBe(true);
    expect(all.some((v) => v.conflicts.some((c) => c.within))).toBe(true);
    expect(all.some((v) => v.conflicts.some((c) => c.update))).toBe(true);
    expect(all.some((v) => v.claims.some((c) => c.kind === 'according_to'))).toBe(true);
  });

  it('the popup and the comparison view: no stems, no jargon, speakers as the article writes them', async () => {
    for (const view of views.values()) {
      for (const compare of [false, true]) {
        const root = await popupText(view, compare);
        const text = readable(root);
        const where = `${compare ? 'comparison view' : 'popup'} of ${view.meta?.url}`;
        expect({ where, terms: internalTerms(text) }).toEqual({ where, terms: [] });
        expect({ where, unknown: unknownWords(text, known) }).toEqual({ where, unknown: [] });
        const speakers = [...root.querySelectorAll('.actor-name')].map((h) => h.textContent ?? '');
        expect({ where, lowercase: speakers.filter((s) => /^\p{Ll}/u.test(s)) }).toEqual({ where, lowercase: [] });
        // "BCN News (coastguard)" where the article says "the coastguard": a description cut from its article
        const bare = [
          ...[...root.querySelectorAll('.conflict-explanation')].flatMap((e) => [...readable(e).matchAll(/\p{Lu}\p{L}*\s\((?!the |its |their |his |her |a |an |own |citing )(\p{Ll}[\p{L} ]*)\)/gu)].map((m) => m[1]!)),
          ...[...root.querySelectorAll('.side-meta')].flatMap((e) => [...readable(e).matchAll(/·\s+(?!the |this |its |their |his |her |a |an |unnamed |own )(\p{Ll}[\p{L} ]*)/gu)].map((m) => m[1]!.trim())),
          ...speakers.map((n) => n.charAt(0).toLowerCase() + n.slice(1)),
        ].filter((n) => writtenWithArticle(n, texts.get(view.meta!.url) ?? ''));
        expect({ where, bare }).toEqual({ where, bare: [] });
      }
    }
  }, 60_000);

  it('the hover card: the kind is no quote of the cue, no stems, speakers as written', () => {
    let shown = 0;
    for (const view of views.values()) {
      const url = view.meta!.url;
      for (const claim of view.claims) {
        const actor = view.actors.find((a) => a.id === claim.actorId);
        const root = dom.container();
        act(() => void render(<HoverCard claim={claim} actor={actor} url={url} conflicts={view.conflicts} frames={(view.frames ?? []).filter((f) => f.ref === claim.id)} onCompare={() => {}} onKey={() => {}} onClose={() => {}} />, root));
        const text = readable(root);
        const where = `card of ${claim.id} on ${url}`;
        expect({ where, terms: internalTerms(text) }).toEqual({ where, terms: [] });
        const kind = (root.querySelector('.kind')?.textContent ?? '').toLowerCase().replace(/[“”"]/g, '');
        const cue = (root.querySelector('.cue')?.textContent ?? '').toLowerCase().replace(/[“”"]/g, '');
        if (cue) expect({ where, kind, cue, repeated: kind.includes(cue) }).toEqual({ where, kind, cue, repeated: false });
        expect({ where, who: /^\p{Ll}/u.test(root.querySelector('.who')?.textContent ?? '') }).toEqual({ where, who: false });
        expect({ where, unknown: unknownWords(text, known) }).toEqual({ where, unknown: [] });
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(100);
  }, 60_000);

  it('the first-run page and colour key: no internal terms, and a line for every mark', async () => {
    const root = dom.container();
    await act(async () => void render(<WelcomeApp firstRun />, root));
    const text = readable(root);
    expect(internalTerms(text)).toEqual([]);
    expect(unknownWords(text, known)).toEqual([]);
    for (const mark of ['Yellow tint', 'Blue tint', 'Blue underline', 'Dotted blue underline', 'Orange', 'Red wavy line', 'Blue dashed line']) expect(text).toContain(mark);
    expect(text).toContain('IndexedDB');
    expect(text).toContain('Alt+Shift+N');
    // the product's name keeps its capital inside a shortcut's description
    expect(text.match(/sourcelight/gi)?.filter((w) => w !== 'Sourcelight')).toEqual([]);
  });

  it('the options page: no internal terms', async () => {
    // over a real store, so the data section's counts and sizes are rendered too
    const holder = await StoreHolder.open(memoryName(), 'reader-words-options');
    const options: OptionsClient = holderClient(holder, { ...DEFAULT_SETTINGS, disabledSites: ['www.northwire.example'] });
    const root = dom.container();
    await act(async () => void render(<OptionsApp client={options} />, root));
    await dom.flush();
    const text = readable(root);
    expect(text).toContain('Sites where Sourcelight is off');
    expect(internalTerms(text)).toEqual([]);
    expect(unknownWords(text, known)).toEqual([]);
  });
});
