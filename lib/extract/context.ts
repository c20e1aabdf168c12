// What the scan carries from sentence to sentence: the text model, the claims found so far, and
// small helpers to turn token ranges into claim parts.
import type { ClaimKind } from '../types';
import { TokenKind, type TextModel, type Token } from './text';
import { twoWords } from './letters';

/** Token range [a, b). */
export type Range = [number, number];

export interface RawClaim {
  kind: ClaimKind;
  source: Range | null;
  /** "an architect who said ...": the source is the relative pronoun, and these words are whom it stands for. */
  antecedent?: Range;
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
  /** Name of the rule that made the claim (see constructions.ts, frames.ts, cleanup.ts). */
  rule?: string;
}

/** How sure each kind of reading is (0..1): quotations with a named speaker most, hedged passives least. */
export const CONFIDENCE = {
  /** "\"...,\" said X": a quotation with its speaker beside it. */
  quoted: 0.9,
  /** "X said (that) Y", "according to X, Y". */
  reported: 0.8,
  /** "Y, X said": reported speech before its source. */
  reportedBefore: 0.75,
  /** "X quoted Y as saying", "as X put it". */
  relayed: 0.75,
  /** "..., adding that", "and warned that": the speaker of the claim before goes on. */
  continued: 0.7,
  /** "It was, he said, ...": the source interrupts its content. */
  interrupted: 0.65,
  /** "X urged Y to ...", "called it \"...\"": a speech act whose object is the content. */
  speechAct: 0.6,
  /** "X, who ..., did Z and said Y": the sentence's subject, far from the cue. */
  distantSubject: 0.6,
  /** "Name: \"...\"" and a quotation with no cue continuing a speaker. */
  bareQuote: 0.6,
  /** ", warning of ...": the sentence's subject before a participle. */
  participleSubject: 0.55,
  /** "is reported to", "it was said that": no named source. */
  unnamed: 0.55,
  /** "reportedly": no source and no cue verb. */
  reportedly: 0.5,
} as const;

export class ScanContext {
  readonly claims: RawClaim[] = [];
  readonly toks: Token[];
  /** Index of the first claim of the sentence being read. */
  sentStart = 0;
  /** The rule being tried: claims pushed meanwhile are credited to it. */
  rule = '';

  constructor(readonly m: TextModel, readonly skip: ReadonlySet<number>) {
    this.toks = m.tokens;
  }
}

/** The words that say who the source is: the antecedent of a relative pronoun, else the source itself. */
export const namingWords = (c: RawClaim): Range | null => c.antecedent ?? c.source;

export function chars(sc: ScanContext, a: number, b: number): [number, number] {
  return [sc.toks[a].start, sc.toks[b - 1].end];
}

export function push(sc: ScanContext, c: RawClaim): number {
  if (c.content[1] <= c.content[0]) return -1;
  // "The council denies this.": one word is not a claim
  if (!twoWords(sc.m.text, c.content[0], Math.min(c.content[1], c.content[0] + 200))) return -1;
  if (!c.rule) c.rule = sc.rule;
  sc.claims.push(c);
  return sc.claims.length - 1;
}

export function quoteAt(sc: ScanContext, map: Map<number, number>, tok: number) {
  const i = map.get(tok);
  return i === undefined ? undefined : sc.m.quotes[i];
}

/** The quotation region opening at token a, when the content starts with one. */
export function wholeQuote(sc: ScanContext, a: number): number | undefined {
  const toks = sc.toks;
  if (toks[a]?.kind !== TokenKind.Quote) return undefined;
  return sc.m.quoteByOpen.get(a);
}

export function kindOf(sc: ScanContext, a: number, b: number): ClaimKind {
  const toks = sc.toks;
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
