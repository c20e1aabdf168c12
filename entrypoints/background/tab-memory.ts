// Per-tab facts the background must not forget when Chrome stops its idle MV3 worker (after about
// 30 s): what each tab showed (not an article, off for the site, a private window, which article).
// Kept in memory and mirrored to storage.session, which lives in memory only and is cleared when the
// browser closes (tab ids mean nothing after that anyway).
import { browser } from 'wxt/browser';

type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

function sessionArea(): Area | null {
  const s = (browser.storage as unknown as { session?: Area } | undefined)?.session;
  return s && typeof s.get === 'function' ? s : null;
}

export class TabMemory<T> {
  private map = new Map<number, T>();
  /** Tabs changed before the saved copy was read: the newer fact wins. */
  private touched = new Set<number>();
  private saving: Promise<void> = Promise.resolve();
  readonly loaded: Promise<void>;

  constructor(private key: string, private valid: (v: unknown) => v is T, private area: Area | null = sessionArea()) {
    this.loaded = this.load();
  }

  private async load() {
    try {
      const saved = (await this.area?.get(this.key))?.[this.key];
      if (!Array.isArray(saved)) return;
      for (const entry of saved) {
        if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || !this.valid(entry[1])) continue;
        const id = entry[0] as number;
        if (!this.touched.has(id)) this.map.set(id, entry[1]);
      }
    } catch {
      /* storage.session unavailable: memory only, as before */
    }
  }

  private save() {
    const area = this.area;
    if (!area) return;
    const snapshot = [...this.map];
    // Writes in order, so an older snapshot never lands after a newer one.
    this.saving = this.saving.then(() => area.set({ [this.key]: snapshot })).catch(() => undefined);
  }

  get(tabId: number): T | undefined {
    return this.map.get(tabId);
  }

  set(tabId: number, value: T) {
    this.touched.add(tabId);
    this.map.set(tabId, value);
    this.save();
  }

  delete(tabId: number) {
    this.touched.add(tabId);
    if (this.map.delete(tabId)) this.save();
  }

  clear() {
    for (const id of this.map.keys()) this.touched.add(id);
    this.map.clear();
    this.save();
  }

  entries(): [number, T][] {
    return [...this.map];
  }

  values(): T[] {
    return [...this.map.values()];
  }

  keys(): number[] {
    return [...this.map.keys()];
  }
}
