// A context-free stand-in for the engine in unit tests: each "Name said words." is one claim by
// actor Name, so pieces or re-scans of a text must give exactly what one pass gives.
import type { ExtractResult } from '../../lib/types';

export function toyExtract(text: string): ExtractResult {
  const out: ExtractResult = { claims: [], actors: [] };
  for (const m of text.matchAll(/([A-Z]\w*) said ([^.\n]+)\./g)) {
    const s = m.index!;
    const name = m[1]!;
    let actor = out.actors.find((a) => a.key === name.toLowerCase());
    if (!actor) out.actors.push((actor = { id: `a${out.actors.length}`, key: name.toLowerCase(), name, type: 'person', aliases: [], mentions: [] }));
    actor.mentions.push({ start: s, end: s + name.length });
    const cs = s + name.length + 6;
    out.claims.push({ id: `c${out.claims.length}`, kind: 'indirect', actorId: actor.id, source: { text: name, start: s, end: s + name.length }, cue: { text: 'said', start: s + name.length + 1, end: s + name.length + 5 }, content: { text: m[2]!, start: cs, end: cs + m[2]!.length }, via: null, confidence: 0.9 });
  }
  return out;
}
