// Phrase finders: noun phrases naming a source (left or right of a cue), recipients of "told",
// and the modifiers between a cue and its content. All scans are bounded.
import { CUES } from './cues';
import { AUX_ADV, CAP_STOP, DAYS, DETERMINERS, DOC_NOUNS, MOD_NOUNS, MONTHS, NP_ADJ, NP_LINKS, ORG_WORDS, PARTICLES, PLACES, PLATFORMS, PRONOUNS, ROLE_NOUNS, TIME_WORDS, TITLES } from './lexicon';
import { CLAUSE_LINKS, BE, RELATIVE, OBJ_PRONOUNS, PARENTHETICAL, TO_VERBS, CATENATIVES, PARTICIPLES, STANCE_NOUNS, FINITE, TOLD_THINGS, GO, PREPOSITIONS, END_PUNCT, isPartyTag, bare } from './grammar';
import { isNameWord } from './names';
import { isCapitals, isLowerChar } from './letters';
import { TokenKind, type Sentence, type Token } from './text';
import { type Range, type ScanContext, quoteAt } from './context';
import { startsWithNumeral, endsWithApostropheS, hasPossessiveEnd, hasPossessiveS, isDayNumber, isDigits, isGroupedNumber, isYear } from './endings';

/** Words opening a place, time or channel phrase after a cue ("in a statement", "on Twitter"). */
const MOD_OPENERS = new Set(['in', 'at', 'on', 'during', 'to', 'via', 'through', 'over', 'from', 'outside', 'after', 'before']);
/** Words after a participle that open its phrase ("posted on the website"). */
const PARTICIPLE_LINKS = new Set(['on', 'by', 'to', 'in', 'at']);
/** Links a channel phrase does not end on ("a press conference in | the company's office"). */
const DANGLING_LINKS = new Set(['in', 'of', 'with', 'a', 'an', 'the']);

/** Skips time words, "in a statement", "on Twitter", "at a press conference in X", "that", ":". */
export function skipMods(sc: ScanContext, k: number, e: number, eatThat = false, infinitive = false): number {
  const toks = sc.toks;
  for (let guard = 0; guard < 12 && k < e; guard++) {
    const t = toks[k];
    // the word tests under one kind test: most calls read a word or two and stop (cheaper run cold)
    if (t.kind === TokenKind.Word) {
      const l = t.lower;
      // "vowed to rebuild the school": the infinitive is the content
      if (infinitive && l === 'to' && toks[k + 1]?.kind === TokenKind.Word && !toks[k + 1].capital && !DETERMINERS.has(toks[k + 1].lower)) break;
      if (DAYS.has(l) || MONTHS.has(l)) { k++; continue; }
      if (TIME_WORDS.has(l) && (DAYS.has(toks[k + 1]?.lower ?? '') || /^(week|month|year|night|morning|evening)$/.test(toks[k + 1]?.lower ?? ''))) { k += 2; continue; }
      if (MONTHS.has(toks[k - 1]?.lower ?? '') && isDayNumber(t.text)) { k++; continue; }
      if (MOD_OPENERS.has(l)) {
        const p = modPhrase(sc, k + 1, e);
        if (p > 0) { k = p; continue; }
        // "said at the picket line.": a short place phrase that ends the sentence
        if (e - k <= 7 && phraseToEnd(sc, k + 1, e)) return e;
        break;
      }
      // "in a video posted on the company's website" (to the end, or up to "that")
      if (!t.capital && (l.endsWith('ed') || PARTICIPLES.has(l)) && PARTICIPLE_LINKS.has(toks[k + 1]?.lower ?? '')) {
        const p = participlePhraseEnd(sc, k, e, eatThat);
        if (p === e) return e;
        if (p > 0) { k = p; continue; }
      }
    } else if (t.kind === TokenKind.Punct && startsWithNumeral(t.text)) { k++; continue; }
    // ", formerly Twitter, that ...", ", in a rare interview, that ...": an aside before "that"
    if (eatThat && t.text === ',' && t.quote < 0) {
      const that = thatWithin(sc, k + 1, e, 8);
      const adv = toks[k + 1].kind === TokenKind.Word && toks[k + 1].lower.endsWith('ly') ? 1 : 0;
      if (that > k + 2 && toks[that - 1].text === ',' && phraseToEnd(sc, k + 1 + adv, that - 1)) { k = that; continue; }
    }
    // "that" opens the content, unless it is the determiner of a one-word object ("denied that claim")
    if (eatThat && (t.lower === 'that' || t.text === ':') && !(t.lower === 'that' && e - k <= 2)) {
      k++;
      // "said that, if elected, he would ...": an aside opens the content
      if (t.lower === 'that' && toks[k]?.text === ',' && toks[k].quote < 0 && closedAside(sc, k + 1, e)) k++;
      // 'tweeted that, "For those few people ..."': a comma before a quotation opening the content
      else if (t.lower === 'that' && toks[k]?.text === ',' && toks[k + 1]?.kind === TokenKind.Quote && sc.m.quoteByOpen.has(k + 1)) k++;
      break;
    }
    if (t.text === ',' && toks[k + 1]?.kind === TokenKind.Quote) { k++; continue; }
    // ", however," / ", too," between the cue and its content
    if (t.text === ',' && toks[k + 2]?.text === ',' && PARENTHETICAL.has(toks[k + 1]?.lower ?? '')) { k += 3; continue; }
    break;
  }
  return k;
}

/** "posted on the company's website": where the participle phrase at k ends, e when it runs to the end,
 * else the "that" after it (when eatThat), else -1 (rare: compiled only for text that has one). */
function participlePhraseEnd(sc: ScanContext, k: number, e: number, eatThat: boolean): number {
  if (e - k <= 9 && phraseToEnd(sc, k + 2, e)) return e;
  const that = thatWithin(sc, k + 2, e, 8);
  return eatThat && that > 0 && phraseToEnd(sc, k + 2, that) ? that : -1;
}

/** ", if elected, ...": a short aside from k closed by a comma, not a coordination ("and ..."). */
function closedAside(sc: ScanContext, k: number, e: number): boolean {
  if (CLAUSE_LINKS.has(sc.toks[k]?.lower ?? '') || sc.toks[k]?.lower === 'or') return false;
  for (let j = k + 1; j < e && j < k + 8; j++) if (sc.toks[j].text === ',' && sc.toks[j].quote < 0) return j + 1 < e;
  return false;
}

/** A quotation opens at token q and runs to the end of the sentence's content. */
export function quoteToEnd(sc: ScanContext, q: number, e: number): boolean {
  const r = quoteAt(sc, sc.m.quoteByOpen, q);
  return !!r && (r.close < 0 || r.close >= e - 1);
}

/** "(deep) concern" after "expressed" with "that" next: the index after the noun, else -1. */
export function stanceEnd(sc: ScanContext, j: number): number {
  const toks = sc.toks;
  let k = j;
  while (k < j + 2 && toks[k]?.kind === TokenKind.Word && !STANCE_NOUNS.has(toks[k].lower) && !toks[k].capital && !CUES.has(toks[k].lower)) k++;
  return STANCE_NOUNS.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'that' ? k + 1 : -1;
}

/** A finite verb within a few words ("global chip sales rose"): the words from k open a clause. */
export function finiteVerbAhead(sc: ScanContext, k: number, e: number): boolean {
  for (let j = k; j < e && j < k + 5; j++) {
    const t = sc.toks[j];
    if (t.kind !== TokenKind.Word) return false;
    if (BE.has(t.lower) || FINITE.has(t.lower) || (t.lower.endsWith('ed') && !t.capital && j > k)) return true;
  }
  return false;
}

/** "as" follows within a few words, with no punctuation before it ("the plan as reckless"). */
export function asAhead(sc: ScanContext, k: number, e: number): boolean {
  for (let j = k + 1; j < e && j < k + 8; j++) {
    if (sc.toks[j].kind !== TokenKind.Word) return false;
    if (sc.toks[j].lower === 'as') return j + 1 < e;
  }
  return false;
}

/** Index of "that" within `max` tokens from k, or -1. */
export function thatWithin(sc: ScanContext, k: number, e: number, max: number): number {
  for (let j = k; j < e && j < k + max; j++) if (sc.toks[j].lower === 'that') return j;
  return -1;
}

/** Words from k up to the next punctuation, when short ("citing railway workers"). */
export function phraseUntilPunct(sc: ScanContext, k: number, e: number, max: number): Range | null {
  let j = k;
  while (j < e && sc.toks[j].kind === TokenKind.Word) j++;
  return j > k && j - k <= max ? [k, j] : null;
}

/** Only determiners, names and nouns from k to e (no verb, no clause). */
export function phraseToEnd(sc: ScanContext, k: number, e: number): boolean {
  for (let j = k; j < e; j++) {
    const t = sc.toks[j];
    if (t.kind !== TokenKind.Word) return false;
    if (!(DETERMINERS.has(t.lower) || t.capital || isNameWord(t) || nounish(sc, t) || NP_ADJ.has(bare(t)) || ROLE_NOUNS.has(bare(t)) || t.lower === 'of' || t.lower === 'in')) return false;
  }
  return true;
}

/** ", at a later press gaggle,": a few lower-case words with no verb or cue, from k to the comma at b. */
function plainPhrase(sc: ScanContext, k: number, b: number): boolean {
  if (b - k > 6 || b <= k) return false;
  for (let j = k; j < b; j++) {
    const t = sc.toks[j];
    if (t.kind !== TokenKind.Word || CUES.has(t.lower) || BE.has(t.lower) || FINITE.has(t.lower) || t.lower.endsWith('ed')) return false;
  }
  return true;
}

/** "a press conference in Sri Lanka", "social media", "Twitter": returns the end or -1. */
export function modPhrase(sc: ScanContext, k: number, e: number): number {
  const toks = sc.toks;
  let good = false;
  let j = k;
  for (; j < e && j < k + 8; j++) {
    const t = toks[j];
    if (t.kind !== TokenKind.Word) break;
    const l = bare(t);
    if (l === 'that') break;
    if (MOD_NOUNS.has(l) || PLATFORMS.has(l) || DAYS.has(l) || MONTHS.has(l)) { good = true; continue; }
    if (DETERMINERS.has(l) || l === 'with' || l === 'in' || l === 'of' || l === 'a' || t.capital || NP_ADJ.has(l)) continue;
    // "a letter to shareholders", "a filing with the Securities and Exchange Commission"
    if (good && (l === 'to' || l === 'for' || l === 'by') && toks[j + 1]?.kind === TokenKind.Word) continue;
    if ((l === 'and' || l === '&') && toks[j - 1]?.capital && toks[j + 1]?.capital) continue;
    if (nounish(sc, t) && j < k + 5) continue; // "a stock exchange filing"
    break;
  }
  if (!good) return -1;
  // do not stop on a dangling link: "a press conference in | the company's office"
  while (j > k && DANGLING_LINKS.has(toks[j - 1].lower) && j < e) j--;
  return j;
}

/** The subject to the left of a cue, past auxiliaries, a relative clause or an appositive. */
export function leftSource(sc: ScanContext, s: Sentence, i: number): Range | null {
  const toks = sc.toks;
  let j = skipLeft(sc, i - 1, s.start);
  if (j < s.start) return null;
  // "Hale (pictured) said", "Hale — who lives in Leeds — said", "Hale, in a statement, said": skip the aside
  // "Kall -- co-editor of a book on the debates -- said": a typed double hyphen is a dash too
  const typed = toks[j].text === '-' && toks[j - 1]?.text === '-';
  const open = toks[j].text === ')' ? '(' : toks[j].text === '—' || toks[j].text === '–' || typed ? toks[j].text : '';
  if (open) return sourceBeforeAside(sc, s, j, open, typed);
  if (toks[j].text === ',') {
    // ", in a statement," / ", on Tuesday,": a manner or time aside between subject and verb
    for (let c = j - 2; c > s.start && c > j - 9; c--) {
      if (toks[c].text !== ',') continue;
      const w = toks[c + 1];
      const aside = (w.lower === 'in' || w.lower === 'on' || w.lower === 'at' || w.lower === 'through' || w.lower === 'via' || w.lower === 'during') && (modPhrase(sc, c + 2, j) === j || plainPhrase(sc, c + 2, j));
      if (aside || (j - c === 2 && PARENTHETICAL.has(w.lower))) j = skipLeft(sc, c - 1, s.start);
      break;
    }
  }
  if (j < s.start) return null;
  // "Tomas Ekdal, Baltline's chief executive, said": a function of its own, compiled only for text that has one
  if (toks[j].text === ',') return sourceBeforeComma(sc, s, j);
  const np = leftNP(sc, j, s.start);
  // a phrase right after a preposition is its object, not the subject ("drivers waiting outside the station said")
  const objectOfPrep = !!np && np[0] > s.start && (PREPOSITIONS.has(toks[np[0] - 1].lower) || toks[np[0] - 1].lower === 'by');
  if (np && !objectOfPrep && (isNameWord(toks[np[1] - 1]) || ROLE_NOUNS.has(bare(toks[np[1] - 1])) || PRONOUNS.has(toks[np[1] - 1].lower))) return np;
  // "Officials who spoke on condition of anonymity said": a relative clause without commas
  return (j > s.start && subjectWithClause(sc, s, i, j)) || np;
}

/** The source before the comma at j, which closes an appositive or a relative clause: "Haftar's forces,
 * which have been ..., said", "Tomas Ekdal, Baltline's chief executive, said" (a function of its own:
 * a cold run compiles it only for text with a comma right before its cue's subject position). */
function sourceBeforeComma(sc: ScanContext, s: Sentence, j: number): Range | null {
  const toks = sc.toks;
  // "Haftar's forces, which have been ..., said" / "Tomas Ekdal, Baltline's chief executive, said"
  // / "The ship's captain, Rashid bin Saleh, told"
  for (let c = j - 1; c >= s.start && c > j - 45; c--) {
    if (toks[c].kind === TokenKind.Quote) break;
    if (toks[c].text !== ',') continue;
    // "Johnnie Wilson, of Springfield, Va., said": the state after a town (", Va.,") is inside the appositive
    const st = toks[c + 1];
    if (st && st.capital && st.text.length <= 5 && toks[c + 2]?.text === '.' && toks[c + 3]?.text === ',' && toks[c - 1]?.capital) continue;
    const f = toks[c + 1];
    // relative clauses, including reduced ones ("The figures, published on Friday by ..., show")
    const rel = RELATIVE.has(f.lower) || f.lower.endsWith('ing') || (f.lower.endsWith('ed') && !f.capital && !ROLE_NOUNS.has(f.lower)) || f.lower === 'speaking';
    // "Amira Haddad, of West Midlands Police, said": an affiliation
    const affil = (f.lower === 'of' || f.lower === 'from') && (isNameWord(toks[c + 2]) || DETERMINERS.has(toks[c + 2]?.lower ?? ''));
    const appos = affil || DETERMINERS.has(f.lower) || hasPossessiveS(f.text) || ROLE_NOUNS.has(bare(f)) || NP_ADJ.has(f.lower) || isNameWord(f) || isDigits(f.text);
    if (!rel && !appos) return null;
    if (appos && !rel && j - c > (DETERMINERS.has(f.lower) ? 30 : ROLE_NOUNS.has(bare(f)) ? 16 : 9)) return null;
    let np = leftNP(sc, c - 1, s.start);
    if (!np) return nameBeforeTag(sc, s, c, j, rel);
    if (np[1] !== (isPartyTag(toks[c - 1]) ? c - 2 : c)) return null;
    // "Jimmy Coyle, skipper of the trawler Silver Fern, which ...": the name before an appositive
    if (rel && toks[np[0] - 1]?.text === ',' && !isNameWord(toks[np[0]]) && toks[np[0] - 2]) {
      const named = leftNP(sc, np[0] - 2, s.start);
      if (named && isNameWord(toks[named[1] - 1])) np = [named[0], np[1]];
    }
    // "Dana Whitcomb, D-Ore., said": a party tag is no name of its own
    if (!rel && j === c + 2 && isPartyTag(toks[c + 1])) return np;
    // "Jean-Marc Ayrault, the foreign minister of France, a permanent member of ...," and "Dean
    // Johnson, a salesman from Sumter, South Carolina,": the appositive (and what follows it)
    // describes the name before it, which is the source
    if (!rel && !isNameWord(toks[np[0]]) && toks[np[0] - 1]?.text === ',' && np[0] - 2 >= s.start) {
      const named = nameBeforeAppositive(sc, np, s.start);
      if (named) return [named[0], j];
    }
    // the name is the appositive: the whole "The skipper, Jimmy Coyle," names the source
    if (!rel && j - c <= 7) {
      let allName = true;
      for (let x = c + 1; x < j; x++) if (!isNameWord(toks[x]) && !PARTICLES.has(toks[x].lower)) allName = false;
      if (allName && isNameWord(toks[j - 1])) return [np[0], j];
    }
    if (rel) return np;
    // "Tomas Ekdal, Baltline's chief executive,": the appositive stays in the source (it gives the role)
    if (isNameWord(toks[np[1] - 1])) return [np[0], j];
    return null;
  }
  return null;
}

/** No noun phrase ends at the comma c: the name may stand before an age or a bracketed tag there
 * (rare: a function of its own, so a cold run compiles it only for text that has one). */
function nameBeforeTag(sc: ScanContext, s: Sentence, c: number, j: number, rel: boolean): Range | null {
  const toks = sc.toks;
  // "Hamza bin Tariq, 27, who ...": an age between name and clause
  if (/^\d{1,3}$/.test(toks[c - 1]?.text ?? '') && toks[c - 2]?.text === ',') {
    const named = leftNP(sc, c - 3, s.start);
    if (named && isNameWord(toks[named[1] - 1])) return named;
  }
  // "Rep. Gregory W. Meeks (D-N.Y.), chairman of the caucus PAC,": a bracketed tag after the name
  if (!rel && toks[c - 1]?.text === ')') {
    let o = c - 2;
    while (o > s.start && c - o <= 5 && toks[o].text !== '(') o--;
    const named = toks[o]?.text === '(' ? leftNP(sc, o - 1, s.start) : null;
    if (named && named[1] === o && isNameWord(toks[o - 1])) return [named[0], j];
  }
  return null;
}

/** The name before an aside in brackets or dashes that ends at j: "Hale (pictured) said", "Hale — who lives
 * in Leeds — said" (a function of its own: a cold run compiles it only for text that has such asides). */
function sourceBeforeAside(sc: ScanContext, s: Sentence, j: number, open: string, typed: boolean): Range | null {
  const toks = sc.toks;
  let o = j - (typed ? 2 : 1);
  while (o > s.start && j - o < 30 && !(toks[o].text === open && (!typed || toks[o - 1].text === '-')) && toks[o].kind !== TokenKind.Quote) o--;
  if (typed) o--;
  if (o > s.start && toks[o].text === open) {
    const np = leftNP(sc, skipLeft(sc, o - 1, s.start), s.start);
    if (np && (isNameWord(toks[np[1] - 1]) || ROLE_NOUNS.has(bare(toks[np[1] - 1])))) return np;
  }
  return null;
}

/** A subject whose relative or participle clause ends at j, the cue at i: "Officials who spoke on
 * condition of anonymity said", "Two people briefed on the talks said". */
function subjectWithClause(sc: ScanContext, s: Sentence, i: number, j: number): Range | null {
  const toks = sc.toks;
  for (let w = j; w > s.start && w > j - 14; w--) {
    const t = toks[w];
    if (t.kind !== TokenKind.Word) break;
    if (t.lower === 'who' || t.lower === 'whose') {
      const head = leftNP(sc, w - 1, s.start);
      if (head && head[1] === w) return head;
      break;
    }
    // "Two people briefed on the talks said", "Residents interviewed by the paper said"
    if (t.lower.endsWith('ed') && !t.capital && w > s.start && !AUX_ADV.has(toks[w - 1].lower) && !BE.has(toks[w - 1].lower)) {
      const head = leftNP(sc, w - 1, s.start);
      const h = head ? toks[head[1] - 1] : undefined;
      // "A poll released Friday shows": a document described by when or by whom it came out
      const ofPrep = !!head && PREPOSITIONS.has(toks[head[0] - 1]?.lower ?? '');
      if (head && head[1] === w && h && !ofPrep && (ROLE_NOUNS.has(bare(h)) || DOC_NOUNS.has(bare(h)))) return [head[0], timeTail(sc, j + 1, i)];
    }
    // "Lorry drivers queuing on the approach road said"
    if (t.lower.endsWith('ing') && !t.capital && w > s.start) {
      const head = leftNP(sc, w - 1, s.start);
      const h = head ? toks[head[1] - 1] : undefined;
      if (head && head[1] === w && h && (isNameWord(h) || ROLE_NOUNS.has(bare(h)) || h.lower.endsWith('s'))) return head;
    }
  }
  return null;
}

/** Past the day or date that skipLeft stepped over before the cue at i ("released Friday"). */
function timeTail(sc: ScanContext, k: number, i: number): number {
  while (k < i && (DAYS.has(sc.toks[k].lower) || MONTHS.has(sc.toks[k].lower) || isDayNumber(sc.toks[k].text))) k++;
  return k;
}

const PERFECT = new Set(['has', 'have', 'had']);

/** Nouns ending in -ly that head a subject ("The family said", "a close ally said"). */
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'reply', 'anomaly', 'monopoly', 'homily', 'bully', 'belly', 'folly', 'tally', 'jelly', 'lily', 'daily', 'weekly', 'monthly', 'quarterly', 'italy']);

/**
 * "The experts generally praised", "Marsh has sharply criticized": a manner adverb in -ly between
 * the subject (or its auxiliary) and the verb. After a determiner or a possessive the word is the
 * subject's own noun ("The family said"), not an adverb.
 */
export function mannerAdverb(sc: ScanContext, j: number, a: number): boolean {
  const t = sc.toks[j];
  if (t.capital || t.lower.length < 5 || !t.lower.endsWith('ly') || LY_NOUNS.has(t.lower) || j <= a) return false;
  const p = sc.toks[j - 1];
  return p.kind === TokenKind.Word && !DETERMINERS.has(p.lower) && !hasPossessiveEnd(p.text);
}

export function skipLeft(sc: ScanContext, j: number, a: number): number {
  const toks = sc.toks;
  let sawTime = false;
  while (j >= a) {
    const t = toks[j];
    if (t.kind !== TokenKind.Word) break;
    if ((AUX_ADV.has(t.lower) && t.lower !== 'meanwhile' && t.lower !== 'however') || REFLEXIVES.has(t.lower)) { j--; continue; }
    if (mannerAdverb(sc, j, a)) { j--; continue; }
    // "Cruz has long said", "she had since argued": a time adverb after a perfect auxiliary
    if ((t.lower === 'long' || t.lower === 'since') && j - 1 >= a && PERFECT.has(toks[j - 1].lower)) { j--; continue; }
    // "who in 2010 said": a year after "in" is a time, like a day
    const year = toks[j - 1]?.lower === 'in' && isYear(t.text);
    if (DAYS.has(t.lower) || MONTHS.has(t.lower) || year) { j--; sawTime = true; continue; }
    if (sawTime && (TIME_WORDS.has(t.lower) || t.lower === 'on' || t.lower === 'in' || isDayNumber(t.text))) { j--; continue; }
    // "Wells Fargo this month announced", "friends have in the past said": a time phrase before the verb
    if (TIME_UNITS.has(t.lower) && j - 1 >= a && TIME_DEICTICS.has(toks[j - 1].lower)) { j -= 2; continue; }
    if (t.lower === 'past' && j - 2 >= a && toks[j - 1].lower === 'the' && toks[j - 2].lower === 'in') { j -= 3; continue; }
    // "emailed to say", "took to social media to say": the subject is before the first verb
    if (t.lower === 'to' && j - 1 >= a && toVerb(sc, j) >= a) { j = toVerb(sc, j) - 1; continue; }
    break;
  }
  // "Carra Container Terminals (CCT) said": a bracketed acronym after the name
  if (j - 2 >= a && toks[j]?.text === ')' && toks[j - 2].text === '(' && isCapitals(toks[j - 1].text, 2, 10)) return skipLeft(sc, j - 3, a);
  return j;
}

/** The verb before "to say" ("emailed to say", "went on to say"), or -1. */
export function toVerb(sc: ScanContext, to: number): number {
  const toks = sc.toks;
  const p = toks[to - 1];
  if (!p || p.kind !== TokenKind.Word) return -1;
  if (TO_VERBS.has(p.lower) || CATENATIVES.has(p.lower)) return to - 1;
  if (p.lower === 'on' && GO.has(toks[to - 2]?.lower ?? '')) return to - 2;
  return -1;
}

/** A lower-case word that can be a noun inside a described source ("the lifeboat station"). */
export function nounish(sc: ScanContext, t: Token): boolean {
  if (t.kind !== TokenKind.Word || t.capital) return false;
  const l = bare(t);
  if (l.length < 2) return false;
  if (CAP_STOP.has(l) || AUX_ADV.has(l) || NP_LINKS.has(l) || DETERMINERS.has(l) || PRONOUNS.has(l) || RELATIVE.has(l)) return false;
  if ((l.endsWith('ly') || l.endsWith('ing')) || (l.endsWith('ed') && !ROLE_NOUNS.has(l)) || CUES.has(l)) return false;
  return isLowerChar(l[0]) || (l.charCodeAt(0) >= 48 && l.charCodeAt(0) <= 57);
}

/** Noun phrase ending at token j, scanning left. */
export function leftNP(sc: ScanContext, j: number, a: number): Range | null {
  const toks = sc.toks;
  const t0 = toks[j];
  if (!t0 || t0.kind !== TokenKind.Word) return null;
  if (PRONOUNS.has(t0.lower)) return [j, j + 1];
  if (t0.lower === 'who' && toks[j - 1]?.text === ',') return leftNP(sc, j - 2, a);
  // a share ends with a count: only then is pollShare called (and compiled, on a cold run)
  const share = isDigits(t0.text) || NUMBER_WORDS.has(t0.lower) ? pollShare(sc, j, a) : null;
  if (share) return share;
  if (isPartyTag(t0) && toks[j - 1]?.text === ',') return leftNP(sc, j - 2, a);
  // "people close to him": an object pronoun ends a phrase linked to its head
  const objEnd = (t0.lower === 'him' || t0.lower === 'her' || t0.lower === 'them') && NP_LINKS.has(toks[j - 1]?.lower ?? '') && j - 2 >= a;
  const generic = !t0.capital && !objEnd && nounish(sc, t0) && !ROLE_NOUNS.has(bare(t0));
  const headOk = isNameWord(t0) || ROLE_NOUNS.has(bare(t0)) || (t0.capital && /-/.test(t0.text)) || generic || objEnd;
  // "Nguyễn Văn An": a capitalised stop word that ends a name run is a name
  const nameEnd = t0.capital && j > a && isNameWord(toks[j - 1]) && !CAP_STOP.has(toks[j - 1].lower);
  if (!headOk || (CAP_STOP.has(t0.lower) && !nameEnd && !objEnd)) return null;
  let k = j;
  let det = false;
  let usedGeneric = generic;
  while (k - 1 >= a && j - k < 14) {
    const t = toks[k - 1];
    if (t.kind !== TokenKind.Word) break;
    if (DETERMINERS.has(t.lower)) {
      k--;
      det = true;
      const p = toks[k - 1];
      if (k - 1 >= a && p.kind === TokenKind.Word && NP_LINKS.has(p.lower)) continue;
      break;
    }
    if (t.capital || isNameWord(t)) {
      if ((CAP_STOP.has(t.lower) && !TITLES.has(t.lower)) || DAYS.has(t.lower) || MONTHS.has(t.lower)) break;
      // "Connecticut's tax commissioner": a possessive name determines the phrase like "the"
      if (endsWithApostropheS(t.text)) det = true;
      k--;
      continue;
    }
    // "met Connecticut's tax commissioner": only the owner's name goes on before a possessive
    if (det && endsWithApostropheS(toks[k].text) && toks[k].capital) break;
    const l = bare(t);
    // particles inside a name: "Mr van der Wal", "de la Cruz"
    if (PARTICLES.has(t.lower) && (toks[k].capital || PARTICLES.has(toks[k].lower))) { k--; continue; }
    if (ROLE_NOUNS.has(l) || NP_ADJ.has(l) || isGroupedNumber(l) || (l.includes('-') && !CUES.has(l))) { k--; continue; }
    if (NP_LINKS.has(l) && k - 2 >= a && toks[k - 2].kind === TokenKind.Word && l !== 'by') { k--; continue; }
    if (l === 'and' && (toks[k]?.capital || isNameWord(toks[k])) && k - 2 >= a && (toks[k - 2].capital || ROLE_NOUNS.has(bare(toks[k - 2])))) { k--; continue; }
    if (nounish(sc, t) && j - k < 6) { usedGeneric = true; k--; continue; }
    break;
  }
  // Trim links left dangling at the front ("in the ministry" → "the ministry").
  while (k < j && (NP_LINKS.has(toks[k].lower) || toks[k].lower === 'and' || PARTICLES.has(toks[k].lower) && !isNameWord(toks[k + 1]) && !PARTICLES.has(toks[k + 1].lower))) k++;
  if (usedGeneric && !det) {
    // Without a determiner a described source must be a plural at the start of its clause ("Survivors said").
    const before = toks[k - 1];
    const clauseStart = k <= a || before.kind !== TokenKind.Word || before.lower === 'and' || before.lower === 'but';
    if (!clauseStart || !bare(toks[j]).endsWith('s') || j - k > 2) {
      if (!isNameWord(toks[j]) && !ROLE_NOUNS.has(bare(toks[j]))) return null;
    }
  }
  return [k, j + 1];
}

/** Noun phrase starting at token k, scanning right (for "said X", "according to X", "citing X"). */
export function rightNP(sc: ScanContext, k: number, e: number, max = 12): Range | null {
  const toks = sc.toks;
  let j = k;
  let good = false;
  let det = false;
  while (j < e && j - k < max) {
    const t = toks[j];
    if (t.kind !== TokenKind.Word) break;
    if (t.capital || isNameWord(t)) {
      // "said Nguyễn Văn An.": a capitalised stop word closing a name before punctuation
      const nameEnd = j > k && isNameWord(toks[j - 1]) && !CAP_STOP.has(toks[j - 1].lower) && toks[j + 1]?.kind !== TokenKind.Word;
      if (CAP_STOP.has(t.lower) && !DETERMINERS.has(t.lower) && !TITLES.has(t.lower) && !nameEnd) break;
      if (DAYS.has(t.lower) || MONTHS.has(t.lower)) break;
      if (DETERMINERS.has(t.lower) && !nameEnd) det = true;
      else good = true;
      j++;
      continue;
    }
    if (PARTICLES.has(t.lower) && (isNameWord(toks[j + 1]) || PARTICLES.has(toks[j + 1]?.lower ?? ''))) { j++; continue; }
    if (DETERMINERS.has(t.lower)) { det = true; j++; continue; }
    const l = bare(t);
    // "police", "opposition" modify ("police officers") or head the phrase ("while police said")
    if (NP_ADJ.has(l) || isGroupedNumber(l) || (l.includes('-') && !CUES.has(l))) { if (ROLE_NOUNS.has(l)) good = true; j++; continue; }
    if (ROLE_NOUNS.has(l) || (PRONOUNS.has(l) && j === k)) { good = true; j++; continue; }
    // a noun goes on after a determiner, or before a title or name ("harbour master Ines Valdr");
    // nounish is called once for both
    if (nounish(sc, t) && !(j > k && toks[j - 1].capital)) {
      if (det) { good = true; j++; continue; }
      if (headAhead(sc, j + 1, e)) { j++; continue; }
    }
    if (NP_LINKS.has(l) && good && j + 1 < e && toks[j + 1].kind === TokenKind.Word && l !== 'to' && l !== 'on' && l !== 'by') { j++; continue; }
    // "the Campaign to Protect Rural England": "to" inside an organisation's name
    if (l === 'to' && j > k && toks[j - 1].capital && ORG_WORDS.has(toks[j - 1].lower) && toks[j + 1]?.capital && !PLACES.has(toks[j + 1].lower)) { j++; continue; }
    if (l === 'and' && good && (toks[j + 1]?.capital || ROLE_NOUNS.has(bare(toks[j + 1] ?? toks[j])))) { j++; continue; }
    break;
  }
  // Drop trailing links/determiners.
  while (j > k && (NP_LINKS.has(toks[j - 1].lower) || DETERMINERS.has(toks[j - 1].lower) || toks[j - 1].lower === 'and') && !(toks[j - 1].capital && j - 1 > k && isNameWord(toks[j - 2]))) j--;
  return good && j > k ? [k, j] : null;
}

export function headAhead(sc: ScanContext, j: number, e: number): boolean {
  for (let x = j; x < e && x < j + 3; x++) {
    const t = sc.toks[x];
    if (t.kind !== TokenKind.Word) return false;
    if (isNameWord(t) || TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower)) return true;
    if (!nounish(sc, t)) return false;
  }
  return false;
}

/** The speaker after the cue, once a comma or closing quote came before it: "..., said the minister.",
 * "\"...,\" said Jonas Ruud, \"...\"" (a separate function: most cues have neither, and a cold run then
 * never compiles this one). */
export function sourceAfterCue(sc: ScanContext, s: Sentence, cueEnd: number): Range | null {
  const toks = sc.toks;
  const np = rightNP(sc, cueEnd, s.end, 10);
  if (!np) return null;
  if (np[1] - np[0] === 1 && PRONOUNS.has(toks[np[0]].lower) && toks[np[0]].lower !== 'he' && toks[np[0]].lower !== 'she') return null;
  // "..., denied the allegations": an object, not an inverted speaker
  let h = np[0] + 1;
  while (h < np[1] && !(NP_LINKS.has(toks[h].lower) && !toks[h].capital)) h++;
  const head = toks[h - 1];
  const last = toks[np[1] - 1];
  if (!speakerWord(head) && !speakerWord(last)) return null;
  // the words after it up to the sentence's closing punctuation (and closing quotation marks)
  let e = s.end;
  while (e > s.start && toks[e - 1].kind !== TokenKind.Word && END_PUNCT.has(toks[e - 1].text)) e--;
  let after = skipMods(sc, np[1], e);
  // "said Rep. Joseph Crowley (D-N.Y.), a ...": a bracketed party tag after the name
  if (toks[after]?.text === '(' && isPartyTag(toks[after + 1]) && toks[after + 2]?.text === ')') after += 3;
  const nx = toks[after];
  if (nx && !(nx.text === ',' || END_PUNCT.has(nx.text) || nx.kind === TokenKind.Quote || nx.text === '—')) return null;
  // "said the fire chief, Lena Holt."
  if (nx?.text === ',' && !isNameWord(toks[np[1] - 1]) && isNameWord(toks[after + 1])) return withNameAfter(sc, s, np, after);
  return np;
}

/** The role np and the name after its comma at `after` ("the fire chief, Lena Holt"), when the name
 * ends the phrase, else np (rare: compiled only for text that has one). */
function withNameAfter(sc: ScanContext, s: Sentence, np: Range, after: number): Range {
  const toks = sc.toks;
  let j = after + 1;
  while (j < s.end && j - after < 7 && (isNameWord(toks[j]) || PARTICLES.has(toks[j].lower))) j++;
  const t = toks[j];
  return !t || t.text === ',' || END_PUNCT.has(t.text) || t.kind === TokenKind.Quote ? [np[0], j] : np;
}

/** A word that can head or end a speaker's phrase: a name, a capitalised word, a role or a pronoun. */
function speakerWord(t: Token): boolean {
  return isNameWord(t) || t.capital || ROLE_NOUNS.has(bare(t)) || PRONOUNS.has(t.lower);
}

/** "told Libya al-Ahrar TV that ...", "told the jury", "told reporters": [recipient, index after it]. */
export function recipient(sc: ScanContext, k: number, e: number): [Range, number] | null {
  const toks = sc.toks;
  for (let j = k; j < e && j < k + 10; j++) {
    const t = toks[j];
    if (t.kind !== TokenKind.Word) break;
    if (t.lower === 'that' && j > k) {
      // "told the court on Tuesday that": the time is not part of the recipient
      let r = j;
      while (r > k + 1 && (DAYS.has(toks[r - 1].lower) || MONTHS.has(toks[r - 1].lower) || TIME_WORDS.has(toks[r - 1].lower))) r--;
      // "tells the story of a town that ...": what is told is no recipient
      for (let x = k; x < r; x++) if (TOLD_THINGS.has(toks[x].lower)) return null;
      return [[k, r], j];
    }
  }
  return recipientWithoutThat(sc, k, e);
}

/** "told reporters", "told Reuters on Monday": a recipient with no "that" after it (a function of its
 * own: a cold run compiles it only for text that has one). */
function recipientWithoutThat(sc: ScanContext, k: number, e: number): [Range, number] | null {
  const toks = sc.toks;
  const t = toks[k];
  if (!t || t.kind !== TokenKind.Word) return null;
  if (isNameWord(t)) {
    let j = k;
    while (j < e && j - k < 6 && (isNameWord(toks[j]) || (PARTICLES.has(toks[j].lower) && isNameWord(toks[j + 1])))) j++;
    return [[k, j], j];
  }
  if (DETERMINERS.has(t.lower)) {
    let j = k + 1;
    while (j < e && j - k < 4 && toks[j].kind === TokenKind.Word && NP_ADJ.has(bare(toks[j]))) j++;
    if (j < e && (nounish(sc, toks[j]) || ROLE_NOUNS.has(bare(toks[j])) || isNameWord(toks[j]))) {
      j++;
      while (j < e && j - k < 6 && isNameWord(toks[j])) j++;
      return [[k, j], j];
    }
    return null;
  }
  if (OBJ_PRONOUNS.has(t.lower) || nounish(sc, t) || NP_ADJ.has(t.lower)) {
    // "local radio", "state television": adjectives run on to their noun
    let j = k + 1;
    while (j < e && j - k < 4 && NP_ADJ.has(toks[j - 1].lower) && toks[j].kind === TokenKind.Word && (nounish(sc, toks[j]) || NP_ADJ.has(toks[j].lower) || ROLE_NOUNS.has(toks[j].lower))) j++;
    return [[k, j], j];
  }
  return null;
}

/** "this month", "last week": a time phrase that can stand between a subject and its verb. */
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter']);
const TIME_DEICTICS = new Set(['this', 'last', 'next', 'that']);

/** "Cruz himself said": a reflexive after the subject changes nothing about who speaks. */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Words before a share that keep it a share: "more than six in 10", "nearly half". */
const SHARE_HEDGES = new Set(['more', 'less', 'fewer', 'than', 'nearly', 'almost', 'about', 'roughly', 'only', 'just', 'some', 'over', 'under', 'around']);
const isCount = (t: Token | undefined) => !!t && (isDigits(t.text) || NUMBER_WORDS.has(t.lower));

/** A poll's share of respondents ending at the count at token j: "six in 10", "two out of three", "more than six in 10". */
function pollShare(sc: ScanContext, j: number, a: number): Range | null {
  const toks = sc.toks;
  let k = -1;
  if (toks[j - 1]?.lower === 'in' && isCount(toks[j - 2])) k = j - 2;
  else if (toks[j - 1]?.lower === 'of' && toks[j - 2]?.lower === 'out' && isCount(toks[j - 3])) k = j - 3;
  if (k < a) return null;
  while (k - 1 >= a && SHARE_HEDGES.has(toks[k - 1].lower)) k--;
  return [k, j + 1];
}

/**
 * Whom the relative pronoun at token w stands for: the noun phrase just before it (past a comma).
 * "critical of Republicans who ...": a phrase whose head is no noun for a speaker gives way to the
 * object of its preposition. "Mr. Guerrero, a Republican who ...": a role in apposition to a name
 * keeps the name.
 */
export function relativeAntecedent(sc: ScanContext, w: number, a: number): Range | null {
  const toks = sc.toks;
  const end = toks[w - 1]?.text === ',' ? w - 1 : w;
  let np = leftNP(sc, end - 1, a);
  if (!np || np[1] !== end) return null;
  for (let p = np[0] + 1; p < np[1] - 1; p++) {
    if (!NP_LINKS.has(toks[p].lower) || toks[p].capital) continue;
    const head = toks[p - 1];
    if (!isNameWord(head) && !ROLE_NOUNS.has(bare(head))) np = [p + 1, np[1]];
    break;
  }
  if (toks[np[0] - 1]?.text === ',' && !isNameWord(toks[np[0]]) && np[0] - 2 >= a) {
    const named = nameBeforeAppositive(sc, np, a);
    if (named) np = [named[0], np[1]];
  }
  return np;
}

/** "Dean Johnson, a salesman from Sumter": the name right before the comma ahead of the appositive np,
 * else null (rare: a function of its own, compiled only for text that has one). */
function nameBeforeAppositive(sc: ScanContext, np: Range, a: number): Range | null {
  const named = leftNP(sc, np[0] - 2, a);
  return named && named[1] === np[0] - 1 && isNameWord(sc.toks[named[1] - 1]) ? named : null;
}
