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

/** Batches sent before the first is answered: the background checks and prepares the next while it
 *  stores one (it stores them in the order sent), and the page reads the file meanwhile. */
const IN_FLIGHT = 2;

/** Entries waiting to be sent, flushed before they pass the batch size; at most IN_FLIGHT batches
 *  are unanswered at once. */
class Batcher {
  private articles: string[] = [];
  private dismissals: string[] = [];
  private chars = 0;
  private pending: Promise<void>[] = [];
  sent = 0;
  constructor(private readonly send: (articles: string[], dismissals: string[]) => Promise<void>) {}

  async add(kind: 'articles' | 'dismissals', text: string): Promise<void> {
    if (this.chars + text.length > LIMITS.maxBatchChars) await this.flush();
    this[kind].push(text);
    this.chars += text.length;
  }

  /** Sends what is waiting; waits for the oldest answer once IN_FLIGHT are unanswered. */
  async flush(): Promise<void> {
    if (this.articles.length || this.dismissals.length) {
      const [articles, dismissals] = [this.articles, this.dismissals];
      this.articles = [];
      this.dismissals = [];
      this.chars = 0;
      const reply = this.send(articles, dismissals).then(() => void (this.sent += articles.length));
      reply.catch(() => undefined); // awaited below, in order; not an unhandled rejection meanwhile
      this.pending.push(reply);
    }
    while (this.pending.length >= IN_FLIGHT) await this.pending.shift();
  }

  /** Every batch sent has been answered (the first refusal is thrown). */
  async drain(): Promise<void> {
    await this.flush();
    while (this.pending.length) await this.pending.shift();
  }

  /** Waits for the batches still unanswered, whatever their answer (before the import is cancelled). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.pending.splice(0));
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
    await batcher.drain();
    const header = splitter.header;
    const bad = checkHeader(header);
    if (bad) throw new ExportFormatError(bad);
    const done = await client.importFinish(id, { format: String(header.format), version: Number(header.version) });
    if (!done.ok) return { ok: false, cancelled: false, message: done.message ?? 'the import could not be finished' };
    return { ok: true, articles: done.articles ?? batcher.sent, pruned: done.pruned ?? 0 };
  } catch (e) {
    await batcher.settle();
    await client.importCancel(id).catch(() => undefined);
    if (e instanceof Cancelled) return { ok: false, cancelled: true, message: 'Import cancelled. Nothing was changed.' };
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, cancelled: false, message: /^import refused/i.test(reason) ? reason : `Import refused: ${reason}. Nothing was changed.` };
  }
}

/** The whole store as a gzipped export file, asked for page by page; each page is compressed
 *  while the next is asked for. `total` (if known) drives progress. */
export async function exportBlob(client: OptionsClient, total: number, onProgress: (p: Progress) => void): Promise<Blob> {
  const gz = new CompressionStream('gzip');
  const compressed = new Response(gz.readable).blob();
  const writer = gz.writable.getWriter();
  const encoder = new TextEncoder();
  let written = Promise.resolve();
  const write = (text: string) => {
    written = writer.write(encoder.encode(text));
    written.catch(() => undefined); // its failure is the stream's, met at the next await
  };
  write(exportFrame(new Date().toISOString(), []).head);
  try {
    let after = null;
    let articles = 0;
    for (;;) {
      const page = await client.exportPage(after);
      if (!page.ok) throw new Error(page.message ?? 'the background could not export');
      if (page.articles.length) write(`${articles ? ',' : ''}${page.articles.join(',')}`);
      articles += page.articles.length;
      onProgress({ done: total ? Math.min(1, articles / total) : 0, articles });
      if (!page.next) {
        write(exportFrame('', page.dismissals ?? []).tail);
        await writer.close();
        return new Blob([await compressed], { type: 'application/gzip' });
      }
      after = page.next;
      await written; // at most one page waits to be compressed
    }
  } catch (e) {
    await writer.abort(e).catch(() => undefined);
    await compressed.catch(() => undefined);
    throw e;
  }
}
