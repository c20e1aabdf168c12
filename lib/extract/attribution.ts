// Finds attributions sentence by sentence: the cue, the words naming the source, the content and
// the channel. Works on token indices; every scan is bounded, so the whole pass is linear.
import type { ClaimKind } from '../types';
import { AS_CUES, CUES, INFINITIVE_CUES, WH_CUES, WH_WORDS, UNNAMED_PARTICIPLES, VIA_FORMS, type CueInfo } from './cues';
import { AUX_ADV, CAP_STOP, DAYS, DETERMINERS, DOC_NOUNS, MOD_NOUNS, MONTHS, NP_ADJ, NP_LINKS, ORG_WORDS, PARTICLES, PLACES, PLATFORMS, PRONOUNS, ROLE_NOUNS, TIME_WORDS, TITLES } from './lexicon';
import { isNameWord } from './names';
import { K, type Sentence, type TextModel, type Token } from './text';

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
const isPartyTag = (t: Token | undefined): boolean => !!t && /^[DRI]-\p{Lu}/u.test(t.t);

const bare = (t: Token): string => t.low.replace(/['’]s?$/, '');

export class SentenceAnalyser {
  readonly claims: RawClaim[] = [];
  private readonly toks: Token[];

  constructor(private readonly m: TextModel, private readonly skip: ReadonlySet<number>) {
    this.toks = m.toks;
  }

  run(): RawClaim[] {
    for (const s of this.m.sents) {
      if (this.skip.has(s.para)) continue;
      this.sentence(s);
    }
    this.compact();
    this.continuations();
    return this.claims;
  }

  /** Sentence end without closing punctuation. */
  private contentEnd(s: Sentence): number {
    let e = s.b;
    while (e > s.a && this.toks[e - 1].k === K.Punct && (END_PUNCT.has(this.toks[e - 1].t) || this.toks[e - 1].t === ',')) e--;
    return e;
  }

  private sentence(s: Sentence): void {
    this.scan(s);
    // An unnamed passive ("are known to have died") yields to a named source of the same words.
    const first = this.sentStart;
    // "X is understood to have told colleagues she would quit": a report inside the hedged clause is part of it
    for (const h of this.claims.slice(first)) {
      if (!h.hedged || !h.cue) continue;
      const from = this.toks[h.cue[1]].s;
      for (const c of this.claims.slice(first)) {
        if (c !== h && c.cue && this.toks[c.cue[0]].s >= from && this.toks[c.cue[0]].s < h.content[1] && c.content[0] >= from) c.dropped = true;
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
      const inner = this.claims.slice(first).find((d) => d !== c && d.kind !== 'according_to' && !d.hedged && d.cue && this.toks[d.cue[0]].s >= c.content[0] && this.toks[d.cue[0]].e <= c.content[1]);
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
    let i = s.a;
    while (i < s.b) {
      const t = toks[i];
      if (t.k !== K.Word || t.q >= 0) { i++; continue; }
      if (t.low === 'according' && toks[i + 1]?.low === 'to') { i = this.according(s, i, e, 2); continue; }
      // "In the words of X, ..." reads like "According to X, ..."
      if (t.low === 'in' && toks[i + 1]?.low === 'the' && toks[i + 2]?.low === 'words' && toks[i + 3]?.low === 'of') { i = this.according(s, i, e, 4); continue; }
      if (t.low === 'as') {
        const r = this.asPutIt(s, i, e);
        if (r > 0) { i = r; continue; }
      }
      if (t.low === 'reportedly' && this.claims.length === first) {
        this.push({ kind: 'unnamed', source: null, cue: [i, i + 1], content: this.chars(s.a, e), via: null, confidence: 0.5, at: i, para: s.para });
        i++;
        continue;
      }
      // "called the cuts \"a betrayal\"": calling something names a judgement (a quote follows)
      const naming = t.low === 'called' || t.low === 'calls' || t.low === 'calling' || NAMING.has(CUES.get(t.low)?.lemma ?? '');
      if (naming && toks[i + 1]?.low !== 'for' && toks[i + 1]?.low !== 'on') {
        const r = this.calledQuote(s, i, e);
        if (r > 0) { i = r; continue; }
      }
      if (((t.low === 'quoted' || t.low === 'cited') && toks[i - 1]?.t !== ',') || (t.low === 'reported' && BE.has(toks[i - 1]?.low ?? '') && toks[i + 1]?.low === 'as')) {
        const r = this.quotedAs(s, i, e);
        if (r > 0) { i = r; continue; }
      }
      if (VIA_FORMS.has(t.low)) {
        // "..., citing eyewitnesses": the channel of the claim before it in this sentence
        if (toks[i - 1]?.t === ',' && this.claims.length > first) {
          const np = this.rightNP(i + 1, e, 10) ?? this.phraseUntilPunct(i + 1, e, 8);
          const last = this.claims[this.claims.length - 1];
          if (np && !last.via) last.via = np;
          if (np) { i = np[1]; continue; }
        }
        i++;
        continue;
      }
      // "made (it) clear that ...": a phrase that reports like "stated"
      const clear = MAKE.has(t.low) ? (toks[i + 1]?.low === 'clear' ? i + 2 : toks[i + 1]?.low === 'it' && toks[i + 2]?.low === 'clear' ? i + 3 : -1) : -1;
      // "The statement read: \"...\"": reading is reporting only before a colon or a quotation
      const reads = (t.low === 'read' || t.low === 'reads') && (toks[i + 1]?.t === ':' || this.quoteToEnd(i + 1, e));
      // "expressed concern that ...", "voiced hope that ...": a stance phrase that reports like "said"
      const stance = EXPRESS.has(t.low) ? this.stanceEnd(i + 1) : -1;
      const info = clear > 0 && toks[clear]?.low === 'that' ? MADE_CLEAR : stance > 0 ? EXPRESSED : reads ? READ : CUES.get(t.low);
      // a capitalised word inside a sentence is part of a name ("Berth Notes", "Daily Report")
      if (!info || (t.cap && i > s.a && toks[i - 1].k === K.Word)) { i++; continue; }
      let cueEnd = info === MADE_CLEAR ? clear : info === EXPRESSED ? stance : i + 1;
      if (info.particles) {
        if (!info.particles.includes(toks[i + 1]?.low ?? '')) { i++; continue; }
        cueEnd = i + 2;
      }
      const r = this.cue(s, i, cueEnd, info, e, first);
      i = Math.max(r, i + 1);
    }
  }

  private chars(a: number, b: number): [number, number] {
    return [this.toks[a].s, this.toks[b - 1].e];
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
    const prevLow = prev && i - 1 >= s.a ? prev.low : '';
    const after = toks[cueEnd];
    // Not cues: "That said,", "the report", "his claims", "a deal denounced by France".
    const objPron = prevLow === 'her' && NP_LINKS.has(toks[i - 2]?.low ?? ''); // "sources close to her said"
    if (prev?.k === K.Word && i - 1 >= s.a && DETERMINERS.has(prevLow) && prevLow !== 'that' && !(prev.cap && i - 1 > s.a) && !objPron) return i + 1;
    if (prevLow === 'that' && toks[i].low === 'said' && after?.t === ',') return i + 1;
    if (toks[i].low.includes('-')) return i + 1; // "so-called", "well-known"
    // "declined to comment", "wants to say": only "emailed to say" and the like report speech
    if (prevLow === 'to' && this.toVerb(i - 1) < 0) return i + 1;
    if (info.participle && after?.low === 'by') return i + 1;
    // "An aide, who requested anonymity to discuss the talks, said": the main verb reports, not the clause
    const clauseEnd = RELATIVE.has(prevLow) && toks[i - 2]?.t === ',' ? this.mainCueAfterClause(i, s.b) : -1;
    if (clauseEnd > 0 && (info.cls === 'act' || (info.cls === 'that' && after?.low !== 'that'))) return i + 1;
    // "Hale, who said the vote was rigged, told reporters ...": the clause ends where the main verb begins
    if (clauseEnd > 0) e = clauseEnd;
    // An -ing form is a verb here only after "is/was/been" ("has been urging"), a comma (", adding")
    // or a document ("a statement saying"); else it is a noun or adjective ("a flood warning").
    if (info.ing && prev?.t !== ',' && !BE.has(prevLow) && !DOC_NOUNS.has(bare(prev ?? toks[i])) && !AUX_ADV.has(prevLow) && !PRONOUNS.has(prevLow) && !this.withSubject(i)) return i + 1;
    // Passive with no agent: an unnamed source ("are reported to be", "It was reported that").
    let b = i - 1;
    while (b >= s.a && toks[b].k === K.Word && (toks[b].low === 'also' || toks[b].low === 'widely' || toks[b].low === 'previously' || toks[b].low === 'not' || toks[b].low === 'now')) b--;
    if (b >= s.a && BE.has(toks[b].low) && info.participle) {
      if (!UNNAMED_PARTICIPLES.has(toks[i].low)) return i + 1;
      // "is thought to favour a delay": the infinitive is the content, not a place phrase to skip
      const k = toks[cueEnd]?.low === 'to' ? cueEnd : this.skipMods(cueEnd, e);
      // "Ruiz, who is believed to be 45, said ...", "which is expected to": a hedge inside a relative
      // clause describes; the sentence's own report (if any) is read on
      if (RELATIVE.has(toks[b - 1]?.low ?? '') || (toks[b - 1]?.low === 'that' && toks[b - 2]?.k === K.Word)) return i + 1;
      if (toks[k]?.low === 'to') {
        this.push({ kind: 'unnamed', source: null, cue: [b, cueEnd], content: this.chars(s.a, e), via: null, confidence: 0.55, at: i, para: s.para, hedged: true });
        // read on: "..., two aides said" names the source after all
        return k + 1;
      }
      // "It is thought the talks will resume": "that" may be left out before a clause
      const clause = toks[k]?.low === 'that' ? k + 1 : toks[k] && (DETERMINERS.has(toks[k].low) || PRONOUNS.has(toks[k].low) || toks[k].cap) && toks[k].q < 0 ? k : -1;
      if (clause > 0 && clause < e) {
        let sb = b - 1;
        // "It has been reported that"
        while (sb > s.a && (BE.has(toks[sb].low) || toks[sb].low === 'has' || toks[sb].low === 'had' || toks[sb].low === 'also')) sb--;
        const subj = sb >= s.a ? toks[sb].low : '';
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
      const subj = PRONOUNS.has(toks[s.a].low) ? ([s.a, s.a + 1] as Range) : this.rightNP(s.a, e, 10);
      const k = this.skipMods(cueEnd, e, true);
      const end = this.rightContentEnd(k, e);
      if (subj && end - k >= 2 && subj[1] < i - 2 && (toks[subj[1]].t === ',' || toks[subj[1]].k === K.Word)) {
        const idx = this.push({ kind: this.kindOf(k, end), source: subj, cue: [i, cueEnd], content: this.contentChars(k, end), via: null, confidence: 0.6, at: i, para: s.para });
        if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
        return end;
      }
    }
    // ", warning of ..." with no claim before: the subject of the sentence speaks.
    if (prev?.t === ',' && info.ing && this.claims.length === first && info.cls !== 'that') {
      const subj = PRONOUNS.has(toks[s.a].low) ? ([s.a, s.a + 1] as Range) : this.rightNP(s.a, e, 8);
      let k = this.skipMods(cueEnd, e, true);
      if (toks[k]?.low === 'of' && info.lemma === 'warn') k++;
      const end = info.cls === 'act' ? this.untilComma(k, e) : this.rightContentEnd(k, e);
      if (subj && end - k >= 2 && subj[1] < i) {
        const idx = this.push({ kind: this.kindOf(k, end), source: subj, cue: [i, cueEnd], content: this.contentChars(k, end), via: null, confidence: 0.55, at: i, para: s.para });
        if (idx >= 0) this.claims[idx].quote = this.wholeQuote(k);
        return end;
      }
    }
    // ", adding that ...": the claim before in this sentence goes on.
    if (prev?.t === ',' && info.ing && this.claims.length > first) {
      const last = this.claims.length - 1;
      const k = this.skipMods(cueEnd, e, true);
      if (k < e && info.cls !== 'that' || toks[k - 1]?.low === 'that') {
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
    if (!inverted && (toks[source[0] - 1]?.low === 'which' || toks[source[0] - 1]?.low === 'what')) return i + 1;
    // "His office released a statement saying ...": the one who released it speaks through it.
    let docVia: Range | null = null;
    if (info.ing && !inverted && DOC_NOUNS.has(bare(toks[source[1] - 1])) && (toks[source[0]].low === 'a' || toks[source[0]].low === 'an')) {
      const subj = PRONOUNS.has(toks[s.a].low) ? ([s.a, s.a + 1] as Range) : this.rightNP(s.a, source[0], 8);
      if (subj && subj[0] === s.a) {
        docVia = source;
        source = subj;
      }
    }
    if (info.ambiguous && !inverted) {
      const lp = toks[i - 1];
      const k = this.skipMods(cueEnd, e, true);
      const thatAfter = toks[k - 1]?.low === 'that' || toks[k - 1]?.t === ':' || toks[k]?.k === K.Quote;
      // a noun-or-verb form is a verb when it agrees with its subject: "figures show", "the study claims"
      // the head is the noun before a linking word ("Figures from the Association show")
      let h = source[0] + 1;
      while (h < source[1] && !(NP_LINKS.has(toks[h].low) && !toks[h].cap)) h++;
      const head = toks[h - 1];
      const plural = /s$/.test(bare(head)) || PRONOUNS.has(head.low) || head.low === 'police';
      const thirdPerson = toks[i].low.endsWith('s');
      // "Hale's comments came ...": after a possessive the word is a noun
      if (/['’]s?$/.test(head.t) && head === toks[i - 1]) return i + 1;
      const agrees = thirdPerson ? !plural || head.low === 'he' || head.low === 'she' || head.low === 'it' : plural;
      if (!thatAfter && !MODAL_OR_PRON.has(lp.low) && !agrees) return i + 1;
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
    if (toks[k]?.t === ',' && VIA_FORMS.has(toks[k + 1]?.low ?? '')) {
      for (let c = k + 2; c < e && c < k + 16; c++) {
        if (toks[c].t !== ',') continue;
        if (toks[c + 1]?.low === 'that') { via = via ?? [k + 2, c]; k = c + 2; }
        break;
      }
    }
    // "asked whether ...", "described how ...": the wh-word opens the content and stays in it
    const whClause = WH_CUES.has(info.lemma) && WH_WORDS.has(toks[k]?.low ?? '') && k + 2 < e;
    const thatIntro = toks[k - 1]?.low === 'that' || toks[k - 1]?.t === ':' || whClause;

    // What: content on the right, or on the left ("..., X said." / "\"...,\" X said").
    // A quotation on both sides ("\"A,\" she said, \"B.\"") is one split quotation, read from the left.
    const splitQuote = toks[k]?.k === K.Quote && toks[k - 1]?.t === ',' && !!this.leftContent(s, inverted ? i : source[0]) && toks[(inverted ? i : source[0]) - 1]?.k === K.Quote;
    // "\"...,\" she said of the ruling" / "... when asked": after a quotation, only "that", a colon or
    // another quotation opens content on the right
    const lp = toks[(inverted ? i : source[0]) - 1];
    const quotedLeft = !!lp && (lp.k === K.Quote ? lp.q < 0 && this.m.quoteByClose.has((inverted ? i : source[0]) - 1) : lp.t === ',' && this.m.quoteByClose.has((inverted ? i : source[0]) - 2));
    const afterQuote = quotedLeft && !thatIntro && toks[k]?.k !== K.Quote && !!this.leftContent(s, inverted ? i : source[0]);
    const rightEmpty = splitQuote || afterQuote || k >= e || toks[k]?.t === ',' || toks[k]?.t === ')' || toks[k]?.t === '(';
    // "It was, he said, \"a dark chapter\"": a clause cut after its verb resumes with a quotation
    if (toks[k]?.k === K.Quote && toks[k - 1]?.t === ',' && toks[source[0] - 1]?.t === ',' && source[0] - 2 >= s.a && BE.has(toks[source[0] - 2].low) && !inverted) {
      const idx = this.push({ kind: this.kindOf(s.a, e), source, cue: [i, cueEnd], content: this.contentChars(s.a, e), via, confidence: 0.65, at: i, para: s.para });
      return idx >= 0 ? e : i + 1;
    }
    if (!rightEmpty && !inverted) {
      // "described the response as a disgrace": the judgement is the content
      const asJudgement = AS_CUES.has(info.lemma) && this.asAhead(k, e);
      if (info.cls === 'that' && !thatIntro && toks[k]?.k !== K.Quote && !asJudgement) {
        // cognition verbs often drop "that": "He reckons the timing will sting."
        const n = toks[k];
        const clause = n && (DETERMINERS.has(n.low) || PRONOUNS.has(n.low) || isNameWord(n) || QUANTIFIERS.has(n.low) || /^\d/.test(n.t)) && e - k >= 4 || (!!n && this.finiteVerbAhead(k + 1, e) && e - k >= 2);
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
    if (toks[k]?.t === ',' && toks[lead - 1]?.t === ',' && lead - 1 > s.a && e - k > 2 && resume?.k === K.Word && !resume.cap && (AUX_ADV.has(resume.low) || !(CAP_STOP.has(resume.low) || /ing$/.test(resume.low) || VIA_FORMS.has(resume.low) || RELATIVE.has(resume.low) || DETERMINERS.has(resume.low) || NP_ADJ.has(resume.low))) && toks[k].q < 0 && info.cls !== 'act') {
      const idx = this.push({ kind: this.kindOf(s.a, e), source, cue: [i, cueEnd], content: this.contentChars(s.a, e), via, confidence: 0.65, at: i, para: s.para });
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
      confidence: toks[leftR[0]].k === K.Quote ? 0.9 : 0.75,
      at: i,
      para: s.para,
    });
    if (idx >= 0) {
      this.claims[idx].quote = this.wholeQuote(leftR[0]);
      // Split quotation: "A," said X, "B."
      const after2 = inverted ? source[1] : cueEnd;
      let j = this.skipMods(after2, s.b);
      if (toks[j]?.t === ',') j++;
      if (toks[j - 1]?.t === ',' && toks[j]?.k === K.Quote && toks[j].q < 0) {
        const region = this.quoteAt(this.m.quoteByOpen, j);
        if (region && region.b <= s.b) {
          const c = this.claims[idx];
          c.content = [c.content[0], this.toks[region.b - 1].e];
          c.kind = 'direct';
          return region.b;
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
      if (infinitive && t.low === 'to' && toks[k + 1]?.k === K.Word && !toks[k + 1].cap && !DETERMINERS.has(toks[k + 1].low)) break;
      if (t.k === K.Word && (DAYS.has(t.low) || MONTHS.has(t.low))) { k++; continue; }
      if (t.k === K.Word && TIME_WORDS.has(t.low) && (DAYS.has(toks[k + 1]?.low ?? '') || /^(week|month|year|night|morning|evening)$/.test(toks[k + 1]?.low ?? ''))) { k += 2; continue; }
      if (t.k === K.Punct && /^\p{N}/u.test(t.t)) { k++; continue; }
      if (t.k === K.Word && /^\d{1,2}$/.test(t.t) && MONTHS.has(toks[k - 1]?.low ?? '')) { k++; continue; }
      if (t.k === K.Word && ['in', 'at', 'on', 'during', 'to', 'via', 'through', 'over', 'from', 'outside', 'after', 'before'].includes(t.low)) {
        const p = this.modPhrase(k + 1, e);
        if (p > 0) { k = p; continue; }
        // "said at the picket line.": a short place phrase that ends the sentence
        if (e - k <= 7 && this.phraseToEnd(k + 1, e)) return e;
        break;
      }
      // "in a video posted on the company's website" (to the end, or up to "that")
      if (t.k === K.Word && !t.cap && (/ed$/.test(t.low) || PARTICIPLES.has(t.low)) && ['on', 'by', 'to', 'in', 'at'].includes(toks[k + 1]?.low ?? '')) {
        if (e - k <= 9 && this.phraseToEnd(k + 2, e)) return e;
        const that = this.thatWithin(k + 2, e, 8);
        if (eatThat && that > 0 && this.phraseToEnd(k + 2, that)) { k = that; continue; }
      }
      // ", formerly Twitter, that ...", ", in a rare interview, that ...": an aside before "that"
      if (eatThat && t.t === ',' && t.q < 0) {
        const that = this.thatWithin(k + 1, e, 8);
        const adv = toks[k + 1].k === K.Word && /ly$/.test(toks[k + 1].low) ? 1 : 0;
        if (that > k + 2 && toks[that - 1].t === ',' && this.phraseToEnd(k + 1 + adv, that - 1)) { k = that; continue; }
      }
      // "that" opens the content, unless it is the determiner of a one-word object ("denied that claim")
      if (eatThat && (t.low === 'that' || t.t === ':') && !(t.low === 'that' && e - k <= 2)) { k++; break; }
      if (t.t === ',' && toks[k + 1]?.k === K.Quote) { k++; continue; }
      // ", however," / ", too," between the cue and its content
      if (t.t === ',' && toks[k + 2]?.t === ',' && PARENTHETICAL.has(toks[k + 1]?.low ?? '')) { k += 3; continue; }
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
      if (toks[j].k === K.Quote || END_PUNCT.has(toks[j].t)) return -1;
      if (toks[j].t !== ',') continue;
      let k = j + 1;
      while (k < b && k - j < 4 && AUX_ADV.has(toks[k].low)) k++;
      const info = CUES.get(toks[k]?.low ?? '');
      return info && !info.ing && !toks[k].cap ? j : -1;
    }
    return -1;
  }

  /** "(deep) concern" after "expressed" with "that" next: the index after the noun, else -1. */
  private stanceEnd(j: number): number {
    const toks = this.toks;
    let k = j;
    while (k < j + 2 && toks[k]?.k === K.Word && !STANCE_NOUNS.has(toks[k].low) && !toks[k].cap && !CUES.has(toks[k].low)) k++;
    return STANCE_NOUNS.has(toks[k]?.low ?? '') && toks[k + 1]?.low === 'that' ? k + 1 : -1;
  }

  /** A finite verb within a few words ("global chip sales rose"): the words from k open a clause. */
  private finiteVerbAhead(k: number, e: number): boolean {
    for (let j = k; j < e && j < k + 5; j++) {
      const t = this.toks[j];
      if (t.k !== K.Word) return false;
      if (BE.has(t.low) || FINITE.has(t.low) || (/ed$/.test(t.low) && !t.cap && j > k)) return true;
    }
    return false;
  }

  /** "as" follows within a few words, with no punctuation before it ("the plan as reckless"). */
  private asAhead(k: number, e: number): boolean {
    for (let j = k + 1; j < e && j < k + 8; j++) {
      if (this.toks[j].k !== K.Word) return false;
      if (this.toks[j].low === 'as') return j + 1 < e;
    }
    return false;
  }

  /** Index of "that" within `max` tokens from k, or -1. */
  private thatWithin(k: number, e: number, max: number): number {
    for (let j = k; j < e && j < k + max; j++) if (this.toks[j].low === 'that') return j;
    return -1;
  }

  /** Words from k up to the next punctuation, when short ("citing railway workers"). */
  private phraseUntilPunct(k: number, e: number, max: number): Range | null {
    let j = k;
    while (j < e && this.toks[j].k === K.Word) j++;
    return j > k && j - k <= max ? [k, j] : null;
  }

  /** Only determiners, names and nouns from k to e (no verb, no clause). */
  private phraseToEnd(k: number, e: number): boolean {
    for (let j = k; j < e; j++) {
      const t = this.toks[j];
      if (t.k !== K.Word) return false;
      if (!(DETERMINERS.has(t.low) || t.cap || isNameWord(t) || this.nounish(t) || NP_ADJ.has(bare(t)) || ROLE_NOUNS.has(bare(t)) || t.low === 'of' || t.low === 'in')) return false;
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
      if (t.k !== K.Word) break;
      const l = bare(t);
      if (l === 'that') break;
      if (MOD_NOUNS.has(l) || PLATFORMS.has(l) || DAYS.has(l) || MONTHS.has(l)) { good = true; continue; }
      if (DETERMINERS.has(l) || l === 'with' || l === 'in' || l === 'of' || l === 'a' || t.cap || NP_ADJ.has(l)) continue;
      // "a letter to shareholders", "a filing with the Securities and Exchange Commission"
      if (good && (l === 'to' || l === 'for' || l === 'by') && toks[j + 1]?.k === K.Word) continue;
      if ((l === 'and' || l === '&') && toks[j - 1]?.cap && toks[j + 1]?.cap) continue;
      if (this.nounish(t) && j < k + 5) continue; // "a stock exchange filing"
      break;
    }
    if (!good) return -1;
    // do not stop on a dangling link: "a press conference in | the company's office"
    while (j > k && ['in', 'of', 'with', 'a', 'an', 'the'].includes(toks[j - 1].low) && j < e) j--;
    return j;
  }

  /** The subject to the left of a cue, past auxiliaries, a relative clause or an appositive. */
  private leftSource(s: Sentence, i: number): Range | null {
    const toks = this.toks;
    let j = this.skipLeft(i - 1, s.a);
    if (j < s.a) return null;
    // "Hale (pictured) said", "Hale — who lives in Leeds — said", "Hale, in a statement, said": skip the aside
    const open = toks[j].t === ')' ? '(' : toks[j].t === '—' || toks[j].t === '–' ? toks[j].t : '';
    if (open) {
      let o = j - 1;
      while (o > s.a && j - o < 30 && toks[o].t !== open && toks[o].k !== K.Quote) o--;
      if (o > s.a && toks[o].t === open) {
        const np = this.leftNP(this.skipLeft(o - 1, s.a), s.a);
        if (np && (isNameWord(toks[np[1] - 1]) || ROLE_NOUNS.has(bare(toks[np[1] - 1])))) return np;
      }
      return null;
    }
    if (toks[j].t === ',') {
      // ", in a statement," / ", on Tuesday,": a manner or time aside between subject and verb
      for (let c = j - 2; c > s.a && c > j - 9; c--) {
        if (toks[c].t !== ',') continue;
        const w = toks[c + 1];
        const aside = (w.low === 'in' || w.low === 'on' || w.low === 'at' || w.low === 'through' || w.low === 'via') && this.modPhrase(c + 2, j) === j;
        if (aside || (j - c === 2 && PARENTHETICAL.has(w.low))) j = this.skipLeft(c - 1, s.a);
        break;
      }
    }
    if (j < s.a) return null;
    if (toks[j].t === ',') {
      // "Haftar's forces, which have been ..., said" / "Tomas Ekdal, Baltline's chief executive, said"
      // / "The ship's captain, Rashid bin Saleh, told"
      for (let c = j - 1; c >= s.a && c > j - 45; c--) {
        if (toks[c].k === K.Quote) break;
        if (toks[c].t !== ',') continue;
        const f = toks[c + 1];
        // relative clauses, including reduced ones ("The figures, published on Friday by ..., show")
        const rel = RELATIVE.has(f.low) || /ing$/.test(f.low) || (/ed$/.test(f.low) && !f.cap && !ROLE_NOUNS.has(f.low)) || f.low === 'speaking';
        // "Amira Haddad, of West Midlands Police, said": an affiliation
        const affil = (f.low === 'of' || f.low === 'from') && (isNameWord(toks[c + 2]) || DETERMINERS.has(toks[c + 2]?.low ?? ''));
        const appos = affil || DETERMINERS.has(f.low) || /(['’]s|s['’])$/.test(f.t) || ROLE_NOUNS.has(bare(f)) || NP_ADJ.has(f.low) || isNameWord(f) || /^\d+$/.test(f.t);
        if (!rel && !appos) return null;
        if (appos && !rel && j - c > (DETERMINERS.has(f.low) ? 30 : ROLE_NOUNS.has(bare(f)) ? 16 : 9)) return null;
        let np = this.leftNP(c - 1, s.a);
        // "Hamza bin Tariq, 27, who ...": an age between name and clause
        if (!np && /^\d{1,3}$/.test(toks[c - 1]?.t ?? '') && toks[c - 2]?.t === ',') {
          const named = this.leftNP(c - 3, s.a);
          if (named && isNameWord(toks[named[1] - 1])) return named;
        }
        if (!np || np[1] !== (isPartyTag(toks[c - 1]) ? c - 2 : c)) return null;
        // "Jimmy Coyle, skipper of the trawler Silver Fern, which ...": the name before an appositive
        if (rel && toks[np[0] - 1]?.t === ',' && !isNameWord(toks[np[0]]) && toks[np[0] - 2]) {
          const named = this.leftNP(np[0] - 2, s.a);
          if (named && isNameWord(toks[named[1] - 1])) np = [named[0], np[1]];
        }
        // "Dana Whitcomb, D-Ore., said": a party tag is no name of its own
        if (!rel && j === c + 2 && isPartyTag(toks[c + 1])) return np;
        // the name is the appositive: the whole "The skipper, Jimmy Coyle," names the source
        if (!rel && j - c <= 7) {
          let allName = true;
          for (let x = c + 1; x < j; x++) if (!isNameWord(toks[x]) && !PARTICLES.has(toks[x].low)) allName = false;
          if (allName && isNameWord(toks[j - 1])) return [np[0], j];
        }
        if (rel) return np;
        // "Tomas Ekdal, Baltline's chief executive,": the appositive stays in the source (it gives the role)
        if (isNameWord(toks[np[1] - 1])) return [np[0], j];
        return null;
      }
      return null;
    }
    const np = this.leftNP(j, s.a);
    // a phrase right after a preposition is its object, not the subject ("drivers waiting outside the station said")
    const objectOfPrep = !!np && np[0] > s.a && (PREPOSITIONS.has(toks[np[0] - 1].low) || toks[np[0] - 1].low === 'by');
    if (np && !objectOfPrep && (isNameWord(toks[np[1] - 1]) || ROLE_NOUNS.has(bare(toks[np[1] - 1])) || PRONOUNS.has(toks[np[1] - 1].low))) return np;
    // "Officials who spoke on condition of anonymity said": a relative clause without commas
    for (let w = j; w > s.a && w > j - 14; w--) {
      const t = toks[w];
      if (t.k !== K.Word) break;
      if (t.low === 'who' || t.low === 'whose') {
        const head = this.leftNP(w - 1, s.a);
        if (head && head[1] === w) return head;
        break;
      }
      // "Two people briefed on the talks said", "Residents interviewed by the paper said"
      if (/ed$/.test(t.low) && !t.cap && w > s.a && !AUX_ADV.has(toks[w - 1].low) && !BE.has(toks[w - 1].low)) {
        const head = this.leftNP(w - 1, s.a);
        const h = head ? toks[head[1] - 1] : undefined;
        if (head && head[1] === w && h && ROLE_NOUNS.has(bare(h)) && !DOC_NOUNS.has(bare(h))) return [head[0], j + 1];
      }
      // "Lorry drivers queuing on the approach road said"
      if (/ing$/.test(t.low) && !t.cap && w > s.a) {
        const head = this.leftNP(w - 1, s.a);
        const h = head ? toks[head[1] - 1] : undefined;
        if (head && head[1] === w && h && (isNameWord(h) || ROLE_NOUNS.has(bare(h)) || /s$/.test(h.low))) return head;
      }
    }
    return np;
  }

  private skipLeft(j: number, a: number): number {
    const toks = this.toks;
    let sawTime = false;
    while (j >= a) {
      const t = toks[j];
      if (t.k !== K.Word) break;
      if (AUX_ADV.has(t.low) && t.low !== 'meanwhile' && t.low !== 'however') { j--; continue; }
      if (DAYS.has(t.low) || MONTHS.has(t.low)) { j--; sawTime = true; continue; }
      if (sawTime && (TIME_WORDS.has(t.low) || t.low === 'on' || /^\d{1,2}$/.test(t.t))) { j--; continue; }
      // "emailed to say", "took to social media to say": the subject is before the first verb
      if (t.low === 'to' && j - 1 >= a && this.toVerb(j) >= a) { j = this.toVerb(j) - 1; continue; }
      break;
    }
    // "Carra Container Terminals (CCT) said": a bracketed acronym after the name
    if (j - 2 >= a && toks[j]?.t === ')' && toks[j - 2].t === '(' && /^[\p{Lu}.&]{2,10}$/u.test(toks[j - 1].t)) return this.skipLeft(j - 3, a);
    return j;
  }

  /** The verb before "to say" ("emailed to say", "went on to say"), or -1. */
  private toVerb(to: number): number {
    const toks = this.toks;
    const p = toks[to - 1];
    if (!p || p.k !== K.Word) return -1;
    if (TO_VERBS.has(p.low)) return to - 1;
    if (p.low === 'on' && GO.has(toks[to - 2]?.low ?? '')) return to - 2;
    return -1;
  }

  /** A lower-case word that can be a noun inside a described source ("the lifeboat station"). */
  private nounish(t: Token): boolean {
    const l = bare(t);
    if (t.k !== K.Word || t.cap || l.length < 2) return false;
    if (CAP_STOP.has(l) || AUX_ADV.has(l) || NP_LINKS.has(l) || DETERMINERS.has(l) || PRONOUNS.has(l) || RELATIVE.has(l)) return false;
    if (/(ly|ing)$/.test(l) || (/ed$/.test(l) && !ROLE_NOUNS.has(l)) || CUES.has(l)) return false;
    return /^[\p{Ll}\p{N}]/u.test(l);
  }

  /** Noun phrase ending at token j, scanning left. */
  leftNP(j: number, a: number): Range | null {
    const toks = this.toks;
    const t0 = toks[j];
    if (!t0 || t0.k !== K.Word) return null;
    if (PRONOUNS.has(t0.low)) return [j, j + 1];
    if (t0.low === 'who' && toks[j - 1]?.t === ',') return this.leftNP(j - 2, a);
    if (isPartyTag(t0) && toks[j - 1]?.t === ',') return this.leftNP(j - 2, a);
    // "people close to him": an object pronoun ends a phrase linked to its head
    const objEnd = (t0.low === 'him' || t0.low === 'her' || t0.low === 'them') && NP_LINKS.has(toks[j - 1]?.low ?? '') && j - 2 >= a;
    const generic = !t0.cap && !objEnd && this.nounish(t0) && !ROLE_NOUNS.has(bare(t0));
    const headOk = isNameWord(t0) || ROLE_NOUNS.has(bare(t0)) || (t0.cap && /-/.test(t0.t)) || generic || objEnd;
    // "Nguyễn Văn An": a capitalised stop word that ends a name run is a name
    const nameEnd = t0.cap && j > a && isNameWord(toks[j - 1]) && !CAP_STOP.has(toks[j - 1].low);
    if (!headOk || (CAP_STOP.has(t0.low) && !nameEnd && !objEnd)) return null;
    let k = j;
    let det = false;
    let usedGeneric = generic;
    while (k - 1 >= a && j - k < 14) {
      const t = toks[k - 1];
      if (t.k !== K.Word) break;
      const l = bare(t);
      if (DETERMINERS.has(t.low)) {
        k--;
        det = true;
        const p = toks[k - 1];
        if (k - 1 >= a && p.k === K.Word && NP_LINKS.has(p.low)) continue;
        break;
      }
      if (t.cap || isNameWord(t)) {
        if ((CAP_STOP.has(t.low) && !TITLES.has(t.low)) || DAYS.has(t.low) || MONTHS.has(t.low)) break;
        k--;
        continue;
      }
      // particles inside a name: "Mr van der Wal", "de la Cruz"
      if (PARTICLES.has(t.low) && (toks[k].cap || PARTICLES.has(toks[k].low))) { k--; continue; }
      if (ROLE_NOUNS.has(l) || NP_ADJ.has(l) || /^\d[\d,]*$/.test(l) || (l.includes('-') && !CUES.has(l))) { k--; continue; }
      if (NP_LINKS.has(l) && k - 2 >= a && toks[k - 2].k === K.Word && l !== 'by') { k--; continue; }
      if (l === 'and' && (toks[k]?.cap || isNameWord(toks[k])) && k - 2 >= a && (toks[k - 2].cap || ROLE_NOUNS.has(bare(toks[k - 2])))) { k--; continue; }
      if (this.nounish(t) && j - k < 6) { usedGeneric = true; k--; continue; }
      break;
    }
    // Trim links left dangling at the front ("in the ministry" → "the ministry").
    while (k < j && (NP_LINKS.has(toks[k].low) || toks[k].low === 'and' || PARTICLES.has(toks[k].low) && !isNameWord(toks[k + 1]) && !PARTICLES.has(toks[k + 1].low))) k++;
    if (usedGeneric && !det) {
      // Without a determiner a described source must be a plural at the start of its clause ("Survivors said").
      const before = toks[k - 1];
      const clauseStart = k <= a || before.k !== K.Word || before.low === 'and' || before.low === 'but';
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
      if (t.k !== K.Word) break;
      const l = bare(t);
      if (t.cap || isNameWord(t)) {
        // "said Nguyễn Văn An.": a capitalised stop word closing a name before punctuation
        const nameEnd = j > k && isNameWord(toks[j - 1]) && !CAP_STOP.has(toks[j - 1].low) && toks[j + 1]?.k !== K.Word;
        if (CAP_STOP.has(t.low) && !DETERMINERS.has(t.low) && !TITLES.has(t.low) && !nameEnd) break;
        if (DAYS.has(t.low) || MONTHS.has(t.low)) break;
        if (DETERMINERS.has(t.low) && !nameEnd) det = true;
        else good = true;
        j++;
        continue;
      }
      if (PARTICLES.has(t.low) && (isNameWord(toks[j + 1]) || PARTICLES.has(toks[j + 1]?.low ?? ''))) { j++; continue; }
      if (DETERMINERS.has(t.low)) { det = true; j++; continue; }
      // "police", "opposition" modify ("police officers") or head the phrase ("while police said")
      if (NP_ADJ.has(l) || /^\d[\d,]*$/.test(l) || (l.includes('-') && !CUES.has(l))) { if (ROLE_NOUNS.has(l)) good = true; j++; continue; }
      if (ROLE_NOUNS.has(l) || (PRONOUNS.has(l) && j === k)) { good = true; j++; continue; }
      if (det && this.nounish(t) && !(j > k && toks[j - 1].cap)) { good = true; j++; continue; }
      // "harbour master Ines Valdr": lower-case words before a title or name
      if (this.nounish(t) && !(j > k && toks[j - 1].cap) && this.headAhead(j + 1, e)) { j++; continue; }
      if (NP_LINKS.has(l) && good && j + 1 < e && toks[j + 1].k === K.Word && l !== 'to' && l !== 'on' && l !== 'by') { j++; continue; }
      // "the Campaign to Protect Rural England": "to" inside an organisation's name
      if (l === 'to' && j > k && toks[j - 1].cap && ORG_WORDS.has(toks[j - 1].low) && toks[j + 1]?.cap && !PLACES.has(toks[j + 1].low)) { j++; continue; }
      if (l === 'and' && good && (toks[j + 1]?.cap || ROLE_NOUNS.has(bare(toks[j + 1] ?? toks[j])))) { j++; continue; }
      break;
    }
    // Drop trailing links/determiners.
    while (j > k && (NP_LINKS.has(toks[j - 1].low) || DETERMINERS.has(toks[j - 1].low) || toks[j - 1].low === 'and') && !(toks[j - 1].cap && j - 1 > k && isNameWord(toks[j - 2]))) j--;
    return good && j > k ? [k, j] : null;
  }

  private headAhead(j: number, e: number): boolean {
    for (let x = j; x < e && x < j + 3; x++) {
      const t = this.toks[x];
      if (t.k !== K.Word) return false;
      if (isNameWord(t) || TITLES.has(t.low) || ROLE_NOUNS.has(t.low)) return true;
      if (!this.nounish(t)) return false;
    }
    return false;
  }

  /** "..., said the minister." / "\"...,\" said Jonas Ruud, \"...\"" */
  private invertedSource(s: Sentence, i: number, cueEnd: number): Range | null {
    const toks = this.toks;
    const p = toks[i - 1];
    if (!p || i - 1 < s.a || !(p.t === ',' || (p.k === K.Quote && p.q < 0))) return null;
    const np = this.rightNP(cueEnd, s.b, 10);
    if (!np) return null;
    if (np[1] - np[0] === 1 && PRONOUNS.has(toks[np[0]].low) && toks[np[0]].low !== 'he' && toks[np[0]].low !== 'she') return null;
    // "..., denied the allegations": an object, not an inverted speaker
    let h = np[0] + 1;
    while (h < np[1] && !(NP_LINKS.has(toks[h].low) && !toks[h].cap)) h++;
    const head = toks[h - 1];
    const last = toks[np[1] - 1];
    if (![head, last].some((t) => isNameWord(t) || t.cap || ROLE_NOUNS.has(bare(t)) || PRONOUNS.has(t.low))) return null;
    const after = this.skipMods(np[1], s.b);
    const nx = toks[after];
    if (nx && !(nx.t === ',' || END_PUNCT.has(nx.t) || nx.k === K.Quote || nx.t === '—')) return null;
    // "said the fire chief, Lena Holt."
    if (nx?.t === ',' && !isNameWord(toks[np[1] - 1]) && isNameWord(toks[after + 1])) {
      let j = after + 1;
      while (j < s.b && j - after < 7 && (isNameWord(toks[j]) || PARTICLES.has(toks[j].low))) j++;
      const t = toks[j];
      if (!t || t.t === ',' || END_PUNCT.has(t.t) || t.k === K.Quote) return [np[0], j];
    }
    return np;
  }

  /** "told Libya al-Ahrar TV that ...", "told the jury", "told reporters": [recipient, index after it]. */
  private recipient(k: number, e: number): [Range, number] | null {
    const toks = this.toks;
    for (let j = k; j < e && j < k + 10; j++) {
      const t = toks[j];
      if (t.k !== K.Word) break;
      if (t.low === 'that' && j > k) {
        // "told the court on Tuesday that": the time is not part of the recipient
        let r = j;
        while (r > k + 1 && (DAYS.has(toks[r - 1].low) || MONTHS.has(toks[r - 1].low) || TIME_WORDS.has(toks[r - 1].low))) r--;
        // "tells the story of a town that ...": what is told is no recipient
        for (let x = k; x < r; x++) if (TOLD_THINGS.has(toks[x].low)) return null;
        return [[k, r], j];
      }
    }
    const t = toks[k];
    if (!t || t.k !== K.Word) return null;
    if (isNameWord(t)) {
      let j = k;
      while (j < e && j - k < 6 && (isNameWord(toks[j]) || (PARTICLES.has(toks[j].low) && isNameWord(toks[j + 1])))) j++;
      return [[k, j], j];
    }
    if (DETERMINERS.has(t.low)) {
      let j = k + 1;
      while (j < e && j - k < 4 && toks[j].k === K.Word && NP_ADJ.has(bare(toks[j]))) j++;
      if (j < e && (this.nounish(toks[j]) || ROLE_NOUNS.has(bare(toks[j])) || isNameWord(toks[j]))) {
        j++;
        while (j < e && j - k < 6 && isNameWord(toks[j])) j++;
        return [[k, j], j];
      }
      return null;
    }
    if (OBJ_PRONOUNS.has(t.low) || this.nounish(t) || NP_ADJ.has(t.low)) {
      // "local radio", "state television": adjectives run on to their noun
      let j = k + 1;
      while (j < e && j - k < 4 && NP_ADJ.has(toks[j - 1].low) && toks[j].k === K.Word && (this.nounish(toks[j]) || NP_ADJ.has(toks[j].low) || ROLE_NOUNS.has(toks[j].low))) j++;
      return [[k, j], j];
    }
    return null;
  }

  /** "... and warned that ...", "... and accused firms of ...": a second reporting verb sharing the subject. */
  private coordinatedCue(j: number): boolean {
    const t = this.toks[j];
    if (!t || t.k !== K.Word) return false;
    const info = CUES.get(t.low);
    if (!info || info.ing || info.ambiguous || info.cls === 'tell') return false;
    const n = this.toks[j + 1];
    return !!n && (n.low === 'that' || n.t === ':' || n.k === K.Quote || (info.cls !== 'that' && !!this.toks[j + 2] && n.k === K.Word && n.low !== 'to' && n.low !== 'by'));
  }

  /** "..., but the union claimed ...": a clause with a subject and reporting verb of its own starts at j. */
  private ownClause(j: number, e: number): boolean {
    const np = this.rightNP(j, e, 8);
    if (!np) return false;
    let k = np[1];
    // "but Moss, the finance chief, said": an appositive between subject and verb
    if (this.toks[k]?.t === ',') {
      let c = k + 1;
      while (c < e && c - k < 10 && this.toks[c].t !== ',' && this.toks[c].k === K.Word && !CUES.has(this.toks[c].low)) c++;
      if (this.toks[c]?.t === ',' && c > k + 1) k = c + 1;
    }
    while (k < e && k - np[1] < 3 && AUX_ADV.has(this.toks[k].low)) k++;
    const info = CUES.get(this.toks[k]?.low ?? '');
    return !!info && !info.ing && !info.ambiguous && (info.cls === 'say' || info.cls === 'that' || info.cls === 'tell') && !this.toks[k].cap;
  }

  /** Content end on the right: sentence end, or before ", adding ..." / ", according to ..." / ", but Y said". */
  private rightContentEnd(k: number, e: number): number {
    const toks = this.toks;
    for (let j = k; j < e - 1; j++) {
      if (toks[j].t === ';' && toks[j].q < 0 && j > k + 2) return j;
      // "... would rise but Moss said ...": a linked clause with its own subject and reporting verb
      if (CLAUSE_LINKS.has(toks[j].low) && toks[j - 1].t !== ',' && toks[j].q < 0 && j > k + 2 && this.ownClause(j + 1, e)) return j;
      if ((toks[j].low === 'and' || toks[j].low === 'but') && toks[j].q < 0 && j > k + 2 && this.coordinatedCue(j + 1)) return toks[j - 1].t === ',' ? j - 1 : j;
      if (toks[j].t !== ',' || toks[j].q >= 0) continue;
      const n = toks[j + 1];
      if (CLAUSE_LINKS.has(n.low) && j > k + 2 && this.ownClause(j + 2, e)) return j;
      // "While Lind said prices would rise, Moss said ...", "Although Lind said ..., they fell":
      // a report inside an opening subordinate clause ends with that clause
      if (j > k + 1 && n.k === K.Word && this.inOpeningSubordinate(k)) return j;
      if (n.low === 'according' && toks[j + 2]?.low === 'to') return j;
      if (n.low === 'with' && this.withSubject(this.nextCue(j + 2, e))) return j;
      if (n.low === 'and' && this.coordinatedCue(j + 2)) return j;
      const info = CUES.get(n.low);
      if ((info?.ing && info.cls !== 'act') || VIA_FORMS.has(n.low)) return j;
    }
    return e;
  }

  /** "..., with one official saying ...": an -ing report whose subject follows "with" after a comma. */
  private withSubject(i: number): boolean {
    const info = CUES.get(this.toks[i]?.low ?? '');
    if (!info?.ing || info.cls === 'act') return false;
    const np = this.leftNP(i - 1, Math.max(0, i - 9));
    return !!np && this.toks[np[0] - 1]?.low === 'with' && this.toks[np[0] - 2]?.t === ',';
  }

  /** The first reporting verb within a few words of k, or -1. */
  private nextCue(k: number, e: number): number {
    for (let j = k; j < e && j < k + 8; j++) if (CUES.has(this.toks[j].low)) return j;
    return -1;
  }

  /** Token k is in the clause that opens its sentence with "While", "Although", "Whereas" (before its first comma). */
  private inOpeningSubordinate(k: number): boolean {
    const s = this.m.sents[this.m.sentOf[k]];
    if (!SUBORDINATORS.has(this.toks[s.a]?.low ?? '')) return false;
    for (let j = s.a; j < k; j++) if (this.toks[j].t === ',') return false;
    return true;
  }

  private untilComma(k: number, e: number): number {
    for (let j = k; j < e; j++) if (this.toks[j].t === ',' && this.toks[j].q < 0) return j;
    return e;
  }

  /** "X said Y, the Z website said": the last clause attributes the whole; Z is the channel. */
  private outerAttribution(k: number, end: number, e: number): { cut: number; via: Range } | null {
    const toks = this.toks;
    let comma = -1;
    for (let j = end - 1; j > k; j--) {
      if (toks[j].t === ',' && toks[j].q < 0) { comma = j; break; }
    }
    if (comma < 0 || end < e) return null;
    for (let q = comma + 2; q < e && q < comma + 16; q++) {
      const info = CUES.get(toks[q].low);
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
    if (p < s.a) return null;
    const pt = toks[p];
    let qClose = -1;
    if (pt.k === K.Quote && pt.q < 0) qClose = p;
    else if (pt.t === ',' && toks[p - 1]?.k === K.Quote && toks[p - 1].q < 0) qClose = p - 1;
    if (qClose >= 0) {
      const region = this.quoteAt(this.m.quoteByClose, qClose);
      if (!region || region.b <= region.a) return null;
      // a quotation that ends a longer sentence is part of the content ("the road is \"closed\", X said")
      let wordsBefore = false;
      for (let j = s.a; j < region.open; j++) if (toks[j].k === K.Word) wordsBefore = true;
      if (!wordsBefore) return [region.open, qClose + 1];
      if (pt.k === K.Quote) return [s.a, qClose + 1];
    }
    if (!(pt.t === ',' || pt.t === '—' || pt.t === '–' || pt.t === ':')) return null;
    if (p - s.a < 2) return null;
    return [s.a, p];
  }

  /** Character span of content, without the quotation marks around a whole quotation. */
  private contentChars(a: number, b: number): [number, number] {
    const toks = this.toks;
    a = this.afterDateline(a, b);
    while (a < b && toks[a].k === K.Punct && /^[:,;—–-]$/.test(toks[a].t)) a++;
    while (b > a && toks[b - 1].k === K.Punct && /^[:,;—–-]$/.test(toks[b - 1].t)) b--;
    if (b <= a) return [toks[Math.min(a, toks.length - 1)].s, toks[Math.min(a, toks.length - 1)].s];
    if (toks[a].k === K.Quote && toks[b - 1].k === K.Quote && b - a > 2) {
      const r = this.quoteAt(this.m.quoteByOpen, a);
      if (r && r.close === b - 1) return [toks[a + 1].s, toks[b - 2].e];
    }
    return [toks[a].s, toks[b - 1].e];
  }

  private quoteAt(map: Map<number, number>, tok: number) {
    const i = map.get(tok);
    return i === undefined ? undefined : this.m.quotes[i];
  }

  /** "WASHINGTON (Capitol Wire) — ...", "VARDHOLM, March 3 (NorthWire) - ...": a dateline is not content. */
  private afterDateline(a: number, b: number): number {
    const toks = this.toks;
    const t = toks[a];
    if (!t || t.k !== K.Word || t.t.length < 3 || t.t !== t.t.toUpperCase() || !/\p{Lu}/u.test(t.t)) return a;
    if (a > 0 && this.m.paras.every(([pa]) => pa !== a)) return a;
    for (let j = a + 1; j < b && j < a + 14; j++) {
      const x = toks[j].t;
      if (x === '—' || x === '–' || x === '-' || (x === ':' && j === a + 1)) return j + 1 < b ? j + 1 : a;
      if (toks[j].q >= 0 || END_PUNCT.has(x)) break;
    }
    return a;
  }

  /** The quotation region opening at token a, when the content starts with one. */
  private wholeQuote(a: number): number | undefined {
    const toks = this.toks;
    if (toks[a]?.k !== K.Quote) return undefined;
    return this.m.quoteByOpen.get(a);
  }

  private kindOf(a: number, b: number): ClaimKind {
    const toks = this.toks;
    let inQ = 0;
    let words = 0;
    for (let j = a; j < b; j++) {
      if (toks[j].k !== K.Word) continue;
      words++;
      if (toks[j].q >= 0) inQ++;
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
    while (put < e && put < i + 10 && toks[put].k === K.Word && !(toks[put].low === 'put' && toks[put + 1]?.low === 'it')) put++;
    if (toks[put]?.low !== 'put') return -1;
    const np = this.rightNP(i + 1, put, 8);
    if (!np || np[1] !== put) return -1;
    const after = np[1] + 2;
    // "As X put it: \"...\"" introduces its content like a comma does
    if (toks[after]?.t === ':') return this.framed(s, i, e, np, [np[1], after], 'indirect', 0.75, after);
    return this.framed(s, i, e, np, [np[1], after], 'indirect', 0.75);
  }

  /** A source phrase framing its sentence: content after it (when it opens the sentence) or before it. */
  private framed(s: Sentence, i: number, e: number, np: Range, cue: Range, kind: ClaimKind, confidence: number, sep = -1): number {
    const toks = this.toks;
    const stop = Math.max(np[1], cue[1]);
    const sepTok = sep >= 0 ? sep : stop;
    let r: Range | null = null;
    if (i === s.a || (toks[i - 1].k === K.Quote && i - 1 === s.a)) {
      // "According to Lind, prices will rise, while Moss said ...": the content stops where another report begins
      if ((toks[sepTok]?.t === ',' || toks[sepTok]?.t === ':') && sepTok + 1 < e) r = [sepTok + 1, this.rightContentEnd(sepTok + 1, e)];
    } else if (toks[i - 1].t === ',' || toks[i - 1].t === '—' || toks[i - 1].t === '(') {
      // "The water, according to Ruiz, was brown.": the frame sits inside its content
      const inside = toks[stop]?.t === ',' && toks[stop].q < 0 && toks[stop + 1]?.k === K.Word && !toks[stop + 1].cap && !RELATIVE.has(toks[stop + 1].low) && !VIA_FORMS.has(toks[stop + 1].low) && stop + 2 < e && toks[i - 1].t === ',';
      if (inside) r = [s.a, e];
      else if (i - 1 - s.a >= 2) r = [s.a, i - 1];
    } else if (i - s.a >= 2 && kind === 'according_to') r = [s.a, e];
    if (!r) return stop;
    const idx = this.push({ kind: kind === 'according_to' ? kind : this.kindOf(r[0], r[1]), source: np, cue, content: this.contentChars(r[0], r[1]), via: null, confidence, at: i, para: s.para });
    if (idx >= 0 && kind !== 'according_to') this.claims[idx].quote = this.wholeQuote(r[0]);
    return stop;
  }

  /** "RIA Novosti quoted a source in Benghazi as saying ...": source is the object, the subject the channel. */
  private quotedAs(s: Sentence, i: number, e: number): number {
    const toks = this.toks;
    for (let j = i + 1; j < e - 1 && j < i + 20; j++) {
      if (toks[j].k !== K.Word) return -1;
      if (toks[j].low === 'as' && SAYING.has(toks[j + 1].low)) {
        // passive: "Ana Vidal was quoted (by the Post) as saying": the subject speaks, the agent is the channel
        const passive = BE.has(toks[i - 1]?.low ?? '');
        if (j === i + 1 && !passive) return -1;
        const subj = this.leftNP(this.skipLeft(i - 1, s.a), s.a);
        const agent: Range | null = j > i + 1 ? (toks[i + 1].low === 'by' ? [i + 2, j] : [i + 1, j]) : null;
        const source = passive ? subj : agent;
        const via = passive ? agent : subj;
        if (!source || (via && via[1] <= via[0])) return -1;
        let k = j + 2;
        if (toks[k]?.low === 'that' || toks[k]?.t === ':') k++;
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
    let j = s.a;
    while (j < e && j - s.a < 8 && toks[j].k === K.Word && (isNameWord(toks[j]) || TITLES.has(toks[j].low) || PARTICLES.has(toks[j].low))) j++;
    if (j === s.a || toks[j]?.t !== ':' || toks[j + 1]?.k !== K.Quote || !isNameWord(toks[j - 1])) return false;
    const region = this.quoteAt(this.m.quoteByOpen, j + 1);
    if (!region || region.b - region.a < 2) return false;
    const end = region.close >= 0 ? region.close + 1 : region.b;
    const idx = this.push({ kind: 'direct', source: [s.a, j], cue: [j, j + 1], content: this.contentChars(j + 1, end), via: null, confidence: 0.6, at: j, para: s.para });
    if (idx >= 0) this.claims[idx].quote = this.wholeQuote(j + 1);
    return idx >= 0;
  }

  /** "called X \"Y\"": the quoted judgement; after a comma ("..., calling it \"Y\"") the same speaker. */
  private calledQuote(s: Sentence, i: number, e: number): number {
    const toks = this.toks;
    let q = -1;
    for (let j = i + 1; j < e && j < i + 8; j++) {
      if (toks[j].k === K.Quote && toks[j].q < 0) { q = j; break; }
      if (toks[j].k !== K.Word) return -1;
    }
    if (q < 0 || q === i + 1) return -1;
    // "..., calling it \"an insult\"": the speaker of the clause before (or the sentence's subject)
    const comma = toks[i - 1]?.t === ',' && toks[i].low === 'calling';
    const last = comma && this.claims.length > this.sentStart ? this.claims.length - 1 : -1;
    const source = last >= 0 ? null : comma ? (PRONOUNS.has(toks[s.a].low) ? ([s.a, s.a + 1] as Range) : this.rightNP(s.a, i, 8)) : this.leftSource(s, i);
    if (!source && last < 0) return -1;
    // up to the end of the quoted judgement (and its "of ..." tail), not into "and said ..." after it
    const region = this.quoteAt(this.m.quoteByOpen, q);
    let end = this.untilComma(q, e);
    if (region && region.close >= 0) {
      let j = region.close + 1;
      while (j < end && toks[j].k === K.Word && toks[j].low !== 'and' && toks[j].low !== 'but') j++;
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
    for (const c of this.claims) claimSents.add(this.m.sentOf[c.at]);
    const ats = this.claims.map((c) => c.at);
    const added: RawClaim[] = [];
    this.m.quotes.forEach((r, qi) => {
      if (used.has(qi) || this.skip.has(r.para)) return;
      const si = this.m.sentOf[r.open];
      if (this.m.sents[si].a !== r.open || claimSents.has(si)) return;
      const s = this.m.sents[si];
      const endTok = r.close >= 0 ? r.close : r.b - 1;
      // the quotation must fill the sentence (bar closing punctuation)
      for (let j = endTok + 1; j < s.b; j++) if (toks[j].k === K.Word) return;
      if (r.b - r.a < 3) return;
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
      const lastWord = r.close >= 0 ? r.close - 1 : r.b - 1;
      added.push({ kind: 'direct', source: null, cue: null, content: [toks[r.a].s, toks[lastWord].e], via: null, confidence: 0.6, at: r.open, para: r.para, continues: target, quote: qi });
    });
    this.claims.push(...added);
  }
}
