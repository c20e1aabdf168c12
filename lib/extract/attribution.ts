// Finds attributions sentence by sentence: the cue, the words naming the source, the content and
// the channel. Works on token indices; every scan is bounded, so the whole pass is linear.
import type { ClaimKind } from '../types';
import { AS_CUES, CUES, INFINITIVE_CUES, WH_CUES, WH_WORDS, UNNAMED_PARTICIPLES, VIA_FORMS, type CueInfo } from './cues';
import { AUX_ADV, CAP_STOP, DAYS, DETERMINERS, DOC_NOUNS, MOD_NOUNS, MONTHS, NP_ADJ, NP_LINKS, ORG_WORDS, PARTICLES, PLACES, PLATFORMS, PRONOUNS, ROLE_NOUNS, TIME_WORDS, TITLES } from './lexicon';
import { isNameWord } from './names';
import { TokenKind, type Sentence, type TextModel, type Token } from './text';

/** Token range [a, b). */
export type Range = [number, number];

export interface RawClaim {
  kind: ClaimKind;
  source: Range | null;
  cue: Range | null;
  /** Character offsets of the content. */
  content: [number, number];
  via: Range | null;
  confidence: number;
  /** Token where the claim sits, for ordering and anaphora. */
  at: number;
  para: number;
  /** The claim continues the speaker of the claim with this index (no source of its own). */
  continues?: number;
  /** Source resolved to the same speaker as another claim in the sentence (", adding that ..."). */
  sameAs?: number;
  /** The content is a quotation region (its index), for continuation detection. */
  quote?: number;
  /** Superseded by a better reading of the same words. */
  dropped?: boolean;
  /** A hedged passive ("is understood to have ..."): reports inside its clause belong to it. */
  hedged?: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const MODAL_OR_PRON = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does', 'they', 'we', 'i', 'you', 'he', 'she', 'it', 'also', 'not']);
const RELATIVE = new Set(['who', 'which', 'whose', 'where', 'whom']);
const OBJ_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'lawmakers', 'parliament', 'senators', 'supporters', 'the', 'a', 'an']);
const SAYING = new Set(['saying', 'telling', 'stating', 'declaring', 'warning', 'claiming']);
const PARENTHETICAL = new Set(['however', 'though', 'too', 'also', 'again', 'meanwhile', 'nevertheless', 'instead', 'separately', 'later', 'earlier', 'previously']);
/** Verbs that introduce "to say": "emailed to say", "took to Facebook to say". */
const TO_VERBS = new Set(['went', 'came', 'took', 'rang', 'phoned', 'called', 'wrote', 'emailed', 'e-mailed', 'texted', 'messaged', 'tweeted', 'posted', 'spoke', 'stepped', 'returned', 'paused', 'stopped']);
const MAKE = new Set(['made', 'make', 'makes', 'making']);
const MADE_CLEAR: CueInfo = { lemma: 'make clear', cls: 'that', ambiguous: false, ing: false, participle: false };
/** Irregular participles of publishing: "a video sent to", "remarks broadcast on". */
const PARTICIPLES = new Set(['sent', 'broadcast', 'given', 'written', 'shown', 'read', 'made', 'put', 'shared']);
const READ: CueInfo = { lemma: 'read', cls: 'say', ambiguous: false, ing: false, participle: false };
/** Conjunctions that can open a second reported clause: ", but the union claimed ...". */
const CLAUSE_LINKS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'whilst']);
/** Verbs that name something with a quoted judgement, like "called": "labelled the report \"fake\"". */
const NAMING = new Set(['label', 'brand', 'dub']);
const EXPRESS = new Set(['expressed', 'expresses', 'express', 'voiced', 'voices', 'voice', 'raised', 'raises']);
const STANCE_NOUNS = new Set(['concern', 'concerns', 'hope', 'hopes', 'fear', 'fears', 'doubt', 'doubts', 'confidence', 'regret', 'frustration', 'anger', 'optimism', 'surprise', 'alarm', 'disappointment', 'worry', 'worries', 'suspicion', 'suspicions']);
const EXPRESSED: CueInfo = { lemma: 'express', cls: 'that', ambiguous: false, ing: false, participle: false };
const FINITE = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'rose', 'fell', 'grew', 'did', 'does', 'do']);
/** Objects of "tell" that are the thing told, not the one told: "told the story of ...". */
const TOLD_THINGS = new Set(['story', 'stories', 'truth', 'tale', 'tales', 'lie', 'lies', 'joke', 'jokes', 'difference', 'time', 'secret', 'secrets']);
const GO = new Set(['went', 'go', 'goes', 'going', 'gone']);
/** Verbs of thinking whose content clause may come without "that". */
const CLAUSAL = new Set(['show', 'find', 'believe', 'think', 'reckon', 'fear', 'feel', 'hope', 'expect', 'suspect', 'assume', 'know', 'understand', 'doubt', 'worry', 'insist', 'estimate', 'predict']);
const PREPOSITIONS = new Set(['outside', 'inside', 'at', 'in', 'on', 'near', 'from', 'with', 'into', 'over', 'under', 'behind', 'across', 'along', 'around', 'beside', 'through', 'towards', 'toward', 'past', 'opposite']);
const QUANTIFIERS = new Set(['more', 'most', 'fewer', 'less', 'many', 'few', 'several', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'up', 'at', 'only', 'just', 'there']);
const END_PUNCT = new Set(['.', '!', '?', '…', ';']);

/** US party and state after a name: "D-Ore.", "R-Texas". */
const isPartyTag = (t: Token | undefined): boolean => !!t && /^[DRI]-\p{Lu}/u.test(t.text);

const bare = (t: Token): string => t.lower.replace(/['’]s?$/, '');

export class SentenceAnalyser {
  readonly claims: RawClaim[] = [];
  private readonly toks: Token[];

  constructor(private readonly m: TextModel, private readonly skip: ReadonlySet<number>) {
    this.toks = m.tokens;
  }

  run(): RawClaim[] {
    for (const s of this.m.sentences) {
      if (this.skip.has(s.para)) continue;
      this.sentence(s);
    }
    this.compact();
    this.continuations();
    return this.claims;
  }

  /** Sentence end without closing punctuation. */
  private contentEnd(s: Sentence): number {
    let e = s.end;
    while (e > s.start && this.toks[e - 1].kind === TokenKind.Punct && (END_PUNCT.has(this.toks[e - 1].text) || this.toks[e - 1].text === ',')) e--;
    return e;
  }

  private sentence(s: Sentence): void {
    this.scan(s);
    // An unnamed passive ("are known to have died") yields to a named source of the same words.
    const first = this.sentStart;
    // "X is understood to have told colleagues she would quit": a report inside the hedged clause is part of it
    for (const h of this.claims.slice(first)) {
      if (!h.hedged || !h.cue) continue;
      const from = this.toks[h.cue[1]].start;
      for (const c of this.claims.slice(first)) {
        if (c !== h && c.cue && this.toks[c.cue[0]].start >= from && this.toks[c.cue[0]].start < h.content[1] && c.content[0] >= from) c.dropped = true;
      }
    }
    const named = this.claims.slice(first).filter((c) => c.kind !== 'unnamed' && !c.dropped);
    if (named.length && named.length < this.claims.length - first) {
      for (const c of this.claims.slice(first)) {
        if (c.kind === 'unnamed' && named.some((n) => n.content[0] < c.content[1] && c.content[0] < n.content[1])) c.dropped = true;
      }
    }
    // "According to a transcript, Hale said ...": a frame around another report is its channel
    for (const c of this.claims.slice(first)) {
      if (c.kind !== 'according_to' || !c.source) continue;
      const inner = this.claims.slice(first).find((d) => d !== c && d.kind !== 'according_to' && !d.hedged && d.cue && this.toks[d.cue[0]].start >= c.content[0] && this.toks[d.cue[0]].end <= c.content[1]);
      if (!inner) continue;
      inner.via = inner.via ?? c.source;
      c.dropped = true;
    }
  }

  /** Removes dropped claims, keeping "sameAs" links pointing at the right claim. */
  private compact(): void {
    const remap = new Map<number, number>();
    const kept: RawClaim[] = [];
    this.claims.forEach((c, i) => {
      if (c.dropped) return;
      remap.set(i, kept.length);
      kept.push(c);
    });
    for (const c of kept) if (c.sameAs !== undefined) c.sameAs = remap.get(c.sameAs);
    this.claims.length = 0;
    this.claims.push(...kept);
  }

  private sentStart = 0;

  private scan(s: Sentence): void {
    const toks = this.toks;
    const first = this.claims.length;
    this.sentStart = first;
    const e = this.contentEnd(s);
    if (this.colonQuote(s, e)) return;
    let i = s.start;
    while (i < s.end) {
      const t = toks[i];
      if (t.kind !== TokenKind.Word || t.quote >= 0) { i++; continue; }
      if (t.lower === 'according' && toks[i + 1]?.lower === 'to') { i = this.according(s, i, e, 2); continue; }
      // "In the words of X, ..." reads like "According to X, ..."
      if (t.lower === 'in' && toks[i + 1]?.lower === 'the' && toks[i + 2]?.lower === 'words' && toks[i + 3]?.lower === 'of') { i = this.according(s, i, e, 4); continue; }
      if (t.lower === 'as') {
        const r = this.asPutIt(s, i, e);
        if (r > 0) { i = r; continue; }
      }
      if (t.lower === 'reportedly' && this.claims.length === first) {
        this.push({ kind: 'unnamed', source: null, cue: [i, i + 1], content: this.chars(s.start, e), via: null, confidence: 0.5, at: i, para: s.para });
        i++;
        continue;
      }
      // "called the cuts \"a betrayal\"": calling something names a judgement (a quote follows)
      const naming = t.lower === 'called' || t.lower === 'calls' || t.lower === 'calling' || NAMING.has(CUES.get(t.lower)?.lemma ?? '');
      if (naming && toks[i + 1]?.lower !== 'for' && toks[i + 1]?.lower !== 'on') {
        const r = this.calledQuote(s, i, e);
        if (r > 0) { i = r; continue; }
      }
      if (((t.lower === 'quoted' || t.lower === 'cited') && toks[i - 1]?.text !== ',') || (t.lower === 'reported' && BE.has(toks[i - 1]?.lower ?? '') && toks[i + 1]?.lower === 'as')) {
        const r = this.quotedAs(s, i, e);
        if (r > 0) { i = r; continue; }
      }
      if (VIA_FORMS.has(t.lower)) {
        // "..., citing eyewitnesses": the channel of the claim before it in this sentence
        if (toks[i - 1]?.text === ',' && this.claims.length > first) {
          const np = this.rightNP(i + 1, e, 10) ?? this.phraseUntilPunct(i + 1, e, 8);
          const last = this.claims[this.claims.length - 1];
          if (np && !last.via) last.via = np;
          if (np) { i = np[1]; continue; }
        }
        i++;
        continue;
      }
      // "made (it) clear that ...": a phrase that reports like "stated"
      const clear = MAKE.has(t.lower) ? (toks[i + 1]?.lower === 'clear' ? i + 2 : toks[i + 1]?.lower === 'it' && toks[i + 2]?.lower === 'clear' ? i + 3 : -1) : -1;
      // "The statement read: \"...\"": reading is reporting only before a colon or a quotation
      const reads = (t.lower === 'read' || t.lower === 'reads') && (toks[i + 1]?.text === ':' || this.quoteToEnd(i + 1, e));
      // "expressed concern that ...", "voiced hope that ...": a stance phrase that reports like "said"
      const stance = EXPRESS.has(t.lower) ? this.stanceEnd(i + 1) : -1;
      const info = clear > 0 && toks[clear]?.lower === 'that' ? MADE_CLEAR : stance > 0 ? EXPRESSED : reads ? READ : CUES.get(t.lower);
      // a capitalised word inside a sentence is part of a name ("Berth Notes", "Daily Report")
      if (!info || (t.capital && i > s.start && toks[i - 1].kind === TokenKind.Word)) { i++; continue; }
      let cueEnd = info === MADE_CLEAR ? clear : info === EXPRESSED ? stance : i + 1;
      if (info.particles) {
        if (!info.particles.includes(toks[i + 1]?.lower ?? '')) { i++; continue; }
        cueEnd = i + 2;
      }
      const r = this.cue(s, i, cueEnd, info, e, first);
      i = Math.max(r, i + 1);
    }
  }

  private chars(a: number, b: number): [number, number] {
    return [this.toks[a].start, this.toks[b - 1].end];
  }

  private push(c: RawClaim): number {
    if (c.content[1] <= c.content[0]) return -1;
    // "The council denies this.": one word is not a claim
    if (!/[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(this.m.text.slice(c.content[0], Math.min(c.content[1], c.content[0] + 200)))) return -1;
    this.claims.push(c);
    return this.claims.length - 1;
  }

  // ---- the cue handler -------------------------------------------------------------------

  private cue(s: Sentence, i: number, cueEnd: number, info: CueInfo, e: number, first: number): number {
    const toks = this.toks;
    const prev = toks[i - 1];
    const prevLow = prev && i - 1 >= s.start ? prev.lower : '';
    const after = toks[cueEnd];
    // Not cues: "That said,", "the report", "his claims", "a deal denounced by France".
    const objPron = prevLow === 'her' && NP_LINKS.has(toks[i - 2]?.lower ?? ''); // "sources close to her said"
    if (prev?.kind === TokenKind.Word && i - 1 >= s.start && DETERMINERS.has(prevLow) && prevLow !== 'that' && !(prev.capital && i - 1 > s.start) && !objPron) return i + 1;
    if (prevLow === 'that' && toks[i].lower === 'said' && after?.text === ',') return i + 1;
    if (toks[i].lower.includes('-')) return i + 1; // "so-called", "well-known"
    // "declined to comment", "wants to say": only "emailed to say" and the like report speech
    if (prevLow === 'to' && this.toVerb(i - 1) < 0) return i + 1;
    if (info.participle && after?.lower === 'by') return i + 1;
    // "An aide, who requested anonymity to discuss the talks, said": the main verb reports, not the clause
    const clauseEnd = RELATIVE.has(prevLow) && toks[i - 2]?.text === ',' ? this.mainCueAfterClause(i, s.end) : -1;
    if (clauseEnd > 0 && (info.cls === 'act' || (info.cls === 'that' && after?.lower !== 'that'))) return i + 1;
    // "Hale, who said the vote was rigged, told reporters ...": the clause ends where the main verb begins
    if (clauseEnd > 0) e = clauseEnd;
    // An -ing form is a verb here only after "is/was/been" ("has been urging"), a comma (", adding")
    // or a document ("a statement saying"); else it is a noun or adjective ("a flood warning").
    if (info.ing && prev?.text !== ',' && !BE.has(prevLow) && !DOC_NOUNS.has(bare(prev ?? toks[i])) && !AUX_ADV.has(prevLow) && !PRONOUNS.has(prevLow) && !this.withSubject(i)) return i + 1;
    // Passive with no agent: an unnamed source ("are reported to be", "It was reported that").
    let b = i - 1;
    while (b >= s.start && toks[b].kind === TokenKind.Word && (toks[b].lower === 'also' || toks[b].lower === 'widely' || toks[b].lower === 'previously' || toks[b].lower === 'not' || toks[b].lower === 'now')) b--;
    if (b >= s.start && BE.has(toks[b].lower) && info.participle) {
      if (!UNNAMED_PARTICIPLES.has(toks[i].lower)) return i + 1;
      // "is thought to favour a delay": the infinitive is the content, not a place phrase to skip
      const k = toks[cueEnd]?.lower === 'to' ? cueEnd : this.skipMods(cueEnd, e);
      // "Ruiz, who is believed to be 45, said ...", "which is expected to": a hedge inside a relative
      // clause describes; the sentence's own report (if any) is read on
      if (RELATIVE.has(toks[b - 1]?.lower ?? '') || (toks[b - 1]?.lower === 'that' && toks[b - 2]?.kind === TokenKind.Word)) return i + 1;
      if (toks[k]?.lower === 'to') {
        this.push({ kind: 'unnamed', source: null, cue: [b, cueEnd], content: this.chars(s.start, e), via: null, confidence: 0.55, at: i, para: s.para, hedged: true });
        // read on: "..., two aides said" names the source after all
        return k + 1;
      }
      // "It is thought the talks will resume": "that" may be left out before a clause
      const clause = toks[k]?.lower === 'that' ? k + 1 : toks[k] && (DETERMINERS.has(toks[k].lower) || PRONOUNS.has(toks[k].lower) || toks[k].capital) && toks[k].quote < 0 ? k : -1;
      if (clause > 0 && clause < e) {
        let sb = b - 1;
        // "It has been reported that"
        while (sb > s.start && (BE.has(toks[sb].lower) || toks[sb].lower === 'has' || toks[sb].lower === 'had' || toks[sb].lower === 'also')) sb--;
        const subj = sb >= s.start ? toks[sb].lower : '';
        if (subj === 'it' || subj === 'this') {
          this.push({ kind: 'unnamed', source: null, cue: [i, cueEnd], content: this.chars(clause, e), via: null, confidence: 0.55, at: i, para: s.para });
          return e;
        }
      }
      return i + 1;
    }
    // "... and warned that ...": same speaker as the claim before in this sentence.
    if ((prevLow === 'and' || prevLow === 'but') && this.claims.length > first && this.coordinatedCue(i)) {
      const k = this.skipMods(cueEnd, e, true);
      const end = this.rightContentEnd(k, e);
      if (end > k) {
        const idx = this.push({ kind: this.kindOf(k, end), source: null, cue: [i, cueEnd], content: this.contentChars(k, end), via: null, confidence: 0.7, at: i, para: s.para, sameAs: this.claims.length - 1 });
        if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
        return end;
      }
    }
    // "X, who flew in overnight, declared a day of mourning and said ...": the sentence subject speaks.
    if ((prevLow === 'and' || prevLow === 'but') && this.claims.length === first && this.coordinatedCue(i)) {
      const subj = PRONOUNS.has(toks[s.start].lower) ? ([s.start, s.start + 1] as Range) : this.rightNP(s.start, e, 10);
      const k = this.skipMods(cueEnd, e, true);
      const end = this.rightContentEnd(k, e);
      if (subj && end - k >= 2 && subj[1] < i - 2 && (toks[subj[1]].text === ',' || toks[subj[1]].kind === TokenKind.Word)) {
        const idx = this.push({ kind: this.kindOf(k, end), source: subj, cue: [i, cueEnd], content: this.contentChars(k, end), via: null, confidence: 0.6, at: i, para: s.para });
        if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
        return end;
      }
    }
    // ", warning of ..." with no claim before: the subject of the sentence speaks.
    if (prev?.text === ',' && info.ing && this.claims.length === first && info.cls !== 'that') {
      const subj = PRONOUNS.has(toks[s.start].lower) ? ([s.start, s.start + 1] as Range) : this.rightNP(s.start, e, 8);
      let k = this.skipMods(cueEnd, e, true);
      if (toks[k]?.lower === 'of' && info.lemma === 'warn') k++;
      const end = info.cls === 'act' ? this.untilComma(k, e) : this.rightContentEnd(k, e);
      if (subj && end - k >= 2 && subj[1] < i) {
        const idx = this.push({ kind: this.kindOf(k, end), source: subj, cue: [i, cueEnd], content: this.contentChars(k, end), via: null, confidence: 0.55, at: i, para: s.para });
        if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
        return end;
      }
    }
    // ", adding that ...": the claim before in this sentence goes on.
    if (prev?.text === ',' && info.ing && this.claims.length > first) {
      const last = this.claims.length - 1;
      const k = this.skipMods(cueEnd, e, true);
      if (k < e && info.cls !== 'that' || toks[k - 1]?.lower === 'that') {
        const end = this.rightContentEnd(k, e);
        const idx = this.push({ kind: this.kindOf(k, end), source: null, cue: [i, cueEnd], content: this.contentChars(k, end), via: null, confidence: 0.7, at: i, para: s.para, sameAs: last });
        if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
        return end;
      }
      return i + 1;
    }
    // Who: subject on the left (possibly past a clause or appositive), or inverted on the right.
    let source: Range | null = null;
    let inverted = false;
    const inv = info.cls === 'tell' ? null : this.invertedSource(s, i, cueEnd);
    if (inv) {
      source = inv;
      inverted = true;
    } else {
      source = this.leftSource(s, i);
    }
    if (!source) return i + 1;
    // "The law, which Hale says is unfair, ...": the content is the relative's antecedent, not the words after
    if (!inverted && (toks[source[0] - 1]?.lower === 'which' || toks[source[0] - 1]?.lower === 'what')) return i + 1;
    // "His office released a statement saying ...": the one who released it speaks through it.
    let docVia: Range | null = null;
    if (info.ing && !inverted && DOC_NOUNS.has(bare(toks[source[1] - 1])) && (toks[source[0]].lower === 'a' || toks[source[0]].lower === 'an')) {
      const subj = PRONOUNS.has(toks[s.start].lower) ? ([s.start, s.start + 1] as Range) : this.rightNP(s.start, source[0], 8);
      if (subj && subj[0] === s.start) {
        docVia = source;
        source = subj;
      }
    }
    if (info.ambiguous && !inverted) {
      const lp = toks[i - 1];
      const k = this.skipMods(cueEnd, e, true);
      const thatAfter = toks[k - 1]?.lower === 'that' || toks[k - 1]?.text === ':' || toks[k]?.kind === TokenKind.Quote;
      // a noun-or-verb form is a verb when it agrees with its subject: "figures show", "the study claims"
      // the head is the noun before a linking word ("Figures from the Association show")
      let h = source[0] + 1;
      while (h < source[1] && !(NP_LINKS.has(toks[h].lower) && !toks[h].capital)) h++;
      const head = toks[h - 1];
      const plural = /s$/.test(bare(head)) || PRONOUNS.has(head.lower) || head.lower === 'police';
      const thirdPerson = toks[i].lower.endsWith('s');
      // "Hale's comments came ...": after a possessive the word is a noun
      if (/['’]s?$/.test(head.text) && head === toks[i - 1]) return i + 1;
      const agrees = thirdPerson ? !plural || head.lower === 'he' || head.lower === 'she' || head.lower === 'it' : plural;
      if (!thatAfter && !MODAL_OR_PRON.has(lp.lower) && !agrees) return i + 1;
    }

    // Channel of "told X that" and the object of "quoted X as saying".
    let via: Range | null = null;
    let k = inverted ? source[1] : cueEnd;
    if (info.cls === 'tell' && !inverted) {
      const rec = this.recipient(k, e);
      if (!rec) return i + 1;
      via = rec[0];
      k = rec[1];
    }
    k = this.skipMods(k, e, true, INFINITIVE_CUES.has(info.lemma));
    // "reported in January, citing two executives, that ...": the channel sits between cue and content
    if (toks[k]?.text === ',' && VIA_FORMS.has(toks[k + 1]?.lower ?? '')) {
      for (let c = k + 2; c < e && c < k + 16; c++) {
        if (toks[c].text !== ',') continue;
        if (toks[c + 1]?.lower === 'that') { via = via ?? [k + 2, c]; k = c + 2; }
        break;
      }
    }
    // "asked whether ...", "described how ...": the wh-word opens the content and stays in it
    const whClause = WH_CUES.has(info.lemma) && WH_WORDS.has(toks[k]?.lower ?? '') && k + 2 < e;
    const thatIntro = toks[k - 1]?.lower === 'that' || toks[k - 1]?.text === ':' || whClause;

    // What: content on the right, or on the left ("..., X said." / "\"...,\" X said").
    // A quotation on both sides ("\"A,\" she said, \"B.\"") is one split quotation, read from the left.
    const splitQuote = toks[k]?.kind === TokenKind.Quote && toks[k - 1]?.text === ',' && !!this.leftContent(s, inverted ? i : source[0]) && toks[(inverted ? i : source[0]) - 1]?.kind === TokenKind.Quote;
    // "\"...,\" she said of the ruling" / "... when asked": after a quotation, only "that", a colon or
    // another quotation opens content on the right
    const lp = toks[(inverted ? i : source[0]) - 1];
    const quotedLeft = !!lp && (lp.kind === TokenKind.Quote ? lp.quote < 0 && this.m.quoteByClose.has((inverted ? i : source[0]) - 1) : lp.text === ',' && this.m.quoteByClose.has((inverted ? i : source[0]) - 2));
    const afterQuote = quotedLeft && !thatIntro && toks[k]?.kind !== TokenKind.Quote && !!this.leftContent(s, inverted ? i : source[0]);
    const rightEmpty = splitQuote || afterQuote || k >= e || toks[k]?.text === ',' || toks[k]?.text === ')' || toks[k]?.text === '(';
    // "It was, he said, \"a dark chapter\"": a clause cut after its verb resumes with a quotation
    if (toks[k]?.kind === TokenKind.Quote && toks[k - 1]?.text === ',' && toks[source[0] - 1]?.text === ',' && source[0] - 2 >= s.start && BE.has(toks[source[0] - 2].lower) && !inverted) {
      const idx = this.push({ kind: this.kindOf(s.start, e), source, cue: [i, cueEnd], content: this.contentChars(s.start, e), via, confidence: 0.65, at: i, para: s.para });
      return idx >= 0 ? e : i + 1;
    }
    if (!rightEmpty && !inverted) {
      // "described the response as a disgrace": the judgement is the content
      const asJudgement = AS_CUES.has(info.lemma) && this.asAhead(k, e);
      if (info.cls === 'that' && !thatIntro && toks[k]?.kind !== TokenKind.Quote && !asJudgement) {
        // cognition verbs often drop "that": "He reckons the timing will sting."
        const n = toks[k];
        const clause = n && (DETERMINERS.has(n.lower) || PRONOUNS.has(n.lower) || isNameWord(n) || QUANTIFIERS.has(n.lower) || /^\d/.test(n.text)) && e - k >= 4 || (!!n && this.finiteVerbAhead(k + 1, e) && e - k >= 2);
        if (!CLAUSAL.has(info.lemma) || !clause) return i + 1;
      }
      let end = info.cls === 'act' || asJudgement ? this.untilComma(k, e) : this.rightContentEnd(k, e);
      let outerVia: Range | null = null;
      if (info.cls !== 'act') {
        const outer = this.outerAttribution(k, end, e);
        if (outer) { outerVia = outer.via; end = outer.cut; }
      }
      if (end - k < 1) return i + 1;
      const idx = this.push({
        kind: this.kindOf(k, end),
        source,
        cue: [i, cueEnd],
        content: this.contentChars(k, end),
        via: via ?? outerVia ?? docVia,
        confidence: info.cls === 'act' ? 0.6 : 0.8,
        at: i,
        para: s.para,
      });
      if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
      return outerVia ? e : end;
    }
    // Left content needs a separator before the source (or the cue, when inverted).
    const lead = inverted ? i : source[0];
    // "The cuts, the chief executive told analysts, would fall on ...": the attribution sits inside
    // its content; the content is the whole sentence.
    const resume = toks[k + 1];
    if (toks[k]?.text === ',' && toks[lead - 1]?.text === ',' && lead - 1 > s.start && e - k > 2 && resume?.kind === TokenKind.Word && !resume.capital && (AUX_ADV.has(resume.lower) || !(CAP_STOP.has(resume.lower) || /ing$/.test(resume.lower) || VIA_FORMS.has(resume.lower) || RELATIVE.has(resume.lower) || DETERMINERS.has(resume.lower) || NP_ADJ.has(resume.lower))) && toks[k].quote < 0 && info.cls !== 'act') {
      const idx = this.push({ kind: this.kindOf(s.start, e), source, cue: [i, cueEnd], content: this.contentChars(s.start, e), via, confidence: 0.65, at: i, para: s.para });
      return idx >= 0 ? e : i + 1;
    }
    // "one captain, who asked not to be named, told ...": a verb in a relative clause owns no content on the left
    const leftR = RELATIVE.has(prevLow) && !inverted ? null : this.leftContent(s, lead);
    if (!leftR) return Math.max(i + 1, inverted ? source[1] : cueEnd);
    if (info.cls === 'act') return i + 1;
    const idx = this.push({
      kind: this.kindOf(leftR[0], leftR[1]),
      source,
      cue: [i, cueEnd],
      content: this.contentChars(leftR[0], leftR[1]),
      via,
      confidence: toks[leftR[0]].kind === TokenKind.Quote ? 0.9 : 0.75,
      at: i,
      para: s.para,
    });
    if (idx >= 0) {
      this.claims[idx].quote = this.wholeQuote(leftR[0]);
      // Split quotation: "A," said X, "B."
      const after2 = inverted ? source[1] : cueEnd;
      let j = this.skipMods(after2, s.end);
      if (toks[j]?.text === ',') j++;
      if (toks[j - 1]?.text === ',' && toks[j]?.kind === TokenKind.Quote && toks[j].quote < 0) {
        const region = this.quoteAt(this.m.quoteByOpen, j);
        if (region && region.end <= s.end) {
          const c = this.claims[idx];
          c.content = [c.content[0], this.toks[region.end - 1].end];
          c.kind = 'direct';
          return region.end;
        }
      }
    }
    return Math.max(i + 1, inverted ? source[1] : cueEnd);
  }

  // ---- pieces ------------------------------------------------------------------------------

  /** Skips time words, "in a statement", "on Twitter", "at a press conference in X", "that", ":". */
  private skipMods(k: number, e: number, eatThat = false, infinitive = false): number {
    const toks = this.toks;
    for (let guard = 0; guard < 12 && k < e; guard++) {
      const t = toks[k];
      // "vowed to rebuild the school": the infinitive is the content
      if (infinitive && t.lower === 'to' && toks[k + 1]?.kind === TokenKind.Word && !toks[k + 1].capital && !DETERMINERS.has(toks[k + 1].lower)) break;
      if (t.kind === TokenKind.Word && (DAYS.has(t.lower) || MONTHS.has(t.lower))) { k++; continue; }
      if (t.kind === TokenKind.Word && TIME_WORDS.has(t.lower) && (DAYS.has(toks[k + 1]?.lower ?? '') || /^(week|month|year|night|morning|evening)$/.test(toks[k + 1]?.lower ?? ''))) { k += 2; continue; }
      if (t.kind === TokenKind.Punct && /^\p{N}/u.test(t.text)) { k++; continue; }
      if (t.kind === TokenKind.Word && /^\d{1,2}$/.test(t.text) && MONTHS.has(toks[k - 1]?.lower ?? '')) { k++; continue; }
      if (t.kind === TokenKind.Word && ['in', 'at', 'on', 'during', 'to', 'via', 'through', 'over', 'from', 'outside', 'after', 'before'].includes(t.lower)) {
        const p = this.modPhrase(k + 1, e);
        if (p > 0) { k = p; continue; }
        // "said at the picket line.": a short place phrase that ends the sentence
        if (e - k <= 7 && this.phraseToEnd(k + 1, e)) return e;
        break;
      }
      // "in a video posted on the company's website" (to the end, or up to "that")
      if (t.kind === TokenKind.Word && !t.capital && (/ed$/.test(t.lower) || PARTICIPLES.has(t.lower)) && ['on', 'by', 'to', 'in', 'at'].includes(toks[k + 1]?.lower ?? '')) {
        if (e - k <= 9 && this.phraseToEnd(k + 2, e)) return e;
        const that = this.thatWithin(k + 2, e, 8);
        if (eatThat && that > 0 && this.phraseToEnd(k + 2, that)) { k = that; continue; }
      }
      // ", formerly Twitter, that ...", ", in a rare interview, that ...": an aside before "that"
      if (eatThat && t.text === ',' && t.quote < 0) {
        const that = this.thatWithin(k + 1, e, 8);
        const adv = toks[k + 1].kind === TokenKind.Word && /ly$/.test(toks[k + 1].lower) ? 1 : 0;
        if (that > k + 2 && toks[that - 1].text === ',' && this.phraseToEnd(k + 1 + adv, that - 1)) { k = that; continue; }
      }
      // "that" opens the content, unless it is the determiner of a one-word object ("denied that claim")
      if (eatThat && (t.lower === 'that' || t.text === ':') && !(t.lower === 'that' && e - k <= 2)) { k++; break; }
      if (t.text === ',' && toks[k + 1]?.kind === TokenKind.Quote) { k++; continue; }
      // ", however," / ", too," between the cue and its content
      if (t.text === ',' && toks[k + 2]?.text === ',' && PARENTHETICAL.has(toks[k + 1]?.lower ?? '')) { k += 3; continue; }
      break;
    }
    return k;
  }

  /** A quotation opens at token q and runs to the end of the sentence's content. */
  private quoteToEnd(q: number, e: number): boolean {
    const r = this.quoteAt(this.m.quoteByOpen, q);
    return !!r && (r.close < 0 || r.close >= e - 1);
  }

  /** The comma closing a relative clause before token i when a reporting verb follows it, else -1. */
  private mainCueAfterClause(i: number, b: number): number {
    const toks = this.toks;
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

  /** "(deep) concern" after "expressed" with "that" next: the index after the noun, else -1. */
  private stanceEnd(j: number): number {
    const toks = this.toks;
    let k = j;
    while (k < j + 2 && toks[k]?.kind === TokenKind.Word && !STANCE_NOUNS.has(toks[k].lower) && !toks[k].capital && !CUES.has(toks[k].lower)) k++;
    return STANCE_NOUNS.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'that' ? k + 1 : -1;
  }

  /** A finite verb within a few words ("global chip sales rose"): the words from k open a clause. */
  private finiteVerbAhead(k: number, e: number): boolean {
    for (let j = k; j < e && j < k + 5; j++) {
      const t = this.toks[j];
      if (t.kind !== TokenKind.Word) return false;
      if (BE.has(t.lower) || FINITE.has(t.lower) || (/ed$/.test(t.lower) && !t.capital && j > k)) return true;
    }
    return false;
  }

  /** "as" follows within a few words, with no punctuation before it ("the plan as reckless"). */
  private asAhead(k: number, e: number): boolean {
    for (let j = k + 1; j < e && j < k + 8; j++) {
      if (this.toks[j].kind !== TokenKind.Word) return false;
      if (this.toks[j].lower === 'as') return j + 1 < e;
    }
    return false;
  }

  /** Index of "that" within `max` tokens from k, or -1. */
  private thatWithin(k: number, e: number, max: number): number {
    for (let j = k; j < e && j < k + max; j++) if (this.toks[j].lower === 'that') return j;
    return -1;
  }

  /** Words from k up to the next punctuation, when short ("citing railway workers"). */
  private phraseUntilPunct(k: number, e: number, max: number): Range | null {
    let j = k;
    while (j < e && this.toks[j].kind === TokenKind.Word) j++;
    return j > k && j - k <= max ? [k, j] : null;
  }

  /** Only determiners, names and nouns from k to e (no verb, no clause). */
  private phraseToEnd(k: number, e: number): boolean {
    for (let j = k; j < e; j++) {
      const t = this.toks[j];
      if (t.kind !== TokenKind.Word) return false;
      if (!(DETERMINERS.has(t.lower) || t.capital || isNameWord(t) || this.nounish(t) || NP_ADJ.has(bare(t)) || ROLE_NOUNS.has(bare(t)) || t.lower === 'of' || t.lower === 'in')) return false;
    }
    return true;
  }

  /** "a press conference in Sri Lanka", "social media", "Twitter": returns the end or -1. */
  private modPhrase(k: number, e: number): number {
    const toks = this.toks;
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
      if (this.nounish(t) && j < k + 5) continue; // "a stock exchange filing"
      break;
    }
    if (!good) return -1;
    // do not stop on a dangling link: "a press conference in | the company's office"
    while (j > k && ['in', 'of', 'with', 'a', 'an', 'the'].includes(toks[j - 1].lower) && j < e) j--;
    return j;
  }

  /** The subject to the left of a cue, past auxiliaries, a relative clause or an appositive. */
  private leftSource(s: Sentence, i: number): Range | null {
    const toks = this.toks;
    let j = this.skipLeft(i - 1, s.start);
    if (j < s.start) return null;
    // "Hale (pictured) said", "Hale — who lives in Leeds — said", "Hale, in a statement, said": skip the aside
    const open = toks[j].text === ')' ? '(' : toks[j].text === '—' || toks[j].text === '–' ? toks[j].text : '';
    if (open) {
      let o = j - 1;
      while (o > s.start && j - o < 30 && toks[o].text !== open && toks[o].kind !== TokenKind.Quote) o--;
      if (o > s.start && toks[o].text === open) {
        const np = this.leftNP(this.skipLeft(o - 1, s.start), s.start);
        if (np && (isNameWord(toks[np[1] - 1]) || ROLE_NOUNS.has(bare(toks[np[1] - 1])))) return np;
      }
      return null;
    }
    if (toks[j].text === ',') {
      // ", in a statement," / ", on Tuesday,": a manner or time aside between subject and verb
      for (let c = j - 2; c > s.start && c > j - 9; c--) {
        if (toks[c].text !== ',') continue;
        const w = toks[c + 1];
        const aside = (w.lower === 'in' || w.lower === 'on' || w.lower === 'at' || w.lower === 'through' || w.lower === 'via') && this.modPhrase(c + 2, j) === j;
        if (aside || (j - c === 2 && PARENTHETICAL.has(w.lower))) j = this.skipLeft(c - 1, s.start);
        break;
      }
    }
    if (j < s.start) return null;
    if (toks[j].text === ',') {
      // "Haftar's forces, which have been ..., said" / "Tomas Ekdal, Baltline's chief executive, said"
      // / "The ship's captain, Rashid bin Saleh, told"
      for (let c = j - 1; c >= s.start && c > j - 45; c--) {
        if (toks[c].kind === TokenKind.Quote) break;
        if (toks[c].text !== ',') continue;
        const f = toks[c + 1];
        // relative clauses, including reduced ones ("The figures, published on Friday by ..., show")
        const rel = RELATIVE.has(f.lower) || /ing$/.test(f.lower) || (/ed$/.test(f.lower) && !f.capital && !ROLE_NOUNS.has(f.lower)) || f.lower === 'speaking';
        // "Amira Haddad, of West Midlands Police, said": an affiliation
        const affil = (f.lower === 'of' || f.lower === 'from') && (isNameWord(toks[c + 2]) || DETERMINERS.has(toks[c + 2]?.lower ?? ''));
        const appos = affil || DETERMINERS.has(f.lower) || /(['’]s|s['’])$/.test(f.text) || ROLE_NOUNS.has(bare(f)) || NP_ADJ.has(f.lower) || isNameWord(f) || /^\d+$/.test(f.text);
        if (!rel && !appos) return null;
        if (appos && !rel && j - c > (DETERMINERS.has(f.lower) ? 30 : ROLE_NOUNS.has(bare(f)) ? 16 : 9)) return null;
        let np = this.leftNP(c - 1, s.start);
        // "Hamza bin Tariq, 27, who ...": an age between name and clause
        if (!np && /^\d{1,3}$/.test(toks[c - 1]?.text ?? '') && toks[c - 2]?.text === ',') {
          const named = this.leftNP(c - 3, s.start);
          if (named && isNameWord(toks[named[1] - 1])) return named;
        }
        if (!np || np[1] !== (isPartyTag(toks[c - 1]) ? c - 2 : c)) return null;
        // "Jimmy Coyle, skipper of the trawler Silver Fern, which ...": the name before an appositive
        if (rel && toks[np[0] - 1]?.text === ',' && !isNameWord(toks[np[0]]) && toks[np[0] - 2]) {
          const named = this.leftNP(np[0] - 2, s.start);
          if (named && isNameWord(toks[named[1] - 1])) np = [named[0], np[1]];
        }
        // "Dana Whitcomb, D-Ore., said": a party tag is no name of its own
        if (!rel && j === c + 2 && isPartyTag(toks[c + 1])) return np;
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
    const np = this.leftNP(j, s.start);
    // a phrase right after a preposition is its object, not the subject ("drivers waiting outside the station said")
    const objectOfPrep = !!np && np[0] > s.start && (PREPOSITIONS.has(toks[np[0] - 1].lower) || toks[np[0] - 1].lower === 'by');
    if (np && !objectOfPrep && (isNameWord(toks[np[1] - 1]) || ROLE_NOUNS.has(bare(toks[np[1] - 1])) || PRONOUNS.has(toks[np[1] - 1].lower))) return np;
    // "Officials who spoke on condition of anonymity said": a relative clause without commas
    for (let w = j; w > s.start && w > j - 14; w--) {
      const t = toks[w];
      if (t.kind !== TokenKind.Word) break;
      if (t.lower === 'who' || t.lower === 'whose') {
        const head = this.leftNP(w - 1, s.start);
        if (head && head[1] === w) return head;
        break;
      }
      // "Two people briefed on the talks said", "Residents interviewed by the paper said"
      if (/ed$/.test(t.lower) && !t.capital && w > s.start && !AUX_ADV.has(toks[w - 1].lower) && !BE.has(toks[w - 1].lower)) {
        const head = this.leftNP(w - 1, s.start);
        const h = head ? toks[head[1] - 1] : undefined;
        if (head && head[1] === w && h && ROLE_NOUNS.has(bare(h)) && !DOC_NOUNS.has(bare(h))) return [head[0], j + 1];
      }
      // "Lorry drivers queuing on the approach road said"
      if (/ing$/.test(t.lower) && !t.capital && w > s.start) {
        const head = this.leftNP(w - 1, s.start);
        const h = head ? toks[head[1] - 1] : undefined;
        if (head && head[1] === w && h && (isNameWord(h) || ROLE_NOUNS.has(bare(h)) || /s$/.test(h.lower))) return head;
      }
    }
    return np;
  }

  private skipLeft(j: number, a: number): number {
    const toks = this.toks;
    let sawTime = false;
    while (j >= a) {
      const t = toks[j];
      if (t.kind !== TokenKind.Word) break;
      if (AUX_ADV.has(t.lower) && t.lower !== 'meanwhile' && t.lower !== 'however') { j--; continue; }
      if (DAYS.has(t.lower) || MONTHS.has(t.lower)) { j--; sawTime = true; continue; }
      if (sawTime && (TIME_WORDS.has(t.lower) || t.lower === 'on' || /^\d{1,2}$/.test(t.text))) { j--; continue; }
      // "emailed to say", "took to social media to say": the subject is before the first verb
      if (t.lower === 'to' && j - 1 >= a && this.toVerb(j) >= a) { j = this.toVerb(j) - 1; continue; }
      break;
    }
    // "Carra Container Terminals (CCT) said": a bracketed acronym after the name
    if (j - 2 >= a && toks[j]?.text === ')' && toks[j - 2].text === '(' && /^[\p{Lu}.&]{2,10}$/u.test(toks[j - 1].text)) return this.skipLeft(j - 3, a);
    return j;
  }

  /** The verb before "to say" ("emailed to say", "went on to say"), or -1. */
  private toVerb(to: number): number {
    const toks = this.toks;
    const p = toks[to - 1];
    if (!p || p.kind !== TokenKind.Word) return -1;
    if (TO_VERBS.has(p.lower)) return to - 1;
    if (p.lower === 'on' && GO.has(toks[to - 2]?.lower ?? '')) return to - 2;
    return -1;
  }

  /** A lower-case word that can be a noun inside a described source ("the lifeboat station"). */
  private nounish(t: Token): boolean {
    const l = bare(t);
    if (t.kind !== TokenKind.Word || t.capital || l.length < 2) return false;
    if (CAP_STOP.has(l) || AUX_ADV.has(l) || NP_LINKS.has(l) || DETERMINERS.has(l) || PRONOUNS.has(l) || RELATIVE.has(l)) return false;
    if (/(ly|ing)$/.test(l) || (/ed$/.test(l) && !ROLE_NOUNS.has(l)) || CUES.has(l)) return false;
    return /^[\p{Ll}\p{N}]/u.test(l);
  }

  /** Noun phrase ending at token j, scanning left. */
  leftNP(j: number, a: number): Range | null {
    const toks = this.toks;
    const t0 = toks[j];
    if (!t0 || t0.kind !== TokenKind.Word) return null;
    if (PRONOUNS.has(t0.lower)) return [j, j + 1];
    if (t0.lower === 'who' && toks[j - 1]?.text === ',') return this.leftNP(j - 2, a);
    if (isPartyTag(t0) && toks[j - 1]?.text === ',') return this.leftNP(j - 2, a);
    // "people close to him": an object pronoun ends a phrase linked to its head
    const objEnd = (t0.lower === 'him' || t0.lower === 'her' || t0.lower === 'them') && NP_LINKS.has(toks[j - 1]?.lower ?? '') && j - 2 >= a;
    const generic = !t0.capital && !objEnd && this.nounish(t0) && !ROLE_NOUNS.has(bare(t0));
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
      const l = bare(t);
      if (DETERMINERS.has(t.lower)) {
        k--;
        det = true;
        const p = toks[k - 1];
        if (k - 1 >= a && p.kind === TokenKind.Word && NP_LINKS.has(p.lower)) continue;
        break;
      }
      if (t.capital || isNameWord(t)) {
        if ((CAP_STOP.has(t.lower) && !TITLES.has(t.lower)) || DAYS.has(t.lower) || MONTHS.has(t.lower)) break;
        k--;
        continue;
      }
      // particles inside a name: "Mr van der Wal", "de la Cruz"
      if (PARTICLES.has(t.lower) && (toks[k].capital || PARTICLES.has(toks[k].lower))) { k--; continue; }
      if (ROLE_NOUNS.has(l) || NP_ADJ.has(l) || /^\d[\d,]*$/.test(l) || (l.includes('-') && !CUES.has(l))) { k--; continue; }
      if (NP_LINKS.has(l) && k - 2 >= a && toks[k - 2].kind === TokenKind.Word && l !== 'by') { k--; continue; }
      if (l === 'and' && (toks[k]?.capital || isNameWord(toks[k])) && k - 2 >= a && (toks[k - 2].capital || ROLE_NOUNS.has(bare(toks[k - 2])))) { k--; continue; }
      if (this.nounish(t) && j - k < 6) { usedGeneric = true; k--; continue; }
      break;
    }
    // Trim links left dangling at the front ("in the ministry" → "the ministry").
    while (k < j && (NP_LINKS.has(toks[k].lower) || toks[k].lower === 'and' || PARTICLES.has(toks[k].lower) && !isNameWord(toks[k + 1]) && !PARTICLES.has(toks[k + 1].lower))) k++;
    if (usedGeneric && !det) {
      // Without a determiner a described source must be a plural at the start of its clause ("Survivors said").
      const before = toks[k - 1];
      const clauseStart = k <= a || before.kind !== TokenKind.Word || before.lower === 'and' || before.lower === 'but';
      if (!clauseStart || !/s$/.test(bare(toks[j])) || j - k > 2) {
        if (!isNameWord(toks[j]) && !ROLE_NOUNS.has(bare(toks[j]))) return null;
      }
    }
    return [k, j + 1];
  }

  /** Noun phrase starting at token k, scanning right (for "said X", "according to X", "citing X"). */
  rightNP(k: number, e: number, max = 12): Range | null {
    const toks = this.toks;
    let j = k;
    let good = false;
    let det = false;
    while (j < e && j - k < max) {
      const t = toks[j];
      if (t.kind !== TokenKind.Word) break;
      const l = bare(t);
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
      // "police", "opposition" modify ("police officers") or head the phrase ("while police said")
      if (NP_ADJ.has(l) || /^\d[\d,]*$/.test(l) || (l.includes('-') && !CUES.has(l))) { if (ROLE_NOUNS.has(l)) good = true; j++; continue; }
      if (ROLE_NOUNS.has(l) || (PRONOUNS.has(l) && j === k)) { good = true; j++; continue; }
      if (det && this.nounish(t) && !(j > k && toks[j - 1].capital)) { good = true; j++; continue; }
      // "harbour master Ines Valdr": lower-case words before a title or name
      if (this.nounish(t) && !(j > k && toks[j - 1].capital) && this.headAhead(j + 1, e)) { j++; continue; }
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

  private headAhead(j: number, e: number): boolean {
    for (let x = j; x < e && x < j + 3; x++) {
      const t = this.toks[x];
      if (t.kind !== TokenKind.Word) return false;
      if (isNameWord(t) || TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower)) return true;
      if (!this.nounish(t)) return false;
    }
    return false;
  }

  /** "..., said the minister." / "\"...,\" said Jonas Ruud, \"...\"" */
  private invertedSource(s: Sentence, i: number, cueEnd: number): Range | null {
    const toks = this.toks;
    const p = toks[i - 1];
    if (!p || i - 1 < s.start || !(p.text === ',' || (p.kind === TokenKind.Quote && p.quote < 0))) return null;
    const np = this.rightNP(cueEnd, s.end, 10);
    if (!np) return null;
    if (np[1] - np[0] === 1 && PRONOUNS.has(toks[np[0]].lower) && toks[np[0]].lower !== 'he' && toks[np[0]].lower !== 'she') return null;
    // "..., denied the allegations": an object, not an inverted speaker
    let h = np[0] + 1;
    while (h < np[1] && !(NP_LINKS.has(toks[h].lower) && !toks[h].capital)) h++;
    const head = toks[h - 1];
    const last = toks[np[1] - 1];
    if (![head, last].some((t) => isNameWord(t) || t.capital || ROLE_NOUNS.has(bare(t)) || PRONOUNS.has(t.lower))) return null;
    const after = this.skipMods(np[1], s.end);
    const nx = toks[after];
    if (nx && !(nx.text === ',' || END_PUNCT.has(nx.text) || nx.kind === TokenKind.Quote || nx.text === '—')) return null;
    // "said the fire chief, Lena Holt."
    if (nx?.text === ',' && !isNameWord(toks[np[1] - 1]) && isNameWord(toks[after + 1])) {
      let j = after + 1;
      while (j < s.end && j - after < 7 && (isNameWord(toks[j]) || PARTICLES.has(toks[j].lower))) j++;
      const t = toks[j];
      if (!t || t.text === ',' || END_PUNCT.has(t.text) || t.kind === TokenKind.Quote) return [np[0], j];
    }
    return np;
  }

  /** "told Libya al-Ahrar TV that ...", "told the jury", "told reporters": [recipient, index after it]. */
  private recipient(k: number, e: number): [Range, number] | null {
    const toks = this.toks;
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
      if (j < e && (this.nounish(toks[j]) || ROLE_NOUNS.has(bare(toks[j])) || isNameWord(toks[j]))) {
        j++;
        while (j < e && j - k < 6 && isNameWord(toks[j])) j++;
        return [[k, j], j];
      }
      return null;
    }
    if (OBJ_PRONOUNS.has(t.lower) || this.nounish(t) || NP_ADJ.has(t.lower)) {
      // "local radio", "state television": adjectives run on to their noun
      let j = k + 1;
      while (j < e && j - k < 4 && NP_ADJ.has(toks[j - 1].lower) && toks[j].kind === TokenKind.Word && (this.nounish(toks[j]) || NP_ADJ.has(toks[j].lower) || ROLE_NOUNS.has(toks[j].lower))) j++;
      return [[k, j], j];
    }
    return null;
  }

  /** "... and warned that ...", "... and accused firms of ...": a second reporting verb sharing the subject. */
  private coordinatedCue(j: number): boolean {
    const t = this.toks[j];
    if (!t || t.kind !== TokenKind.Word) return false;
    const info = CUES.get(t.lower);
    if (!info || info.ing || info.ambiguous || info.cls === 'tell') return false;
    const n = this.toks[j + 1];
    return !!n && (n.lower === 'that' || n.text === ':' || n.kind === TokenKind.Quote || (info.cls !== 'that' && !!this.toks[j + 2] && n.kind === TokenKind.Word && n.lower !== 'to' && n.lower !== 'by'));
  }

  /** "..., but the union claimed ...": a clause with a subject and reporting verb of its own starts at j. */
  private ownClause(j: number, e: number): boolean {
    const np = this.rightNP(j, e, 8);
    if (!np) return false;
    let k = np[1];
    // "but Moss, the finance chief, said": an appositive between subject and verb
    if (this.toks[k]?.text === ',') {
      let c = k + 1;
      while (c < e && c - k < 10 && this.toks[c].text !== ',' && this.toks[c].kind === TokenKind.Word && !CUES.has(this.toks[c].lower)) c++;
      if (this.toks[c]?.text === ',' && c > k + 1) k = c + 1;
    }
    while (k < e && k - np[1] < 3 && AUX_ADV.has(this.toks[k].lower)) k++;
    const info = CUES.get(this.toks[k]?.lower ?? '');
    return !!info && !info.ing && !info.ambiguous && (info.cls === 'say' || info.cls === 'that' || info.cls === 'tell') && !this.toks[k].capital;
  }

  /** Content end on the right: sentence end, or before ", adding ..." / ", according to ..." / ", but Y said". */
  private rightContentEnd(k: number, e: number): number {
    const toks = this.toks;
    for (let j = k; j < e - 1; j++) {
      if (toks[j].text === ';' && toks[j].quote < 0 && j > k + 2) return j;
      // "... would rise but Moss said ...": a linked clause with its own subject and reporting verb
      if (CLAUSE_LINKS.has(toks[j].lower) && toks[j - 1].text !== ',' && toks[j].quote < 0 && j > k + 2 && this.ownClause(j + 1, e)) return j;
      if ((toks[j].lower === 'and' || toks[j].lower === 'but') && toks[j].quote < 0 && j > k + 2 && this.coordinatedCue(j + 1)) return toks[j - 1].text === ',' ? j - 1 : j;
      if (toks[j].text !== ',' || toks[j].quote >= 0) continue;
      const n = toks[j + 1];
      if (CLAUSE_LINKS.has(n.lower) && j > k + 2 && this.ownClause(j + 2, e)) return j;
      // "While Lind said prices would rise, Moss said ...", "Although Lind said ..., they fell":
      // a report inside an opening subordinate clause ends with that clause
      if (j > k + 1 && n.kind === TokenKind.Word && this.inOpeningSubordinate(k)) return j;
      if (n.lower === 'according' && toks[j + 2]?.lower === 'to') return j;
      if (n.lower === 'with' && this.withSubject(this.nextCue(j + 2, e))) return j;
      if (n.lower === 'and' && this.coordinatedCue(j + 2)) return j;
      const info = CUES.get(n.lower);
      if ((info?.ing && info.cls !== 'act') || VIA_FORMS.has(n.lower)) return j;
    }
    return e;
  }

  /** "..., with one official saying ...": an -ing report whose subject follows "with" after a comma. */
  private withSubject(i: number): boolean {
    const info = CUES.get(this.toks[i]?.lower ?? '');
    if (!info?.ing || info.cls === 'act') return false;
    const np = this.leftNP(i - 1, Math.max(0, i - 9));
    return !!np && this.toks[np[0] - 1]?.lower === 'with' && this.toks[np[0] - 2]?.text === ',';
  }

  /** The first reporting verb within a few words of k, or -1. */
  private nextCue(k: number, e: number): number {
    for (let j = k; j < e && j < k + 8; j++) if (CUES.has(this.toks[j].lower)) return j;
    return -1;
  }

  /** Token k is in the clause that opens its sentence with "While", "Although", "Whereas" (before its first comma). */
  private inOpeningSubordinate(k: number): boolean {
    const s = this.m.sentences[this.m.sentenceOf[k]];
    if (!SUBORDINATORS.has(this.toks[s.start]?.lower ?? '')) return false;
    for (let j = s.start; j < k; j++) if (this.toks[j].text === ',') return false;
    return true;
  }

  private untilComma(k: number, e: number): number {
    for (let j = k; j < e; j++) if (this.toks[j].text === ',' && this.toks[j].quote < 0) return j;
    return e;
  }

  /** "X said Y, the Z website said": the last clause attributes the whole; Z is the channel. */
  private outerAttribution(k: number, end: number, e: number): { cut: number; via: Range } | null {
    const toks = this.toks;
    let comma = -1;
    for (let j = end - 1; j > k; j--) {
      if (toks[j].text === ',' && toks[j].quote < 0) { comma = j; break; }
    }
    if (comma < 0 || end < e) return null;
    for (let q = comma + 2; q < e && q < comma + 16; q++) {
      const info = CUES.get(toks[q].lower);
      if (!info || info.cls === 'act' || info.cls === 'that') continue;
      const j = this.skipLeft(q - 1, comma + 1);
      const np = this.leftNP(j, comma + 1);
      if (!np || np[0] !== comma + 1) return null;
      if (this.skipMods(q + 1, e) < e) return null;
      return { cut: comma, via: np };
    }
    return null;
  }

  /** Content before the source: a quotation right before it, or the sentence up to a comma. */
  private leftContent(s: Sentence, lead: number): Range | null {
    const toks = this.toks;
    const p = lead - 1;
    if (p < s.start) return null;
    const pt = toks[p];
    let qClose = -1;
    if (pt.kind === TokenKind.Quote && pt.quote < 0) qClose = p;
    else if (pt.text === ',' && toks[p - 1]?.kind === TokenKind.Quote && toks[p - 1].quote < 0) qClose = p - 1;
    if (qClose >= 0) {
      const region = this.quoteAt(this.m.quoteByClose, qClose);
      if (!region || region.end <= region.first) return null;
      // a quotation that ends a longer sentence is part of the content ("the road is \"closed\", X said")
      let wordsBefore = false;
      for (let j = s.start; j < region.open; j++) if (toks[j].kind === TokenKind.Word) wordsBefore = true;
      if (!wordsBefore) return [region.open, qClose + 1];
      if (pt.kind === TokenKind.Quote) return [s.start, qClose + 1];
    }
    if (!(pt.text === ',' || pt.text === '—' || pt.text === '–' || pt.text === ':')) return null;
    if (p - s.start < 2) return null;
    return [s.start, p];
  }

  /** Character span of content, without the quotation marks around a whole quotation. */
  private contentChars(a: number, b: number): [number, number] {
    const toks = this.toks;
    a = this.afterDateline(a, b);
    while (a < b && toks[a].kind === TokenKind.Punct && /^[:,;—–-]$/.test(toks[a].text)) a++;
    while (b > a && toks[b - 1].kind === TokenKind.Punct && /^[:,;—–-]$/.test(toks[b - 1].text)) b--;
    if (b <= a) return [toks[Math.min(a, toks.length - 1)].start, toks[Math.min(a, toks.length - 1)].start];
    if (toks[a].kind === TokenKind.Quote && toks[b - 1].kind === TokenKind.Quote && b - a > 2) {
      const r = this.quoteAt(this.m.quoteByOpen, a);
      if (r && r.close === b - 1) return [toks[a + 1].start, toks[b - 2].end];
    }
    return [toks[a].start, toks[b - 1].end];
  }

  private quoteAt(map: Map<number, number>, tok: number) {
    const i = map.get(tok);
    return i === undefined ? undefined : this.m.quotes[i];
  }

  /** "WASHINGTON (Capitol Wire) — ...", "VARDHOLM, March 3 (NorthWire) - ...": a dateline is not content. */
  private afterDateline(a: number, b: number): number {
    const toks = this.toks;
    const t = toks[a];
    if (!t || t.kind !== TokenKind.Word || t.text.length < 3 || t.text !== t.text.toUpperCase() || !/\p{Lu}/u.test(t.text)) return a;
    if (a > 0 && this.m.paragraphs.every(([pa]) => pa !== a)) return a;
    for (let j = a + 1; j < b && j < a + 14; j++) {
      const x = toks[j].text;
      if (x === '—' || x === '–' || x === '-' || (x === ':' && j === a + 1)) return j + 1 < b ? j + 1 : a;
      if (toks[j].quote >= 0 || END_PUNCT.has(x)) break;
    }
    return a;
  }

  /** The quotation region opening at token a, when the content starts with one. */
  private wholeQuote(a: number): number | undefined {
    const toks = this.toks;
    if (toks[a]?.kind !== TokenKind.Quote) return undefined;
    return this.m.quoteByOpen.get(a);
  }

  private kindOf(a: number, b: number): ClaimKind {
    const toks = this.toks;
    let inQ = 0;
    let words = 0;
    for (let j = a; j < b; j++) {
      if (toks[j].kind !== TokenKind.Word) continue;
      words++;
      if (toks[j].quote >= 0) inQ++;
    }
    if (words && inQ === words) return 'direct';
    return inQ > 0 ? 'mixed' : 'indirect';
  }

  /** "According to X, C." / "C, according to X." (`n`: words in the cue) */
  private according(s: Sentence, i: number, e: number, n: number): number {
    const toks = this.toks;
    // the whole phrase up to the punctuation names the source ("a Northwire tally based on hospital figures")
    const np = this.phraseUntilPunct(i + n, e, 10) ?? this.rightNP(i + n, e, 14);
    if (!np) return i + n;
    return this.framed(s, i, e, np, [i, i + n], 'according_to', 0.8);
  }

  /** "As one resident put it, C." / "C, as the minister put it." */
  private asPutIt(s: Sentence, i: number, e: number): number {
    const toks = this.toks;
    let put = i + 2;
    while (put < e && put < i + 10 && toks[put].kind === TokenKind.Word && !(toks[put].lower === 'put' && toks[put + 1]?.lower === 'it')) put++;
    if (toks[put]?.lower !== 'put') return -1;
    const np = this.rightNP(i + 1, put, 8);
    if (!np || np[1] !== put) return -1;
    const after = np[1] + 2;
    // "As X put it: \"...\"" introduces its content like a comma does
    if (toks[after]?.text === ':') return this.framed(s, i, e, np, [np[1], after], 'indirect', 0.75, after);
    return this.framed(s, i, e, np, [np[1], after], 'indirect', 0.75);
  }

  /** A source phrase framing its sentence: content after it (when it opens the sentence) or before it. */
  private framed(s: Sentence, i: number, e: number, np: Range, cue: Range, kind: ClaimKind, confidence: number, sep = -1): number {
    const toks = this.toks;
    const stop = Math.max(np[1], cue[1]);
    const sepTok = sep >= 0 ? sep : stop;
    let r: Range | null = null;
    if (i === s.start || (toks[i - 1].kind === TokenKind.Quote && i - 1 === s.start)) {
      // "According to Lind, prices will rise, while Moss said ...": the content stops where another report begins
      if ((toks[sepTok]?.text === ',' || toks[sepTok]?.text === ':') && sepTok + 1 < e) r = [sepTok + 1, this.rightContentEnd(sepTok + 1, e)];
    } else if (toks[i - 1].text === ',' || toks[i - 1].text === '—' || toks[i - 1].text === '(') {
      // "The water, according to Ruiz, was brown.": the frame sits inside its content
      const inside = toks[stop]?.text === ',' && toks[stop].quote < 0 && toks[stop + 1]?.kind === TokenKind.Word && !toks[stop + 1].capital && !RELATIVE.has(toks[stop + 1].lower) && !VIA_FORMS.has(toks[stop + 1].lower) && stop + 2 < e && toks[i - 1].text === ',';
      if (inside) r = [s.start, e];
      else if (i - 1 - s.start >= 2) r = [s.start, i - 1];
    } else if (i - s.start >= 2 && kind === 'according_to') r = [s.start, e];
    if (!r) return stop;
    const idx = this.push({ kind: kind === 'according_to' ? kind : this.kindOf(r[0], r[1]), source: np, cue, content: this.contentChars(r[0], r[1]), via: null, confidence, at: i, para: s.para });
    if (idx >= 0 && kind !== 'according_to') this.claims[idx].quote = this.wholeQuote(r[0]);
    return stop;
  }

  /** "RIA Novosti quoted a source in Benghazi as saying ...": source is the object, the subject the channel. */
  private quotedAs(s: Sentence, i: number, e: number): number {
    const toks = this.toks;
    for (let j = i + 1; j < e - 1 && j < i + 20; j++) {
      if (toks[j].kind !== TokenKind.Word) return -1;
      if (toks[j].lower === 'as' && SAYING.has(toks[j + 1].lower)) {
        // passive: "Ana Vidal was quoted (by the Post) as saying": the subject speaks, the agent is the channel
        const passive = BE.has(toks[i - 1]?.lower ?? '');
        if (j === i + 1 && !passive) return -1;
        const subj = this.leftNP(this.skipLeft(i - 1, s.start), s.start);
        const agent: Range | null = j > i + 1 ? (toks[i + 1].lower === 'by' ? [i + 2, j] : [i + 1, j]) : null;
        const source = passive ? subj : agent;
        const via = passive ? agent : subj;
        if (!source || (via && via[1] <= via[0])) return -1;
        let k = j + 2;
        if (toks[k]?.lower === 'that' || toks[k]?.text === ':') k++;
        if (k >= e) return -1;
        const end = this.rightContentEnd(k, e);
        const idx = this.push({ kind: this.kindOf(k, end), source, cue: [i, i + 1], content: this.contentChars(k, end), via, confidence: 0.75, at: i, para: s.para });
        if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
        return end;
      }
    }
    return -1;
  }

  /** 'Ruth Ellery: "We will build them."' — a name, a colon and a quotation, with no verb. */
  private colonQuote(s: Sentence, e: number): boolean {
    const toks = this.toks;
    let j = s.start;
    while (j < e && j - s.start < 8 && toks[j].kind === TokenKind.Word && (isNameWord(toks[j]) || TITLES.has(toks[j].lower) || PARTICLES.has(toks[j].lower))) j++;
    if (j === s.start || toks[j]?.text !== ':' || toks[j + 1]?.kind !== TokenKind.Quote || !isNameWord(toks[j - 1])) return false;
    const region = this.quoteAt(this.m.quoteByOpen, j + 1);
    if (!region || region.end - region.first < 2) return false;
    const end = region.close >= 0 ? region.close + 1 : region.end;
    const idx = this.push({ kind: 'direct', source: [s.start, j], cue: [j, j + 1], content: this.contentChars(j + 1, end), via: null, confidence: 0.6, at: j, para: s.para });
    if (idx >= 0) this.claims[idx].quote = this.wholeQuote(j + 1);
    return idx >= 0;
  }

  /** "called X \"Y\"": the quoted judgement; after a comma ("..., calling it \"Y\"") the same speaker. */
  private calledQuote(s: Sentence, i: number, e: number): number {
    const toks = this.toks;
    let q = -1;
    for (let j = i + 1; j < e && j < i + 8; j++) {
      if (toks[j].kind === TokenKind.Quote && toks[j].quote < 0) { q = j; break; }
      if (toks[j].kind !== TokenKind.Word) return -1;
    }
    if (q < 0 || q === i + 1) return -1;
    // "..., calling it \"an insult\"": the speaker of the clause before (or the sentence's subject)
    const comma = toks[i - 1]?.text === ',' && toks[i].lower === 'calling';
    const last = comma && this.claims.length > this.sentStart ? this.claims.length - 1 : -1;
    const source = last >= 0 ? null : comma ? (PRONOUNS.has(toks[s.start].lower) ? ([s.start, s.start + 1] as Range) : this.rightNP(s.start, i, 8)) : this.leftSource(s, i);
    if (!source && last < 0) return -1;
    // up to the end of the quoted judgement (and its "of ..." tail), not into "and said ..." after it
    const region = this.quoteAt(this.m.quoteByOpen, q);
    let end = this.untilComma(q, e);
    if (region && region.close >= 0) {
      let j = region.close + 1;
      while (j < end && toks[j].kind === TokenKind.Word && toks[j].lower !== 'and' && toks[j].lower !== 'but') j++;
      end = j;
    }
    const idx = this.push({ kind: 'mixed', source, cue: [i, i + 1], content: this.contentChars(i + 1, end), via: null, confidence: 0.6, at: i, para: s.para, sameAs: last >= 0 ? last : undefined });
    return idx >= 0 ? end : -1;
  }

  /** A quotation that fills a sentence with no cue continues the last speaker nearby. */
  private continuations(): void {
    const toks = this.toks;
    const used = new Set<number>();
    for (const c of this.claims) if (c.quote !== undefined) used.add(c.quote);
    const claimSents = new Set<number>();
    for (const c of this.claims) claimSents.add(this.m.sentenceOf[c.at]);
    const ats = this.claims.map((c) => c.at);
    const added: RawClaim[] = [];
    this.m.quotes.forEach((r, qi) => {
      if (used.has(qi) || this.skip.has(r.para)) return;
      const si = this.m.sentenceOf[r.open];
      if (this.m.sentences[si].start !== r.open || claimSents.has(si)) return;
      const s = this.m.sentences[si];
      const endTok = r.close >= 0 ? r.close : r.end - 1;
      // the quotation must fill the sentence (bar closing punctuation)
      for (let j = endTok + 1; j < s.end; j++) if (toks[j].kind === TokenKind.Word) return;
      if (r.end - r.first < 3) return;
      // nearest claim before it within two paragraphs, else the next one in the following paragraph
      // claims are in text order here: binary search for the last one before the quotation
      let lo = 0;
      let hi = ats.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ats[mid] < r.open) lo = mid + 1;
        else hi = mid;
      }
      const prevIdx = lo - 1;
      let target = -1;
      if (prevIdx >= 0 && r.para - this.claims[prevIdx].para <= 2) target = prevIdx;
      else if (r.close < 0) {
        const nx = this.claims[lo];
        if (nx && nx.at > r.open && nx.para === r.para + 1) target = lo;
      }
      if (target < 0) return;
      const lastWord = r.close >= 0 ? r.close - 1 : r.end - 1;
      added.push({ kind: 'direct', source: null, cue: null, content: [toks[r.first].start, toks[lastWord].end], via: null, confidence: 0.6, at: r.open, para: r.para, continues: target, quote: qi });
    });
    this.claims.push(...added);
  }
}
