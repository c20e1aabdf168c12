// Tokens, paragraphs, quotations and sentences, in one linear pass each. The only regexes that run
// over more than one character are sticky and consume what they match, so hostile input (5 MB, no
// spaces, binary) stays linear.
import { isUpperChar, isWordChar } from './letters';

export const enum TokenKind {
  Word = 0,
  Punct = 1,
  Quote = 2,
}

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Raw text. */
  text: string;
  /** Lower-cased text (possessive kept). */
  lower: string;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** Newlines in the whitespace before this token (capped at 2). */
  newlines: number;
  /** Index of the quote region this token is strictly inside, or -1. */
  quote: number;
  /** Cached "can be part of a name": 0 unknown, 1 no, 2 yes. */
  nameCache: number;
}

export interface QuoteRegion {
  open: number;
  /** Closing quote token, or -1 when the quotation runs on to the end of the paragraph. */
  close: number;
  /** Token range strictly inside. */
  first: number;
  end: number;
  para: number;
}

export interface Sentence {
  start: number;
  end: number;
  para: number;
}

export interface TextModel {
  text: string;
  tokens: Token[];
  quotes: QuoteRegion[];
  sentences: Sentence[];
  /** Paragraph index → [first token, end token). */
  paragraphs: [number, number][];
  /** Quote region index by its opening / closing token. */
  quoteByOpen: Map<number, number>;
  quoteByClose: Map<number, number>;
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
}

const ABBREV = new Set(`mr mrs ms dr prof sen rep gen col lt capt sgt gov pres st jr sr inc corp ltd co
  no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev gen adm cmdr maj brig est approx dept
  govt univ e.g i.e a.m p.m u.s u.k u.n del atty supt`.split(/\s+/));

/** US state abbreviations in party tags ("R-Texas", "D-Calif."): the period is part of the word. */
const STATE_ABBREV = new Set(`ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn
  miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo`.split(/\s+/));

const OPENERS = new Set(['“', '„', '«', '‟', '‘']);
const CLOSERS = new Set(['”', '»', '’']);

const isWordCode = isWordChar;

function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return text.slice(i, i + 2);
  return text[i];
}

function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpperChar(charAt(t, 0));
}

/**
 * The common token in one native regex step: ASCII spaces and line breaks, then a run of ASCII
 * letters and digits (joined by hyphens and apostrophes: "al-Mashri", "Trump’s") that nothing after
 * it could extend (a space, punctuation that joins no word, or a period before a space: an
 * abbreviation's, rare, is handed on), or one ASCII punctuation mark other than the apostrophe, a
 * curly double quotation mark or an em dash. Everything else takes the
 * character-by-character path in tokenize, which this agrees with exactly. A first extraction runs
 * interpreted, where a loop per character costs many times what the regex does (bench/extract.bench.ts, cold).
 * No capture groups: `test` builds no match array and no substrings (a cold first extraction
 * spends about 2 of its 86 million instructions on them).
 */
const SIMPLE_TOKEN = /[ \t\r\n]*(?:[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*(?=[ \t\r\n;:!?()"\u201c\u201d\u2014]|,(?![0-9])|\.(?=[ \t\r\n"\u201d]|$)|$)|[!-&(-/:-@[-`{-~\u201c\u201d\u2014])/y;

/** ASCII spaces and line breaks: skipped at once before the slow path, so a long run is read once. */
const SPACES = /[ \t\r\n]*/y;

/** Newlines in text[from, to), added to nl and capped at 2 (as Token.newlines counts them). */
function countNewlines(text: string, from: number, to: number, nl: number): number {
  for (let k = from; k < to && nl < 2; k++) if (text.charCodeAt(k) === 10) nl++;
  return nl;
}

/**
 * Pushes the simple tokens (see SIMPLE_TOKEN) from i on, `nl` newlines already seen before the first;
 * the index of the first token the character path must read, or the text's end. One loop for the run
 * (nearly every token), so tokenize's loop turns once per token of the character path, not per token.
 * `lowered` is the text lower-cased at once, or null when that moved characters ('İ' → 'i̇').
 */
function simpleTokens(text: string, lowered: string | null, i: number, nl: number, toks: Token[], notable: number[]): number {
  for (; i < text.length; nl = 0) {
    SIMPLE_TOKEN.lastIndex = i;
    if (!SIMPLE_TOKEN.test(text)) return i;
    const end = SIMPLE_TOKEN.lastIndex;
    // the spaces the regex went over (usually one), with the newlines among them
    let start = i;
    let c = text.charCodeAt(start);
    while (c === 32 || c === 10 || c === 13 || c === 9) {
      if (c === 10 && nl < 2) nl++;
      c = text.charCodeAt(++start);
    }
    // a word starts with a letter or a digit; anything else the regex takes is one punctuation mark
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      const word = text.slice(start, end);
      // a slice of the lower-cased text, not a toLowerCase per word (a runtime call each on two-byte text)
      const lower = lowered !== null ? lowered.slice(start, end) : word.toLowerCase();
      // "Mr.", "J.", "D-Calif.": the period is part of an abbreviation, which the slow path reads
      if (text.charCodeAt(end) === 46 && (ABBREV.has(lower) || (end - start === 1 && c >= 65 && c <= 90) || lower.charCodeAt(1) === 45)) return i;
      // capital and newlines set only when they hold: a constant in the literal costs no store per token
      const tok: Token = { start, end, kind: TokenKind.Word, text: word, lower, capital: false, newlines: 0, quote: -1, nameCache: 0 };
      if (c >= 65 && c <= 90) tok.capital = true;
      if (nl > 0) {
        tok.newlines = nl;
        notable.push(toks.length);
      }
      toks.push(tok);
    } else {
      const mark = text[start];
      const quote = c === 34 || c === 0x201c || c === 0x201d;
      if (nl > 0 || quote || c === 46 || c === 33 || c === 63) notable.push(toks.length);
      const tok: Token = { start, end, kind: TokenKind.Punct, text: mark, lower: mark, capital: false, newlines: 0, quote: -1, nameCache: 1 };
      if (quote) tok.kind = TokenKind.Quote;
      if (nl > 0) tok.newlines = nl;
      toks.push(tok);
    }
    i = end;
  }
  return i;
}

/**
 * Tokens of the text; `fastPath` false reads every character one by one (the tests' reference).
 * `notable` gets the index of every token the paragraph, quotation and sentence passes look at (see
 * isNotable), so they read those few (about one in eight) instead of every token.
 */
export function tokenize(text: string, fastPath = true, notable: number[] = []): Token[] {
  const toks: Token[] = [];
  const n = text.length;
  let i = 0;
  let nl = 0;
  const lowered = text.toLowerCase();
  const aligned = lowered.length === n ? lowered : null;
  while (i < n) {
    if (fastPath) {
      const simple = simpleTokens(text, aligned, i, nl, toks, notable);
      if (simple > i) nl = 0;
      i = simple;
      if (i >= n) break;
    }
    SPACES.lastIndex = i;
    SPACES.test(text);
    nl = countNewlines(text, i, SPACES.lastIndex, nl);
    i = SPACES.lastIndex;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    const ch = c < 128 ? '' : charAt(text, i);
    if (c <= 32 || c === 0x85 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x200b || c === 0xfeff || (c >= 0x7f && c < 0xa0) || c === 0xfffd) {
      if (c === 10 || c === 0x2029) nl = Math.min(2, nl + 1);
      i += 1;
      continue;
    }
    if (isWordCode(c, ch)) {
      const s = i;
      i += c < 128 ? 1 : ch.length;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 ? (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) : false) {
          i++;
          continue;
        }
        const dch = d < 128 ? '' : charAt(text, i);
        if (d >= 128 && isWordCode(d, dch)) {
          i += dch.length;
          continue;
        }
        // Joiners inside a word: al-Mashri, don't, U.N, 2,000, 2.5, AT&T
        if (i + 1 < n && (d === 45 || d === 39 || d === 0x2019 || d === 46 || d === 38 || d === 0x2010 || d === 0x2011 || (d === 44 && isDigit(text.charCodeAt(i - 1))))) {
          const nx = text.charCodeAt(i + 1);
          const nxch = nx < 128 ? '' : charAt(text, i + 1);
          if (isWordCode(nx, nxch) && (d !== 44 || isDigit(nx)) && (d !== 46 || i - s <= 3 || isDigit(nx))) {
            i += 1;
            continue;
          }
        }
        break;
      }
      // Abbreviation period (U.N., Jan., J.) and plural possessive apostrophe (forces').
      if (i < n) {
        const d = text.charCodeAt(i);
        const word = text.slice(s, i);
        if (d === 46) {
          const lw = word.toLowerCase();
          if (ABBREV.has(lw) || word.includes('.') || (word.length === 1 && isUpperStart(word)) || ((lw[1] === '-' && (lw[0] === 'd' || lw[0] === 'r' || lw[0] === 'i')) && STATE_ABBREV.has(lw.slice(2)))) i += 1;
        } else if ((d === 39 || d === 0x2019) && (word.endsWith('s') || word.endsWith('S'))) {
          const nx = i + 1 < n ? text.charCodeAt(i + 1) : 32;
          if (!isWordCode(nx, nx < 128 ? '' : charAt(text, i + 1))) i += 1;
        }
      }
      const t = text.slice(s, i);
      toks.push({ start: s, end: i, kind: TokenKind.Word, text: t, lower: t.toLowerCase(), capital: isUpperStart(t), newlines: nl, quote: -1, nameCache: 0 });
      if (isNotable(toks[toks.length - 1])) notable.push(toks.length - 1);
      nl = 0;
      continue;
    }
    // Two apostrophes are one double quotation mark (''like this'', in some newspapers' archives).
    const pch = c === 39 && text.charCodeAt(i + 1) === 39 ? "''" : c < 128 ? text[i] : ch;
    // A straight apostrophe left over from the word rules is a UK-style single quotation mark.
    const isQ = c === 34 || c === 39 || (c >= 128 && (OPENERS.has(ch) || CLOSERS.has(ch)));
    toks.push({ start: i, end: i + pch.length, kind: isQ ? TokenKind.Quote : TokenKind.Punct, text: pch, lower: pch, capital: false, newlines: nl, quote: -1, nameCache: 1 });
    if (isNotable(toks[toks.length - 1])) notable.push(toks.length - 1);
    nl = 0;
    i += pch.length;
  }
  return toks;
}

/** A token after a line break, a quotation mark, a sentence's end mark or a word ending in a full stop
 *  ("Mr.", "U.S."): where a paragraph, a quotation or a sentence can begin or end. */
function isNotable(t: Token): boolean {
  return t.newlines > 0 || t.kind === TokenKind.Quote || endPunct(t) || (t.kind === TokenKind.Word && t.text.endsWith('.'));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function splitParas(toks: Token[], notable: number[]): [number, number][] {
  const paras: [number, number][] = [];
  let start = 0;
  // only tokens after a line break can open a paragraph: the notable ones
  for (let k = 0; k < notable.length; k++) {
    const i = notable[k];
    const t = toks[i];
    if (i === 0 || t.newlines === 0) continue;
    // A blank line ends a paragraph; so does a single line break unless it cuts a sentence in two.
    const soft = t.newlines === 1 && !(t.kind === TokenKind.Word && !t.capital && ((toks[i - 1].kind === TokenKind.Word && !toks[i - 1].capital) || toks[i - 1].text === ','));
    if (t.newlines >= 2 || soft) {
      paras.push([start, i]);
      start = i;
    }
  }
  if (toks.length) paras.push([start, toks.length]);
  return paras;
}

/** Pairs quotation marks within each paragraph; a paragraph that opens a quote and never closes it runs on. */
function findQuotes(text: string, toks: Token[], paras: [number, number][], notable: number[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let q = 0;
  // index loops, no callbacks: a first extraction runs this cold
  for (let para = 0; para < paras.length; para++) {
    const pa = paras[para][0];
    const pb = paras[para][1];
    let open = -1;
    let single = false;
    // quotation marks are notable tokens; paragraphs run on from one another, as notable does
    for (; q < notable.length && notable[q] < pb; q++) {
      const i = notable[q];
      const tk = toks[i];
      if (tk.kind !== TokenKind.Quote) continue;
      const ch = tk.text === "''" ? '"' : tk.text;
      // the characters either side tested here, not in two small functions compiled for this alone
      const b = text.charCodeAt(tk.start - 1);
      const a = text.charCodeAt(tk.end);
      const spaceBefore = tk.start <= 0 || b <= 32 || b === 0xa0 || b === 40 || b === 91 || b === 0x2014 || b === 0x2013;
      const spaceAfter = tk.end >= text.length || a <= 32 || a === 0xa0 || a === 44 || a === 46 || a === 59 || a === 58 || a === 41 || a === 93 || a === 63 || a === 33 || a === 0x2014;
      const openish = spaceBefore && !spaceAfter;
      const closeish = !spaceBefore || spaceAfter;
      if (ch === '"') {
        if (open < 0) {
          if (openish || !closeish) { open = i; single = false; }
        } else if (single) {
          // a double quote inside a single-quoted stretch: the single one was an apostrophe
          open = openish ? i : -1;
          single = false;
        } else if (closeish) {
          regions.push({ open, close: i, first: open + 1, end: i, para });
          open = -1;
        } else {
          open = i;
        }
      } else if (ch === '‘' || (ch === "'" && open < 0 && openish)) {
        if (open < 0) { open = i; single = true; }
      } else if (ch === '’' || (ch === "'" && closeish)) {
        if (open >= 0 && single) {
          regions.push({ open, close: i, first: open + 1, end: i, para });
          open = -1;
        }
      } else if (OPENERS.has(ch)) {
        open = i;
        single = false;
      } else if (CLOSERS.has(ch)) {
        if (open >= 0 && !single) {
          regions.push({ open, close: i, first: open + 1, end: i, para });
          open = -1;
        }
      }
    }
    // An unclosed quotation that opens a paragraph or a sentence runs on to the paragraph's end
    // (the convention for quotes over several paragraphs); one opened mid-sentence is a stray mark.
    if (open >= 0 && !single && (open === pa || endPunct(toks[open - 1]))) regions.push({ open, close: -1, first: open + 1, end: pb, para });
  }
  for (let idx = 0; idx < regions.length; idx++) {
    for (let i = regions[idx].first; i < regions[idx].end; i++) toks[i].quote = idx;
  }
  return regions;
}

const MAX_SENT_TOKENS = 400;

/** Words that open sentences and never follow a title abbreviation ("Gen.", "Dr."). */
const SENT_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'there', 'however', 'meanwhile', 'officials', 'analysts', 'police']);

function endPunct(t: Token | undefined): boolean {
  return !!t && t.kind === TokenKind.Punct && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…');
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A token opening with a lower-case ASCII letter, a comma or a semicolon goes on with the sentence
 *  before a period (char codes, not regexes: a first extraction compiles every regex it meets). */
function continuesSentence(c: number): boolean {
  return isLowerAscii(c) || c === 44 || c === 59;
}

/** The sentence split's rules at token i (the sentence cap aside). */
function breaksBefore(toks: Token[], i: number): boolean {
  const tk = toks[i];
  const prev = toks[i - 1];
  if (tk.quote >= 0) return false;
  // A single line break ends a sentence unless the line was clearly cut mid-sentence.
  if (tk.newlines === 1 && !(prev.kind === TokenKind.Word && !prev.capital && isLowerAscii(prev.lower.charCodeAt(prev.lower.length - 1))) && prev.text !== ',') return true;
  if (prev.kind === TokenKind.Word) {
    // "... in the U.S. The company said": an abbreviation's period also ends a sentence before a sentence opener
    return tk.capital && prev.text.length > 2 && prev.text.endsWith('.') && SENT_OPENERS.has(tk.lower);
  }
  if ((endPunct(prev) && prev.quote < 0) || (prev.kind === TokenKind.Quote && prev.quote < 0 && endPunct(toks[i - 2]))) {
    // "of Huntsville, Ala., says", "Acme Inc., which": an abbreviation's period before a comma ends nothing
    return tk.capital || tk.kind === TokenKind.Quote || !continuesSentence(tk.text.charCodeAt(0));
  }
  return false;
}

/** Sentences of MAX_SENT_TOKENS cut from `start` while more than that many tokens lie before `to`; the new start. */
function cutLong(sents: Sentence[], start: number, to: number, para: number): number {
  for (; to - start > MAX_SENT_TOKENS; start += MAX_SENT_TOKENS) sents.push({ start, end: start + MAX_SENT_TOKENS, para });
  return start;
}

/**
 * Sentences of each paragraph. A sentence can end only before a notable token (a line break) or after
 * one (an end mark, a quotation mark, a word ending in a full stop), so only those places are read,
 * and a sentence that reaches MAX_SENT_TOKENS is cut there.
 */
function splitSentences(toks: Token[], paras: [number, number][], notable: number[]): Sentence[] {
  const sents: Sentence[] = [];
  let q = 0;
  for (let para = 0; para < paras.length; para++) {
    const pa = paras[para][0];
    const pb = paras[para][1];
    let start = pa;
    let last = pa;
    for (; q < notable.length && notable[q] < pb; q++) {
      for (let i = notable[q]; i <= notable[q] + 1; i++) {
        if (i <= last || i >= pb) continue;
        last = i;
        start = cutLong(sents, start, i, para);
        if (breaksBefore(toks, i) || i - start >= MAX_SENT_TOKENS) {
          sents.push({ start, end: i, para });
          start = i;
        }
      }
    }
    start = cutLong(sents, start, pb, para);
    if (start < pb) sents.push({ start, end: pb, para });
  }
  return sents;
}

export function buildModel(text: string): TextModel {
  const notable: number[] = [];
  const toks = tokenize(text, true, notable);
  const paras = splitParas(toks, notable);
  const quotes = findQuotes(text, toks, paras, notable);
  const sents = splitSentences(toks, paras, notable);
  const quoteByOpen = new Map<number, number>();
  const quoteByClose = new Map<number, number>();
  for (let i = 0; i < quotes.length; i++) {
    quoteByOpen.set(quotes[i].open, i);
    if (quotes[i].close >= 0) quoteByClose.set(quotes[i].close, i);
  }
  const sentOf = new Int32Array(toks.length);
  for (let i = 0; i < sents.length; i++) sentOf.fill(i, sents[i].start, sents[i].end);
  return { text, tokens: toks, quotes, sentences: sents, paragraphs: paras, quoteByOpen, quoteByClose, sentenceOf: sentOf };
}
