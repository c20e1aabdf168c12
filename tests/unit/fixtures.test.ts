// Integrity of the gold-annotated fixture articles, the cross-outlet story file and the demo site:
// the gold must point at real text, the pages must carry exactly that text, and no page may
// reference anything outside its own host.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { GoldAttribution } from '../../lib/eval/score';

const FIX = path.resolve(__dirname, '../fixtures');
const ARTICLES = path.join(FIX, 'articles');
const SITE = path.join(FIX, 'site');

interface Gold {
  id: string;
  outlet: string;
  file: string;
  attributions: GoldAttribution[];
  actors: { name: string; type: string; aliases: string[] }[];
  conflicts: { topic: string; type: string; a: { actor: string; says: string }; b: { actor: string; says: string } }[];
}
interface ManifestEntry {
  host: string;
  path: string;
  kind: 'article' | 'home' | 'search' | 'login';
  gold?: string;
  story?: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Gold files: tests/fixtures/articles/<slug>.gold.json plus the seed copy in articles/seed/. */
function goldFiles(): string[] {
  const top = readdirSync(ARTICLES).filter((f) => f.endsWith('.gold.json')).map((f) => path.join(ARTICLES, f));
  const seed = readdirSync(path.join(ARTICLES, 'seed')).filter((f) => f.endsWith('.gold.json')).map((f) => path.join(ARTICLES, 'seed', f));
  return [...top, ...seed];
}

/** The article .txt format: first line the headline, paragraphs separated by blank lines. */
function paragraphsOf(text: string): { headline: string; paragraphs: string[] } {
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.trim()).filter((b) => b.length > 0);
  return { headline: (blocks[0] ?? '').split('\n')[0]!.trim(), paragraphs: blocks.slice(1) };
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('gold-annotated fixture articles', () => {
  const files = goldFiles();

  it('has at least 8 own articles plus the seed copy', () => {
    expect(files.filter((f) => !f.includes(`${path.sep}seed${path.sep}`)).length).toBeGreaterThanOrEqual(8);
    expect(files.some((f) => f.includes(`${path.sep}seed${path.sep}`))).toBe(true);
  });

  for (const file of files) {
    const gold = readJson<Gold>(file);
    const txtPath = path.join(path.dirname(file), gold.file);
    describe(path.relative(ARTICLES, file), () => {
      it('names an existing text file of 500-900 words', () => {
        expect(existsSync(txtPath)).toBe(true);
        const words = wordCount(readFileSync(txtPath, 'utf8'));
        expect(words).toBeGreaterThanOrEqual(500);
        expect(words).toBeLessThanOrEqual(900);
      });

      it('every content, source, cue and via is an exact substring of the text', () => {
        const text = readFileSync(txtPath, 'utf8');
        expect(gold.attributions.length).toBeGreaterThan(0);
        for (const a of gold.attributions) {
          expect(['direct', 'indirect', 'mixed', 'according_to'], JSON.stringify(a)).toContain(a.kind);
          expect(a.content.length, JSON.stringify(a)).toBeGreaterThan(0);
          for (const span of [a.content, a.source, a.cue, a.via ?? '']) {
            expect(text.includes(span), `${JSON.stringify(span)} not in ${gold.file}`).toBe(true);
          }
        }
      });

      it('direct quotes exclude their quotation marks; named actors are listed', () => {
        const names = new Set(gold.actors.map((a) => a.name));
        const isSeed = file.includes(`${path.sep}seed${path.sep}`);
        for (const a of gold.attributions) {
          if (a.kind === 'direct') expect(a.content, a.content).not.toMatch(/^["“]|["”]$/);
          // Unnamed or generic sources ("officials", "a port official") need no actor entry; the
          // seed gold (written elsewhere) lists only the main actors.
          if (!isSeed && /^[A-Z]/.test(a.actor)) {
            expect(names.has(a.actor), `${a.actor} missing from actors of ${gold.id}`).toBe(true);
          }
        }
      });

      it('conflicts name both sides', () => {
        for (const c of gold.conflicts) {
          expect(['number', 'polarity', 'antonym', 'denial']).toContain(c.type);
          expect(c.a.says && c.b.says && c.topic).toBeTruthy();
        }
      });
    });
  }
});

describe('cross-outlet stories (articles/stories.json)', () => {
  const stories = readJson<{
    stories: { id: string; articles: string[] }[];
    conflicts: { story: string; expected: string; sides: { article: string; value: string }[] }[];
    notConflicts: { sides: { article: string; value: string }[] }[];
  }>(path.join(ARTICLES, 'stories.json'));
  const text = (slug: string) => readFileSync(path.join(ARTICLES, `${slug}.txt`), 'utf8');

  it('story A has 4 outlets and story B is separate', () => {
    const a = stories.stories.find((s) => s.id === 'A')!;
    const b = stories.stories.find((s) => s.id === 'B')!;
    expect(new Set(a.articles.map((s) => readJson<Gold>(path.join(ARTICLES, `${s}.gold.json`)).outlet)).size).toBe(4);
    expect(b.articles.length).toBeGreaterThanOrEqual(2);
    expect(a.articles.filter((s) => b.articles.includes(s))).toEqual([]);
  });

  it('every side value is written in its article', () => {
    for (const c of [...stories.conflicts, ...stories.notConflicts]) {
      expect(c.sides.length).toBeGreaterThanOrEqual(1);
      for (const side of c.sides) expect(text(side.article).includes(side.value), `${side.value} in ${side.article}`).toBe(true);
    }
  });
});

describe('demo site', () => {
  const manifest = readJson<ManifestEntry[]>(path.join(SITE, 'manifest.json'));
  const fileOf = (e: ManifestEntry) => path.join(SITE, e.host, e.path);

  it('manifest covers the outlets, stories and non-article kinds', () => {
    const hosts = new Set(manifest.map((e) => e.host));
    for (const h of ['www.northwire.example', 'www.meridianherald.example', 'news.bcn.example', 'www.harbourgazette.example', 'www.aawire.example']) {
      expect(hosts.has(h), h).toBe(true);
      expect(manifest.some((e) => e.host === h && e.kind === 'home'), `${h} home`).toBe(true);
    }
    expect(manifest.filter((e) => e.story === 'A').length).toBe(4);
    expect(manifest.filter((e) => e.story === 'B').length).toBeGreaterThanOrEqual(2);
    expect(manifest.some((e) => e.story === 'seed' && e.host === 'www.aawire.example' && e.path === '/libya-haftar-moscow.html')).toBe(true);
    for (const kind of ['search', 'login']) expect(manifest.some((e) => e.kind === kind), kind).toBe(true);
  });

  for (const entry of manifest) {
    describe(`${entry.host}${entry.path}`, () => {
      it('exists and references nothing outside its own host', () => {
        expect(existsSync(fileOf(entry))).toBe(true);
        const html = readFileSync(fileOf(entry), 'utf8');
        const { document } = parseHTML(html);
        for (const el of document.querySelectorAll('*')) {
          for (const attr of ['src', 'href', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'content', 'style']) {
            const value = el.getAttribute(attr);
            if (!value) continue;
            const urls = value.match(/(?:https?:)?\/\/[^\s"'()<>,]+/gi) ?? [];
            for (const u of urls) {
              const absolute = u.startsWith('//') ? `http:${u}` : u;
              const own = /^http:\/\//.test(absolute) && new URL(absolute).hostname === entry.host;
              const allowed = own && ((el.localName === 'link' && el.getAttribute('rel') === 'canonical') || el.getAttribute('property') === 'og:url');
              expect(allowed, `${el.localName}[${attr}] = ${value}`).toBe(true);
            }
          }
        }
        for (const style of document.querySelectorAll('style')) {
          expect(style.textContent ?? '').not.toMatch(/@import|url\(\s*['"]?(?:https?:)?\/\//i);
        }
        // Anywhere else in the page (JSON-LD, scripts), only the page's own host and the
        // schema.org vocabulary name may appear as URLs.
        for (const m of html.matchAll(/https?:\/\/([^/\s"'<>]+)/gi)) {
          expect([entry.host, 'schema.org'], m[0]).toContain(m[1]!.toLowerCase());
        }
      });

      if (entry.kind === 'article') {
        it('carries its gold article text, paragraph by paragraph, with full metadata', () => {
          const { document } = parseHTML(readFileSync(fileOf(entry), 'utf8'));
          const { headline, paragraphs } = paragraphsOf(readFileSync(path.join(ARTICLES, `${entry.gold}.txt`), 'utf8'));
          const article = document.querySelector('article');
          expect(article).toBeTruthy();
          const ps = [...article!.querySelectorAll('p')]
            .filter((p) => !p.closest('figure, aside, header, footer'))
            .map((p) => p.textContent);
          expect(ps).toEqual(paragraphs);
          expect(article!.querySelector('h1')?.textContent).toBe(headline);

          const url = `http://${entry.host}${entry.path}`;
          expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
          expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
          expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(headline);
          expect(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBeTruthy();
          const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
          expect(ld['@type']).toBe('NewsArticle');
          expect(ld.headline).toBe(headline);
          expect(Number.isNaN(Date.parse(ld.datePublished))).toBe(false);
          expect(ld.author.length).toBeGreaterThan(0);
          expect(ld.publisher.name).toBe(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
          expect(document.querySelector('.byline')?.textContent).toMatch(/^By /);
          expect(document.querySelectorAll('.related a').length).toBeGreaterThan(0);
          expect(document.querySelectorAll('.comments .comment').length).toBeGreaterThan(0);
        });
      } else {
        it('is not an article page', () => {
          const { document } = parseHTML(readFileSync(fileOf(entry), 'utf8'));
          expect(document.querySelector('article')).toBeNull();
          expect(document.querySelector('script[type="application/ld+json"]')).toBeNull();
        });
      }
    });
  }
});
