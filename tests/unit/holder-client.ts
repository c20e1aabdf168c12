// An OptionsClient over a real StoreHolder (fake-indexeddb): the options page's import and export
// run against the store code the background runs, with every message checked by the protocol.
import { vi } from 'vitest';
import { validateMessage, type Message, type RequestType } from '../../lib/protocol';
import { StoreHolder, type ActiveName } from '../../lib/store/holder';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/types';
import type { OptionsClient } from '../../components/options/client';

export function memoryName(): ActiveName & { value: string | null } {
  return {
    value: null,
    async get() {
      return this.value;
    },
    async set(name: string) {
      this.value = name;
    },
  };
}

/** Throws when a message would be refused by the background (too large, malformed). */
function checked<T extends RequestType>(type: T, req: object): Message<T> {
  const r = validateMessage({ type, ...req });
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.value as Message<T>;
}

export function holderClient(holder: StoreHolder, settings: Settings = DEFAULT_SETTINGS) {
  let current = settings;
  const client = {
    getSettings: vi.fn(async () => current),
    setSettings: vi.fn(async (s: Partial<Settings>) => (current = { ...current, ...s })),
    exportPage: vi.fn(async (after: Parameters<OptionsClient['exportPage']>[0]) => {
      checked('data:export-page', { after });
      const page = await holder.store.exportPage(after, 1_500_000);
      return { ok: true, ...page, ...(page.next ? {} : { dismissals: await holder.store.dismissals() }) };
    }),
    importStart: vi.fn(async (bytes: number) => {
      try {
        return { ok: true, importId: await holder.beginImport(bytes) };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    }),
    importBatch: vi.fn(async (importId: string, articles: string[], dismissals: string[]) => {
      checked('data:import-batch', { importId, articles, dismissals });
      try {
        await holder.importBatch(importId, articles, dismissals);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    }),
    importFinish: vi.fn(async (importId: string, header: { format: string; version: number }) => {
      try {
        return { ok: true, ...(await holder.finishImport(importId, header, current.retention)) };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    }),
    importCancel: vi.fn(async (importId: string) => {
      await holder.cancelImport(importId);
      return { ok: true };
    }),
    stats: vi.fn(async () => ({ ok: true, ...(await holder.store.stats()), approxBytes: 1234 })),
    storageUsage: vi.fn(async () => null),
    clearData: vi.fn(async () => {
      await holder.clear();
      return { ok: true };
    }),
  } satisfies OptionsClient;
  return client;
}
