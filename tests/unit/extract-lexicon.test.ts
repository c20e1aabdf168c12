// How much of the PolNeAR cue list (tests/fixtures/data/attribution-cues.tsv, a copy of ../shared/data's; 400 most frequent cue strings
// with counts) the engine's cue lexicon recognises. The lexicon is built from grammar, not from this
// list; this measures how wide it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUES, particleEnd } from '../../lib/extract/cues';

const tsv = path.resolve(__dirname, '../fixtures/data/attribution-cues.tsv');

/** Structural cue strings (":", "in", "for") and nouns ("criticism") are not verbs to look up. */
function recognised(cue: string): boolean {
  if (cue === 'according to') return true;
  const words = cue.split(/\s+/);
  return words.some((w, i) => {
    const info = CUES.get(w.replace(/:$/, ''));
    if (!info) return false;
    return particleEnd(info, (k) => words[k] ?? '', i + 1) >= 0;
  });
}

describe('cue lexicon coverage of the PolNeAR cue list', () => {
  it('recognises most attributions by count', () => {
    const rows = readFileSync(tsv, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('cue\t'))
      .map((l) => l.split('\t'))
      .map(([cue, count]) => ({ cue, count: Number(count) }))
      .filter((r) => r.cue && Number.isFinite(r.count));
    expect(rows.length).toBeGreaterThan(300);
    const total = rows.reduce((n, r) => n + r.count, 0);
    const hit = rows.filter((r) => recognised(r.cue));
    const share = hit.reduce((n, r) => n + r.count, 0) / total;
    const missed = rows.filter((r) => !recognised(r.cue)).sort((a, b) => b.count - a.count);
    console.log(`\ncue lexicon: ${hit.length}/${rows.length} cue strings, ${(100 * share).toFixed(1)}% of attributions by count; most frequent not recognised: ${missed.slice(0, 15).map((r) => `${r.cue} (${r.count})`).join(', ')}`);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });
});
