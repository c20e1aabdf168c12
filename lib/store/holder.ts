// The store the background works with, and the database it lives in. An import is built in a second
// database (a copy of the current store, then the file's articles) and takes the store's place only
// once complete and pruned; a failed, refused or cancelled import deletes that copy and leaves the
// store as it was. Clearing deletes the database itself, so the browser gives its disk space back.
import { LIMITS } from '../protocol';
import type { Settings } from '../types';
import { StoreInputError } from './errors';
import { DB_NAME } from './schema';
import { openStore, prepareAll, type Store } from './store';
import type { Prepared } from './ingest';
import { checkArticle, checkDismissal, checkHeader, type ExportedArticle } from './transfer';
import type { DismissalRecord } from './schema';

/** Where the name of the database in use is kept (browser.storage in the background). */
export interface ActiveName {
  get(): Promise<string | null>;
  set(name: string): Promise<void>;
}

interface Staging {
  id: string;
  name: string;
  store: Store;
  chars: number;
  articles: number;
  /** Writes made to the store while the import runs, done again on the copy before it takes the
   *  store's place (else the pages read meanwhile would be lost). */
  replay: Write[];
  /** The batches sent so far, stored one after the other in the order they came (the options page
   *  sends the next while one is stored). */
  queue: Promise<void>;
}

type Write = (store: Store) => Promise<unknown>;

/** Writes kept for one import; a reader does not read this many pages during one. */
const MAX_REPLAY = 500;

/** Deletes a database; resolves once it is gone (our own connections to it must be closed). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
  });
}

const refuse = (reason: string): never => {
  throw new StoreInputError(`Import refused: ${reason}. Nothing was changed.`);
};

function parseEntry(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return refuse(`${what} is not valid JSON`);
  }
}

export class StoreHolder {
  private staging: Staging | null = null;
  private imports = 0;

  private constructor(
    private current: Store,
    private name: string,
    private readonly base: string,
    private readonly active: ActiveName,
    private readonly open: (name: string) => Promise<Store>,
  ) {}

  /** Opens the database in use (the base name until an import replaced it) and deletes a copy an
   *  interrupted import left behind. Throws StoreUnavailableError like openStore. */
  static async open(active: ActiveName, base: string = DB_NAME, open: (name: string) => Promise<Store> = openStore): Promise<StoreHolder> {
    const stored = await active.get().catch(() => null);
    const name = stored === base || stored === `${base}-b` ? stored : base;
    const store = await open(name);
    await deleteDatabase(StoreHolder.other(name, base)).catch(() => undefined);
    return new StoreHolder(store, name, base, active, open);
  }

  private static other(name: string, base: string): string {
    return name === base ? `${base}-b` : base;
  }

  get store(): Store {
    return this.current;
  }

  /** The name of the database in use. */
  get dbName(): string {
    return this.name;
  }

  /** A write to the store (a page read, a dismissal); while an import runs it is kept to be done
   *  again on the import's copy. */
  async write<T>(op: (store: Store) => Promise<T>): Promise<T> {
    if (this.staging && this.staging.replay.length < MAX_REPLAY) this.staging.replay.push(op);
    return op(this.current);
  }

  /** Starts an import of a file of `bytes`: refused above the size limit, before anything is written. */
  async beginImport(bytes: number): Promise<string> {
    if (bytes > LIMITS.maxImportBytes) refuse(`the file is ${(bytes / 2 ** 20).toFixed(1)} MB, more than the ${LIMITS.maxImportBytes / 2 ** 20} MB an import may be`);
    await this.dropStaging();
    const name = StoreHolder.other(this.name, this.base);
    await deleteDatabase(name).catch(() => undefined);
    const store = await this.open(name);
    const id = `i${++this.imports}-${Date.now()}`;
    this.staging = { id, name, store, chars: 0, articles: 0, replay: [], queue: Promise.resolve() };
    try {
      await this.current.copyInto(store);
    } catch (e) {
      await this.dropStaging();
      throw e;
    }
    return id;
  }

  /** Checks one batch and stores it into the import's copy after the batches before it; its pages
   *  are prepared while those are stored. On any problem the import is dropped. */
  async importBatch(id: string, articles: string[], dismissals: string[]): Promise<void> {
    const s = this.session(id);
    let prepared: Promise<Prepared[]>;
    let kept: DismissalRecord[];
    try {
      s.chars += [...articles, ...dismissals].reduce((n, t) => n + t.length, 0);
      if (s.chars > LIMITS.maxImportTextChars) refuse(`the file holds more than ${LIMITS.maxImportTextChars / 1e6} million characters`);
      const checked: ExportedArticle[] = articles.map((text, k) => {
        const r = checkArticle(parseEntry(text, `article ${s.articles + k}`), s.articles + k);
        return r.ok ? r.value : refuse(r.reason);
      });
      s.articles += checked.length;
      kept = dismissals.map((text, k) => {
        const r = checkDismissal(parseEntry(text, `dismissal ${k}`), k);
        return r.ok ? r.value : refuse(r.reason);
      });
      prepared = prepareAll(checked);
      prepared.catch(() => undefined); // awaited in turn below
    } catch (e) {
      await this.dropStaging(s);
      throw e;
    }
    const stored = s.queue.then(async () => {
      this.session(id); // an earlier batch failed, or the import was cancelled meanwhile
      await s.store.importPrepared(await prepared, kept);
    });
    s.queue = stored.catch(() => undefined);
    try {
      await stored;
    } catch (e) {
      await this.dropStaging(s);
      throw e;
    }
  }

  /** The file was read whole: keep the newest articles the retention allows and put the copy in
   *  the store's place. Returns how many articles were read and how many retention dropped. */
  async finishImport(id: string, header: Record<string, unknown>, retention: Settings['retention']): Promise<{ articles: number; pruned: number }> {
    const s = this.session(id);
    try {
      await s.queue;
      this.session(id); // a batch failed meanwhile
      const bad = checkHeader(header);
      if (bad) refuse(bad);
      const pruned = await s.store.prune(retention);
      await this.active.set(s.name);
      // what was written meanwhile, until none is left: the copy then takes the store's place at once
      for (let op = s.replay.shift(); op; op = s.replay.shift()) await op(s.store).catch(() => undefined);
      const old = { store: this.current, name: this.name };
      this.current = s.store;
      this.name = s.name;
      this.staging = null;
      old.store.close();
      await deleteDatabase(old.name).catch(() => undefined);
      return { articles: s.articles, pruned };
    } catch (e) {
      await this.dropStaging(s);
      throw e;
    }
  }

  async cancelImport(id: string): Promise<void> {
    if (this.staging?.id === id) await this.dropStaging();
  }

  /** Deletes the database and opens an empty one under the same name. */
  async clear(): Promise<void> {
    await this.dropStaging();
    this.current.close();
    await deleteDatabase(this.name);
    this.current = await this.open(this.name);
  }

  private session(id: string): Staging {
    if (this.staging?.id !== id) refuse('the import was interrupted (the extension restarted or another import began); start it again');
    return this.staging!;
  }

  /** Drops the import's copy (`only`: if it is still that import's). */
  private async dropStaging(only?: Staging): Promise<void> {
    const s = this.staging;
    if (!s || (only && s !== only)) return;
    this.staging = null;
    s.store.close();
    await deleteDatabase(s.name).catch(() => undefined);
  }
}
