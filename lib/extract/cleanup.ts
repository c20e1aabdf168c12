// Clean-up passes: within a sentence, a better reading supersedes a weaker one; across sentences,
// quotations with no cue continue the speaker before them.
import { TokenKind, type QuoteRegion } from './text';
import { relativeAntecedent, skipLeft } from './phrases';
import { CONFIDENCE, type Range, type RawClaim, type ScanContext } from './context';
import { CUES } from './cues';

/** After a sentence is read: hedges own the reports inside them, unnamed readings yield to named
 *  ones of the same words, and "according to" around another report becomes its channel. */
export function settleSentence(sc: ScanContext): void {
  // index loops over the sentence's claims, no slices or callbacks: this runs cold once per sentence
  const { claims } = sc;
  const first = sc.sentStart;
  let unnamed = 0;
  let named = 0;
  for (let k = first; k < claims.length; k++) {
    const c = claims[k];
    if (c.hedged && c.cue) dropInsideHedge(sc, c, c.cue[1]);
    if (prepositionalObject(sc, c)) c.dropped = true;
  }
  for (let k = first; k < claims.length; k++) {
    if (claims[k].kind === 'unnamed') unnamed++;
    else if (!claims[k].dropped) named++;
  }
  if (named && unnamed) dropUnnamedOverlaps(sc);
  for (let k = first; k < claims.length; k++) if (claims[k].kind === 'according_to' && claims[k].source) aroundReport(sc, claims[k]);
}

/** "X is understood to have told colleagues she would quit": a report inside the hedged clause is part of it
 *  (rare: a function of its own, compiled only for text with a hedge). */
function dropInsideHedge(sc: ScanContext, h: RawClaim, cueEnd: number): void {
  const from = sc.toks[cueEnd].start;
  for (let k = sc.sentStart; k < sc.claims.length; k++) {
    const c = sc.claims[k];
    if (c !== h && c.cue && sc.toks[c.cue[0]].start >= from && sc.toks[c.cue[0]].start < h.content[1] && c.content[0] >= from) c.dropped = true;
  }
}

/** An unnamed passive ("are known to have died") yields to a named source of the same words (rare). */
function dropUnnamedOverlaps(sc: ScanContext): void {
  const { claims } = sc;
  for (let k = sc.sentStart; k < claims.length; k++) {
    const c = claims[k];
    if (c.kind !== 'unnamed') continue;
    for (let n = sc.sentStart; n < claims.length; n++) {
      const d = claims[n];
      if (d.kind !== 'unnamed' && !d.dropped && d.content[0] < c.content[1] && c.content[0] < d.content[1]) c.dropped = true;
    }
  }
}

/** "According to a transcript, Hale said ...": a frame around another report is its channel. */
function aroundReport(sc: ScanContext, c: RawClaim): void {
  const { claims, toks } = sc;
  for (let k = sc.sentStart; k < claims.length; k++) {
    const d = claims[k];
    if (d === c || d.kind === 'according_to' || d.hedged || !d.cue || toks[d.cue[0]].start < c.content[0] || toks[d.cue[0]].end > c.content[1]) continue;
    d.via = d.via ?? c.source;
    c.dropped = true;
    return;
  }
}

/** Prepositions that cannot open the object of a speech act ("identified with", "proposed during"). */
const NOT_OBJECT = new Set(['in', 'as', 'from', 'with', 'during', 'by', 'among', 'up', 'down', 'into', 'over', 'through', 'after', 'before', 'since', 'until']);

/**
 * "laws proposed during Nixon's term", "we identified with the others", "Mook said as much",
 * "will show up to vote": the words after the verb are no report when they open with a preposition
 * (a speech act's object), "as much" (the report is elsewhere) or "up" (a phrasal verb). "As" opening
 * a clause ("said as president he would ...") is kept.
 */
function prepositionalObject(sc: ScanContext, c: RawClaim): boolean {
  if (!c.cue) return false;
  const { toks } = sc;
  let j = c.cue[1];
  // up to two words between: "said Friday as he entered the talks"
  while (j < c.cue[1] + 3 && toks[j] && toks[j].start < c.content[0] && toks[j].kind === TokenKind.Word) j++;
  if (!toks[j] || toks[j].start !== c.content[0]) return false;
  const first = toks[j].lower;
  const cls = CUES.get(toks[c.cue[0]].lower)?.cls;
  return (first === 'as' && toks[j + 1]?.lower === 'much') || first === 'up' || (cls === 'act' && NOT_OBJECT.has(first));
}

/** Removes dropped claims, keeping "sameAs" links pointing at the right claim. */
export function compact(sc: ScanContext): void {
  const { claims } = sc;
  // in place, with index loops: where each claim moved to, -1 when dropped
  const moved: number[] = [];
  let kept = 0;
  for (let i = 0; i < claims.length; i++) {
    moved.push(claims[i].dropped ? -1 : kept);
    if (!claims[i].dropped) claims[kept++] = claims[i];
  }
  claims.length = kept;
  for (let i = 0; i < kept; i++) {
    const to = claims[i].sameAs;
    if (to !== undefined) claims[i].sameAs = moved[to] >= 0 ? moved[to] : undefined;
  }
}

/** Relative pronouns that can be the subject of a reporting verb. */
const RELATIVE_SUBJECTS = new Set(['who']);

/**
 * "Mr. Kamin, who emphasized that ...", "an architect who said he was stiffed": the subject of the
 * cue is the relative pronoun, as it is "he" in "he said". The source is the pronoun as written;
 * the noun phrase before it (read as the source so far) says whom it stands for.
 */
export function relativeSubjects(sc: ScanContext): void {
  const { toks, claims } = sc;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (!c.source || !c.cue || c.continues !== undefined || c.source[1] >= c.cue[0]) continue;
    // "who in 2010 said", "who has repeatedly argued": the words skipped before a verb's subject
    const w = skipLeft(sc, c.cue[0] - 1, c.source[1]);
    if (RELATIVE_SUBJECTS.has(toks[w]?.lower ?? '')) relativeSubject(sc, c, c.source, w);
  }
}

/** The relative pronoun at w as the source of c, right after the noun phrase it stands for (rare: a
 *  function of its own, compiled only for text with "who said"). */
function relativeSubject(sc: ScanContext, c: RawClaim, source: Range, w: number): void {
  if (w - source[1] > (sc.toks[source[1]].text === ',' ? 1 : 0)) return;
  c.antecedent = relativeAntecedent(sc, w, sc.m.sentences[sc.m.sentenceOf[w]].start) ?? source;
  c.source = [w, w + 1];
}

/** Only punctuation between the end of claim c (its content, source or cue) and token `tok`. */
function nothingSaidBetween(sc: ScanContext, c: RawClaim, tok: number): boolean {
  const { toks } = sc;
  let from = c.content[1];
  if (c.source) from = Math.max(from, toks[c.source[1] - 1].end);
  if (c.cue) from = Math.max(from, toks[c.cue[1] - 1].end);
  if (toks[tok].start < from) return false;
  for (let j = tok - 1; j >= 0 && toks[j].end > from; j--) if (toks[j].kind === TokenKind.Word) return false;
  return true;
}

/** '"A," he told the paper on Monday. "B."': a claim with quoted words ends in the sentence just before. */
function endsSentenceBefore(sc: ScanContext, c: RawClaim, si: number): boolean {
  const last = Math.max(c.at, c.cue ? c.cue[1] - 1 : 0, c.source ? c.source[1] - 1 : 0);
  return c.kind !== 'indirect' && sc.m.sentenceOf[last] === si - 1;
}

/** Short words a title leaves in lower case ("Legend in the Coal Fields"). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);

/** "'All Bets Are Off.'": a short quotation with every word capitalised is a subheading, not speech. */
function titleCase(sc: ScanContext, from: number, to: number): boolean {
  let words = 0;
  for (let j = from; j < to; j++) {
    const t = sc.toks[j];
    if (t.kind !== TokenKind.Word) continue;
    if (!t.capital && !TITLE_SMALL.has(t.lower)) return false;
    words++;
  }
  return words >= 2 && words <= 10;
}

/** A quotation that fills a sentence with no cue continues the last speaker nearby. */
export function continuations(sc: ScanContext): void {
  const { toks, claims } = sc;
  const used = new Set<number>();
  const claimSents = new Set<number>();
  const ats: number[] = [];
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.quote !== undefined) used.add(c.quote);
    claimSents.add(sc.m.sentenceOf[c.at]);
    ats.push(c.at);
  }
  const added: RawClaim[] = [];
  for (let qi = 0; qi < sc.m.quotes.length; qi++) {
    const r = sc.m.quotes[qi];
    if (used.has(qi) || sc.skip.has(r.para)) continue;
    const si = sc.m.sentenceOf[r.open];
    const s = sc.m.sentences[si];
    if (s.start !== r.open || claimSents.has(si)) continue;
    const endTok = r.close >= 0 ? r.close : r.end - 1;
    // the quotation must fill the sentence (bar closing punctuation)
    let j = endTok + 1;
    while (j < s.end && toks[j].kind !== TokenKind.Word) j++;
    if (j < s.end || r.end - r.first < 3 || titleCase(sc, r.first, r.end)) continue;
    // nearest claim before it within two paragraphs, else the next one in the following paragraph
    // claims are in text order here: binary search for the last one before the quotation
    let lo = 0;
    let hi = ats.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ats[mid] < r.open) lo = mid + 1;
      else hi = mid;
    }
    const target = lo > 0 && r.para - claims[lo - 1].para <= 2 ? lo - 1 : r.close < 0 ? speakerInNextParagraph(sc, r, lo) : -1;
    if (target < 0) continue;
    const lastWord = r.close >= 0 ? r.close - 1 : r.end - 1;
    const c = claims[target];
    // '"A," he said. "B."': a quotation right after its speaker's claim goes on with that claim
    if (c.para === r.para && (nothingSaidBetween(sc, c, r.open) || endsSentenceBefore(sc, c, si))) {
      c.content = [c.content[0], toks[lastWord].end];
      if (c.kind === 'indirect') c.kind = 'mixed';
      continue;
    }
    // a paragraph of its own goes on only from a quoted speaker in the paragraph just before: after
    // reported words, or a paragraph further on, it is someone else's quotation as often as not
    // (PolNeAR train: 27 of 70 right against 31 of 143 for the rest)
    if (c.kind === 'direct' && Math.abs(r.para - c.para) <= 1) added.push(quotedParagraph(sc, qi, target, lastWord));
  }
  for (let k = 0; k < added.length; k++) claims.push(added[k]);
}

/** An unclosed quotation with no claim before it: the first claim of the next paragraph, if any, speaks it
 *  (rare: a function of its own, compiled only for text that needs it). */
function speakerInNextParagraph(sc: ScanContext, r: QuoteRegion, next: number): number {
  const nx = sc.claims[next];
  return nx && nx.at > r.open && nx.para === r.para + 1 ? next : -1;
}

/** Quotation qi, a paragraph of its own, continuing the claim `target` (rare: see above). */
function quotedParagraph(sc: ScanContext, qi: number, target: number, lastWord: number): RawClaim {
  const r = sc.m.quotes[qi];
  const c = sc.claims[target];
  // the words naming the speaker are those of the claim it continues ("he", "Ms. Lind")
  return { kind: 'direct', source: c.source, antecedent: c.antecedent, cue: null, content: [sc.toks[r.first].start, sc.toks[lastWord].end], via: null, confidence: CONFIDENCE.bareQuote, at: r.open, para: r.para, continues: target, quote: qi, rule: 'quotation continues the speaker before' };
}
