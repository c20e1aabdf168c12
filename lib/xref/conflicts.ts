// Conflicts between reports about the same thing, within one story. Two frames are compared only
// when their event, measure, scope and time align and both are counts or estimates; they conflict
// when their value intervals do not overlap, or when the same agent's same act on the same object
// is asserted by one and negated by the other. A later, larger count of something that only grows
// is an update. Every conflict says what aligned the two reports. Pure: the store passes the frames.
import type { Conflict, ConflictSide, ConflictType, Frame, Span } from '../types';
import { classOf } from './frames/index';
import { headOf, subjectsAlign } from './frames/subject';
import { dayOf } from './frames/time';
import { hash64 } from './text';
import { wordTable } from '../word-table';

/** One frame with what is known of its report: article, outlet, speaker, sentence. */
export interface FrameReport {
  url: string;
  outlet: string;
  published?: string;
  publishedMs: number | null;
  frame: Frame;
  /** Display name of the source; null for unnamed sources and the outlet's own reporting. */
  actorName: string | null;
  actorKey: string | null;
  /** The claim's content, or the outlet's own sentence. */
  content: string;
  /** The whole sentence, when known. */
  sentence: Span | null;
  /** The article marks it as an earlier figure ("had put the toll at 14", "initially"). */
  earlier: boolean;
  /** Folded names in the article's headline and first paragraph (a scope there is the story's own). */
  leadNames: ReadonlySet<string>;
}

/** Frames compared per story are capped so a huge story stays fast. */
const MAX_FRAMES = 4_000;
/** Slack when two figures were written in different units (someone converted and rounded). */
const CONVERTED_SLACK: Record<string, { rel: number; abs: number }> = {
  length: { rel: 0.045, abs: 0 }, area: { rel: 0.045, abs: 0 }, speed: { rel: 0.045, abs: 0 }, mass: { rel: 0.045, abs: 0 },
  temperature: { rel: 0, abs: 0.6 }, duration: { rel: 0, abs: 0 },
};
const DIM_OF_UNIT: Record<string, string> = wordTable({
  km: 'length', m: 'length', cm: 'length', mi: 'length', nmi: 'length', ft: 'length', in: 'length', yd: 'length',
  tempC: 'temperature', tempF: 'temperature', tempK: 'temperature', kph: 'speed', mph: 'speed', knot: 'speed',
  'km^2': 'area', 'mi^2': 'area', hectare: 'area', acre: 'area', tonne: 'mass', kg: 'mass',
});

const MODAL_WORD: Record<string, string> = wordTable({ count: 'counts', estimate: 'estimates' });

function yearOf(time: string | null, publishedMs: number | null): string | null {
  if (time) return time.slice(0, 4);
  const d = dayOf(publishedMs);
  return d ? d.slice(0, 4) : null;
}

/** Do the two frames hold for the same time? Null when they do, else why not. */
function timesAlign(a: FrameReport, b: FrameReport): boolean {
  const ta = a.frame.time;
  const tb = b.frame.time;
  const yearOnly = (t: string | null) => t !== null && t.length === 4;
  if (yearOnly(ta) || yearOnly(tb)) return yearOf(ta, a.publishedMs) === yearOf(tb, b.publishedMs);
  // the day words near an act are as often the day it was reported ("has not conceded, his campaign said on Monday")
  if (a.frame.polarity) return true;
  const cls = classOf(a.frame.measure);
  if (cls === 'state') {
    const da = ta ?? dayOf(a.publishedMs);
    const db = tb ?? dayOf(b.publishedMs);
    return da !== null && da === db;
  }
  // a count that only grows compares across days too: the later day's larger figure is an update
  if (cls === 'cumulative') return true;
  return !(ta && tb && ta !== tb);
}

/** Same scope, or one names only a place that the other article's headline or lead is about. */
function scopesAlign(a: FrameReport, b: FrameReport): boolean {
  const sa = a.frame.scope;
  const sb = b.frame.scope;
  if (sa === sb) return true;
  const placeOnly = (s: string) => /^place:[^ ]+(?: [^ ]+)?$/.test(s) && !s.includes('group:');
  if (sa === '' && placeOnly(sb)) return a.leadNames.has(sb.slice(6));
  if (sb === '' && placeOnly(sa)) return b.leadNames.has(sa.slice(6));
  return false;
}

function intervalsOverlap(a: Frame, b: Frame): boolean {
  const va = a.value!;
  const vb = b.value!;
  let [alo, ahi] = [va.lo ?? -Infinity, va.hi ?? Infinity];
  let [blo, bhi] = [vb.lo ?? -Infinity, vb.hi ?? Infinity];
  const dim = DIM_OF_UNIT[va.unit ?? ''] ?? DIM_OF_UNIT[vb.unit ?? ''];
  if (va.unit !== vb.unit && dim && CONVERTED_SLACK[dim]) {
    const s = CONVERTED_SLACK[dim];
    const pad = (x: number) => Math.abs(x) * s.rel + s.abs;
    [alo, ahi] = [alo - pad(alo), ahi + pad(ahi)];
    [blo, bhi] = [blo - pad(blo), bhi + pad(bhi)];
  }
  return alo <= bhi && blo <= ahi;
}

/** The figure a reader takes from an interval: "at least 12" → 12, "about 300" → 300. */
function rep(v: NonNullable<Frame['value']>): number {
  if (v.lo === null) return v.hi ?? 0;
  if (v.hi === null) return v.lo;
  return (v.lo + v.hi) / 2;
}

function who(r: FrameReport, sameArticle: boolean): string {
  if (r.frame.kind === 'own') {
    if (r.frame.source) return sameArticle ? r.frame.source : `${r.outlet} (citing ${r.frame.source})`;
    return sameArticle ? `${r.outlet} itself` : `${r.outlet} (own reporting)`;
  }
  const actor = r.actorName ?? 'an unnamed source';
  return sameArticle ? actor : `${r.outlet} (${actor})`;
}

/** Made once: each toLocaleDateString call with options builds a formatter, and a fresh worker's first
 *  one loads the locale's data (over 100 ms in Node). */
let dayFormat: Intl.DateTimeFormat | null = null;

function shownDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return Number.isNaN(d.getTime()) ? day : dayFormat.format(d);
}

/** What aligned the two reports, in plain words: "both report the number of dead in Hatay on 7 Feb, as counts". */
function reason(a: FrameReport, b: FrameReport): string {
  const fa = a.frame;
  const time = fa.time ?? b.frame.time;
  const when = time ? (time.length === 4 ? ` in ${time}` : ` on ${shownDay(time)}`) : '';
  if (fa.polarity) return `both are about ${fa.label}${when}`;
  const modal = fa.modality === b.frame.modality ? MODAL_WORD[fa.modality] : 'counts or estimates';
  return `both report ${fa.label}${when}, as ${modal}`;
}

function side(r: FrameReport, value: string): ConflictSide {
  return {
    url: r.url,
    outlet: r.outlet,
    ...(r.published ? { published: r.published } : {}),
    actor: r.frame.kind === 'own' ? r.frame.source ?? null : r.actorName,
    claimId: r.frame.ref,
    content: r.content,
    value,
    ...(r.frame.kind === 'own' ? { own: true } : {}),
    ...(r.sentence ? { sentence: r.sentence } : {}),
    frame: r.frame,
  };
}

function conflictId(a: FrameReport, b: FrameReport, type: ConflictType): string {
  const key = (x: FrameReport) => `${x.url}\u0000${x.content}`;
  const [k1, k2] = [key(a), key(b)].sort();
  return `x${hash64(`${type}\u0001${k1}\u0001${k2}`)}`;
}

type Draft = Omit<Conflict, 'id' | 'dismissed'>;

const speaker = (r: FrameReport) => (r.frame.kind === 'own' ? `own:${r.url}:${r.frame.source ?? ''}` : r.actorKey ?? r.actorName ?? `?${r.url}#${r.frame.ref}`);

/** Two reports in one article are compared only when different speakers give them. */
function comparable(a: FrameReport, b: FrameReport): boolean {
  if (a.url !== b.url) return true;
  if (a.frame.ref === b.frame.ref) return false;
  if (a.frame.kind === 'own' && b.frame.kind === 'own' && !(a.frame.source && b.frame.source && a.frame.source !== b.frame.source)) return false;
  // the outlet's words around a claim in one sentence ("X said 12 died, up from 10") are no other report
  if ((a.frame.kind === 'own' || b.frame.kind === 'own') && a.frame.sentence.start === b.frame.sentence.start) return false;
  return speaker(a) !== speaker(b);
}

function numberConflict(a: FrameReport, b: FrameReport): Draft | null {
  const fa = a.frame;
  const fb = b.frame;
  const within = a.url === b.url;
  const va = fa.value!.text;
  const vb = fb.value!.text;
  const topic = fa.label.replace(/^the /, '');
  const why = reason(a, b);
  if (classOf(fa.measure) === 'cumulative') {
    // the later report: by the days the figures hold for when both say, else by the article (or its "earlier" words)
    const daysDiffer = fa.time !== null && fb.time !== null && fa.time !== fb.time && fa.time.length === 10 && fb.time.length === 10;
    const later = daysDiffer
      ? (fa.time! > fb.time! ? a : b)
      : within
        ? a.earlier !== b.earlier ? (a.earlier ? b : a) : null
        : a.publishedMs !== null && b.publishedMs !== null && a.publishedMs !== b.publishedMs ? (a.publishedMs > b.publishedMs ? a : b) : null;
    if (later) {
      const earlier = later === a ? b : a;
      const [l, e] = [later.frame.value!, earlier.frame.value!];
      if (rep(l) > rep(e)) {
        return {
          type: 'number', topic, update: true, reason: why, ...(within ? { within: true } : {}),
          explanation: `${who(later, within)} gives ${l.text}, up from ${e.text} reported earlier by ${who(earlier, within)}: a later update rather than a contradiction (${why}).`,
          sides: [side(earlier, e.text), side(later, l.text)],
        };
      }
    }
    // figures for different days that do not grow: perhaps counted differently, not a contradiction we can tell
    if (daysDiffer) return null;
  }
  if (intervalsOverlap(fa, fb)) return null;
  return {
    type: 'number', topic, reason: why, ...(within ? { within: true } : {}),
    explanation: `${who(a, within)} reports ${va} but ${who(b, within)} reports ${vb}${within ? ' in the same article' : ''}; ${why}.`,
    sides: [side(a, va), side(b, vb)],
  };
}

function polarityConflict(a: FrameReport, b: FrameReport): Draft | null {
  const pa = a.frame.polarity!;
  const pb = b.frame.polarity!;
  if (pa.negated === pb.negated) return null;
  if (pa.object && pb.object && pa.object !== pb.object) return null;
  const within = a.url === b.url;
  const [pos, neg] = pa.negated ? [b, a] : [a, b];
  const [pv, nv] = pa.negated ? [pb.text, pa.text] : [pa.text, pb.text];
  const plainNeg = (t: string) => /\b(?:not|no|never|without|n't|cannot|refused|declined|failed|denied|denies|deny)\b/i.test(t);
  const type: ConflictType = pa.denial || pb.denial ? 'denial' : !plainNeg(pa.text) && !plainNeg(pb.text) ? 'antonym' : 'polarity';
  const why = reason(a, b);
  const explanation =
    type === 'denial'
      ? `${who(neg, within)} denies what ${who(pos, within)} says: "${pv}"; ${why}.`
      : `${who(pos, within)} says "${pv}" but ${who(neg, within)} says "${nv}"; ${why}.`;
  const topic = type === 'antonym' ? `${pa.agent === 'sea' ? 'sea' : pa.agent}: ${pv.split(/\s+/).pop()} or ${nv.split(/\s+/).pop()}` : a.frame.label;
  // The denier's words hold no negation ("denied that it had been overloaded"): the side is marked so
  // it is never shown as saying what it denies.
  const negSide = type === 'denial' && !plainNeg(nv) ? { ...side(neg, nv), denies: true } : side(neg, nv);
  return { type, topic, explanation, reason: why, ...(within ? { within: true } : {}), sides: [side(pos, pv), negSide] };
}

/** Frames that can be compared at all share this key (the event's head noun; modifiers are checked per pair). */
function bucketKey(f: Frame): string | null {
  if (f.modality !== 'count' && f.modality !== 'estimate') return null;
  if (f.polarity) return `${f.measure}|${f.polarity.agent}`;
  if (!f.value) return null;
  return `${f.measure}|${headOf(f.event)}`;
}

/** Percentages and amounts of money need the same "of what"; other subjects may be narrower in one report. */
function eventsAlign(a: Frame, b: Frame): boolean {
  if (a.polarity) return true;
  return subjectsAlign(a.event, b.event, a.measure === 'percent' || a.measure === 'points' || a.measure.startsWith('money'));
}

/**
 * All conflicts among the frames of one story; with `focusUrl`, only those with a side in that
 * article. One conflict per pair of reports; the same disagreement repeated between two articles
 * (same speakers, same values: "2 days" and "two days") is reported once.
 */
export function findConflicts(items: readonly FrameReport[], focusUrl?: string, storyId?: string): Conflict[] {
  const buckets = new Map<string, FrameReport[]>();
  for (const r of items.slice(0, MAX_FRAMES)) {
    const k = bucketKey(r.frame);
    if (!k) continue;
    const list = buckets.get(k);
    if (list) list.push(r);
    else buckets.set(k, [r]);
  }
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (focusUrl !== undefined && a.url !== focusUrl && b.url !== focusUrl) continue;
        if (!comparable(a, b) || !eventsAlign(a.frame, b.frame) || !scopesAlign(a, b) || !timesAlign(a, b)) continue;
        const c = a.frame.polarity ? polarityConflict(a, b) : numberConflict(a, b);
        if (!c) continue;
        const id = conflictId(a, b, c.type);
        const norm = (r: FrameReport) => (r.frame.value ? `${r.frame.value.lo}-${r.frame.value.hi}` : `${r.frame.polarity?.negated}`);
        const sig = `${c.type}|${a.frame.measure}|${[`${a.url}:${speaker(a)}=${norm(a)}`, `${b.url}:${speaker(b)}=${norm(b)}`].sort().join('|')}`;
        if (seen.has(id) || seen.has(sig)) continue;
        seen.add(id);
        seen.add(sig);
        out.push({ id, ...c, ...(storyId ? { storyId } : {}), dismissed: false });
      }
    }
  }
  return out;
}
