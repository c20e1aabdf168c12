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

export type ConflictType = 'number' | 'polarity' | 'antonym' | 'denial';

/** One report on one side of a disagreement. */
export interface ConflictSide {
  url: string;
  outlet: string;
  published?: string;
  /** Who said it, as a display name; null for unnamed sources. */
  actor: string | null;
  claimId: string;
  /** The claim's content text. */
  content: string;
  /** The differing value or words, e.g. "two days", "will not sign". */
  value: string;
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
