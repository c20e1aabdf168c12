// What the options page needs from the background, as an interface (real one in browserClient.ts).
import type { Requests, Response } from '../../lib/protocol';
import type { Settings } from '../../lib/types';

export interface OptionsClient {
  getSettings(): Promise<Settings>;
  setSettings(settings: Partial<Settings>): Promise<Settings>;
  exportPage(after: Requests['data:export-page']['req']['after']): Promise<Response<'data:export-page'>>;
  importStart(bytes: number): Promise<Response<'data:import-start'>>;
  importBatch(importId: string, articles: string[], dismissals: string[]): Promise<Response<'data:import-batch'>>;
  importFinish(importId: string, header: { format: string; version: number }): Promise<Response<'data:import-finish'>>;
  importCancel(importId: string): Promise<Response<'data:import-cancel'>>;
  stats(): Promise<Response<'data:stats'>>;
  /** Bytes the extension's storage takes on disk, as the browser estimates it; null when it cannot say. */
  storageUsage(): Promise<number | null>;
  clearData(): Promise<{ ok: boolean }>;
}
