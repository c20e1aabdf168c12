// Shared data types of the pipeline: page → article → text → extract → claims/actors → store → xref.
// Pure data only (structured-clone safe): these cross contexts in messages and live in IndexedDB.

/** A stretch of the text the engine received; `text === input.slice(start, end)` always. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'according_to' | 'unnamed';

export type ActorType =
  | 'person'
  | 'organization'
  | 'government'
  | 'outlet'
  | 'group'
  | 'place'
  | 'unknown';

export interface Claim {
  /** Stable within one extraction: `c0`, `c1`, ... in text order. */
  id: string;
  kind: ClaimKind;
  /** The words naming the source as written ("the minister", "Lavrov"); null when unnamed. */
  source: Span | null;
  /** Id of the actor the source resolves to (see Actor.id); null when unnamed/unresolved. */
  actorId: string | null;
  /** The reporting words ("said", "according to", "quoted ... as saying" → "quoted"). */
  cue: Span | null;
  /** The claim itself. */
  content: Span;
  /** The channel, where named: "Libya al-Ahrar TV", "RIA Novosti", "eyewitnesses". */
  via: Span | null;
  /** 0..1 */
  confidence: number;
  /** Name of the engine rule that found it ("source cue content", "according to", ...), for `extract --explain`. */
  rule?: string;
}

export interface Actor {
  /** Unique within one extraction: `a0`, `a1`, ... */
  id: string;
  /**
   * Cross-article identity key: lower-cased, diacritics folded, titles/particles/possessives
   * stripped, e.g. "mevlut cavusoglu", "mashri", "russian defense ministry".
   */
  key: string;
  /** Canonical (longest proper) name: "Sergei Lavrov". */
  name: string;
  type: ActorType;
  /** Role or title where given: "Russian Foreign Minister". */
  role?: string;
  /** Other surface forms seen in the text. */
  aliases: string[];
  mentions: { start: number; end: number }[];
}

export interface ExtractResult {
  claims: Claim[];
  actors: Actor[];
  /** Set when the text was too long to read whole: reading stopped at this offset. */
  truncatedAt?: number;
}

/** What we know about an article besides its text. */
export interface ArticleMeta {
  url: string;
  canonicalUrl?: string;
  title: string;
  outlet: { name: string; domain: string };
  authors: string[];
  /** ISO 8601 where known. */
  published?: string;
  lang?: string;
}

// ---- Cross-references (background store → popup / hover card) ----

/** How sure the report is that the value holds: only counts and estimates are compared. */
export type Modality = 'count' | 'estimate' | 'forecast' | 'probability';

/**
 * What one report says, made explicit so that only reports about the same thing are compared:
 * "at least 12 people died in Hatay on Monday" → measure dead, scope Hatay, time Monday's date,
 * modality count, value [12, ∞). Computed once when a page is stored.
 */
export interface Frame {
  /** The report it comes from: a claim id ("c3") or one of the outlet's own sentences ("s2"). */
  ref: string;
  /** Said by a quoted or paraphrased source (claim), or stated by the outlet itself (own). */
  kind: 'claim' | 'own';
  /** For the outlet's own sentences: a source the sentence names ("officials there said") that the
   *  attribution engine did not make a claim of. */
  source?: string;
  /** The event or subject: "story" (what the story is about), or a noun ("talks", "aftershock"). */
  event: string;
  /** What is measured, normalised: "dead", "duration", "magnitude", "percent:turnout", "act:sign". */
  measure: string;
  /** Where, which group or side ("place:hatay", "group:civilians"); "" for the whole event. */
  scope: string;
  /** The day (YYYY-MM-DD) or year ("2009") the value holds for, when the text says; else null. */
  time: string | null;
  modality: Modality;
  /** A figure: its interval in base units (Infinity written as null), the base unit, as written. */
  value?: { lo: number | null; hi: number | null; unit: string | null; text: string };
  /** An act or state and who it is about: "Haftar" "sign" "deal", negated or not. */
  polarity?: { agent: string; act: string; object: string; negated: boolean; denial: boolean; text: string };
  /** Offsets of the whole sentence and of the words that carry the value, in the article text. */
  sentence: { start: number; end: number };
  span: { start: number; end: number };
  /** What it is about, for readers: "number of dead in Hatay". */
  label: string;
}

export type ConflictType = 'number' | 'polarity' | 'antonym' | 'denial';

/** One report on one side of a disagreement. */
export interface ConflictSide {
  url: string;
  outlet: string;
  published?: string;
  /** Who said it, as a display name; null for unnamed sources and the outlet's own reporting. */
  actor: string | null;
  /** The claim ("c3") or, for the outlet's own reporting, its sentence ("s2"). */
  claimId: string;
  /** The claim's content text, or the outlet's own sentence. */
  content: string;
  /** The differing value or words, e.g. "two days", "will not sign". */
  value: string;
  /** The outlet states it itself (no source named): shown as "own reporting", never painted. */
  own?: boolean;
  /** This side denies `value` ("denied that the ship had been overloaded"): shown as its denial. */
  denies?: boolean;
  /** The whole sentence it sits in, with its offsets in the article text. */
  sentence?: Span;
  /** The frame that was compared. */
  frame?: Frame;
}

export interface Conflict {
  /** Stable across runs for the same pair of claims (so dismissals stick). */
  id: string;
  type: ConflictType;
  /** What both sides are about: "days Haftar takes to consider the deal". */
  topic: string;
  /** One sentence a reader understands. */
  explanation: string;
  sides: ConflictSide[];
  /** The reader said "not the same thing". */
  dismissed: boolean;
  /** A later report raised an earlier figure: shown as an update, not counted as a contradiction. */
  update?: boolean;
  /** Both sides in one article ("within this article"): shown apart, not counted in the badge. */
  within?: boolean;
  /** What made the two reports comparable, in plain words ("both are counts of the dead in Hatay on 7 Feb"). */
  reason?: string;
  /** The story both articles belong to. */
  storyId?: string;
}

export interface Story {
  id: string;
  /** Article URLs (canonical where known). */
  articles: string[];
  /** Why these were grouped: shared names, time, headline words. */
  evidence: string[];
  /** Outlet, title and dates of the stored articles, where known (same order as `articles`). */
  reports?: StoryReport[];
}

export interface StoryReport {
  url: string;
  outlet: string;
  title: string;
  published?: string;
  /** When the reader read it (ms since epoch). */
  readAt: number;
}

/** Everything the popup and the hover card need for one page. */
export interface PageView {
  state: 'ok' | 'not-article' | 'reading' | 'disabled' | 'storage-off' | 'unsupported' | 'unknown';
  meta?: ArticleMeta;
  claims: Claim[];
  actors: Actor[];
  conflicts: Conflict[];
  stories: Story[];
  /** Number of other articles in this page's stories. */
  otherArticles: number;
  /** The frames of this page's claims and own sentences, as stored (for the card and popup). */
  frames?: Frame[];
  /** Human readable reason when state is not ok. */
  message?: string;
}

export interface Settings {
  enabled: boolean;
  /** Hostnames where Sourcelight is off. */
  disabledSites: string[];
  retention: { maxArticles: number; maxAgeDays: number };
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  retention: { maxArticles: 5000, maxAgeDays: 180 },
};
