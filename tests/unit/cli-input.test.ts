// The command line tools refuse a file over the documented size with a message that says what to
// do, instead of running out of stack or time on it (issue 13, finding 6).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main as extractMain } from '../../cli/extract';
import { main as xrefMain } from '../../cli/xref';
import { MAX_INPUT_BYTES } from '../../cli/input';

const dir = mkdtempSync(path.join(tmpdir(), 'sl-cli-input-'));
const big = path.join(dir, 'big.txt');
writeFileSync(big, `${'Officials said the port would reopen. '.repeat(Math.ceil((MAX_INPUT_BYTES + 10) / 38))}`);

afterEach(() => vi.restoreAllMocks());

describe('command line input size', () => {
  it('refuses a file over the limit, naming its size and the limit, for extract and xref', async () => {
    const err: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await extractMain([big, '--json'])).toBe(1);
    expect(await xrefMain([big])).toBe(1);
    expect(out).not.toHaveBeenCalled();
    expect(err).toHaveLength(2);
    for (const e of err) expect(e).toMatch(/big\.txt is 5\.0 MB; the limit is 5\.0 MB .*Split it into articles first\./);
  });

  it('reads a file under the limit', async () => {
    const ok = path.join(dir, 'ok.txt');
    writeFileSync(ok, 'Harbour reopens\n\n"The wall held," said harbour master Ines Valdr.');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await extractMain([ok, '--json'])).toBe(0);
  });
});
