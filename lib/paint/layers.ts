// What gets painted, in text offsets: one span per claim part and actor mention, tagged with its
// layer. Shared by both painters so they mark exactly the same text.
import type { ExtractResult } from '../types';
import type { LayerSpan } from './pieces';

// No 'conflict' layer: whether other outlets report a claim differently is never painted into
// page-readable state (the highlight registry, the page's DOM); see entrypoints/content/conflict-marks.ts.
export const LAYERS = ['claim', 'source', 'cue', 'actor', 'focus'] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * Claim content, source and cue of every claim; actor mentions that are not already a claim's
 * source. Focus is added by the painter. All of it comes from the page's own text.
 */
export function layerSpans(result: ExtractResult): LayerSpan<Layer>[] {
  const spans: LayerSpan<Layer>[] = [];
  const sources = new Set<string>(); // "start:end" of source/cue spans, so actor mentions don't double up
  result.claims.forEach((c, claim) => {
    spans.push({ start: c.content.start, end: c.content.end, layer: 'claim', claim });
    for (const [span, layer] of [[c.source, 'source'], [c.cue, 'cue']] as const) {
      if (!span) continue;
      spans.push({ start: span.start, end: span.end, layer, claim });
      sources.add(`${span.start}:${span.end}`);
    }
  });
  for (const a of result.actors) {
    for (const m of a.mentions) if (!sources.has(`${m.start}:${m.end}`)) spans.push({ start: m.start, end: m.end, layer: 'actor' });
  }
  return spans;
}
