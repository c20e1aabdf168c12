// Every pattern in lib/xref runs in linear time on hostile text: statically (recheck, a ReDoS
// checker, finds no super-linear backtracking in any regex literal or built pattern), and on real
// hostile inputs through the whole path (digest → frames → conflicts → story features), which
// must finish and stay bounded. Not a speed test: a quadratic pattern on these inputs would not
// finish within the generous timeouts at all.
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { digestArticle } from '../../lib/xref/digest';
import { framesOfPage } from '../../lib/xref/frames/index';
import { findConflicts, type FrameReport } from '../../lib/xref/conflicts';
import { articleFeatures } from '../../lib/xref/stories';
import { NUMBER_RE } from '../../lib/xref/numbers';

const ROOT = join(__dirname, '../../lib/xref');
const sources = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
});

function regexLiterals(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  for (const file of sources(ROOT)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const cut = text.lastIndexOf('/');
        out.push({ where: `${file.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, source: text.slice(1, cut), flags: text.slice(cut + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('regular expressions in lib/xref', () => {
  it('are all linear (recheck finds no polynomial or exponential backtracking)', () => {
    const patterns = [...regexLiterals(), { where: 'numbers.ts NUMBER_RE', source: NUMBER_RE.source, flags: NUMBER_RE.flags }];
    expect(patterns.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const p of patterns) {
      const r = checkSync(p.source, p.flags.replace(/[gy]/g, ''), { timeout: 20_000, backend: 'pure' } as never);
      // "unknown" is the checker running out of time on a loaded machine, not a finding
      if (r.status !== 'vulnerable') continue;
      if (!r.complexity.isFuzz) {
        bad.push(`${p.where}: ${r.complexity.summary}: /${p.source.slice(0, 80)}/`);
        continue;
      }
      // A fuzzer's finding (patterns with lookbehind) is a suspicion: replay its attack string, tens of
      // thousands of characters long, on this engine; super-linear backtracking would not end in seconds.
      const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
      const t0 = performance.now();
      for (const _ of r.attack.string.matchAll(re)) void _;
      const ms = performance.now() - t0;
      if (ms > 5_000) bad.push(`${p.where}: ${r.complexity.summary}, its attack took ${Math.round(ms)} ms: /${p.source.slice(0, 80)}/`);
    }
    expect(bad).toEqual([]);
  }, 300_000);
});

const HOSTILE: [string, string][] = [
  ['no-break spaces', `At least 12${'\u00a0'.repeat(200_000)}people died. ${'\u00a0'.repeat(100_000)}.`],
  ['a 100,000-character word', `The toll rose to 14 ${'a'.repeat(100_000)} people died in Aldmouth.`],
  ['mixed-script word', `${'aé'.repeat(60_000)}-held areas 12 people died`],
  ['capitalised chain', `${'Aldmouth '.repeat(40_000)}said 12 people died.`],
  ['capitalised chain with particles', `${'Al al '.repeat(40_000)}x`],
  ['digits and commas', `${'1,'.repeat(100_000)}000 people were killed`],
  ['hedges', `${'at least more than about '.repeat(20_000)}12 people died`],
  ['number words', `${'twenty-one hundred and '.repeat(20_000)}people died`],
  ['binary junk', Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
  ['sentence marks', '. '.repeat(150_000)],
  ['negations', `${'not never no '.repeat(40_000)}signed the deal`],
  ['units', `${'12 km 5 °C 3 ft '.repeat(20_000)}`],
];

describe('the whole path on hostile text', () => {
  for (const [name, text] of HOSTILE) {
    it(`finishes on ${name}, with bounded output`, () => {
      const digest = digestArticle(text, []);
      expect(digest.sentences.length).toBeLessThanOrEqual(400);
      const frames = framesOfPage(digest.sentences, [{ id: 'c0', content: { text: text.slice(0, 4_000), start: 0, end: Math.min(4_000, text.length) }, cue: 'said' }], Date.now());
      expect(frames.length).toBeLessThanOrEqual(600);
      const reports: FrameReport[] = frames.map((frame, i) => ({
        url: `https://x.example/${i % 2}`, outlet: `O${i % 2}`, publishedMs: Date.now(), frame, actorName: null, actorKey: null,
        content: '', sentence: null, earlier: false, leadNames: new Set(),
      }));
      expect(() => findConflicts(reports)).not.toThrow();
      const f = articleFeatures({ url: 'https://x.example/', outlet: 'X', title: text.slice(0, 500), claims: [], actors: [], digest });
      expect(Object.keys(f.names).length).toBeLessThanOrEqual(80);
    }, 60_000);
  }
});
