import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { changedBlocks, mergeRescan, planRescan } from '../../lib/analyze/incremental';
import { extract } from '../../lib/extract';
import type { Claim, ExtractResult } from '../../lib/types';
import { toyExtract } from './toy-extractor';

const toy = toyExtract;

/** Re-scan `newText` from the result for `oldText`, as the content script does. */
function rescan(oldText: string, old: ExtractResult, newText: string, run: (t: string) => ExtractResult): { result: ExtractResult; redone: number } | null {
  const change = changedBlocks(oldText, newText);
  if (!change) return { result: old, redone: 0 };
  const plan = planRescan(old, newText, change);
  if (!plan) return null;
  const [ws, we] = plan.window;
  return { result: mergeRescan(old, run(newText.slice(ws, we)), plan, change.delta), redone: we - ws };
}

/** A claim as text plus its speaker's name: what a reader would compare. */
const described = (r: ExtractResult) =>
  r.claims.map((c: Claim) => `${c.content.start}:${c.content.text}|${c.source?.text ?? ''}|${r.actors.find((a) => a.id === c.actorId)?.key ?? ''}`);

function assertWellFormed(r: ExtractResult, text: string) {
  const ids = new Set(r.actors.map((a) => a.id));
  expect(ids.size).toBe(r.actors.length);
  r.claims.forEach((c, i) => {
    expect(c.id).toBe(`c${i}`);
    for (const s of [c.content, c.source, c.cue, c.via]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    if (c.actorId) expect(ids.has(c.actorId)).toBe(true);
    if (i) expect(c.content.start).toBeGreaterThanOrEqual(r.claims[i - 1]!.content.start);
  });
  for (const a of r.actors) for (const m of a.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
}

describe('changed blocks', () => {
  it('finds the one stretch that differs', () => {
    expect(changedBlocks('a\n\nb\n\nc', 'a\n\nb\n\nc')).toBeNull();
    expect(changedBlocks('a\n\nb\n\nc', 'a\n\nB!\n\nc')).toEqual({ start: 3, end: 5, delta: 1 });
    expect(changedBlocks('a\n\nb', 'a\n\nb\n\nnew')).toEqual({ start: 6, end: 9, delta: 5 });
    expect(changedBlocks('new\n\na', 'a')).toEqual({ start: 0, end: 0, delta: -5 });
  });
});

describe('incremental re-scan', () => {
  const para = fc.oneof(
    fc.constantFrom('Alice said the port reopened.', 'Bob said ships waited.', 'Nothing happened here.', 'Cleo said the ferry left. Dan said it did not.'),
    fc.string({ maxLength: 40 }).map((s) => s.replace(/\n/g, ' ')),
  );

  it('equals a full pass for a context-free extractor, whatever blocks are inserted, removed or edited', () => {
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 30 }), fc.array(para, { maxLength: 4 }), fc.nat(), fc.nat({ max: 3 }), (ps, added, at, removed) => {
        const oldText = ps.join('\n\n');
        const i = at % (ps.length + 1);
        const next = [...ps.slice(0, i), ...added, ...ps.slice(i + removed)];
        const newText = next.join('\n\n');
        const old = toy(oldText);
        const r = rescan(oldText, old, newText, toy);
        if (!r) return; // too much changed: the session does a full pass
        assertWellFormed(r.result, newText);
        expect(described(r.result)).toEqual(described(toy(newText)));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the engine\'s claims on a long live page when posts are added, edited or dropped', () => {
    // All fixture articles one after another: about 8,000 words, as a long live blog.
    const dir = path.resolve(__dirname, '../fixtures/articles');
    const posts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8').trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ')));
    const ps = posts.flat();
    const oldText = ps.join('\n\n');
    const old = extract(oldText);
    const fresh = ['Harbour pilots said on Tuesday that the channel would stay shut until the dredger left.', '"We are not moving a single ship tonight," said Ines Carvalho, who chairs the pilots\' association.'];
    let same = 0, total = 0, redone = 0, read = 0, edits = 0, full = 0;
    for (let k = 1; k <= 8; k++) {
      const at = Math.floor((ps.length * k) / 9);
      const variants = [
        [...ps.slice(0, at), ...fresh, ...ps.slice(at)], // new posts
        ps.map((p, j) => (j === at ? p.replace(/\b(\d+)\b/, (n) => String(Number(n) + 1)).replace(/\.$/, ', officials said.') : p)), // a post edited
        [...ps.slice(0, at), ...ps.slice(at + 1)], // a post removed
      ];
      for (const v of variants) {
        const newText = v.join('\n\n');
        const r = rescan(oldText, old, newText, extract);
        expect(r).not.toBeNull();
        assertWellFormed(r!.result, newText);
        const want = new Set(described(extract(newText)));
        const got = described(r!.result);
        same += got.filter((d) => want.has(d)).length;
        total += Math.max(want.size, got.length);
        redone += r!.redone;
        read += newText.length;
        full += want.size;
        edits++;
      }
    }
    const tail = [...ps, ...fresh].join('\n\n');
    const appended = rescan(oldText, old, tail, extract)!;
    const agreement = same / total;
    console.log(`incremental re-scan, ${edits} edits of a ${oldText.split(/\s+/).length}-word page (${full} claims in all): ${(agreement * 100).toFixed(1)}% of claims identical to a full pass; ${((100 * redone) / read).toFixed(1)}% of the text re-read (${((100 * appended.redone) / tail.length).toFixed(1)}% for posts appended at the end)`);
    expect(agreement).toBeGreaterThanOrEqual(0.97);
    expect(redone / read).toBeLessThan(0.25);
  });
});
