// The real PopupClient: background messages through lib/messaging, tabs through the browser API.
import { browser } from 'wxt/browser';
import { ask, askTab } from '../../lib/messaging';
import type { PopupClient, TabInfo } from './client';

async function tabInfo(id?: number): Promise<TabInfo | undefined> {
  if (id === undefined) {
    const [t] = await browser.tabs.query({ active: true, currentWindow: true });
    return t ? { id: t.id, url: t.url } : undefined;
  }
  try {
    const t = await browser.tabs.get(id);
    return { id: t.id, url: t.url };
  } catch {
    return undefined; // the tab was closed
  }
}

export const browserClient: PopupClient = {
  tab: tabInfo,
  view: (url, tabId) => ask('page:view', tabId === undefined ? { url } : { url, tabId }),
  dismiss: (conflictId, dismissed) => ask('conflict:dismiss', { conflictId, dismissed }),
  focusClaim: (tabId, claimId) => askTab(tabId, 'content:focus-claim', { claimId }),
  getSettings: () => ask('settings:get', {}),
  setSettings: (settings) => ask('settings:set', { settings }),
  reloadTab: async (tabId) => {
    await browser.tabs.reload(tabId);
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  openKey: async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html#key') });
  },
};
