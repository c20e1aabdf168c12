// Compiles the framing code before the first page needs it. A fresh worker (browsers stop an idle
// one within a minute) spent over a second on its first page's frames, most of it compiling the
// date parser's and the rules' patterns; done while the page paints its highlights, the report
// that follows finds them ready.
import type { Frame } from '../../types';
import { framesOfPage } from './index';

/** Written for this purpose, in the style of a news report: a count, a place, a day, an act. */
const SENTENCES = [
  'At least 12 people died in Hatay on Monday, officials said, and 40 were injured.',
  'The council voted to approve the budget of $3.5 million last week, the mayor said.',
  'Turnout was 61 percent, up from 55 percent in 2019, according to the election board.',
];

let warmed = false;

/** Frames a small built-in page once per worker and returns its frames (later calls do nothing). */
export function warmFrames(): Frame[] {
  if (warmed) return [];
  warmed = true;
  let at = 0;
  const sentences = SENTENCES.map((text, i) => ({ id: `s${i}`, text, start: (at += text.length + 1) - text.length - 1, end: at - 1 }));
  const claims = sentences.map((s, i) => ({ id: `c${i}`, content: { text: s.text, start: s.start, end: s.end }, cue: 'said' }));
  return framesOfPage(sentences, claims, Date.UTC(2026, 1, 9));
}
