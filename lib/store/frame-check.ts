// The claim frames an export carries (lib/xref/frames), checked before an import keeps them instead
// of computing them again: only the shape a frame has, with every string and list bounded, and every
// claim frame pointing at a claim of its own page. A file that fails is refused like any bad entry.
import type { Frame, Modality } from '../types';

/** framesOfPage keeps at most this many frames per page. */
export const MAX_FRAMES = 600;
const SHORT = 200;
const TEXT = 1_500;
const MODALITIES: readonly Modality[] = ['count', 'estimate', 'forecast', 'probability'];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isBound = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const isRange = (v: unknown) => isObj(v) && isOffset(v.start) && isOffset(v.end) && v.end >= v.start;

/** Each rule names the field it checks; the first that fails is the reason. */
const RULES: [field: string, ok: (f: Record<string, unknown>) => boolean][] = [
  ['ref', (f) => isStr(f.ref, 64) && f.ref.length > 0],
  ['kind', (f) => f.kind === 'claim' || f.kind === 'own'],
  ['source', (f) => f.source === undefined || isStr(f.source, TEXT)],
  ['event', (f) => isStr(f.event, SHORT)],
  ['measure', (f) => isStr(f.measure, SHORT)],
  ['scope', (f) => isStr(f.scope, SHORT)],
  ['time', (f) => f.time === null || isStr(f.time, 32)],
  ['modality', (f) => MODALITIES.includes(f.modality as Modality)],
  ['value', (f) => f.value === undefined || (isObj(f.value) && isBound(f.value.lo) && isBound(f.value.hi) && (f.value.unit === null || isStr(f.value.unit, SHORT)) && isStr(f.value.text, TEXT))],
  ['polarity', (f) => f.polarity === undefined || (isObj(f.polarity) && isStr(f.polarity.agent, TEXT) && isStr(f.polarity.act, SHORT) && isStr(f.polarity.object, TEXT) && typeof f.polarity.negated === 'boolean' && typeof f.polarity.denial === 'boolean' && isStr(f.polarity.text, TEXT))],
  ['sentence', (f) => isRange(f.sentence)],
  ['span', (f) => isRange(f.span)],
  ['label', (f) => isStr(f.label, TEXT)],
];

/** The frame rebuilt from its checked fields: anything else in the file is dropped, not stored. */
function rebuilt(f: Frame): Frame {
  const { ref, kind, source, event, measure, scope, time, modality, value, polarity, sentence, span, label } = f;
  return {
    ref, kind, ...(source !== undefined ? { source } : {}), event, measure, scope, time, modality,
    ...(value ? { value: { lo: value.lo, hi: value.hi, unit: value.unit, text: value.text } } : {}),
    ...(polarity ? { polarity: { agent: polarity.agent, act: polarity.act, object: polarity.object, negated: polarity.negated, denial: polarity.denial, text: polarity.text } } : {}),
    sentence: { start: sentence.start, end: sentence.end },
    span: { start: span.start, end: span.end },
    label,
  };
}

/** The frames as stored, or why they are refused. `claimIds`: the ids of the page's claims. */
export function checkFrames(v: unknown, claimIds: ReadonlySet<string>): { ok: true; value: Frame[] } | { ok: false; reason: string } {
  if (!Array.isArray(v) || v.length > MAX_FRAMES) return { ok: false, reason: `frames not a list of at most ${MAX_FRAMES}` };
  const out: Frame[] = [];
  for (const [i, f] of v.entries()) {
    if (!isObj(f)) return { ok: false, reason: `frame ${i} is not an object` };
    const bad = RULES.find(([, ok]) => !ok(f));
    if (bad) return { ok: false, reason: `frame ${i}: ${bad[0]} invalid` };
    if (f.kind === 'claim' && !claimIds.has(f.ref as string)) return { ok: false, reason: `frame ${i} refers to no claim of its page` };
    out.push(rebuilt(f as unknown as Frame)); // every field checked above
  }
  return { ok: true, value: out };
}
