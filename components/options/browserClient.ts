// The real OptionsClient: every call is a typed message to the background.
import { ask } from '../../lib/messaging';
import type { OptionsClient } from './client';

export const browserOptionsClient: OptionsClient = {
  getSettings: () => ask('settings:get', {}),
  setSettings: (settings) => ask('settings:set', { settings }),
  exportData: () => ask('data:export', {}),
  importData: (json) => ask('data:import', { json }),
  clearData: () => ask('data:clear', {}),
};
