// What a fresh worker runs before its first page needs it (lib/warmup.ts runs one step per task):
// the date parser's patterns one parser at a time, then a small built-in page through the framing
// code one sentence at a time, then its frames through the conflict search. Each step compiles a
// part of what the first page's store would otherwise compile in one go (100-400 ms in real Chromium).
import { Chrono } from 'chrono-node/en';
import type { Frame } from '../../types';
import { findConflicts, type FrameReport } from '../conflicts';
import { findFigures } from '../numbers';
import { actsOf } from './acts';
import { framesOfPage } from './index';
import { modalityOf } from './modality';
import { scopeOf } from './scope';
import { valueOf } from './subject';
import { reader } from './time';

/** Written for this purpose, in the style of a news report: a count, a place, a day, an act. */
const SENTENCES = [
  'At least 12 people died in Hatay on Monday, officials said, and 40 were injured.',
  'The council voted to approve the budget of $3.5 million on March 3, the mayor said.',
  'Turnout was 61 percent, up from 55 percent in 2019, according to the election board.',
];
/** The same count as another outlet gives it, lower. */
const OTHER = 'Eight people died in Hatay on Monday, officials said.';
const PUBLISHED = Date.UTC(2026, 1, 9);
const DATED = ['on Monday, officials said', 'on March 3, the mayor said', 'died on 9 February', 'on 3/12/2026 in the north'];

/** One sentence as a page of its own (frames of a sentence do not depend on the others). */
function frameOne(text: string, id: string): Frame[] {
  return framesOfPage([{ id, text, start: 0, end: text.length }], [{ id: `c-${id}`, content: { text, start: 0, end: text.length }, cue: 'said' }], PUBLISHED);
}

function reportsOf(url: string, outlet: string, frames: Frame[], text: string): FrameReport[] {
  return frames.map((frame) => ({
    url, outlet, publishedMs: PUBLISHED, frame, actorName: 'officials', actorKey: null, content: text,
    sentence: { text, start: 0, end: text.length }, earlier: false, leadNames: new Set<string>(),
  }));
}

/** The steps, in order: a frame step returns its frames, the last one the conflicts it found. The
 *  parts of the framing code that compile the most patterns go first, each in a step of its own. */
export function frameWarmSteps(): (() => unknown)[] {
  const parse = (c: Chrono, text: string) => c.parse(text, { instant: new Date(PUBLISHED), timezone: 0 }, { forwardDate: false });
  const parsers = reader.parsers.map((p) => () => parse(new Chrono({ parsers: [p], refiners: [] }), DATED.join('; ')));
  const whole = DATED.map((text) => () => parse(reader, text));
  const [first] = SENTENCES;
  const parts = [
    ...SENTENCES.map((text) => () => findFigures(text)),
    () => valueOf(first, 9, 11),
    () => scopeOf(first, 9, 11),
    () => modalityOf(first, 9, 11),
    ...SENTENCES.map((text) => () => actsOf(text)),
  ];
  const frames = [...SENTENCES, OTHER].map((text, i) => () => frameOne(text, `s${i}`));
  const conflicts = () => findConflicts([...reportsOf('https://a.example/1', 'A', frameOne(first, 'a'), first), ...reportsOf('https://b.example/1', 'B', frameOne(OTHER, 'b'), OTHER)], 'https://a.example/1', 'warm');
  // V8 compiles a pattern to bytecode on its first use and to machine code on its second: both
  // happen here, each in a step of its own, rather than on the first page
  return [...parsers, ...whole, ...parts, ...frames, conflicts].flatMap((step) => [step, step]);
}
