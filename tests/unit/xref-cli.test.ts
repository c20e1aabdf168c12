import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/xref';

const DIR = join(__dirname, '../fixtures/articles');
const SITE = join(__dirname, '../fixtures/site');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}
afterEach(() => vi.restoreAllMocks());

describe('sourcelight xref', () => {
  it('prints stories and conflicts as JSON', async () => {
    const io = capture();
    const files = ['ferry-northwire', 'ferry-meridian', 'ferry-bcn', 'strike-gazette'].map((s) => join(DIR, `${s}.txt`));
    expect(await main([...files, '--json'])).toBe(0);
    const res = JSON.parse(io.out.join('\n'));
    expect(res.stories).toHaveLength(1);
    expect(res.stories[0].articles.sort()).toEqual(files.slice(0, 3).sort());
    expect(res.stories[0].evidence.length).toBeGreaterThan(0);
    const dead = res.conflicts.find((c: { topic: string; update?: boolean }) => c.topic === 'number of dead' && c.update);
    expect(dead.claims.map((c: { outlet: string; value: string }) => `${c.outlet}: ${c.value}`)).toContain('NorthWire: At least 12');
    for (const c of res.conflicts) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'story', 'type', 'scope', 'topic', 'reason', 'explanation', 'claims']));
      expect(c.reason).toMatch(/^both (?:report|are about) /);
      for (const s of c.claims) {
        expect(s.content.text).toContain(s.value);
        // the whole sentence with its offsets in the article's text, and the frame compared
        const text = readFileSync(s.url, 'utf8');
        expect(text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text);
        expect(s.sentence.text).toContain(s.value);
        expect(s.frame).toMatchObject({ measure: expect.any(String), modality: expect.any(String) });
      }
    }
    // across outlets, the conflicts are within one story
    expect(new Set(res.conflicts.filter((c: { scope: string }) => c.scope === 'across-outlets').map((c: { story: string }) => c.story))).toEqual(new Set([expect.any(String)]));
    // the Meridian Herald's own "Forty-nine people survived" is a report too, labelled as its own
    expect(res.conflicts.some((c: { claims: { own: boolean; outlet: string }[] }) => c.claims.some((s) => s.own && s.outlet === 'The Meridian Herald'))).toBe(true);
  });

  it('skips a file that is no article with a warning, and fails on it with --strict', async () => {
    const io = capture();
    const junk = join(SITE, 'www.northwire.example/login.html');
    expect(await main([join(DIR, 'seed/000_4cc0a089986172ab.txt'), junk, '--json'])).toBe(0);
    expect(io.err.join('\n')).toMatch(/warning: skipped .*login\.html is not an article/);
    expect(JSON.parse(io.out.join('\n')).conflicts.length).toBeGreaterThan(0);
    expect(await main([join(DIR, 'seed/000_4cc0a089986172ab.txt'), junk, '--strict'])).toBe(1);
  });

  it('reads web pages, using their canonical URL', async () => {
    const io = capture();
    const manifest = JSON.parse(readFileSync(join(SITE, 'manifest.json'), 'utf8')) as { host: string; path: string; story?: string }[];
    const pages = manifest.filter((p) => p.story === 'A' || p.story === 'B');
    expect(await main([...pages.map((p) => join(SITE, p.host, p.path)), '--json'])).toBe(0);
    const res = JSON.parse(io.out.join('\n'));
    const urlsOf = (story: string) => pages.filter((p) => p.story === story).map((p) => `http://${p.host}${p.path}`).sort();
    expect(res.stories.map((s: { articles: string[] }) => [...s.articles].sort())).toEqual(expect.arrayContaining([urlsOf('A'), urlsOf('B')]));
    expect(res.stories).toHaveLength(2);
    expect(res.conflicts.some((c: { type: string }) => c.type === 'antonym')).toBe(true);
  });

  it('prints a readable listing without --json', async () => {
    const io = capture();
    expect(await main([join(DIR, 'seed/000_4cc0a089986172ab.txt')])).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/Conflicts within one article \(2,/);
    expect(text).toMatch(/four days/);
    expect(text).toMatch(/will not sign/);
  });

  it('exits 2 on usage errors and 1 on unreadable files', async () => {
    const io = capture();
    expect(await main([])).toBe(2);
    expect(await main(['--bogus', 'x.txt'])).toBe(2);
    expect(await main([join(DIR, 'does-not-exist.txt')])).toBe(1);
    expect(io.err.join('\n')).toMatch(/cannot read .*does-not-exist/);
  });
});
