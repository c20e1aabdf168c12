// What the popup needs from the browser, as an interface: the entrypoint passes the real one
// (runtime/tabs messaging), tests pass a fake, so components never call browser APIs directly.
import type { PageView, Settings } from '../../lib/types';

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface PopupClient {
  /** The active tab of the current window, or the tab with this id. */
  tab(id?: number): Promise<TabInfo | undefined>;
  /** `tabId`: the tab showing `url`, so a frame's article is found when the page itself is none. */
  view(url: string, tabId?: number): Promise<PageView>;
  dismiss(conflictId: string, dismissed: boolean): Promise<{ ok: boolean }>;
  focusClaim(tabId: number, claimId: string): Promise<{ ok: boolean }>;
  getSettings(): Promise<Settings>;
  setSettings(settings: Partial<Settings>): Promise<Settings>;
  reloadTab(tabId: number): Promise<void>;
  openOptions(): Promise<void>;
  /** The colour key (welcome.html#key) in a new tab. */
  openKey(): Promise<void>;
}
