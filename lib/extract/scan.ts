// The sentence scan: every sentence is read token by token; a token that can open an attribution
// (a reporting verb, "according to", a colon after a name) hands over to its construction.
import { CUES, particleEnd } from './cues';
import { MAKE, MADE_CLEAR, READ, EXPRESS, EXPRESSED, END_PUNCT } from './grammar';
import { TokenKind, type Sentence, type TextModel } from './text';
import { ScanContext, type RawClaim } from './context';
import { stanceEnd, quoteToEnd } from './phrases';
import { FRAMES, NO_FRAME, SENTENCE_START, type FrameRule } from './frames';
import { readCue } from './constructions';
import { settleSentence, compact, continuations, relativeSubjects } from './cleanup';

/** Every attribution in the text, paragraphs in `skip` (headlines, captions) left out. */
export function findAttributions(m: TextModel, skip: ReadonlySet<number>): RawClaim[] {
  const sc = new ScanContext(m, skip);
  // index loops, not for-of: run cold (interpreted), for-of allocates a result object per step, and a
  // first extraction's allocations decide whether it pays for a garbage collection
  for (let si = 0; si < sc.m.sentences.length; si++) {
    const s = sc.m.sentences[si];
    if (sc.skip.has(s.para)) continue;
    scanSentence(sc, s);
    // most sentences report nothing: nothing to settle
    if (sc.claims.length > sc.sentStart) settleSentence(sc);
  }
  compact(sc);
  relativeSubjects(sc);
  continuations(sc);
  return sc.claims;
}

/** Reads one sentence: frames first at every word, then reporting verbs. */
function scanSentence(sc: ScanContext, s: Sentence): void {
  const toks = sc.toks;
  const first = sc.claims.length;
  sc.sentStart = first;
  // e: the sentence end without closing punctuation (here, not in a call: it runs once per sentence)
  let e = s.end;
  while (e > s.start && toks[e - 1].kind === TokenKind.Punct && (END_PUNCT.has(toks[e - 1].text) || toks[e - 1].text === ',')) e--;
  const titleCase = s.para === 0 && isTitleCase(sc, s);
  const end = s.end;
  let i = s.start;
  while (i < end) {
    const t = toks[i];
    if (t.kind !== TokenKind.Word || t.quote >= 0) { i++; continue; }
    const w = t.lower;
    // most words open no frame: asked here, not in a call per word
    const rules = i === s.start ? startFrames(w) : FRAMES_BY_WORD.get(w);
    const frame = rules ? readFrame(sc, s, rules, i, e, first) : NO_FRAME;
    if (frame !== NO_FRAME) { i = frame; continue; }
    // the phrases below open with m, r, e or v: most words are asked no more (char codes, not set lookups)
    const c0 = w.charCodeAt(0);
    // "made (it) clear that ...": a phrase that reports like "stated"
    const clear = c0 === 109 && MAKE.has(w) ? (toks[i + 1]?.lower === 'clear' ? i + 2 : toks[i + 1]?.lower === 'it' && toks[i + 2]?.lower === 'clear' ? i + 3 : -1) : -1;
    // "The statement read: \"...\"": reading is reporting only before a colon or a quotation
    const reads = c0 === 114 && (w === 'read' || w === 'reads') && (toks[i + 1]?.text === ':' || quoteToEnd(sc, i + 1, e));
    // "expressed concern that ...", "voiced hope that ...": a stance phrase that reports like "said"
    const stance = (c0 === 101 || c0 === 118 || c0 === 114) && EXPRESS.has(w) ? stanceEnd(sc, i + 1) : -1;
    const info = clear > 0 && toks[clear]?.lower === 'that' ? MADE_CLEAR : stance > 0 ? EXPRESSED : reads ? READ : CUES.get(w);
    // a capitalised word inside a sentence is part of a name ("Berth Notes", "Daily Report"),
    // except in a title-case headline ("Former Aide Says Talks Failed")
    if (!info || (t.capital && i > s.start && toks[i - 1].kind === TokenKind.Word && !titleCase)) { i++; continue; }
    let cueEnd = info === MADE_CLEAR ? clear : info === EXPRESSED ? stance : i + 1;
    if (info.particles) {
      cueEnd = particleEnd(info, (k) => toks[k]?.lower ?? '', i + 1);
      if (cueEnd < 0) { i++; continue; }
    }
    sc.rule = '';
    const r = readCue(sc, s, i, cueEnd, info, e, first);
    i = Math.max(r, i + 1);
  }
}

/**
 * The frames that open on each word, in table order: at most words none does, and a cold engine
 * (interpreted, the way a first extraction runs) would pay for trying every frame at every word.
 * At a sentence start the sentence-start frames come first, then the word's own: trying every frame
 * there compiled and ran readers (polls, "called it unfair", noun cues) that a sentence opening
 * with another word never feeds.
 */
const FRAMES_BY_WORD = new Map<string, FrameRule[]>();
const START_FRAMES = FRAMES.filter((rule) => rule.opens === SENTENCE_START);
const START_FRAMES_BY_WORD = new Map<string, FrameRule[]>();
for (const rule of FRAMES) {
  if (rule.opens === SENTENCE_START) continue;
  for (const w of rule.opens) {
    const list = FRAMES_BY_WORD.get(w);
    if (list) list.push(rule);
    else FRAMES_BY_WORD.set(w, [rule]);
  }
}

/** The frames to try at a sentence start opening with w (filled on first use: few words ever ask). */
function startFrames(w: string): FrameRule[] {
  if (!FRAMES_BY_WORD.has(w)) return START_FRAMES;
  let list = START_FRAMES_BY_WORD.get(w);
  if (!list) START_FRAMES_BY_WORD.set(w, (list = FRAMES.filter((rule) => rule.opens === SENTENCE_START || rule.opens.includes(w))));
  return list;
}

/** The first of the frames `rules` (those that open at token i, in table order) that reads the words there. */
function readFrame(sc: ScanContext, s: Sentence, rules: FrameRule[], i: number, e: number, firstClaim: number): number {
  for (let ri = 0; ri < rules.length; ri++) {
    const rule = rules[ri];
    sc.rule = rule.name;
    const next = rule.read(sc, s, i, e, firstClaim);
    if (next !== NO_FRAME) return next;
  }
  return NO_FRAME;
}

/** A short sentence with most words capitalised: a headline in title case. */
function isTitleCase(sc: ScanContext, s: Sentence): boolean {
  if (s.end - s.start > 40) return false;
  let words = 0;
  let caps = 0;
  for (let i = s.start; i < s.end; i++) {
    const t = sc.toks[i];
    if (t.kind !== TokenKind.Word || t.lower.length < 4) continue;
    words++;
    if (t.capital) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}
