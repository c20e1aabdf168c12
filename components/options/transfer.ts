// Import and export as the options page runs them: the file is read as a stream (gunzipped when it
// is gzip) and split into its entries (lib/store/stream.ts), which go to the background in batches
// of bounded size; an export is asked for page by page, assembled into a Blob and gzipped. Never
// one message with the whole file.
import { LIMITS } from '../../lib/protocol';
import { ExportFormatError, ExportSplitter } from '../../lib/store/stream';
import { checkHeader, exportFrame } from '../../lib/store/transfer';
import type { OptionsClient } from './client';

/** Exports are gzipped: a JSON export of 10,000 articles is 60-100 MB, gzipped about a tenth. */
const GZIP_MAGIC = [0x1f, 0x8b];

async function isGzip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** A gzip file's last 4 bytes: the size of its contents (mod 2^32; an import is far below 4 GB). */
async function gzipContentSize(file: Blob): Promise<number> {
  const tail = new DataView(await file.slice(-4).arrayBuffer());
  return tail.byteLength === 4 ? tail.getUint32(0, true) : 0;
}

/** Counts the bytes passing through. */
const counter = (count: (n: number) => void) =>
  new TransformStream<BufferSource, BufferSource>({
    transform(chunk, out) {
      count(chunk.byteLength);
      out.enqueue(chunk);
    },
  });

/** The file's text in pieces (decompressed when gzipped), each with the share of the file read:
 *  of a gzip, the share of its contents, as the decompressor reads a small file whole at once. */
async function* pieces(file: Blob): AsyncGenerator<{ text: string; done: number }> {
  let read = 0;
  const gzipped = await isGzip(file);
  const total = gzipped ? await gzipContentSize(file) : file.size;
  const raw: ReadableStream<BufferSource> = file.stream();
  const bytes: ReadableStream<BufferSource> = gzipped ? raw.pipeThrough(new DecompressionStream('gzip')) : raw;
  const reader = bytes.pipeThrough(counter((n) => (read += n))).pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield { text: value, done: total ? Math.min(1, read / total) : 1 };
    }
  } finally {
    // left unread, the pipe stops at its buffer (cancelling a gunzip mid-stream throws in Node)
    reader.releaseLock();
  }
}

/** The export as a gzip file. */
export async function gzip(blob: Blob): Promise<Blob> {
  return new Response(blob.stream().pipeThrough(new CompressionStream('gzip'))).blob().then((b) => new Blob([b], { type: 'application/gzip' }));
}

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
    let seen = 0;
    for await (const { text } of pieces(file)) {
      probe.push(text);
      if ((seen += text.length) >= 4_096) break;
    }
  } catch (e) {
    return e instanceof ExportFormatError ? e.message : `the file could not be read (${e instanceof Error ? e.message : 'unknown error'})`;
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
  let read = 0;
  const batcher = new Batcher(async (articles, dismissals) => {
    if (cancelled()) throw new Cancelled();
    const r = await client.importBatch(id, articles, dismissals);
    if (!r.ok) throw new Error(r.message ?? 'a batch was refused');
    // the count moves with every batch: a gunzip reads a small file whole before its first batch is sent
    onProgress({ done: read, articles: batcher.sent + articles.length });
  });
  const splitter = new ExportSplitter();
  try {
    for await (const { text, done } of pieces(file)) {
      if (cancelled()) throw new Cancelled();
      read = done;
      const found = splitter.push(text);
      for (const a of found.articles) await batcher.add('articles', a);
      for (const d of found.dismissals) await batcher.add('dismissals', d);
      onProgress({ done, articles: batcher.sent });
    }
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
      return gzip(new Blob([head, ...parts, tail], { type: 'application/json' }));
    }
    after = page.next;
  }
}
