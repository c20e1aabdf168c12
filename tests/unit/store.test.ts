import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { openStore, StoreFullError, StoreInputError, StoreUnavailableError, type Store } from '../../lib/store';
import { migrate, type SourcelightDB } from '../../lib/store/schema';
import type { PageReport } from '../../lib/protocol';
import { DEFAULT_SETTINGS, type Claim } from '../../lib/types';
import { digestArticle } from '../../lib/xref/digest';
import { StoreHolder } from '../../lib/store/holder';
import { exportBlob, importFile } from '../../components/options/transfer';
import { holderClient, memoryName } from './holder-client';

function claim(id: string, content: string, actorId: string | null = 'a0', cue = 'said'): Claim {
  return { id, kind: 'indirect', source: null, actorId, cue: { text: cue, start: 0, end: cue.length }, content: { text: content, start: 10, end: 10 + content.length }, via: null, confidence: 0.8 };
}

function report(url: string, claims: Claim[], extra: Partial<PageReport['meta']> = {}): PageReport {
  return {
    meta: { url, title: 'Ferry capsizes off Dunmarra', outlet: { name: 'NorthWire', domain: 'northwire.example' }, authors: [], published: '2026-03-14T06:00:00Z', ...extra },
    claims,
    actors: [{ id: 'a0', key: 'dunmarra coastguard', name: 'Dunmarra Coastguard', type: 'organization', aliases: [], mentions: [] }],
    words: 500,
  };
}

let store: Store;
/** Every stored article as an export writes it. */
const storedArticles = async () => (await store.exportPage(null, Infinity)).articles.map((a) => JSON.parse(a));
let dbName = 'test';
let n = 0;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  dbName = `t${n++}`;
  store = await openStore(dbName);
});

describe('store: frames', () => {
  it('makes the frames of a page once, when it is stored, and views read them as stored', async () => {
    const url = 'https://x.example/frames';
    const { frames } = await store.ingest(report(url, [claim('c0', 'At least 12 people died')]));
    expect(frames.map((f) => `${f.ref}:${f.measure}:${f.value?.text}`)).toEqual(['c0:dead:At least 12']);
    store.close();
    // change the stored frame behind the store's back: a view that recomputed frames would not see it
    const db = await openDB<SourcelightDB>(dbName);
    const rec = (await db.get('articles', url))!;
    await db.put('articles', { ...rec, frames: rec.frames.map((f) => ({ ...f, label: 'as stored' })) });
    db.close();
    store = await openStore(dbName);
    expect((await store.view(url)).frames?.map((f) => f.label)).toEqual(['as stored']);
  });
});

describe('store: ingest and view', () => {
  it('round-trips an article by visited and by canonical URL', async () => {
    await store.ingest(report('https://northwire.example/a?utm=1#top', [claim('c0', 'At least 12 people died')], { canonicalUrl: 'https://northwire.example/a' }));
    for (const url of ['https://northwire.example/a', 'https://northwire.example/a?utm=1', 'https://northwire.example/a?utm=1#other']) {
      const v = await store.view(url);
      expect(v.state).toBe('ok');
      expect(v.claims.map((c) => c.content.text)).toEqual(['At least 12 people died']);
      expect(v.meta?.outlet.name).toBe('NorthWire');
      expect(v.actors[0].key).toBe('dunmarra coastguard');
    }
    expect((await store.view('https://northwire.example/b')).state).toBe('unknown');
  });

  it('re-reading a page updates it and never duplicates', async () => {
    await store.ingest(report('https://x.example/a', [claim('c0', 'one'), claim('c1', 'two')]), 1);
    await store.ingest(report('https://x.example/a', [claim('c0', 'three')]), 2);
    const v = await store.view('https://x.example/a');
    expect(v.claims.map((c) => c.content.text)).toEqual(['three']);
    const exported = await storedArticles();
    expect(exported).toHaveLength(1);
    expect(exported[0].readAt).toBe(2);
  });

  it('merges a page first stored without, then with, a canonical URL', async () => {
    await store.ingest(report('https://x.example/a?id=1', [claim('c0', 'one')]));
    await store.ingest(report('https://x.example/a?id=1', [claim('c0', 'two')], { canonicalUrl: 'https://x.example/story' }));
    expect(await storedArticles()).toHaveLength(1);
    expect((await store.view('https://x.example/a?id=1')).claims[0].content.text).toBe('two');
    expect((await store.view('https://x.example/story')).claims[0].content.text).toBe('two');
  });

  it('refuses an over-cap or malformed report and writes nothing', async () => {
    const many = Array.from({ length: 401 }, (_, i) => claim(`c${i}`, 'x'));
    await expect(store.ingest(report('https://x.example/a', many))).rejects.toBeInstanceOf(StoreInputError);
    await expect(store.ingest({ meta: { url: 'javascript:alert(1)' } } as unknown as PageReport)).rejects.toBeInstanceOf(StoreInputError);
    expect(await storedArticles()).toHaveLength(0);
  });

  it('finds conflicts within an article and remembers dismissals', async () => {
    const { conflicts } = await store.ingest(
      report('https://x.example/a', [claim('c0', 'the ferry was overloaded', 'a0'), claim('c1', 'the ferry was not overloaded', null, 'insisted')]),
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].type).toBe('polarity');
    await store.dismiss(conflicts[0].id, true);
    expect((await store.view('https://x.example/a')).conflicts[0].dismissed).toBe(true);
    // the id is stable: re-reading keeps the dismissal
    await store.ingest(report('https://x.example/a', [claim('c0', 'the ferry was overloaded'), claim('c1', 'the ferry was not overloaded', null)]));
    expect((await store.view('https://x.example/a')).conflicts[0].dismissed).toBe(true);
    await store.dismiss(conflicts[0].id, false);
    expect((await store.view('https://x.example/a')).conflicts[0].dismissed).toBe(false);
  });

  it('turns a quota error into StoreFullError and leaves no half article', async () => {
    await store.ingest(report('https://x.example/old', [claim('c0', 'kept')]));
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'claims') throw new DOMException('over quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.ingest(report('https://x.example/new', [claim('c0', 'lost')]))).rejects.toBeInstanceOf(StoreFullError);
    spy.mockRestore();
    expect((await store.view('https://x.example/new')).state).toBe('unknown');
    expect((await store.view('https://x.example/old')).claims).toHaveLength(1);
  });
});

describe('store: work per ingest does not grow with the store', () => {
  it('never counts an index and reads at most 301 keys per name, however many articles share it', async () => {
    // 305 articles that all name the coastguard (a name past the lookup cap) and one rare name each
    const many = Array.from({ length: 305 }, (_, i) => ({ readAt: Date.UTC(2026, 2, 14) + i * 60_000, aliases: [], page: report(`https://x.example/${i}`, [claim('c0', `Crew member ${i} of the Dunmarra Coastguard said at least ${i} people died`)]) }));
    await store.importBatch(many, []);
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    const storeCount = vi.spyOn(IDBObjectStore.prototype, 'count');
    const keys = vi.spyOn(IDBIndex.prototype, 'getAllKeys');
    for (const k of [1, 2, 3]) await store.ingest(report(`https://x.example/new${k}`, [claim('c0', 'At least 12 people died, the Dunmarra Coastguard said')]));
    await store.prune({ maxArticles: 300, maxAgeDays: 3650 });
    expect(count).not.toHaveBeenCalled();
    // the store's size is counted once (a count walks every record) and then kept
    expect(storeCount.mock.calls.length).toBeLessThanOrEqual(2); // once for the ingests, once in prune
    storeCount.mockRestore();
    const byTerm = keys.mock.calls.filter(([, n]) => n !== undefined);
    expect(byTerm.length).toBeGreaterThan(0);
    for (const [, n] of byTerm) expect(n).toBeLessThanOrEqual(301);
    count.mockRestore();
    keys.mockRestore();
  });

  it("a fresh worker's first page does not count the store again after retention counted it", async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ readAt: Date.UTC(2026, 2, 14) + i * 60_000, aliases: [], page: report(`https://x.example/${i}`, [claim('c0', `At least ${i} people died`)]) }));
    await store.importBatch(many, []);
    store.close();
    store = await openStore(dbName); // what a worker opens when it starts
    const storeCount = vi.spyOn(IDBObjectStore.prototype, 'count');
    expect(await store.prune({ maxArticles: 10, maxAgeDays: 3650 }, Date.UTC(2026, 2, 15))).toBe(2); // as the worker does when it starts
    for (const k of [1, 2]) await store.ingest(report(`https://x.example/new${k}`, [claim('c0', 'At least 12 people died')]));
    expect(storeCount).toHaveBeenCalledTimes(1);
    storeCount.mockRestore();
    // the size it keeps is the store's: the 10 left by retention and the 2 new pages
    expect(store.knownSize()).toBe(12);
    expect((await store.stats()).articles).toBe(12);
  });

  it('the retention run every few pages does not count again a size this store counted and kept', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ readAt: Date.UTC(2026, 2, 14) + i * 60_000, aliases: [], page: report(`https://x.example/${i}`, [claim('c0', `At least ${i} people died`)]) }));
    await store.importBatch(many, []); // counted once here, then kept by each write
    const storeCount = vi.spyOn(IDBObjectStore.prototype, 'count');
    for (const k of [1, 2]) await store.ingest(report(`https://x.example/new${k}`, [claim('c0', 'At least 12 people died')]));
    await store.ingest(report('https://x.example/3', [claim('c0', 'At least 3 people died')])); // a page read again
    expect(await store.prune({ maxArticles: 10, maxAgeDays: 3650 }, Date.UTC(2026, 2, 15), true)).toBe(4);
    expect(storeCount).not.toHaveBeenCalled();
    storeCount.mockRestore();
    expect(store.knownSize()).toBe(10);
    expect((await store.stats()).articles).toBe(10);
  });

  it('with a size remembered from the last worker, neither retention nor the first page count; a recount corrects a drift', async () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ readAt: Date.UTC(2026, 2, 14) + i * 60_000, aliases: [], page: report(`https://x.example/${i}`, [claim('c0', `At least ${i} people died`)]) }));
    await store.importBatch(many, []);
    store.close();
    store = await openStore(dbName);
    expect(store.knownSize()).toBeNull();
    store.assumeSize(7); // one off: the last worker stopped before it could say
    const storeCount = vi.spyOn(IDBObjectStore.prototype, 'count');
    await store.prune({ maxArticles: 100, maxAgeDays: 3650 }, Date.UTC(2026, 2, 15));
    await store.ingest(report('https://x.example/new', [claim('c0', 'At least 12 people died')]));
    expect(storeCount).not.toHaveBeenCalled();
    expect(store.knownSize()).toBe(8);
    await store.prune({ maxArticles: 100, maxAgeDays: 3650 }, Date.UTC(2026, 2, 15), true);
    expect(storeCount).toHaveBeenCalledTimes(1);
    storeCount.mockRestore();
    expect(store.knownSize()).toBe(7);
    store.assumeSize(100); // a known size is not replaced by a remembered one
    expect(store.knownSize()).toBe(7);
  });
});

describe('store: export, import, clear, prune (as the options page runs them)', () => {
  let holder: StoreHolder;
  beforeEach(async () => {
    store.close();
    holder = await StoreHolder.open(memoryName(), dbName);
  });
  // these pages were read in 1970: an import keeps them all
  const client = () => holderClient(holder, { ...DEFAULT_SETTINGS, retention: { maxArticles: 1e6, maxAgeDays: 1e6 } });
  const exported = async () => JSON.parse(await new Response((await exportBlob(client(), 0, () => undefined)).stream().pipeThrough(new DecompressionStream('gzip'))).text());
  const imported = (text: string) => importFile(new Blob([text]), client(), () => undefined, () => false);
  const urls = async () => (await exported()).articles.map((a: { page: PageReport }) => a.page.meta.url);

  it('export → clear → import loses nothing', async () => {
    await holder.store.ingest(report('https://x.example/a', [claim('c0', 'the ferry was overloaded'), claim('c1', 'the ferry was not overloaded', null)]), 1000);
    await holder.store.ingest(report('https://y.example/b', [claim('c0', 'Forty-seven people were rescued')], { outlet: { name: 'BCN', domain: 'y.example' } }), 2000);
    const v = await holder.store.view('https://x.example/a');
    await holder.store.dismiss(v.conflicts[0].id, true);
    const before = await exported();
    await holder.clear();
    expect((await holder.store.view('https://x.example/a')).state).toBe('unknown');
    expect((await imported(JSON.stringify(before))).ok).toBe(true);
    expect({ ...(await exported()), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });
    expect((await holder.store.view('https://x.example/a')).conflicts[0].dismissed).toBe(true);
  });

  it('export → clear → import keeps the outlet\'s own reporting, the body digest and the frames', async () => {
    const text = 'Floods in Brayford\n\nThe river crested at 12 ft above its normal level in Brayford on Monday, the hydrology service said. Nine bridges were destroyed.';
    const r = { ...report('https://x.example/flood', []), digest: digestArticle(text, []) };
    await holder.store.ingest(r, 1000);
    const before = await exported();
    expect(before.articles[0].page.digest.sentences.length).toBeGreaterThan(0);
    const frames = (await holder.store.view('https://x.example/flood')).frames;
    expect(before.articles[0].frames).toEqual(frames);
    await holder.clear();
    expect((await imported(JSON.stringify(before))).ok).toBe(true);
    expect({ ...(await exported()), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });
    expect((await holder.store.view('https://x.example/flood')).frames).toEqual(frames);
    expect(frames?.some((f) => f.kind === 'own' && f.measure === 'count:bridge:destroyed')).toBe(true);
  });

  it('keeps the frames a file carries, and frames again a page whose file has none (an older export)', async () => {
    await holder.store.ingest(report('https://x.example/a', [claim('c0', 'At least 12 people died')]), 1000);
    const file = await exported();
    const framed = structuredClone(file);
    framed.articles[0].frames[0].label = 'as exported';
    await holder.clear();
    expect((await imported(JSON.stringify(framed))).ok).toBe(true);
    expect((await holder.store.view('https://x.example/a')).frames?.map((f) => f.label)).toEqual(['as exported']);
    delete file.articles[0].frames;
    await holder.clear();
    expect((await imported(JSON.stringify(file))).ok).toBe(true);
    expect((await holder.store.view('https://x.example/a')).frames?.map((f) => `${f.ref}:${f.measure}`)).toEqual(['c0:dead']);
  });

  it('rejects a malformed or hostile import whole, with a reason, changing nothing', async () => {
    await holder.store.ingest(report('https://x.example/a', [claim('c0', 'kept')]));
    const good = await exported();
    const bad = structuredClone(good);
    bad.articles.push({ readAt: 5, aliases: [], page: { ...good.articles[0].page, meta: { ...good.articles[0].page.meta, url: 'https://x.example/z' }, claims: [{ evil: '<script>' }] } });
    bad.articles.unshift({ ...good.articles[0], page: { ...good.articles[0].page, meta: { ...good.articles[0].page.meta, url: 'https://x.example/new' } } });
    const frame = { ref: 'c0', kind: 'claim', event: 'story', measure: 'dead', scope: '', time: null, modality: 'count', sentence: { start: 0, end: 5 }, span: { start: 0, end: 5 }, label: 'dead' };
    const withFrames = (frames: unknown) => JSON.stringify({ ...good, articles: [{ ...good.articles[0], frames }] });
    await holder.clear();
    await holder.store.ingest(report('https://x.example/only', [claim('c0', 'only')]));
    for (const [file, reason] of [
      [JSON.stringify(bad), /article 2: .*claim/],
      ['{not json', /unexpected "n"/],
      ['"a string"', /not a Sourcelight export/],
      [JSON.stringify({ ...good, version: 99 }), /version 99/],
      [JSON.stringify({ ...good, dismissals: [{ id: 5 }] }), /dismissal 0/],
      ['\u0000\u0001binary', /not a Sourcelight export/],
      [withFrames('frames'), /article 0: frames not a list/],
      [withFrames(Array(601).fill(frame)), /article 0: frames not a list of at most 600/],
      [withFrames([{ ...frame, ref: 'c9' }]), /article 0: frame 0 refers to no claim/],
      [withFrames([{ ...frame, label: 'x'.repeat(5000) }]), /article 0: frame 0: label invalid/],
      [withFrames([{ ...frame, modality: 'rumour' }]), /article 0: frame 0: modality invalid/],
      [withFrames([{ ...frame, value: { lo: '1', hi: null, unit: null, text: '1' } }]), /article 0: frame 0: value invalid/],
      [withFrames([{ ...frame, span: { start: 9, end: 2 } }]), /article 0: frame 0: span invalid/],
    ] as const) {
      const r = await imported(file);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.message).toMatch(reason);
    }
    expect(await urls()).toEqual(['https://x.example/only']);
  });

  it('stores only the fields a frame has (anything else in the file is dropped)', async () => {
    await holder.store.ingest(report('https://x.example/a', [claim('c0', 'At least 12 people died')]), 1000);
    const file = await exported();
    const f = file.articles[0].frames[0];
    file.articles[0].frames = [{ ...f, script: '<img onerror=x>', value: { ...f.value, extra: 1 }, span: { ...f.span, more: [1] } }];
    await holder.clear();
    expect((await imported(JSON.stringify(file))).ok).toBe(true);
    expect((await holder.store.view('https://x.example/a')).frames).toEqual([f]);
  });

  it('prunes by age, then by count, oldest first', async () => {
    const day = 86_400_000;
    const now = 100 * day;
    for (let i = 0; i < 6; i++) await holder.store.ingest(report(`https://x.example/${i}`, [claim('c0', `claim ${i}`)]), now - (10 - i) * day);
    // ages 10..5 days: maxAgeDays 8 removes the two oldest, maxArticles 3 one more
    expect(await holder.store.prune({ maxAgeDays: 8, maxArticles: 3 }, now)).toBe(3);
    expect(await urls()).toEqual(['https://x.example/3', 'https://x.example/4', 'https://x.example/5']);
    expect((await holder.store.view('https://x.example/0')).state).toBe('unknown');
  });
});

describe('store: schema migration and availability', () => {
  it('migrates a v1 database to the current version, keeping its articles', async () => {
    store.close();
    const name = `migrate${n++}`;
    const v1 = await openDB<SourcelightDB>(name, 1, { upgrade: (db, old, _new, tx) => void migrate(db, old, 1, tx) });
    const url = 'https://x.example/old';
    await v1.put('articles', {
      url, aliases: [url], outlet: 'Old Outlet', title: 'Dockers strike in Dunmarra', readAt: 5, words: 100,
      meta: { url, title: 'Dockers strike in Dunmarra', outlet: { name: 'Old Outlet', domain: 'x.example' }, authors: [] },
      actors: [], actorKeys: [],
    } as unknown as SourcelightDB['articles']['value']);
    await v1.put('claims', { id: `${url}#c0`, article: url, actorKey: null, claim: claim('c0', 'about 300 workers walked out', null) });
    v1.close();
    expect(v1.objectStoreNames.contains('stories')).toBe(false);

    const migrated = await openStore(name);
    const v = await migrated.view(url);
    expect(v.state).toBe('ok');
    expect(v.claims[0].content.text).toBe('about 300 workers walked out');
    // v3: the migrated page's frames were made from its claims, once, during the upgrade
    expect(v.frames?.map((f) => `${f.ref}:${f.measure}:${f.value?.text}`)).toEqual(['c0:strikers:about 300']);
    // v2 features work on migrated data: a new article of the same story links to it
    await migrated.ingest({
      ...report('https://y.example/new', [claim('c0', 'about 300 workers walked out of the Dunmarra terminal')], { title: 'Dockers strike in Dunmarra enters second day' }),
    });
    expect((await migrated.view('https://y.example/new')).otherArticles).toBe(1);
    migrated.close();
  });

  it('fails soft when IndexedDB is missing or refuses to open', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a context without IndexedDB
    delete globalThis.indexedDB;
    await expect(openStore('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    globalThis.indexedDB = { open: () => { throw new DOMException('private window', 'InvalidStateError'); } } as unknown as IDBFactory;
    await expect(openStore('x')).rejects.toBeInstanceOf(StoreUnavailableError);
    globalThis.indexedDB = saved;
  });
});

describe('store: random and hostile input', () => {
  it('stores whatever valid report it gets and returns it unchanged; refuses the rest cleanly', async () => {
    const fc = (await import('fast-check')).default;
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(text, { maxLength: 12 }), text, fc.boolean(), async (contents, title, breakIt) => {
        const url = `https://fuzz.example/${i++}`;
        const r = report(url, contents.map((c, k) => claim(`c${k}`, c, k % 2 ? 'a0' : null)), { title: title.slice(0, 500) });
        if (breakIt) (r.claims as unknown[]).push({ id: 'bad', content: 'not a span' });
        try {
          await store.ingest(r);
        } catch (e) {
          expect(e).toBeInstanceOf(StoreInputError);
          expect(breakIt).toBe(true);
          expect((await store.view(url)).state).toBe('unknown');
          return;
        }
        expect(breakIt).toBe(false);
        const v = await store.view(url);
        expect(v.claims.map((c) => c.content.text)).toEqual(contents);
      }),
      { numRuns: 150 },
    );
  });
});
