// Import and export as the options page runs them: the file is read in slices and split into its
// entries (lib/store/stream.ts), which go to the background in batches of bounded size; an export
// is asked for page by page and assembled into a Blob. Never one message with the whole file.
import { LIMITS } from '../../lib/protocol';
import { ExportFormatError, ExportSplitter } from '../../lib/store/stream';
import { checkHeader, exportFrame } from '../../lib/store/transfer';
import type { OptionsClient } from './client';

/** Bytes of the file read at a time. */
export const READ_SLICE = 1 << 20;

export interface Progress {
  /** 0..1 of the file read (import) or of the articles written (export). */
  done: number;
  articles: number;
}

export type ImportResult =
  | { ok: true; articles: number; pruned: number }
  | { ok: false; cancelled: boolean; message: string };

class Cancelled extends Error {}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Entries waiting to be sent, flushed before they pass the batch size. */
class Batcher {
  private articles: string[] = [];
  private dismissals: string[] = [];
  private chars = 0;
  sent = 0;
  constructor(private readonly send: (articles: string[], dismissals: string[]) => Promise<void>) {}

  async add(kind: 'articles' | 'dismissals', text: string): Promise<void> {
    if (this.chars + text.length > LIMITS.maxBatchChars) await this.flush();
    this[kind].push(text);
    this.chars += text.length;
  }

  async flush(): Promise<void> {
    if (!this.articles.length && !this.dismissals.length) return;
    const [articles, dismissals] = [this.articles, this.dismissals];
    this.articles = [];
    this.dismissals = [];
    this.chars = 0;
    await this.send(articles, dismissals);
    this.sent += articles.length;
  }
}

/** Refused before the background is asked anything: too large, or clearly not an export. */
async function precheck(file: Blob): Promise<string | null> {
  if (file.size > LIMITS.maxImportBytes) return `the file is ${megabytes(file.size)}, more than the ${megabytes(LIMITS.maxImportBytes)} an import may be`;
  const probe = new ExportSplitter();
  try {
    probe.push(new TextDecoder().decode(await file.slice(0, 4_096).arrayBuffer(), { stream: true }));
  } catch (e) {
    return e instanceof ExportFormatError ? e.message : 'the file could not be read';
  }
  // the exporter writes format and version first; a file that does not is checked at the end
  return 'format' in probe.header ? checkHeader(probe.header) : null;
}

/** Imports `file`; `cancelled()` is asked between batches. The store changes only on success. */
export async function importFile(file: Blob, client: OptionsClient, onProgress: (p: Progress) => void, cancelled: () => boolean): Promise<ImportResult> {
  const refused = await precheck(file);
  if (refused) return { ok: false, cancelled: false, message: `Import refused: ${refused}. Nothing was changed.` };
  const start = await client.importStart(file.size);
  if (!start.ok || !start.importId) return { ok: false, cancelled: false, message: start.message ?? 'the import could not start' };
  const id = start.importId;
  const batcher = new Batcher(async (articles, dismissals) => {
    if (cancelled()) throw new Cancelled();
    const r = await client.importBatch(id, articles, dismissals);
    if (!r.ok) throw new Error(r.message ?? 'a batch was refused');
  });
  const splitter = new ExportSplitter();
  const decoder = new TextDecoder();
  try {
    for (let at = 0; at < file.size; at += READ_SLICE) {
      if (cancelled()) throw new Cancelled();
      const text = decoder.decode(await file.slice(at, at + READ_SLICE).arrayBuffer(), { stream: true });
      const pieces = splitter.push(text);
      for (const a of pieces.articles) await batcher.add('articles', a);
      for (const d of pieces.dismissals) await batcher.add('dismissals', d);
      onProgress({ done: Math.min(1, (at + READ_SLICE) / file.size), articles: batcher.sent });
    }
    splitter.push(decoder.decode());
    splitter.end();
    await batcher.flush();
    const header = splitter.header;
    const bad = checkHeader(header);
    if (bad) throw new ExportFormatError(bad);
    const done = await client.importFinish(id, { format: String(header.format), version: Number(header.version) });
    if (!done.ok) return { ok: false, cancelled: false, message: done.message ?? 'the import could not be finished' };
    return { ok: true, articles: done.articles ?? batcher.sent, pruned: done.pruned ?? 0 };
  } catch (e) {
    await client.importCancel(id).catch(() => undefined);
    if (e instanceof Cancelled) return { ok: false, cancelled: true, message: 'Import cancelled. Nothing was changed.' };
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, cancelled: false, message: /^import refused/i.test(reason) ? reason : `Import refused: ${reason}. Nothing was changed.` };
  }
}

/** The whole store as an export file, asked for page by page; `total` (if known) drives progress. */
export async function exportBlob(client: OptionsClient, total: number, onProgress: (p: Progress) => void): Promise<Blob> {
  const parts: Blob[] = [];
  let after = null;
  let articles = 0;
  for (;;) {
    const page = await client.exportPage(after);
    if (!page.ok) throw new Error(page.message ?? 'the background could not export');
    if (page.articles.length) parts.push(new Blob([articles ? ',' : '', page.articles.join(',')]));
    articles += page.articles.length;
    onProgress({ done: total ? Math.min(1, articles / total) : 0, articles });
    if (!page.next) {
      const { head, tail } = exportFrame(new Date().toISOString(), page.dismissals ?? []);
      return new Blob([head, ...parts, tail], { type: 'application/json' });
    }
    after = page.next;
  }
}
