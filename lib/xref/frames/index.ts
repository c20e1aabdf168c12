// Claim frames: for each figure and each act or state in a sentence, what it says, about what,
// where, when, how surely, and who says it (a claim's source, or the outlet itself). Pure; the
// store calls it once per page when the page is stored and keeps the frames.
import type { Frame, Modality, Span } from '../../types';
import { findFigures, type Figure } from '../numbers';
import { actsOf } from './acts';
import { CLASS_OF, countMeasure, NATURAL_GROUP, RECURRING, thingMeasure, type MeasureClass } from './measures';
import { modalityOf } from './modality';
import { quotedAt } from './quoted';
import { scopeOf } from './scope';
import { agentBefore, asWritten, norm, valueOf, wordsOf } from './subject';
import { timeOf } from './time';
import { wordTable } from '../../word-table';

/** A claim as frames need it: where its content is, and whether its cue is a denial. */
export interface FrameClaim {
  id: string;
  content: Span;
  cue: string | null;
}

/** A sentence of the article (offsets in the article text) and its id ("s4"). */
export interface FrameSentence extends Span {
  id: string;
}

const DENIAL_CUE = /\b(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|rebut)/i;
const MAX_FRAMES_PER_SENTENCE = 12;

const DIM_LABEL: Record<string, string> = wordTable({
  duration: 'how long', percent: 'percentage', points: 'percentage points', length: 'length', temperature: 'temperature',
  speed: 'speed', area: 'area', mass: 'weight', magnitude: 'magnitude',
});

/** "corporate tax|rate" → "corporate tax rate", "cargo|volum" → "cargo volumes" (as the sentence
 *  writes it); "time to decide|haftar" → "time Haftar takes to decide". */
function shown(key: string, sentence: string, agentName?: string): string {
  const [mods, head] = key.includes('|') ? key.split('|') : ['', key];
  if (mods === 'time to decide') return `the time ${agentName ?? head} takes to decide`;
  return asWritten(`${mods} ${head}`.trim(), sentence);
}

interface Measured {
  measure: string;
  event: string;
  label: string;
  cls: MeasureClass;
  /** Counts of people carry a scope; other measures are scoped by their subject. */
  scoped: boolean;
}

/** "280 civilians and": the words between two counts name people, so both counts count the same thing. */
const PEOPLE_GROUP = /^ ?(?:[\p{Lu}][\p{L}]+ )?(?:people|persons|civilians|fighters|soldiers|troops|children|adults|women|men|crew|police(?:men| officers)?|officers|migrants|refugees|militants|rebels|workers|staff|students|tourists|passengers|residents|villagers)(?:,| and| or) ?$/u;

/** "one of them", "nine of the survivors": a part of a total, which the total does not contradict. */
const SUBSET_AFTER = /^\s+(?:of\s+(?:them|those|whom|the|these|its|their)\b|among\s+them\b)/i;
/** Durations that place something in time rather than measure it: "two days ago", "within 48 hours". */
const NOT_SPAN_AFTER = /^\s*(?:ago|later|earlier|after|before|into|from now|on)\b/i;
const NOT_SPAN_BEFORE = /\b(?:within|in|every|per|for the first time in|over the past|over the last|for the past)\s$/i;

/** Event nouns a sentence may open with: "The talks, which opened on Monday, lasted six hours". */
const EVENT_NOUN = /^(?:talks?|negotiations?|meeting|summit|discussions?|strike|walkout|stoppage|search|rescue|operation|blackout|outage|closure|shutdown|siege|flight|journey|crossing|voyage|trial|hearing|detention|ban|quake|earthquake|tremor|storm|fire|blaze|eruption|debate|session|visit)$/i;

function durationSubject(sentence: string, f: Figure): string | null {
  // "Haftar is taking 2 days to discuss it", "Haftar asked for four days to consider"
  const before = sentence.slice(Math.max(0, f.start - 40), f.start);
  if (/\b(?:taking|takes|take|took|asked for|asking for|needs|needed|wants|wanted|requested|given|gave|granted)\s+$/i.test(before) && /^\s+to\s/i.test(sentence.slice(f.end, f.end + 5))) {
    const agent = agentBefore(sentence, f.start);
    if (agent) return `time to decide|${agent.key}`;
  }
  // "six hours of negotiations"
  if (/^\s+of\s/i.test(sentence.slice(f.end, f.end + 4))) return valueOf(sentence, f.start, f.end);
  // the sentence is about an event: "Negotiations ... broke up after nearly seven hours"
  const opening = wordsOf(sentence.slice(0, Math.min(f.start, 60))).slice(0, 4);
  const ev = opening.find((w) => EVENT_NOUN.test(w.w));
  if (ev) return `|${norm(ev.w)}`;
  return valueOf(sentence, f.start, f.end);
}

function measureOf(sentence: string, f: Figure, prev: Figure | undefined, next: Figure | undefined): Measured | null {
  const after = sentence.slice(f.end, Math.min(next?.start ?? Infinity, f.end + 70));
  // "rose from 74 to 82": the words before the first figure are the second's too
  const joined = prev && /^\s+to\s+$/i.test(sentence.slice(prev.end, f.start));
  const before = sentence.slice(Math.max(joined ? 0 : prev?.end ?? 0, f.start - 90), f.start);
  const dim = f.dim;
  if (dim === null) {
    if (SUBSET_AFTER.test(after)) return null;
    // "rose from 74 to 82": the first figure is the earlier value, not what the report says now
    if (/\bfrom\s$/i.test(before) && next && /^\s+to\s+$/i.test(sentence.slice(f.end, next.start).replace(/^\s+[\p{L}]+(?=\s+to\s)/u, ''))) return null;
    // "Two more bodies were recovered", "another 40 were injured": an increment, not a total
    if (/^\s+(?:more|additional|further|extra|new)\b/i.test(after) || /\b(?:another|a further|an additional|further)\s+$/i.test(before)) return null;
    const rule = countMeasure(after, before);
    if (rule) return { measure: rule.measure, event: 'story', label: `the ${rule.label}`, cls: rule.cls, scoped: true };
    const noun = /^\s+([\p{L}]{3,})/u.exec(after);
    // "Nine bridges were destroyed", or "the fire has destroyed 140 homes"
    const thing = noun && (thingMeasure(noun[1], after.slice(noun[0].length, noun[0].length + 50)) ?? (/\b(?:has|have|had)\s+(?:now\s+)?\S+\s+$/i.test(before) ? thingMeasure(noun[1], before.slice(-30)) : null));
    return thing ? { measure: thing.measure, event: 'story', label: `the ${thing.label}`, cls: thing.cls, scoped: true } : null;
  }
  if (dim === 'magnitude') {
    const after = /\b(?:aftershocks?|tremors?|foreshocks?)\b/i.test(sentence) ? `aftershock@${f.start}` : 'earthquake';
    return { measure: 'magnitude', event: after, label: after === 'earthquake' ? 'the magnitude of the earthquake' : 'the magnitude of an aftershock', cls: 'fixed', scoped: false };
  }
  if (dim === 'duration') {
    if (NOT_SPAN_AFTER.test(after) || NOT_SPAN_BEFORE.test(before)) return null;
    if (/\bover\s$/i.test(before) && prev && (prev.dim === 'percent' || prev.dim?.startsWith('money'))) return null; // "5.5% over two years"
    const subject = durationSubject(sentence, f);
    if (!subject) return null;
    const name = subject.startsWith('time to decide|') ? agentBefore(sentence, f.start)?.name : undefined;
    return { measure: 'duration', event: subject, label: name ? shown(subject, sentence, name) : `the duration (${shown(subject, sentence)})`, cls: 'fixed', scoped: false };
  }
  if (dim === 'length') {
    const around = `${before} ${after.slice(0, 40)}`;
    if (/\b(?:deep|depth|below|beneath|underground|under the (?:surface|ground|sea))\b/i.test(around)) return { measure: 'depth', event: 'earthquake', label: 'the depth of the earthquake', cls: 'fixed', scoped: false };
    const from = /^\s*(?:\([^)]{0,30}\)\s*)?(?:away\s+)?(?:from|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of|off)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u.exec(after);
    if (from) return { measure: 'distance', event: from[1].toLowerCase(), label: `the distance from ${from[1]}`, cls: 'fixed', scoped: false };
  }
  if (dim === 'temperature') {
    // what is measured is where: "the comet's surface is around -150 °C", "water temperatures of 31 °C"
    const where = /\b(surface|core|interior|water|sea|ocean|air|ground|nucleus|atmosphere|crust|soil)\b(?!-)/i.exec(sentence);
    if (where) return { measure: 'temperature', event: `|${norm(where[1])}`, label: `the temperature of the ${where[1].toLowerCase()}`, cls: 'fixed', scoped: false };
  }
  if (dim === 'speed') {
    const what = /\bgusts?\b/i.test(sentence) ? 'gust' : /\bwinds?\b/i.test(sentence) ? 'wind' : valueOf(sentence, f.start, f.end);
    return what ? { measure: 'speed', event: what, label: `the speed of the ${shown(what, sentence)}`, cls: 'fixed', scoped: false } : null;
  }
  if (dim === 'area' && /\b(?:burn(?:ed|t|ing)?|scorched|charred|consumed|blackened)\b/i.test(sentence)) {
    return { measure: 'area', event: '|burned', label: 'the area burned', cls: 'cumulative', scoped: true };
  }
  let subject = valueOf(sentence, f.start, f.end);
  if (!subject) return null;
  // a share of the vote (or of seats, of a market) is someone's: "Varga won 54 percent of the vote"
  if ((dim === 'percent' || dim === 'points') && /\|(?:vote|seat|share|stake|market|ballot)s?$/.test(subject)) {
    const who = agentBefore(sentence, f.start, true, true);
    if (!who) return null;
    subject = `${who.key}|${subject.split('|')[1]}`;
  }
  const kind = dim.startsWith('money:') ? 'money' : dim;
  const what = shown(subject, sentence);
  return { measure: `${kind}`, event: subject, label: kind === 'money' ? `the amount of the ${what}` : `the ${what} (${DIM_LABEL[kind] ?? kind})`, cls: 'fixed', scoped: false };
}

interface Owner {
  kind: 'claim' | 'own';
  ref: string;
  claim?: FrameClaim;
}

function ownerAt(abs: number, claims: readonly FrameClaim[], sentenceId: string): Owner {
  const c = claims.find((x) => abs >= x.content.start && abs < x.content.end);
  return c ? { kind: 'claim', ref: c.id, claim: c } : { kind: 'own', ref: sentenceId };
}

const SAYS = new Set(['said', 'says', 'told', 'reported', 'added', 'announced', 'confirmed']);

/** "…, officials there said." / "…, according to the coastguard.": the source an own sentence names
 *  (word by word, no backtracking pattern). */
function namedSource(sentence: string): string | undefined {
  let tail = sentence.slice(-140);
  while (/["”’.]/.test(tail.charAt(tail.length - 1))) tail = tail.slice(0, -1);
  const at = tail.lastIndexOf('according to ');
  if (at >= 0) {
    const who = tail.slice(at + 13).split(/[,;(]/)[0].trim();
    return who.length >= 2 && who.length <= 60 ? who : undefined;
  }
  const comma = tail.lastIndexOf(', ');
  if (comma < 0) return undefined;
  const words = tail.slice(comma + 2).split(' ').filter(Boolean);
  const verb = words.findIndex((w) => SAYS.has(w));
  if (verb < 1 || verb > 8 || words.length - verb > 4) return undefined;
  return words.slice(0, verb).join(' ');
}

function valueText(f: Figure, text: string): string {
  return text.slice(f.start, f.end);
}

function figureFrames(s: FrameSentence, claims: readonly FrameClaim[], published: number | null): Frame[] {
  const text = s.text;
  const figures = findFigures(text);
  const measured = figures.map((f, i) => measureOf(text, f, figures[i - 1], figures[i + 1]));
  // "280 civilians and 2,000 fighters were killed": a bare count shares the next one's measure
  for (let i = figures.length - 2; i >= 0; i--) {
    const nx = measured[i + 1];
    if (measured[i] || !nx || !nx.scoped || figures[i].dim !== null) continue;
    const between = text.slice(figures[i].numEnd, figures[i + 1].start).replace(/\s+/g, ' ');
    if (between.length <= 50 && PEOPLE_GROUP.test(between)) measured[i] = nx;
  }
  const out: Frame[] = [];
  figures.forEach((f, i) => {
    const m = measured[i];
    if (!m) return;
    const owner = ownerAt(s.start + f.numStart, claims, s.id);
    // quoted words no claim holds are their speaker's, not the outlet's own reporting: no frame
    if (owner.kind === 'own' && quotedAt(text, f.numStart)) return;
    // the scope is looked for up to the next figure ("Four died in the north, and seven in the south")
    const clauseEnd = figures[i + 1]?.start ?? text.length;
    const scope = m.scoped ? scopeOf(text.slice(0, clauseEnd), f.numStart, f.numEnd) : { key: '', text: null };
    const natural = NATURAL_GROUP[m.measure];
    if (natural) scope.key = scope.key.split(' ').filter((p) => !natural.test(p)).join(' ');
    const time = timeOf(text, f.numStart, published);
    const modality: Modality = modalityOf(text, f.start, f.end);
    const label = [m.label, scope.text].filter(Boolean).join(' ');
    const source = owner.kind === 'own' ? namedSource(text) : undefined;
    out.push({
      ref: owner.ref,
      kind: owner.kind,
      ...(source ? { source } : {}),
      event: m.event,
      measure: m.measure === 'money' ? `money:${f.base}` : m.measure,
      scope: scope.key,
      time: time.at,
      modality,
      value: { lo: Number.isFinite(f.lo) ? f.lo : null, hi: Number.isFinite(f.hi) ? f.hi : null, unit: f.unit ?? f.base, text: valueText(f, text) },
      sentence: { start: s.start, end: s.end },
      span: { start: s.start + f.start, end: s.start + f.end },
      label,
    });
  });
  return out;
}

/** One-off acts whose date can be disputed ("released on 3 May" / "freed on 5 May"). */
const DATED_ACTS = new Set(['release', 'sign', 'resign', 'ratify', 'evacuate', 'withdraw', 'reach', 'take effect', 'unveil']);

/** "the date the prisoners were released", "the date Lyra reached", "the date the duty rise took effect". */
function dateLabel(act: string, thing: string, agentName: string): string {
  const what = thing.includes('|') ? thing.split('|')[0] : thing ? `${thing}${thing.endsWith('s') ? '' : 's'}` : agentName;
  const verb: Record<string, string> = wordTable({ release: 'were released', sign: 'were signed', 'take effect': 'took effect', reach: 'arrived', evacuate: 'were evacuated', withdraw: 'withdrew', resign: 'resigned', ratify: 'was ratified' });
  return `the date ${thing && !thing.includes('|') ? 'the ' : thing.includes('|') ? 'the ' : ''}${what} ${verb[act] ?? act}`;
}

const ACT_WORDS: Record<string, string> = wordTable({
  accept: 'accepts', calm: 'was calm', overloaded: 'was overloaded', safe: 'was safe', seaworthy: 'was seaworthy', guilty: 'is guilty', open: 'is open',
  alive: 'is alive', legal: 'is legal', accidental: 'was accidental', peaceful: 'was peaceful', know: 'knew', invite: 'was invited', pay: 'paid',
  ratify: 'ratified', withdraw: 'withdrew', reach: 'arrived', breach: 'was breached', release: 'released', sign: 'signed', resign: 'resigned',
  attend: 'attended', approve: 'approved', admit: 'admitted', evacuate: 'evacuated', concede: 'conceded', unveil: 'unveiled',
});

/** "whether Haftar accepts the deal", "whether the sea was calm". */
function actLabel(a: { agent: string; agentName: string; act: string; object: string }): string {
  const who = a.agent === 'vessel' ? 'the vessel' : a.agent === 'sea' ? 'the sea' : a.agentName;
  const verb = ACT_WORDS[a.act] ?? (a.act.endsWith('e') ? `${a.act}d` : `${a.act}ed`);
  return `whether ${who} ${verb}${a.object && a.object !== a.act ? ` the ${a.object}` : ''}`;
}

/** Acts and states, read per claim (its cue may deny it) and in the outlet's own words. */
function actFrames(s: FrameSentence, claims: readonly FrameClaim[], published: number | null): Frame[] {
  const out: Frame[] = [];
  // A claim covers its part of every sentence it spans ("The sea was rough. Our crews worked for
  // seven hours," he said.): that part is its speaker's, whichever sentence it falls in.
  const inside = claims.filter((c) => c.content.start < s.end && c.content.end > s.start);
  let own = s.text;
  const pieces: { text: string; offset: number; owner: Owner; denied: boolean }[] = [];
  for (const c of inside) {
    const a = Math.max(0, c.content.start - s.start);
    const b = Math.min(s.text.length, c.content.end - s.start);
    if (b <= a) continue;
    pieces.push({ text: s.text.slice(a, b), offset: a, owner: { kind: 'claim', ref: c.id, claim: c }, denied: DENIAL_CUE.test(c.cue ?? '') });
    own = own.slice(0, a) + ' '.repeat(b - a) + own.slice(b);
  }
  pieces.push({ text: own, offset: 0, owner: { kind: 'own', ref: s.id }, denied: false });
  for (const p of pieces) {
    for (const a of actsOf(p.text, p.denied)) {
      if (p.owner.kind === 'own' && quotedAt(s.text, p.offset + a.start)) continue; // a speaker's words (see figureFrames)
      const time = timeOf(s.text, p.offset + a.start, published, true);
      const wordsAt = p.text.slice(a.start, a.end);
      const hedged = /\b(?:could|might|may|should|would|if|unless)\s+(?:\w+\s+){0,2}$/i.test(p.text.slice(Math.max(0, a.start - 30), a.start));
      const what = a.thing || a.agent;
      if (time.at && time.at.length === 10 && what && !a.negated && !hedged && DATED_ACTS.has(a.act)) {
        const day = Date.parse(`${time.at}T00:00:00Z`);
        out.push({
          ref: p.owner.ref, kind: p.owner.kind, event: a.thing.includes('|') ? a.thing : `|${what}`, measure: `date:${a.act}`, scope: '', time: null, modality: 'count',
          value: { lo: day, hi: day + 86_399_999, unit: 'date', text: time.text ?? time.at },
          sentence: { start: s.start, end: s.end }, span: { start: s.start + time.index, end: s.start + time.index + (time.text?.length ?? 0) },
          label: dateLabel(a.act, a.thing, a.agentName),
        });
      }
      if (!a.agent) continue;
      out.push({
        ref: p.owner.ref,
        kind: p.owner.kind,
        event: a.object || a.act,
        measure: `act:${a.act}`,
        scope: '',
        time: time.at,
        modality: hedged ? 'forecast' : 'count',
        polarity: { agent: a.agent, act: a.act, object: a.object, negated: a.negated, denial: a.denial, text: wordsAt },
        sentence: { start: s.start, end: s.end },
        span: { start: s.start + p.offset + a.start, end: s.start + p.offset + a.end },
        label: actLabel(a),
      });
    }
  }
  return out;
}

/** All frames of one sentence; `claims` are the page's claims (those inside it are used). */
export function framesOfSentence(s: FrameSentence, claims: readonly FrameClaim[], published: number | null): Frame[] {
  if (!s.text || s.text.length > 4_000) return [];
  const near = claims.filter((c) => c.content.end > s.start && c.content.start < s.end);
  return [...figureFrames(s, near, published), ...actFrames(s, near, published)].slice(0, MAX_FRAMES_PER_SENTENCE);
}

/** The day the article's opening is about ("marched ... on Saturday"), if its first sentences name one. */
function leadDay(sentences: readonly FrameSentence[], published: number | null): string | null {
  for (const s of sentences.slice(0, 3)) {
    // a wire dateline ("ALDMOUTH, Nov 21 (NorthWire) - ") gives the day of filing, not of the event
    const dash = s.text.slice(0, 80).search(/\)\s*[-–—]\s/);
    const body = dash >= 0 ? s.text.slice(s.text.indexOf(')', dash) + 1) : s.text;
    const t = timeOf(body.slice(0, 400), 0, published);
    if (t.at && t.at.length === 10) return t.at;
  }
  return null;
}

/** Frames of a page from its sentences (or, when none were reported, from its claims alone). */
export function framesOfPage(sentences: readonly FrameSentence[], claims: readonly FrameClaim[], published: number | null, max = 600): Frame[] {
  const out: Frame[] = [];
  // no sentences: each claim is a sentence of its own, read with that claim alone
  const src: [FrameSentence, readonly FrameClaim[]][] = sentences.length
    ? sentences.map((s) => [s, claims])
    : claims.map((c, i) => [{ id: `k${i}`, text: c.content.text, start: c.content.start, end: c.content.end }, [c]]);
  for (const [s, cs] of src) {
    if (out.length >= max) break;
    for (const f of framesOfSentence(s, cs, published)) out.push(f); // no spread: one sentence can hold thousands
  }
  const lead = sentences.length ? leadDay(sentences, published) : null;
  if (lead) for (const f of out) if (f.time === null && RECURRING.has(f.measure)) f.time = lead;
  return out.slice(0, max);
}

/** How a measure changes over time (see measures.ts): counts of people by their rule, things destroyed and areas burned only grow. */
export const classOf = (measure: string): MeasureClass =>
  CLASS_OF[measure] ?? (measure.startsWith('count:') ? (/:(?:waiting|closed)$/.test(measure) ? 'state' : 'cumulative') : measure === 'area' ? 'cumulative' : 'fixed');
