// Pure view-model logic of the popup and comparison view: which page to show, claims grouped by
// actor, conflicts ordered for reading, and every outlet's report over time. No DOM, no browser API.
import type { Actor, ArticleMeta, Claim, Conflict, ConflictSide, PageView, Story } from '../../lib/types';
import { dateValue, hostOf, safeHttpUrl } from '../shared/text';
import { byMeasure, groupConflicts, topicKey, type ConflictGroup } from '../../lib/xref/group';

/**
 * What the popup page is pointed at, from its query string:
 * - `popup.html`            the active tab of the current window (the toolbar popup);
 * - `popup.html?tab=ID`     another tab (the popup opened in a tab, e.g. by e2e tests);
 * - `popup.html?url=URL`    the full-page comparison view for the article at URL (visited or canonical).
 * An invalid `url` or `tab` is reported, not ignored, so a bad link shows a clear error.
 */
export type Target =
  | { mode: 'popup'; tabId?: number }
  | { mode: 'compare'; url: string }
  | { mode: 'invalid'; reason: string };

export function parseTarget(search: string): Target {
  const q = new URLSearchParams(search);
  const url = q.get('url');
  if (url !== null) {
    const safe = safeHttpUrl(url);
    return safe ? { mode: 'compare', url: safe } : { mode: 'invalid', reason: 'The comparison link does not point to a web page (http or https).' };
  }
  const tab = q.get('tab');
  if (tab !== null) {
    const id = Number(tab);
    return Number.isSafeInteger(id) && id >= 0 ? { mode: 'popup', tabId: id } : { mode: 'invalid', reason: `"${tab.slice(0, 40)}" is not a tab number.` };
  }
  return { mode: 'popup' };
}

/** Only http(s) pages can hold an article; browser pages, PDFs in the viewer, about: etc. cannot. */
export function isReadableUrl(url: string | undefined): boolean {
  return !!url && safeHttpUrl(url) !== null;
}

/** Comparable form of a URL: no fragment, no trailing slash, host lower-cased. */
export function sameUrlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** Whether `url` is the page this view is about (as visited or canonical). */
export function isThisPage(url: string, meta: ArticleMeta | undefined, pageUrl?: string): boolean {
  const k = sameUrlKey(url);
  return [pageUrl, meta?.url, meta?.canonicalUrl].some((u) => !!u && sameUrlKey(u) === k);
}

export interface ActorGroup {
  /** Stable React key. */
  key: string;
  name: string;
  role?: string;
  type: Actor['type'] | 'unnamed';
  claims: Claim[];
}

/**
 * This page's claims grouped by who made them, groups in order of the speaker's first claim in
 * the text and claims in text order. Claims whose actor is unknown fall back to their source words;
 * claims with no source at all go to one "Unnamed sources" group at the end.
 */
export function groupClaimsByActor(claims: readonly Claim[], actors: readonly Actor[]): ActorGroup[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const groups = new Map<string, ActorGroup & { first: number }>();
  const sorted = [...claims].sort((a, b) => (a.content?.start ?? 0) - (b.content?.start ?? 0));
  for (const c of sorted) {
    const actor = c.actorId ? byId.get(c.actorId) : undefined;
    const sourceText = c.source?.text?.trim();
    let key: string;
    let init: Omit<ActorGroup, 'claims'>;
    if (actor) {
      key = `actor:${actor.id}`;
      init = { key, name: actor.name, role: actor.role, type: actor.type };
    } else if (sourceText) {
      key = `source:${sourceText.toLowerCase()}`;
      init = { key, name: sourceText, type: 'unknown' };
    } else {
      key = 'unnamed';
      init = { key, name: 'Unnamed sources', type: 'unnamed' };
    }
    let g = groups.get(key);
    if (!g) {
      g = { ...init, claims: [], first: key === 'unnamed' ? Infinity : (c.content?.start ?? 0) };
      groups.set(key, g);
    }
    g.claims.push(c);
  }
  return [...groups.values()].sort((a, b) => a.first - b.first).map(({ first: _first, ...g }) => g);
}

/**
 * Fields newer backgrounds may add (optional, so older ones still type-check): a conflict that is a
 * later report updating an earlier figure, and the stored reports' outlet/title/date per story.
 */
interface StoryReportLike {
  url: string;
  outlet?: string;
  title?: string;
  published?: string;
}
type MaybeReports = Story & { reports?: StoryReportLike[] };

/**
 * Open contradictions first (as given), then figures a later report updated (not contradictions),
 * dismissed ones apart; each disagreement once, with every report's side, this page's first.
 */
export function orderConflicts(
  conflicts: readonly Conflict[],
  meta: ArticleMeta | undefined,
  pageUrl?: string,
): { open: ConflictGroup[]; updates: ConflictGroup[]; within: ConflictGroup[]; dismissed: ConflictGroup[] } {
  // The same disagreement with several outlets is one entry, this page's side first.
  const here = (url: string) => isThisPage(url, meta, pageUrl);
  const groups = byMeasure(groupConflicts(conflicts, here), here);
  const open = groups.filter((g) => !g.dismissed && !g.update && !g.within);
  // a disagreement inside the article whose every side is already in one with other outlets is shown there
  const shown = new Set(open.flatMap((g) => g.sides.map(sideKey)));
  return {
    open,
    updates: groups.filter((g) => !g.dismissed && g.update),
    // reports in this one article that cannot both be right: shown apart, not on the badge
    within: groups.filter((g) => !g.dismissed && !g.update && g.within && !g.sides.every((sd) => shown.has(sideKey(sd)))),
    dismissed: groups.filter((g) => g.dismissed),
  };
}

const sideKey = (side: ConflictSide) => `${sameUrlKey(side.url)}|${side.claimId}`;

/** One outlet's report (article) of the story, for the timeline. */
export interface Report {
  url: string;
  outlet: string;
  published?: string;
  title?: string;
  thisPage: boolean;
  /** The conflicting sides this report is on. */
  sides: { conflict: Conflict; side: ConflictSide }[];
}

/**
 * Every outlet's report of this page's stories, oldest first (undated last), built from what the
 * view carries: this page's meta, the conflict sides (outlet, date) and the stories' article URLs
 * (for which only the hostname may be known).
 */
export function reportsOverTime(view: PageView, pageUrl?: string): Report[] {
  const reports = new Map<string, Report>();
  const get = (url: string, outlet: string): Report => {
    const k = sameUrlKey(url);
    let r = reports.get(k);
    if (!r) {
      r = { url, outlet, thisPage: isThisPage(url, view.meta, pageUrl), sides: [] };
      reports.set(k, r);
    }
    return r;
  };
  const meta = view.meta;
  if (meta && meta.url) {
    const r = get(meta.canonicalUrl ?? meta.url, meta.outlet?.name || hostOf(meta.url));
    r.published = meta.published;
    r.title = meta.title;
    r.thisPage = true;
  }
  for (const c of view.conflicts ?? []) {
    for (const side of c.sides ?? []) {
      const r = isThisPage(side.url, meta, pageUrl) && meta ? get(meta.canonicalUrl ?? meta.url, meta.outlet?.name || hostOf(meta.url)) : get(side.url, side.outlet || hostOf(side.url));
      if (!r.published && side.published) r.published = side.published;
      // A claim disputed by several outlets is one line in its report, not one per outlet.
      const dup = r.sides.some((x) => x.side.claimId === side.claimId && x.conflict.dismissed === c.dismissed && topicKey(x.conflict.topic) === topicKey(c.topic));
      if (!dup) r.sides.push({ conflict: c, side });
    }
  }
  for (const s of view.stories ?? []) {
    const known = new Map(((s as MaybeReports).reports ?? []).filter((r) => r && typeof r.url === 'string').map((r) => [sameUrlKey(r.url), r]));
    for (const url of s.articles ?? []) {
      if (isThisPage(url, meta, pageUrl) && meta) continue;
      const k = known.get(sameUrlKey(url));
      const r = get(url, k?.outlet || hostOf(url));
      if (k?.outlet && r.outlet === hostOf(url)) r.outlet = k.outlet;
      if (!r.title && k?.title) r.title = k.title;
      if (!r.published && k?.published) r.published = k.published;
    }
  }
  return [...reports.values()].sort((a, b) => {
    const ta = dateValue(a.published);
    const tb = dateValue(b.published);
    if (ta === null && tb === null) return a.outlet.localeCompare(b.outlet);
    if (ta === null) return 1;
    if (tb === null) return -1;
    return ta - tb;
  });
}

/** Outlet, date and title of a story's article as far as the view knows them (hostname at least). */
export function describeArticle(url: string, reports: readonly Report[], thisPage: boolean): { outlet: string; published?: string; title?: string } {
  const r = reports.find((x) => (thisPage ? x.thisPage : sameUrlKey(x.url) === sameUrlKey(url)));
  return r ? { outlet: r.outlet, published: r.published, title: r.title } : { outlet: hostOf(url) };
}

/**
 * A PageView with every list present and the state known, whatever the background sent (an older
 * or newer background, or a partial answer), so rendering never throws. Null for non-objects.
 */
export function normalizeView(raw: unknown): PageView | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const v = raw as Partial<PageView>;
  const states: PageView['state'][] = ['ok', 'not-article', 'reading', 'disabled', 'storage-off', 'unsupported', 'unknown'];
  const list = <T,>(x: T[] | undefined): T[] => (Array.isArray(x) ? x : []);
  return {
    ...v,
    state: states.includes(v.state as PageView['state']) ? (v.state as PageView['state']) : 'unknown',
    claims: list(v.claims).filter((c) => c && typeof c === 'object' && c.content && typeof c.content.text === 'string'),
    actors: list(v.actors).filter((a) => a && typeof a === 'object' && typeof a.name === 'string'),
    conflicts: list(v.conflicts).filter((c) => c && typeof c === 'object' && typeof c.id === 'string' && Array.isArray(c.sides)),
    stories: list(v.stories)
      .filter((s) => s && typeof s === 'object')
      .map((s) => ({ ...s, articles: list(s.articles).filter((a) => typeof a === 'string'), evidence: list(s.evidence).filter((e) => typeof e === 'string') })),
    otherArticles: typeof v.otherArticles === 'number' && v.otherArticles >= 0 ? v.otherArticles : 0,
  };
}
