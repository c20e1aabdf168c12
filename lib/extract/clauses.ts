// Where content starts and ends: clause boundaries, quotations around content, datelines.
import { CUES, INFINITIVE_CUES, VIA_FORMS, particleEnd } from './cues';
import { AUX_ADV } from './lexicon';
import { CLAUSE_LINKS, SUBORDINATORS, END_PUNCT, SUBJECT_PRONOUNS } from './grammar';
import { hasCapital } from './letters';
import { TokenKind, type Sentence, type Token } from './text';
import { type Range, type ScanContext, quoteAt } from './context';
import { leftNP, rightNP, skipLeft, skipMods } from './phrases';

/** The comma closing a relative clause before token i when a reporting verb follows it, else -1. */
export function mainCueAfterClause(sc: ScanContext, i: number, b: number): number {
  const toks = sc.toks;
  for (let j = i + 1; j < b && j < i + 25; j++) {
    if (toks[j].kind === TokenKind.Quote || END_PUNCT.has(toks[j].text)) return -1;
    if (toks[j].text !== ',') continue;
    let k = j + 1;
    while (k < b && k - j < 4 && AUX_ADV.has(toks[k].lower)) k++;
    const info = CUES.get(toks[k]?.lower ?? '');
    return info && !info.ing && !toks[k].capital ? j : -1;
  }
  return -1;
}

/** "... and warned that ...", "... and accused firms of ...": a second reporting verb sharing the subject. */
export function coordinatedCue(sc: ScanContext, j: number): boolean {
  const t = sc.toks[j];
  if (!t || t.kind !== TokenKind.Word) return false;
  const info = CUES.get(t.lower);
  if (!info || info.ing || info.ambiguous || info.cls === 'tell') return false;
  // "and takes two days" is no report: a cue that needs a particle ("took issue with") reports only with it
  // (checked first: most cues need none, and then no reader closure is made)
  if (info.particles && particleEnd(info, (x) => sc.toks[x]?.lower ?? '', j + 1) < 0) return false;
  const n = sc.toks[j + 1];
  // "and vowed to rebuild the school": a commitment's infinitive is its content
  const infinitive = n?.lower === 'to' && INFINITIVE_CUES.has(info.lemma) && sc.toks[j + 2]?.kind === TokenKind.Word && !sc.toks[j + 2].capital;
  return !!n && (n.lower === 'that' || n.text === ':' || n.kind === TokenKind.Quote || infinitive || (info.cls !== 'that' && !!sc.toks[j + 2] && n.kind === TokenKind.Word && n.lower !== 'to' && n.lower !== 'by'));
}

/** "..., but the union claimed ...": a clause with a subject and reporting verb of its own starts at j. */
export function ownClause(sc: ScanContext, j: number, e: number): boolean {
  const np = rightNP(sc, j, e, 8);
  if (!np) return false;
  let k = np[1];
  // "but Moss, the finance chief, said": an appositive between subject and verb
  if (sc.toks[k]?.text === ',') k = afterAppositive(sc, k, e);
  while (k < e && k - np[1] < 3 && AUX_ADV.has(sc.toks[k].lower)) k++;
  const info = CUES.get(sc.toks[k]?.lower ?? '');
  return !!info && !info.ing && !info.ambiguous && (info.cls === 'say' || info.cls === 'that' || info.cls === 'tell') && !sc.toks[k].capital;
}

/** Past ", the finance chief," opened by the comma at k, else k (rare: compiled only for text that has one). */
function afterAppositive(sc: ScanContext, k: number, e: number): number {
  let c = k + 1;
  while (c < e && c - k < 10 && sc.toks[c].text !== ',' && sc.toks[c].kind === TokenKind.Word && !CUES.has(sc.toks[c].lower)) c++;
  return sc.toks[c]?.text === ',' && c > k + 1 ? c + 1 : k;
}

/** Content end on the right: sentence end, or before ", adding ..." / ", according to ..." / ", but Y said". */
export function rightContentEnd(sc: ScanContext, k: number, e: number): number {
  const toks = sc.toks;
  for (let j = k; j < e - 1; j++) {
    const t = toks[j];
    // a quotation's words never end the content (most content is quoted: skipped first)
    if (t.quote >= 0) continue;
    // a word ends the content only as a link ("and", "but" among them); most words are read no further
    if (t.kind === TokenKind.Word) {
      if (!CLAUSE_LINKS.has(t.lower) || j <= k + 2) continue;
      // "... would rise but Moss said ...": a linked clause with its own subject and reporting verb
      if (toks[j - 1].text !== ',' && ownClause(sc, j + 1, e)) return j;
      if ((t.lower === 'and' || t.lower === 'but') && coordinatedCue(sc, j + 1)) return toks[j - 1].text === ',' ? j - 1 : j;
      continue;
    }
    if (t.text === ';' && j > k + 2) return j;
    if (t.text !== ',') continue;
    const n = toks[j + 1];
    if (CLAUSE_LINKS.has(n.lower) && j > k + 2 && ownClause(sc, j + 2, e)) return j;
    // "... that it would sell, Mr. Barrett said, \"we were floored\"": another speaker takes over
    if (j > k + 2 && toks[j - 1].kind === TokenKind.Word && ownClause(sc, j + 1, e) && reportsOn(sc, j + 1, e)) return j;
    // "..., even as Dorsey took over", "..., as he faces a test": the writer's circumstance, not the report
    if (j > k + 3 && (n.lower === 'as' || (n.lower === 'even' && toks[j + 2]?.lower === 'as')) && toks[j + 2]?.kind === TokenKind.Word) return j;
    // "While Lind said prices would rise, Moss said ...", "Although Lind said ..., they fell":
    // a report inside an opening subordinate clause ends with that clause
    if (j > k + 1 && n.kind === TokenKind.Word && inOpeningSubordinate(sc, k)) return j;
    if (n.lower === 'according' && toks[j + 2]?.lower === 'to') return j;
    if (n.lower === 'with' && withSubject(sc, nextCue(sc, j + 2, e))) return j;
    if (n.lower === 'and' && coordinatedCue(sc, j + 2)) return j;
    // "... are 'non-entities,' but he gave the Texan a compliment": the writer goes on with the speaker as subject
    if ((n.lower === 'but' || n.lower === 'and') && j > k + 3 && SUBJECT_PRONOUNS.has(toks[j + 2]?.lower ?? '') && toks[j + 2].quote < 0) return j;
    const info = CUES.get(n.lower);
    if ((info?.ing && info.cls !== 'act') || VIA_FORMS.has(n.lower)) return j;
  }
  return e;
}

/** After ", X said" at j comes a comma or quotation: the report goes on past it. */
function reportsOn(sc: ScanContext, j: number, e: number): boolean {
  for (let x = j; x < e && x < j + 10; x++) {
    if (CUES.has(sc.toks[x].lower)) return sc.toks[x + 1]?.text === ',' || sc.toks[x + 1]?.kind === TokenKind.Quote;
  }
  return false;
}

/** "..., with one official saying ...": an -ing report whose subject follows "with" after a comma. */
export function withSubject(sc: ScanContext, i: number): boolean {
  const info = CUES.get(sc.toks[i]?.lower ?? '');
  if (!info?.ing || info.cls === 'act') return false;
  const np = leftNP(sc, i - 1, Math.max(0, i - 9));
  return !!np && sc.toks[np[0] - 1]?.lower === 'with' && sc.toks[np[0] - 2]?.text === ',';
}

/** The first reporting verb within a few words of k, or -1. */
export function nextCue(sc: ScanContext, k: number, e: number): number {
  for (let j = k; j < e && j < k + 8; j++) if (CUES.has(sc.toks[j].lower)) return j;
  return -1;
}

/** Token k is in the clause that opens its sentence with "While", "Although", "Whereas" (before its first comma). */
export function inOpeningSubordinate(sc: ScanContext, k: number): boolean {
  const s = sc.m.sentences[sc.m.sentenceOf[k]];
  if (!SUBORDINATORS.has(sc.toks[s.start]?.lower ?? '')) return false;
  for (let j = s.start; j < k; j++) if (sc.toks[j].text === ',') return false;
  return true;
}

/** The end of a speech act's object: the next comma or dash outside quotations ("likened X to Y - a charge that ..."). */
export function untilComma(sc: ScanContext, k: number, e: number): number {
  for (let j = k; j < e; j++) {
    if (sc.toks[j].quote >= 0) continue;
    if (sc.toks[j].text === ',' || (DASHES.has(sc.toks[j].text) && j > k)) return j;
    // "... criticized the pope and accused him of ...": a second reporting verb after the link starts a clause of its own
    if (j > k + 1 && (sc.toks[j].lower === 'and' || sc.toks[j].lower === 'but') && coordinatedCue(sc, j + 1)) return j;
  }
  return e;
}

const DASHES = new Set(['—', '–', '-', '―', '--']);

/** ", the Z website said" from the comma to the end, with its cue at q: the channel Z (rare: compiled only for text that has one). */
export function closingAttribution(sc: ScanContext, comma: number, q: number, e: number): { cut: number; via: Range } | null {
  const j = skipLeft(sc, q - 1, comma + 1);
  const np = leftNP(sc, j, comma + 1);
  if (!np || np[0] !== comma + 1) return null;
  if (skipMods(sc, q + 1, e) < e) return null;
  return { cut: comma, via: np };
}

/** Content before the source: a quotation right before it, or the sentence up to a comma. */
export function leftContent(sc: ScanContext, s: Sentence, lead: number): Range | null {
  const toks = sc.toks;
  const p = lead - 1;
  if (p < s.start) return questionBefore(sc, s, p);
  const pt = toks[p];
  let qClose = -1;
  if (pt.kind === TokenKind.Quote && pt.quote < 0) qClose = p;
  else if (pt.text === ',' && toks[p - 1]?.kind === TokenKind.Quote && toks[p - 1].quote < 0) qClose = p - 1;
  if (qClose >= 0) {
    const region = quoteAt(sc, sc.m.quoteByClose, qClose);
    if (!region || region.end <= region.first) return null;
    // a quotation that ends a longer sentence is part of the content ("the road is \"closed\", X said")
    let wordsBefore = false;
    for (let j = s.start; j < region.open && !wordsBefore; j++) if (toks[j].kind === TokenKind.Word) wordsBefore = true;
    if (!wordsBefore) return [region.open, qClose + 1];
    if (pt.kind === TokenKind.Quote) return frontedAdverbial(sc, s.start, region.open) ? null : [s.start, qClose + 1];
  }
  if (!(pt.text === ',' || pt.text === '—' || pt.text === '–' || pt.text === ':')) return null;
  if (p - s.start < 2 || frontedAdverbial(sc, s.start, p)) return null;
  return [s.start, p];
}

/**
 * '"How many times must we see this?" Clinton said.': a question or exclamation closing its
 * quotation ends a sentence of its own, and its speaker follows in the next one. The quotation,
 * filling the sentence just before in the same paragraph, is the content.
 */
function questionBefore(sc: ScanContext, s: Sentence, close: number): Range | null {
  const toks = sc.toks;
  const mark = toks[close];
  if (!mark || mark.kind !== TokenKind.Quote || mark.quote >= 0 || (toks[close - 1]?.text !== '?' && toks[close - 1]?.text !== '!')) return null;
  return questionQuoted(sc, s, close);
}

/** The quotation closing at close, when it fills the sentence before s in its paragraph (rare: compiled only for text that has one). */
function questionQuoted(sc: ScanContext, s: Sentence, close: number): Range | null {
  const region = quoteAt(sc, sc.m.quoteByClose, close);
  const before = sc.m.sentences[sc.m.sentenceOf[close]];
  if (!region || region.end <= region.first || before.para !== s.para || region.open !== before.start) return null;
  return [region.open, close + 1];
}

/** Words that open a scene-setting phrase before the subject: "During his term, ...", "Though it was late, ...". */
export const FRONTING = new Set(['during', 'in', 'on', 'at', 'after', 'before', 'since', 'back', 'though', 'although', 'over', 'under', 'with', 'without', 'despite', 'amid', 'from', 'following', 'until', 'speaking', 'asked']);

/**
 * "During his seven years in office, Mr. Obama said ...", "Though the vote was close, she said ...":
 * one phrase (no comma of its own) opened by a preposition or subordinator sets the scene; it is not
 * what the source said.
 */
function frontedAdverbial(sc: ScanContext, a: number, b: number): boolean {
  const toks = sc.toks;
  if (!FRONTING.has(toks[a].lower) || toks[a].quote >= 0) return false;
  for (let j = a + 1; j < b; j++) if (toks[j].text === ',' && toks[j].quote < 0) return false;
  return true;
}

/** Character span of content, without the quotation marks around a whole quotation. */
export function contentChars(sc: ScanContext, a: number, b: number): [number, number] {
  const toks = sc.toks;
  // "WASHINGTON (Capitol Wire) — ...", "VARDHOLM, March 3 (NorthWire) - ...": a dateline is not content
  const t = toks[a];
  if (t && t.kind === TokenKind.Word && t.text.length >= 3 && t.text === t.text.toUpperCase() && hasCapital(t.text)) a = datelineEnd(sc, a, b);
  while (a < b && toks[a].kind === TokenKind.Punct && /^[:,;—–-]$/.test(toks[a].text)) a++;
  while (b > a && toks[b - 1].kind === TokenKind.Punct && /^[:,;—–-]$/.test(toks[b - 1].text)) b--;
  if (b <= a) return [toks[Math.min(a, toks.length - 1)].start, toks[Math.min(a, toks.length - 1)].start];
  if (toks[a].kind === TokenKind.Quote && toks[b - 1].kind === TokenKind.Quote && b - a > 2) {
    const r = quoteAt(sc, sc.m.quoteByOpen, a);
    if (r && r.close === b - 1) return [toks[a + 1].start, toks[b - 2].end];
  }
  return [toks[a].start, toks[b - 1].end];
}

/** After an upper-case word at a: the token after the dash closing a dateline, else a (rare:
 * compiled only for text with such a word opening its content). */
function datelineEnd(sc: ScanContext, a: number, b: number): number {
  const toks = sc.toks;
  if (a > 0 && sc.m.paragraphs.every(([pa]) => pa !== a)) return a;
  for (let j = a + 1; j < b && j < a + 14; j++) {
    const x = toks[j].text;
    if (x === '—' || x === '–' || x === '-' || (x === ':' && j === a + 1)) return j + 1 < b ? j + 1 : a;
    if (toks[j].quote >= 0 || END_PUNCT.has(x)) break;
  }
  return a;
}
