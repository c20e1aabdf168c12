// The `sourcelight extract` command: JSON shape, readable listing, exit codes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/extract';

const dir = mkdtempSync(path.join(tmpdir(), 'sl-cli-'));
const txt = path.join(dir, 'a.txt');
writeFileSync(txt, 'Harbour closes after storm\n\n"The wall gave way," said harbour master Ines Valdr.\n\nThe council said repairs would take a month.');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('sourcelight extract', () => {
  it('--json prints the documented shape', async () => {
    const { out } = capture();
    expect(await main([txt, '--json', '--url', 'https://news.example/a'])).toBe(0);
    const j = JSON.parse(out.join(''));
    expect(Object.keys(j)).toEqual(['url', 'outlet', 'title', 'published', 'text', 'claims', 'ownReporting', 'actors', 'timing']);
    expect(j.url).toBe('https://news.example/a');
    expect(j.outlet).toEqual({ name: 'news.example', domain: 'news.example' });
    expect(j.title).toBe('Harbour closes after storm');
    expect(j.claims.length).toBe(2);
    const c = j.claims[0];
    expect(Object.keys(c)).toEqual(['id', 'kind', 'source', 'actor', 'cue', 'content', 'via', 'frames']);
    expect(c.actor).toMatchObject({ name: 'Ines Valdr', type: 'person' });
    expect(j.text.slice(c.content.start, c.content.end)).toBe(c.content.text);
    expect(Object.keys(j.actors[0])).toEqual(['id', 'name', 'type', 'aliases', 'mentions']);
    expect(typeof j.timing.extractMs).toBe('number');
  });

  it('prints a readable listing without --json (no colours when not a TTY)', async () => {
    const { out } = capture();
    expect(await main([txt])).toBe(0);
    const s = out.join('');
    expect(s).toContain('-> said ->');
    expect(s).not.toContain('\x1b[');
  });

  it('--explain names the rule that made each claim, in the listing and in JSON', async () => {
    const { out } = capture();
    expect(await main([txt, '--explain'])).toBe(0);
    expect(out.join('')).toMatch(/rule: content before source, confidence 0\.9/);
    out.length = 0;
    expect(await main([txt, '--json', '--explain'])).toBe(0);
    const j = JSON.parse(out.join(''));
    expect(j.claims.map((c: { rule: string }) => c.rule)).toEqual(['content before source', 'source cue content']);
  });

  it('exit 2 on usage errors, 1 on unreadable files, with a one-line reason', async () => {
    const { err } = capture();
    expect(await main([])).toBe(2);
    expect(await main([txt, '--bogus'])).toBe(2);
    expect(await main([txt, '--url'])).toBe(2);
    expect(await main([path.join(dir, 'missing.txt')])).toBe(1);
    expect(await main([dir])).toBe(1);
    expect(err.at(-1)).toMatch(/cannot read .*: is a directory/);
  });
});
