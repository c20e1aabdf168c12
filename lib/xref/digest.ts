// What a page reports about its article body besides its claims, for cross-referencing: the
// sentences that state a figure, an act or a state (the outlet's own reporting among them, and the
// whole sentence of every claim), and the body's names and words for story grouping. Computed
// where the text is (content script, CLI), bounded, and checked again by the background.
import type { Claim, Span } from '../types';
import { runAll, type Steps } from '../slices';
import { sentenceSteps } from './sentences';
import { contentWords, fold } from './text';

export interface ArticleDigest {
  /** Sentences worth framing, each with its id ("s12": its index among the article's sentences). */
  sentences: (Span & { id: string })[];
  /** Proper names of the body, most frequent first (page furniture and capitalised function words left out). */
  names: string[];
  /** Content words of the body, most frequent first. */
  words: string[];
}

export const DIGEST_LIMITS = {
  /** Text past this is not searched for sentences (a page's article is rarely longer). */
  maxText: 150_000,
  /** Names and words for story grouping come from the first part of the body. */
  maxBodyText: 50_000,
  maxSentences: 400,
  maxNames: 80,
  maxWords: 300,
  maxNameChars: 80,
  maxWordChars: 40,
  maxSentenceChars: 1_500,
} as const;

/** A quick, linear test that a sentence may carry a figure, an act or a state worth a frame. */
const WORTH = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|fortnight|sign\w*|ratif\w*|resign\w*|releas\w*|freed|attend\w*|approv\w*|accept\w*|agree\w*|reject\w*|refus\w*|overloaded|overcrowded|calm|rough|stormy|safe|unsafe|guilty|innocent|positive|willing|ready|knew|invited|paid|withdr\w+|boycott\w*)\b/i;

/** Capitalised words that are not names when they start a sentence ("They're", "Even"). */
const FUNCTION_CAPS = new Set(('the a an and but or if in on at as by for from of to with without after before when while this that these those there here ' +
  'he she it they we i you his her their its our your my they\'re it\'s we\'re there\'s even still yet also however meanwhile later earlier now then ' +
  'so such some many most all every each no yes not only just more less much what which who whom whose why how where share read watch listen ' +
  'subscribe sign follow advertisement related more photo video image caption copyright updated published monday tuesday wednesday thursday ' +
  'friday saturday sunday january february march april may june july august september october november december').split(' '));

/** A sentence of prose (not a headline, caption or button): long enough and ends like a sentence. */
function isProse(s: string): boolean {
  return s.length >= 40 && /[.!?"”’)]$/.test(s) && s.split(/\s+/).length >= 7;
}

const HONORIFIC = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady|prof|professor|president|minister|governor|commander|captain|capt|chief|general|gen|judge|justice|senator|sen|rep|mayor|regional|deputy|former|acting)$/;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozens?|hundreds|thousands|about|some|nearly|almost|at)(?:-\p{L}+)?$/u;
const CHAIN = /\p{Lu}[\p{L}'’-]*(?:[ \u00a0](?:(?:al|el|bin|ibn|van|der|de|la|von|du)[ \u00a0-])?\p{Lu}[\p{L}'’-]*)*/gu;

/** Does a capitalised word at `i` start its sentence (or a quotation)? */
function startsSentence(s: string, i: number): boolean {
  return i === 0 || /^[“"‘'(]$/.test(s.charAt(i - 1)) && (i === 1 || /\s/.test(s.charAt(i - 2)));
}

/** Capitalised words seen inside sentences (not first): these can be names when they start one. */
function midCapitals(s: string, into: Set<string>): void {
  for (const m of s.slice(0, DIGEST_LIMITS.maxSentenceChars).matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu)) {
    if (!startsSentence(s, m.index ?? 0)) into.add(fold(m[0]));
  }
}

/** Capitalised word chains of a sentence, without leading function words, titles and numbers;
 *  a single word that is also written in lower case, or only ever starts sentences, is no name. */
function namesIn(s: string, lowerSeen: ReadonlySet<string>, midCaps: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of s.slice(0, DIGEST_LIMITS.maxSentenceChars).matchAll(CHAIN)) {
    const words = m[0].split(/[ \u00a0]/);
    let k = 0;
    while (k < words.length && (FUNCTION_CAPS.has(fold(words[k])) || HONORIFIC.test(fold(words[k])) || NUMBER_WORD.test(fold(words[k])))) k++;
    if (k >= words.length) continue;
    const name = words.slice(k).join(' ').replace(/['’]s$/, '').slice(0, DIGEST_LIMITS.maxNameChars);
    const key = fold(name);
    if (key.length < 3 || FUNCTION_CAPS.has(key)) continue;
    if (words.length - k === 1) {
      if (lowerSeen.has(key)) continue;
      if (k === 0 && startsSentence(s, m.index ?? 0) && !midCaps.has(key)) continue;
    }
    out.push(name);
  }
  return out;
}

function topByCount(counts: Map<string, number>, max: number): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, max).map(([k]) => k);
}

/** Does any of `spans` (sorted by start) overlap [start, end)? Binary search: no per-sentence scan. */
function overlapsAny(starts: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  // the first span starting at or after `start`, or the one before it reaching into [start, end)
  return (lo < starts.length && starts[lo].start < end) || (lo > 0 && starts[lo - 1].end > start);
}

/**
 * The digest of an article, as steps that yield every so often (the content script runs them in
 * slices on the page's main thread; elsewhere they run at once). `claims` are the claims reported
 * with the digest; `omitted` are claims found but not reported (a page with more claims than the
 * store takes): their sentences are left out, so they are never mistaken for the outlet's own reporting.
 */
export function* digestSteps(text: string, claims: readonly Pick<Claim, 'content'>[] = [], omitted: readonly Pick<Claim, 'content'>[] = []): Steps<ArticleDigest> {
  const src = typeof text === 'string' ? text.slice(0, DIGEST_LIMITS.maxText) : '';
  const reported = claims.map((c) => ({ start: c.content.start, end: c.content.start + 1 })).sort((a, b) => a.start - b.start);
  const left = omitted.map((c) => ({ start: c.content.start, end: c.content.end })).sort((a, b) => a.start - b.start);
  const all = yield* sentenceSteps(src);
  const sentences: ArticleDigest['sentences'] = [];
  for (let i = 0; i < all.length && sentences.length < DIGEST_LIMITS.maxSentences; i++) {
    if ((i & 7) === 7) yield;
    const s = all[i];
    if (overlapsAny(left, s.start, s.end)) continue;
    const clipped = s.text.length > DIGEST_LIMITS.maxSentenceChars ? { ...s, text: s.text.slice(0, DIGEST_LIMITS.maxSentenceChars), end: s.start + DIGEST_LIMITS.maxSentenceChars } : s;
    if (i < 3 || overlapsAny(reported, s.start, s.end) || WORTH.test(clipped.text)) sentences.push({ id: `s${i}`, ...clipped });
  }
  // names and words for story grouping: from the prose of the first part of the body
  const body: string[] = [];
  for (const [i, s] of all.entries()) {
    if ((i & 15) === 15) yield;
    if (s.end <= DIGEST_LIMITS.maxBodyText && isProse(s.text)) body.push(s.text.slice(0, DIGEST_LIMITS.maxSentenceChars));
  }
  const lower = new Set<string>();
  let n = 0;
  for (const m of src.slice(0, DIGEST_LIMITS.maxBodyText).matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}'’]*/gu)) {
    lower.add(fold(m[0]));
    if ((++n & 127) === 0) yield;
  }
  const midCaps = new Set<string>();
  for (const [i, s] of body.entries()) {
    if ((i & 3) === 3) yield;
    midCapitals(s, midCaps);
  }
  const nameCount = new Map<string, number>();
  const shownName = new Map<string, string>();
  const wordCount = new Map<string, number>();
  for (const s of body) {
    // one sentence a step: its names and words take about a millisecond on a fast machine
    yield;
    for (const n of namesIn(s, lower, midCaps)) {
      const k = fold(n);
      nameCount.set(k, (nameCount.get(k) ?? 0) + 1);
      if (!shownName.has(k)) shownName.set(k, n);
    }
    for (const w of contentWords(s)) if (w.length <= DIGEST_LIMITS.maxWordChars) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
  }
  return {
    sentences,
    names: topByCount(nameCount, DIGEST_LIMITS.maxNames).map((k) => shownName.get(k) ?? k),
    words: topByCount(wordCount, DIGEST_LIMITS.maxWords),
  };
}

export function digestArticle(text: string, claims: readonly Pick<Claim, 'content'>[] = [], omitted: readonly Pick<Claim, 'content'>[] = []): ArticleDigest {
  return runAll(digestSteps(text, claims, omitted));
}
