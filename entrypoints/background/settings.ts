// Settings persisted in browser.storage.local, always returned complete (defaults filled in).
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/types';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = (await browser.storage.local.get(KEY)) as { settings?: Partial<Settings> };
    return mergeSettings(DEFAULT_SETTINGS, got.settings ?? {});
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Applies a validated partial update; site names are lower-cased and de-duplicated. */
export function mergeSettings(base: Settings, patch: Partial<Settings>): Settings {
  const sites = patch.disabledSites ?? base.disabledSites;
  return {
    enabled: patch.enabled ?? base.enabled,
    disabledSites: [...new Set(sites.map((s) => s.trim().toLowerCase()).filter(Boolean))],
    retention: { ...base.retention, ...(patch.retention ?? {}) },
  };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = mergeSettings(await loadSettings(), patch);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
