// Export pages read one ahead: while the options page takes in (and compresses) one page, the
// background already reads the next, the page that page's cursor points to.
import type { ExportCursor } from '../protocol';
import type { Store } from './store';

type Page = Awaited<ReturnType<Store['exportPage']>>;

export class ExportReadAhead {
  private ahead: { store: Store; after: string; page: Promise<Page> } | null = null;

  constructor(private readonly maxChars: number) {}

  /** The page after `after` (the one read ahead if it is that one, of that store); the next page is
   *  then read ahead. A write in between may be missing from the page read ahead, as from a page
   *  read a moment earlier. */
  page(store: Store, after: ExportCursor | null): Promise<Page> {
    const key = JSON.stringify(after);
    const a = this.ahead;
    this.ahead = null;
    const page = a && a.store === store && a.after === key ? a.page : store.exportPage(after, this.maxChars);
    void page.then((p) => {
      if (!p.next) return;
      const next = store.exportPage(p.next, this.maxChars);
      next.catch(() => undefined); // asked for again, and its error met, if the page is wanted
      this.ahead = { store, after: JSON.stringify(p.next), page: next };
    }, () => undefined);
    return page;
  }
}
