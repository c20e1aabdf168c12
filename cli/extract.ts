// `sourcelight extract FILE [--url URL] [--json]`: who said what in one article file (.html or .txt).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract, MAX_TEXT_CHARS } from '../lib/extract';
import { digestArticle } from '../lib/xref/digest';
import { framesOfPage } from '../lib/xref/frames/index';
import type { ArticleMeta, Claim, ExtractResult, Span } from '../lib/types';
import { InputTooLargeError, MAX_INPUT_BYTES, readInput } from './input';

const USAGE = `usage: sourcelight extract FILE [--url URL] [--json] [--explain]   (FILE at most ${MAX_INPUT_BYTES / 1_000_000} MB)`;

interface Args {
  file: string;
  url?: string;
  json: boolean;
  /** Say which engine rule made each claim. */
  explain: boolean;
}

function parseArgs(args: string[]): Args | string {
  let file: string | undefined;
  let url: string | undefined;
  let json = false;
  let explain = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--explain') explain = true;
    else if (a === '--url') {
      url = args[++i];
      if (!url) return '--url needs a value';
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (file === undefined) file = a;
    else return `unexpected argument '${a}'`;
  }
  if (!file) return 'missing FILE';
  return { file, url, json, explain };
}

function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Plain text: the first line is the title when it looks like one (short, no final full stop). */
export function textMeta(text: string, url: string): ArticleMeta {
  const first = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  const printable = !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(first);
  const title = printable && first.length <= 200 && !/[.!?]["”]?$/.test(first) ? first : '';
  const domain = domainOf(url);
  return { url, title, outlet: { name: domain, domain }, authors: [] };
}

async function read(args: Args): Promise<{ meta: ArticleMeta; text: string; note?: string }> {
  const raw = await readInput(args.file);
  const url = args.url ?? pathToFileURL(path.resolve(args.file)).href;
  if (/\.x?html?$/i.test(args.file)) {
    const { readArticleHtml } = await import('./read-html');
    const r = readArticleHtml(raw, url);
    if (args.url) r.meta.url = args.url;
    return { meta: r.meta, text: r.text, note: r.isArticle ? undefined : `not an article${'reason' in r && r.reason ? `: ${String(r.reason)}` : ''}` };
  }
  return { meta: textMeta(raw, url), text: raw };
}

const span = (s: Span | null) => (s ? { text: s.text, start: s.start, end: s.end } : null);

export function toJson(meta: ArticleMeta, text: string, r: ExtractResult, extractMs: number, explain = false) {
  const byId = new Map(r.actors.map((a) => [a.id, a]));
  // what each claim states, made explicit, and the outlet's own figure-bearing sentences (lib/xref/frames)
  const published = meta.published ? Date.parse(meta.published) : NaN;
  const frames = framesOfPage(digestArticle(text, r.claims).sentences, r.claims.map((c) => ({ id: c.id, content: c.content, cue: c.cue?.text ?? null })), Number.isFinite(published) ? published : null);
  return {
    url: meta.canonicalUrl ?? meta.url,
    outlet: { name: meta.outlet.name, domain: meta.outlet.domain },
    title: meta.title,
    published: meta.published ?? null,
    text,
    claims: r.claims.map((c) => {
      const a = c.actorId ? byId.get(c.actorId) : undefined;
      return {
        id: c.id,
        kind: c.kind,
        source: span(c.source),
        actor: a ? { id: a.id, name: a.name, type: a.type } : null,
        cue: span(c.cue),
        content: span(c.content)!,
        via: span(c.via),
        ...(explain ? { rule: c.rule ?? null, confidence: c.confidence } : {}),
        frames: frames.filter((f) => f.ref === c.id),
      };
    }),
    ownReporting: frames.filter((f) => f.kind === 'own'),
    actors: r.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, aliases: a.aliases, mentions: a.mentions.map((m) => ({ start: m.start, end: m.end })) })),
    timing: { extractMs: Math.round(extractMs * 1000) / 1000 },
  };
}

function listing(meta: ArticleMeta, r: ExtractResult, extractMs: number, color: boolean, explain: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const byId = new Map(r.actors.map((a) => [a.id, a]));
  const lines: string[] = [];
  lines.push(c('1', meta.title || meta.url) + (meta.outlet.name ? c('2', `  (${meta.outlet.name})`) : ''));
  lines.push(c('2', `${r.claims.length} claims, ${r.actors.length} actors, extracted in ${extractMs.toFixed(2)} ms`));
  lines.push('');
  for (const cl of r.claims) {
    const actor = cl.actorId ? byId.get(cl.actorId) : undefined;
    const who = cl.source?.text ?? (actor ? `(${actor.name})` : '(unnamed)');
    const resolved = actor && cl.source && actor.name !== cl.source.text ? c('2', ` = ${actor.name}`) : '';
    const via = cl.via ? c('2', ` via ${cl.via.text}`) : '';
    lines.push(`${c('2', cl.id.padEnd(4))} ${c('36', who)}${resolved} -> ${c('33', cl.cue?.text ?? '(continues)')} -> ${quoteOf(cl)}${via}  ${c('2', `[${cl.kind}]`)}`);
    if (explain) lines.push(c('2', `     rule: ${cl.rule ?? '(none)'}, confidence ${cl.confidence}`));
  }
  lines.push('');
  lines.push(c('1', 'Actors'));
  for (const a of r.actors) {
    const aliases = a.aliases.length ? c('2', ` aka ${a.aliases.join('; ')}`) : '';
    lines.push(`  ${c('36', a.name)} ${c('2', `${a.type}${a.role ? `, ${a.role}` : ''}, ${a.mentions.length} mentions`)}${aliases}`);
  }
  return lines.join('\n');
}

function quoteOf(c: Claim): string {
  const t = c.content.text.replace(/\s+/g, ' ');
  return `“${t.length > 160 ? t.slice(0, 157) + '...' : t}”`;
}

let pipeGuard = false;

/** `... | head`: a reader that stops early is not an error. */
function quietOnClosedPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export async function main(args: string[]): Promise<number> {
  quietOnClosedPipe();
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`sourcelight extract: ${parsed}\n${USAGE}`);
    return 2;
  }
  let input: Awaited<ReturnType<typeof read>>;
  try {
    input = await read(parsed);
  } catch (err) {
    if (err instanceof InputTooLargeError) {
      console.error(`sourcelight extract: ${err.message}`);
      return 1;
    }
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(`sourcelight extract: cannot read ${parsed.file}: ${reason}`);
    return 1;
  }
  if (input.note) console.error(`sourcelight extract: ${parsed.file}: ${input.note}`);
  const t0 = performance.now();
  const result = extract(input.text, input.meta);
  const ms = performance.now() - t0;
  if (result.truncatedAt !== undefined) console.error(`sourcelight extract: ${parsed.file}: read the first ${result.truncatedAt.toLocaleString('en')} of ${input.text.length.toLocaleString('en')} characters (the engine reads at most ${MAX_TEXT_CHARS.toLocaleString('en')}; this is no article)`);
  if (parsed.json) process.stdout.write(JSON.stringify(toJson(input.meta, input.text, result, ms, parsed.explain)) + '\n');
  else process.stdout.write(listing(input.meta, result, ms, !!process.stdout.isTTY, parsed.explain) + '\n');
  return 0;
}
