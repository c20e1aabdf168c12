// Import and export in pieces: the splitter, the batches the options page sends, the staged import
// (a refused, failed or cancelled import leaves the store as it was), the size cap, retention right
// after an import, and clear deleting the database.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { StoreHolder } from '../../lib/store/holder';
import { ExportSplitter } from '../../lib/store/stream';
import { LIMITS, type PageReport } from '../../lib/protocol';
import type { Claim } from '../../lib/types';
import { exportBlob, importFile } from '../../components/options/transfer';
import { DEFAULT_SETTINGS } from '../../lib/types';
import { holderClient, memoryName } from './holder-client';

let n = 0;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
const open = () => StoreHolder.open(memoryName(), `db${n++}`);

function page(i: number, claims = 3, pad = 0): PageReport {
  const cs: Claim[] = Array.from({ length: claims }, (_, k) => {
    const text = `At least ${10 + k + i} people died near Dunmarra ${'x'.repeat(pad)}`.trim();
    return { id: `c${k}`, kind: 'indirect', source: null, actorId: 'a0', cue: { text: 'said', start: 0, end: 4 }, content: { text, start: 10 + k * 200, end: 10 + k * 200 + text.length }, via: null, confidence: 0.8 };
  });
  return {
    meta: { url: `https://outlet${i % 4}.example/news/${i}`, title: `Ferry capsizes, report ${i}`, outlet: { name: `Outlet ${i % 4}`, domain: `outlet${i % 4}.example` }, authors: [], published: '2026-03-14T06:00:00Z' },
    claims: cs,
    actors: [{ id: 'a0', key: 'dunmarra coastguard', name: 'Dunmarra Coastguard', type: 'organization', aliases: [], mentions: [] }],
    words: 500,
  };
}

async function filled(count: number, claims = 3, pad = 0) {
  const holder = await open();
  const now = Date.now();
  for (let i = 0; i < count; i++) await holder.store.ingest(page(i, claims, pad), now - (count - i) * 60_000);
  await holder.store.dismiss('some-conflict', true);
  return holder;
}

/** The export without its time stamp: what a round trip must give back. */
async function snapshot(holder: StoreHolder) {
  return { ...JSON.parse(await gunzip(await blobOf(holder))), exportedAt: 0 };
}

const blobOf = async (holder: StoreHolder) => exportBlob(holderClient(holder), 0, () => undefined);
const gunzip = (blob: Blob) => new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
const databases = async () => (await indexedDB.databases()).map((d) => d.name).sort();

describe('export splitter', () => {
  it('gives every element of both arrays, and the other members, however the text is cut', () => {
    const entry = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()))));
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), fc.string(), fc.array(fc.nat(), { maxLength: 8 }), (articles, dismissals, note, cuts) => {
        const text = JSON.stringify({ format: 'sourcelight-export', note, articles, dismissals }, null, cuts.length % 2 ? 1 : undefined);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const s = new ExportSplitter();
        const got = { articles: [] as unknown[], dismissals: [] as unknown[] };
        let at = 0;
        for (const p of [...points, text.length]) {
          const out = s.push(text.slice(at, p));
          got.articles.push(...out.articles.map((a) => JSON.parse(a)));
          got.dismissals.push(...out.dismissals.map((d) => JSON.parse(d)));
          at = p;
        }
        s.end();
        expect(got).toEqual({ articles, dismissals });
        expect(s.header).toEqual({ format: 'sourcelight-export', note });
      }),
      { numRuns: 300 },
    );
  });

  it('a "__proto__" member is a member like any other, not the header\'s prototype', () => {
    const s = new ExportSplitter();
    s.push('{"__proto__":{"format":"sourcelight-export","polluted":true},"articles":[],"dismissals":[]}');
    s.end();
    expect(Object.getPrototypeOf(s.header)).toBeNull();
    expect(s.header.format).toBeUndefined();
    expect(Object.keys(s.header)).toEqual(['__proto__']);
  });

  it('refuses what is not an export object, or is cut off', () => {
    const split = (t: string) => () => {
      const s = new ExportSplitter();
      s.push(t);
      s.end();
    };
    expect(split('[1,2]')).toThrow(/does not start/);
    expect(split('{"articles":[{"a":1},')).toThrow(/cut off/);
    expect(split('{"articles":{}}')).toThrow(/not a list/);
    expect(split('{"articles":[],"dismissals":[]} x')).toThrow(/after the end/);
    expect(split('{"articles":[]}')).toThrow(/"dismissals" missing/);
  });
});

describe('import and export in batches', () => {
  it('round trip: an export (gzipped) imported into an empty store gives the same export back, as does its JSON', async () => {
    const from = await filled(12);
    const to = await open();
    const client = holderClient(to);
    const r = await importFile(await blobOf(from), client, () => undefined, () => false);
    expect(r).toEqual({ ok: true, articles: 12, pruned: 0 });
    expect(await snapshot(to)).toEqual(await snapshot(from));
    expect(await databases()).toEqual(['db0', 'db1-b']); // the copy (db1-b) took db1's place; no leftover
    const plain = await open();
    expect(await importFile(new Blob([await gunzip(await blobOf(from))]), holderClient(plain), () => undefined, () => false)).toMatchObject({ ok: true, articles: 12 });
    expect(await snapshot(plain)).toEqual(await snapshot(from));
  });

  it('sends batches of at most the batch size and reports progress up to the whole file', async () => {
    const from = await filled(30, 20, 900); // about 20 KB an article: several batches
    const blob = await blobOf(from);
    expect((await gunzip(blob)).length).toBeGreaterThan(LIMITS.maxBatchChars);
    const to = await open();
    const client = holderClient(to);
    const seen: number[] = [];
    const counts: number[] = [];
    await importFile(blob, client, (p) => { seen.push(p.done); counts.push(p.articles); }, () => false);
    expect(client.importBatch.mock.calls.length).toBeGreaterThan(1);
    for (const [, articles] of client.importBatch.mock.calls) expect(articles.join('').length).toBeLessThanOrEqual(LIMITS.maxBatchChars);
    expect(seen.at(-1)).toBe(1);
    // of a gzip, the share of its contents read: not the whole file at once, as the decompressor reads it
    expect(seen.filter((d) => d < 1).length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // the article count follows every batch sent, up to the last
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBeGreaterThan(client.importBatch.mock.calls.length);
    expect(counts.at(-1)).toBe(30);
    expect((await to.store.stats()).articles).toBe(30);
  });

  it('export pages resume just after the last article sent, also among articles read at the same moment', async () => {
    const holder = await open();
    const same = Date.now();
    // 60 read at one moment: more than an export page reads at once
    for (let i = 0; i < 70; i++) await holder.store.ingest(page(i), i < 60 ? same : same + i);
    const whole = JSON.parse(await gunzip(await blobOf(holder))).articles.map((a: { page: PageReport }) => a.page.meta.url);
    const url = (i: number) => page(i).meta.url;
    expect(whole).toEqual([...Array.from({ length: 60 }, (_, i) => url(i)).sort(), ...Array.from({ length: 10 }, (_, i) => url(60 + i))]);
    for (const maxChars of [1, 5_000, 40_000]) {
      const urls: string[] = [];
      for (let p = await holder.store.exportPage(null, maxChars); ; p = await holder.store.exportPage(p.next, maxChars)) {
        urls.push(...p.articles.map((a) => (JSON.parse(a) as { page: PageReport }).page.meta.url));
        if (!p.next) break;
      }
      expect(urls).toEqual(whole);
    }
  });

  it('an import adds to what is stored, and re-read articles replace their older copy', async () => {
    const from = await filled(5);
    const to = await filled(3);
    await to.store.ingest(page(40), Date.now());
    await importFile(await blobOf(from), holderClient(to), () => undefined, () => false);
    expect((await to.store.stats()).articles).toBe(6); // 0-4 from the file (0-2 replace), 40 kept
  });

  it('refuses a file over the size cap before anything is sent or written', async () => {
    const to = await filled(2);
    const before = await snapshot(to);
    const client = holderClient(to);
    const big = new Blob([new Uint8Array(LIMITS.maxImportBytes + 1)]);
    const r = await importFile(big, client, () => undefined, () => false);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^Import refused: the file is 50\.0 MB, more than the 50\.0 MB/) });
    expect(client.importStart).not.toHaveBeenCalled();
    expect(await snapshot(to)).toEqual(before);
    // and the background refuses on its own when asked for more
    await expect(to.beginImport(LIMITS.maxImportBytes + 1)).rejects.toThrow(/more than the 50 MB/);
  });

  it('a malformed entry anywhere in the file leaves the store as it was, with the reason', async () => {
    const from = await filled(20, 20, 900);
    const text = await gunzip(await blobOf(from));
    const to = await filled(4);
    const before = await snapshot(to);
    const names = await databases();
    for (const [bad, reason] of [
      [text.replace('"readAt":', '"readAt":"soon","x":'), /article 0: readAt/],
      [text.replace(/"title":"Ferry capsizes, report 17"/, '"title":42'), /article 17: .*meta title invalid/],
      [text.slice(0, text.length - 40), /cut off/],
      [text.replace('"version":1', '"version":7'), /version 7 is not supported/],
    ] as const) {
      const r = await importFile(new Blob([bad]), holderClient(to), () => undefined, () => false);
      expect(r).toMatchObject({ ok: false, cancelled: false, message: expect.stringMatching(reason) });
      expect(await snapshot(to)).toEqual(before);
      expect(await databases()).toEqual(names); // the staged copy is gone
    }
  });

  it('sends the next batch before the last is answered (at most 2 unanswered) and stores them in the order sent', async () => {
    const from = await filled(60, 20, 900);
    const to = await open();
    const client = holderClient(to);
    const store = client.importBatch.getMockImplementation()!;
    let open_ = 0;
    let most = 0;
    client.importBatch.mockImplementation(async (...args: Parameters<typeof store>) => {
      most = Math.max(most, ++open_);
      // the later batch is answered first when it can be: order must come from the background
      await new Promise((r) => setTimeout(r, 5 * (client.importBatch.mock.calls.length % 2)));
      try {
        return await store(...args);
      } finally {
        open_--;
      }
    });
    expect(await importFile(await blobOf(from), client, () => undefined, () => false)).toEqual({ ok: true, articles: 60, pruned: 0 });
    expect(client.importBatch.mock.calls.length).toBeGreaterThan(2);
    expect(most).toBe(2);
    expect(await snapshot(to)).toEqual(await snapshot(from));
  });

  it('a batch refused while the next is on its way: its reason is given and the store is as it was', async () => {
    const from = await filled(60, 20, 900);
    const text = await gunzip(await blobOf(from));
    const to = await filled(4);
    const before = await snapshot(to);
    const names = await databases();
    const client = holderClient(to);
    const bad = text.replace(/"title":"Ferry capsizes, report 2"/, '"title":42');
    const r = await importFile(new Blob([bad]), client, () => undefined, () => false);
    expect(r).toMatchObject({ ok: false, cancelled: false, message: expect.stringMatching(/article 2: .*meta title invalid/) });
    expect(client.importBatch.mock.calls.length).toBe(2); // the second was sent before the first was refused
    expect(await snapshot(to)).toEqual(before);
    expect(await databases()).toEqual(names);
  });

  it('the background stores batches given to it at once in the order they came', async () => {
    const from = await filled(30, 3, 900);
    const text = JSON.parse(await gunzip(await blobOf(from)));
    const to = await open();
    const id = await to.beginImport(1000);
    const entries = text.articles.map((a: unknown) => JSON.stringify(a));
    const dismissals = text.dismissals.map((d: unknown) => JSON.stringify(d));
    await Promise.all([0, 10, 20].map((k) => to.importBatch(id, entries.slice(k, k + 10), k === 20 ? dismissals : [])));
    await to.finishImport(id, { format: text.format, version: text.version }, DEFAULT_SETTINGS.retention);
    expect(await snapshot(to)).toEqual(await snapshot(from));
    // a story lists its articles in the order they were stored
    const stories = async (h: StoreHolder) => Promise.all(Array.from({ length: 30 }, async (_, i) => (await h.store.view(page(i).meta.url)).stories[0]?.articles));
    const expected = await stories(from);
    expect(expected.some((s) => s && s.length >= 4)).toBe(true);
    expect(await stories(to)).toEqual(expected);
  });

  it('cancel between batches leaves the store as it was and drops the staged copy', async () => {
    const from = await filled(40, 20, 900);
    const to = await filled(3);
    const before = await snapshot(to);
    const names = await databases();
    const client = holderClient(to);
    const r = await importFile(await blobOf(from), client, () => undefined, () => client.importBatch.mock.calls.length > 0);
    expect(r).toMatchObject({ ok: false, cancelled: true });
    expect(client.importCancel).toHaveBeenCalled();
    expect(await snapshot(to)).toEqual(before);
    expect(await databases()).toEqual(names);
  });

  it('pages read and dismissals made while an import runs are in the store it leaves', async () => {
    const from = await filled(30, 3, 900);
    const to = await open();
    const client = holderClient(to);
    const during = page(100);
    let wrote = false;
    // between two batches, as a reader reads a page while the import runs
    client.importBatch.mockImplementation(async (id: string, articles: string[], dismissals: string[]) => {
      if (!wrote) {
        wrote = true;
        await to.write((s) => s.ingest(during));
        await to.write((s) => s.dismiss('seen-during', true));
      }
      await to.importBatch(id, articles, dismissals);
      return { ok: true };
    });
    expect((await importFile(await blobOf(from), client, () => undefined, () => false)).ok).toBe(true);
    expect(wrote).toBe(true);
    expect((await to.store.view(during.meta.url)).state).toBe('ok');
    expect((await to.store.dismissals()).map((d) => d.id)).toContain('seen-during');
    expect((await to.store.stats()).articles).toBe(31);
  });

  it('keeps only the newest articles the retention allows, pruned right after the import', async () => {
    const from = await filled(10);
    const to = await open();
    const client = holderClient(to, { ...DEFAULT_SETTINGS, retention: { maxArticles: 4, maxAgeDays: 180 } });
    const r = await importFile(await blobOf(from), client, () => undefined, () => false);
    expect(r).toEqual({ ok: true, articles: 10, pruned: 6 });
    const kept = JSON.parse(await gunzip(await blobOf(to))).articles.map((a: { page: PageReport }) => a.page.meta.url);
    expect(kept).toEqual([6, 7, 8, 9].map((i) => `https://outlet${i % 4}.example/news/${i}`));
  });

  it('clear deletes the database itself and opens an empty one', async () => {
    const holder = await filled(5);
    const [name] = await databases();
    const del = vi.spyOn(indexedDB, 'deleteDatabase');
    await holder.clear();
    expect(del.mock.calls).toEqual([[name]]);
    expect(await holder.store.stats()).toEqual({ articles: 0, claims: 0 });
    await holder.store.ingest(page(1));
    expect((await holder.store.stats()).articles).toBe(1);
  });

  it('an interrupted import (unknown id) is refused and changes nothing', async () => {
    const to = await filled(2);
    await expect(to.importBatch('i9', [], [])).rejects.toThrow(/interrupted/);
  });
});
