// The real OptionsClient: every call is a typed message to the background.
import { ask } from '../../lib/messaging';
import type { OptionsClient } from './client';

export const browserOptionsClient: OptionsClient = {
  getSettings: () => ask('settings:get', {}),
  setSettings: (settings) => ask('settings:set', { settings }),
  exportPage: (after) => ask('data:export-page', { after }),
  importStart: (bytes) => ask('data:import-start', { bytes }),
  importBatch: (importId, articles, dismissals) => ask('data:import-batch', { importId, articles, dismissals }),
  importFinish: (importId, header) => ask('data:import-finish', { importId, header }),
  importCancel: (importId) => ask('data:import-cancel', { importId }),
  stats: () => ask('data:stats', {}),
  // this page shares the extension's origin, and so its storage, with the background
  async storageUsage() {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    return typeof estimate?.usage === 'number' ? estimate.usage : null;
  },
  clearData: () => ask('data:clear', {}),
};
