// Who may send what: content scripts report pages; extension pages (popup, options) manage data.
import type { RequestType } from '../../lib/protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean; url?: string };
  /** 0 for the tab's top frame; content scripts also run in frames (allFrames). */
  frameId?: number;
}

export type SenderKind = 'extension' | 'content';

/** Requests a content script may make (it runs next to hostile pages: no data management). */
const FROM_CONTENT = new Set<RequestType>(['page:report', 'page:extract', 'page:readability', 'page:skip', 'page:view', 'settings:get', 'ui:open-compare', 'ui:shortcuts', 'ui:open-key']);
/** Requests only a content script makes: they describe its tab. */
const CONTENT_ONLY = new Set<RequestType>(['page:report', 'page:extract', 'page:readability', 'page:skip']);

/** Classifies a sender, or null when it is neither our page nor our content script. */
export function senderKind(sender: SenderInfo, ownUrl: string, ownId: string): SenderKind | null {
  if (sender.id !== undefined && sender.id !== ownId) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(ownUrl)) return 'extension';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return null;
}

/** Why a request from this kind of sender is refused, or null when allowed. */
export function refusal(type: RequestType, kind: SenderKind | null): string | null {
  if (kind === null) return `${type}: sender is neither an extension page nor a content script`;
  if (kind === 'content' && !FROM_CONTENT.has(type)) return `${type}: not allowed from a content script`;
  if (kind === 'extension' && CONTENT_ONLY.has(type)) return `${type}: only content scripts report pages`;
  return null;
}
