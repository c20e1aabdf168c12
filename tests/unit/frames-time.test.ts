// timeOf with the lean date reader: every day form the cross-referencer compares is still placed, and
// durations are not counted from the article's date.
import { describe, expect, it } from 'vitest';
import { timeOf } from '../../lib/xref/frames/time';

/** Thursday 19 March 2026, noon UTC. */
const PUBLISHED = Date.UTC(2026, 2, 19, 12);

/** The figure sits on "40"; each sentence names its day in a different way. */
const PLACED: [string, string][] = [
  ['At least 40 people died on Tuesday, officials said.', '2026-03-17'],
  ['At least 40 people died yesterday, officials said.', '2026-03-18'],
  ['At least 40 people died last night, officials said.', '2026-03-18'],
  ['At least 40 people were hurt this morning, officials said.', '2026-03-19'],
  ['At least 40 people are expected tonight, officials said.', '2026-03-19'],
  ['At least 40 people died today, officials said.', '2026-03-19'],
  ['At least 40 people died on March 3, officials said.', '2026-03-03'],
  ['At least 40 people died on 3 March, officials said.', '2026-03-03'],
  ['At least 40 people died on Tuesday March 10, officials said.', '2026-03-10'],
  ['At least 40 people died on 2026-03-01 in the north, officials said last week.', '2026-03-01'],
  ['At least 40 people died on 3/12/2026, officials said.', '2026-03-12'],
];

/** Counts of time from some other moment, or lengths of time: no day of the figure ("this week"
 * names none either, but sends the clause to chrono). */
const UNPLACED = [
  'At least 40 people had left the day before, officials said this week.',
  'At least 40 people had left a few days earlier, officials said this week.',
  'There were 40,000 posts in 10 hours, a spokesman said this week.',
  'The road was closed for 48 hours, and 40 cars were stuck, officials said this week.',
];

describe('timeOf', () => {
  it.each(PLACED)('places %s', (sentence, day) => {
    expect(timeOf(sentence, sentence.indexOf('40'), PUBLISHED).at).toBe(day);
  });
  it.each(UNPLACED)('does not count a duration from the article date: %s', (sentence) => {
    expect(timeOf(sentence, sentence.indexOf('40'), PUBLISHED).at).toBeNull();
  });
});
