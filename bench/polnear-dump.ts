// `--dump WORDS`: each error whose category contains WORDS, shown in its sentence(s) with the gold
// content in ⟦ ⟧, the gold cue in « » and the engine's claim content in ⟨ ⟩, so misses can be grouped
// by construction by eye. Bench-only; the corpus text is printed, never written to the repo.
import type { CategorisedError } from '../lib/eval/errors';

type Mark = [at: number, text: string];

/** Where the gold content starts in the text (gold joins split spans with a space: find its head). */
function goldAt(text: string, content: string): number {
  const head = content.slice(0, 40);
  return head ? text.indexOf(head) : -1;
}

/** The nearest whole-word cue to `near`, searching both ways. */
function cueAt(text: string, cue: string | undefined, near: number): number {
  if (!cue || near < 0) return -1;
  const before = text.lastIndexOf(cue, near);
  const after = text.indexOf(cue, near);
  if (before < 0) return after;
  if (after < 0) return before;
  return near - before <= after - near ? before : after;
}

/** The text from the paragraph or sentence start before `from` to the one after `to`, at most 500 chars. */
function window(text: string, from: number, to: number): [number, number] {
  let a = Math.max(0, from - 1);
  while (a > 0 && from - a < 250 && text[a - 1] !== '\n' && !/[.?!]["”’]?\s$/.test(text.slice(Math.max(0, a - 3), a))) a--;
  let b = to;
  while (b < text.length && b - to < 250 && text[b] !== '\n' && !/[.?!]["”’]?\s$/.test(text.slice(Math.max(0, b - 2), b + 1))) b++;
  return [a, b];
}

function marked(text: string, a: number, b: number, marks: Mark[]): string {
  let out = '';
  let at = a;
  for (const [pos, m] of marks.filter(([p]) => p >= a && p <= b).sort((x, y) => x[0] - y[0])) {
    out += text.slice(at, pos) + m;
    at = pos;
  }
  return (out + text.slice(at, b)).replace(/\s+/g, ' ').trim();
}

export function dumpError(e: CategorisedError, text: string): string {
  const marks: Mark[] = [];
  const g = e.gold ? goldAt(text, e.gold.content) : -1;
  if (e.gold && g >= 0) marks.push([g, '⟦'], [Math.min(text.length, g + e.gold.content.length), '⟧']);
  const cue = e.gold ? cueAt(text, e.gold.cue, g) : -1;
  if (cue >= 0 && e.gold?.cue) marks.push([cue, '«'], [cue + e.gold.cue.length, '»']);
  const c = e.claim;
  if (c?.start !== undefined && c.end !== undefined) marks.push([c.start, '⟨'], [c.end, '⟩']);
  const spots = marks.map(([p]) => p);
  if (!spots.length) return `  (not located) gold: ${e.gold?.content.slice(0, 120) ?? ''} | claim: ${c?.content.slice(0, 120) ?? ''}`;
  const [a, b] = window(text, Math.min(...spots), Math.max(...spots));
  const who = `gold src: ${e.gold?.source ?? e.gold?.actor ?? '-'}${c ? ` | ours: ${c.source || c.actor || '-'} {${c.rule ?? ''}}` : ''}`;
  return `  ${marked(text, a, b, marks)}\n      ${who}`;
}
