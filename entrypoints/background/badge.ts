// Toolbar badge: the number of unresolved conflicts on a tab's page.
import { browser } from 'wxt/browser';
import type { Conflict } from '../../lib/types';
import { openDisagreements } from '../../lib/xref/group';

/** MV3 has browser.action, Firefox MV2 browser.browserAction. */
function toolbar() {
  const b = browser as unknown as { action?: typeof browser.browserAction; browserAction?: typeof browser.browserAction };
  return b.action ?? b.browserAction;
}

/** What the badge counts: open disagreements of the page stored under `pageUrl`, each once however
 *  many outlets take part (as the popup lists them). */
export function openConflicts(conflicts: readonly Conflict[], pageUrl: string): number {
  return openDisagreements(conflicts, (url) => url === pageUrl);
}

export async function setBadge(tabId: number, count: number): Promise<void> {
  const action = toolbar();
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  } catch {
    // the tab may be gone already
  }
}
