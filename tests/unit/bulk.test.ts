// An import stores many pages in a few round trips (lib/store/bulk.ts): what it stores must be what
// ingesting the same pages one after the other stores (stories, actors, claims), re-reads included.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDB } from 'idb';
import { openStore } from '../../lib/store';
import type { SourcelightDB } from '../../lib/store/schema';
import type { ExportedArticle } from '../../lib/store/transfer';
import { articleAt, reportOf, storyArticle } from '../../bench/store/corpus';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Generated reading history: unrelated articles and stories told by several outlets. */
const POOL = [...Array.from({ length: 40 }, (_, i) => reportOf(articleAt(i))), ...Array.from({ length: 12 }, (_, i) => reportOf(storyArticle(3 + (i % 3), i % 6)))];

async function dump(name: string) {
  const db = await openDB<SourcelightDB>(name);
  const [articles, stories, actors, claims] = await Promise.all([db.getAll('articles'), db.getAll('stories'), db.getAll('actors'), db.getAllKeys('claims')]);
  db.close();
  return { articles: articles.map(({ url, storyId, aliases, readAt, terms, frames }) => ({ url, storyId, aliases, readAt, terms, frames })), stories, actors, claims };
}

describe('import in runs', () => {
  it('stores what one ingest after another stores, however the pages repeat and are batched', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 90 }), fc.integer({ min: 1, max: 70 }), async (picks, batch) => {
        const file: ExportedArticle[] = picks.map((p, i) => ({ readAt: 1_000_000 + i * 60_000, aliases: [POOL[p].meta.url], page: POOL[p] }));
        const one = await openStore(`one${n}`);
        for (const a of file) await one.ingest(a.page, a.readAt);
        one.close();
        const bulk = await openStore(`bulk${n}`);
        for (let i = 0; i < file.length; i += batch) await bulk.importBatch(file.slice(i, i + batch), []);
        bulk.close();
        expect(await dump(`bulk${n}`)).toEqual(await dump(`one${n++}`));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
