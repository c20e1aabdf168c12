// An ingest waits on the browser's database as few times as it can (lib/store/ingest.ts storePage,
// lib/store/store.ts conflictsOf): each wait was 1-10 ms in real Chromium. What it finds must stay
// what the popup's view finds reading everything back from the database.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openStore, type Store } from '../../lib/store';
import type { PageReport } from '../../lib/protocol';
import { reportOf, storyArticle } from '../../bench/store/corpus';

/** Counts the times requests are made after an answer came in: the waits an ingest makes in turn. */
function countWaits(): { waits: () => number; restore: () => void } {
  let waits = 0;
  let answered = true;
  const restores: (() => void)[] = [];
  const wrap = (proto: object, name: string) => {
    const own = proto as Record<string, (...a: unknown[]) => IDBRequest>;
    const original = own[name];
    own[name] = function (this: unknown, ...args: unknown[]) {
      if (answered) waits++;
      answered = false;
      const req = original.apply(this, args);
      req.addEventListener('success', () => (answered = true));
      return req;
    };
    restores.push(() => (own[name] = original));
  };
  for (const name of ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
    wrap(IDBObjectStore.prototype, name);
    wrap(IDBIndex.prototype, name);
  }
  for (const name of ['put', 'delete']) wrap(IDBObjectStore.prototype, name);
  return { waits: () => waits, restore: () => restores.forEach((r) => r()) };
}

/** Six outlets' reports of each of three stories (the bench's corpus: differing figures). */
const REPORTS: PageReport[] = [0, 1, 2].flatMap((story) => [0, 1, 2, 3, 4, 5].map((outlet) => reportOf(storyArticle(story, outlet))));

let store: Store;
let n = 0;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await openStore(`rounds${n++}`);
});
afterEach(() => store.close());

describe('store: waits per ingest', () => {
  it('a page that joins a story with conflicts waits four times: earlier versions, names and actors; candidates; the story; its articles and dismissals', async () => {
    for (const r of REPORTS.slice(0, 3)) await store.ingest(r);
    const counter = countWaits();
    try {
      const { conflicts } = await store.ingest(REPORTS[3]);
      expect(conflicts.some((c) => !c.within && new Set(c.sides.map((s) => s.url)).size > 1)).toBe(true);
      expect(counter.waits()).toBe(4);
    } finally {
      counter.restore();
    }
  });

  it('reads dismissals one by one only when there are many, and marks the same conflicts dismissed either way', async () => {
    for (const r of REPORTS.slice(0, 3)) await store.ingest(r);
    const { conflicts } = await store.ingest(REPORTS[3]);
    await store.dismiss(conflicts[0].id, true);
    const few = (await store.ingest(REPORTS[3])).conflicts.map((c) => [c.id, c.dismissed]);
    for (let i = 0; i < 250; i++) await store.dismiss(`unrelated-${i}`, true);
    const many = (await store.ingest(REPORTS[3])).conflicts.map((c) => [c.id, c.dismissed]);
    expect(few).toContainEqual([conflicts[0].id, true]);
    expect(many).toEqual(few);
  });

  it('finds the conflicts the popup view finds, however pages of stories are read and read again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(REPORTS.length - 1), { minLength: 1, maxLength: 8 }), async (order) => {
        globalThis.indexedDB = new IDBFactory();
        const s = await openStore(`prop${n++}`);
        try {
          for (const i of order) {
            const { url, conflicts } = await s.ingest(REPORTS[i]);
            expect(conflicts).toEqual((await s.view(url)).conflicts);
          }
        } finally {
          s.close();
        }
      }),
      { numRuns: 15 },
    );
  });
});
