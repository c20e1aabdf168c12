// Export pages read one ahead in the background: the page asked for next is the one already read,
// any other is read afresh, and a page of another store is never handed out.
import { describe, expect, it, vi } from 'vitest';
import type { ExportCursor } from '../../lib/protocol';
import { ExportReadAhead } from '../../lib/store/read-ahead';
import type { Store } from '../../lib/store/store';

/** A store of `n` articles, read `size` at a time. */
function fakeStore(n: number, size: number) {
  const at = (c: ExportCursor | null) => (c ? Number(c.url) + 1 : 0);
  const exportPage = vi.fn(async (after: ExportCursor | null) => {
    const from = at(after);
    const articles = Array.from({ length: Math.min(size, n - from) }, (_, k) => `a${from + k}`);
    const last = from + articles.length - 1;
    return { articles, next: last < n - 1 ? { readAt: 0, url: String(last) } : null };
  });
  return { exportPage, store: { exportPage } as unknown as Store };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('export read-ahead', () => {
  it('gives every page once, in order, reading each page once', async () => {
    const { store, exportPage } = fakeStore(10, 3);
    const ahead = new ExportReadAhead(1000);
    const got: string[] = [];
    for (let p = await ahead.page(store, null); ; p = await ahead.page(store, p.next)) {
      got.push(...p.articles);
      await tick();
      if (!p.next) break;
    }
    expect(got).toEqual(Array.from({ length: 10 }, (_, i) => `a${i}`));
    expect(exportPage).toHaveBeenCalledTimes(4);
  });

  it('reads afresh a page other than the one read ahead, and never hands out another store\'s page', async () => {
    const a = fakeStore(10, 3);
    const b = fakeStore(10, 3);
    const ahead = new ExportReadAhead(1000);
    await ahead.page(a.store, null);
    await tick();
    expect((await ahead.page(a.store, null)).articles).toEqual(['a0', 'a1', 'a2']);
    expect(a.exportPage.mock.calls.map(([c]) => c?.url ?? null)).toEqual([null, '2', null, '2']); // the first page again, and the next read ahead again
    await tick();
    expect((await ahead.page(b.store, { readAt: 0, url: '2' })).articles).toEqual(['a3', 'a4', 'a5']);
    expect(b.exportPage).toHaveBeenCalledWith({ readAt: 0, url: '2' }, 1000);
  });
});
