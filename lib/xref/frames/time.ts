// The moment a figure holds for, placed against the article's date: "on Tuesday" in an article of
// Thursday 19 March is 2026-03-17; "last year" is 2025; "in 2009" is 2009. Dates are read by chrono-node
// in English (its root loads every locale), handed only short slices of one clause (bounded work).
import { Chrono, configuration, type ParsedResult } from 'chrono-node/en';

export interface TimeRef {
  /** "2026-03-17", or a year "2009"; null when the clause names no time. */
  at: string | null;
  /** The words, for explanations ("on Tuesday"). */
  text: string | null;
  /** Offset of the words in the clause (for "from ... until ..." spans). */
  index: number;
}

const DAY = 86_400_000;
/** Clauses are cut to this many characters around the figure before chrono sees them. */
const WINDOW = 140;
/** A quick test for anything chrono might read: saves parsing clauses with no time words. */
const TIME_WORD = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|evening|afternoon|night|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ago|\d{1,2}\/\d{1,2})\b/i;
/** A year the figure is placed in: "in 2009", "the 2011 quake" ("since 2011" is no time of the figure). */
const YEAR = /\b(?:in|of|during|from|until)\s+((?:19|20)\d\d)\b|\bsince\s+((?:19|20)\d\d),?\s+when\b|\b((?:19|20)\d\d)\s+(?:quake|earthquake|disaster|floods?|storm|hurricane|election|attack|war|crash|fire|wildfire|strike|dispute|uprising|tsunami|eruption|protests?)\b/i;
const LAST_YEAR = /\blast year\b|\ba year ago\b/i;
/** Words that mark a date as future: chrono is told to read weekdays forward then. */
const FUTURE = /\b(?:will|next|due|scheduled|planned|expected|from)\b/i;

/** chrono builds every duration pattern from its chain of "up to ten time units". */
const DURATION = /\{0,10\}/;

/** chrono-node's English reader without its duration parsers. They counted "the day before", "a few
 * days earlier" or "one million tweets in 10 hours" from the article's date: of the 18 phrases read
 * differently without them in PolNeAR dev+train, only "in 10 days" had been placed right. Compiling
 * their patterns (up to ten chained time units, case-insensitive) was most of a fresh worker's first
 * page of frames. */
export const reader = leanReader();

function leanReader(): Chrono {
  const all = configuration.createCasualConfiguration(false);
  const source = (p: object) => (p as { innerPattern?: (context: object) => RegExp }).innerPattern?.({ option: {} }).source ?? '';
  return new Chrono({ parsers: all.parsers.filter((p) => !DURATION.test(source(p))), refiners: all.refiners });
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The time a clause names for a figure at `at` (clause offsets), relative to `published` (ms). */
export function timeOf(clause: string, at: number, published: number | null, preferAfter = false): TimeRef {
  const from = Math.max(0, at - WINDOW);
  const slice = clause.slice(from, at + WINDOW);
  const year = YEAR.exec(slice);
  if (year) return { at: year[1] ?? year[2] ?? year[3], text: year[0], index: from + year.index };
  const ref = published === null ? null : new Date(published);
  if (ref && LAST_YEAR.test(slice)) return { at: String(ref.getUTCFullYear() - 1), text: 'last year', index: from };
  if (!ref || !TIME_WORD.test(slice)) return { at: null, text: null, index: -1 };
  let results: ParsedResult[];
  try {
    results = reader.parse(slice, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    return { at: null, text: null, index: -1 };
  }
  // the date nearest the figure
  let best: { r: ParsedResult; d: number } | null = null;
  for (const r of results) {
    const pos = from + r.index;
    // an act's date follows its verb phrase ("unveiled by the minister on September 12")
    const d = preferAfter && pos >= at && pos - at <= 90 ? (pos - at) / 10 : Math.abs(pos - at);
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !/\b(?:yesterday|today|tonight|this morning|last night)\b/i.test(r.text)) continue;
    if (/\b(?:week|month|year)s?\b/i.test(r.text)) continue; // "last week" names no day
    if (!best || d < best.d) best = { r, d };
  }
  if (!best) return { at: null, text: null, index: -1 };
  let date = best.r.start.date();
  // news tells the past: "on Saturday" in a Thursday article is last Saturday, unless the clause looks ahead
  if (!best.r.start.isCertain('day') && date.getTime() > ref!.getTime() + DAY / 2 && !FUTURE.test(slice)) date = new Date(date.getTime() - 7 * DAY);
  return { at: iso(date), text: best.r.text, index: from + best.r.index };
}

export function dayOf(ms: number | null): string | null {
  return ms === null ? null : iso(new Date(ms));
}
