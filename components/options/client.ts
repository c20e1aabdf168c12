// What the options page needs from the background, as an interface (real one in browserClient.ts).
import type { Settings } from '../../lib/types';

export interface OptionsClient {
  getSettings(): Promise<Settings>;
  setSettings(settings: Partial<Settings>): Promise<Settings>;
  exportData(): Promise<{ ok: boolean; json?: string; message?: string }>;
  importData(json: string): Promise<{ ok: boolean; message?: string }>;
  clearData(): Promise<{ ok: boolean }>;
}
