// Every regular expression of lib/ and all its subfolders (the engine, the article reader and the
// Readability library it runs, the text model, the cross-referencer and its frames, the store): the
// literals, found in the source by the TypeScript parser, and those built at run time with
// `new RegExp(...)`, caught while the modules load and run once on a fixture article.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The folders whose regexes are checked, with all their subfolders (the engine, the article reader,
 *  the text model, the cross-referencer and its frames, the store), and the library the article
 *  reader runs on page text. */
export const SOURCE_DIRS = ['lib'];
const READABILITY = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');

export interface RegexEntry {
  /** Where it is written ("lib/xref/numbers.ts:54"), or where it was built at run time. */
  where: string;
  source: string;
  flags: string;
}

const key = (e: { source: string; flags: string }) => `/${e.source}/${e.flags}`;

function literalsIn(file: string, shown: string): RegexEntry[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const out: RegexEntry[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const cut = lit.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({ where: `${shown}:${line}`, source: lit.slice(1, cut), flags: lit.slice(cut + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The .ts files of a source folder and its subfolders, as paths from the repository root. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [`${dir}/${e.name}`] : []));
}

/** Regex literals of our source folders and of Readability. */
export function sourceRegexes(): RegexEntry[] {
  const out: RegexEntry[] = [];
  for (const dir of SOURCE_DIRS) for (const f of sourceFiles(dir)) for (const e of literalsIn(path.join(ROOT, f), f)) out.push(e);
  for (const e of literalsIn(READABILITY, '@mozilla/readability/Readability.js')) out.push(e);
  return out;
}

/**
 * Regexes built with the RegExp constructor while `load()` imports and exercises the modules: the
 * global constructor is wrapped meanwhile, and each built regex is named after the first stack frame
 * in our source folders.
 */
export async function runtimeRegexes(load: () => Promise<void>): Promise<RegexEntry[]> {
  const Original = globalThis.RegExp;
  const seen: RegexEntry[] = [];
  // A frame in our folders under this repository (not a library's own lib/ folder in node_modules).
  const root = ROOT.replace(/\\/g, '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ours = new RegExp(`${root}/((?:${SOURCE_DIRS.join('|')})/[^:)]+:\\d+)`);
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const frame = ours.exec((new Error().stack ?? '').replace(/\\/g, '/'));
      if (frame) seen.push({ where: `${frame[1]} (built at run time)`, source: re.source, flags: re.flags });
      return re;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

/** One entry per distinct pattern (first place it appears), in source order. */
export function distinct(entries: RegexEntry[]): RegexEntry[] {
  const byKey = new Map<string, RegexEntry>();
  for (const e of entries) if (!byKey.has(key(e))) byKey.set(key(e), e);
  return [...byKey.values()];
}

/** Imports the engine, the article reader and the cross-referencer and runs each once on a fixture. */
export async function exerciseModules(): Promise<void> {
  const url = (p: string) => pathToFileURL(path.join(ROOT, p)).href;
  const text = readFileSync(path.join(ROOT, 'tests/fixtures/articles/ferry-bcn.txt'), 'utf8');
  const { extract } = (await import(url('lib/extract/index.ts'))) as typeof import('../../lib/extract/index');
  const r = extract(text, { url: 'https://news.bcn.example/a', title: text.split('\n')[0]!, outlet: { name: 'BCN', domain: 'news.bcn.example' }, authors: [] });
  const { digestArticle } = (await import(url('lib/xref/digest.ts'))) as typeof import('../../lib/xref/digest');
  const { framesOfPage } = (await import(url('lib/xref/frames/index.ts'))) as typeof import('../../lib/xref/frames/index');
  framesOfPage(digestArticle(text, r.claims).sentences, r.claims.map((c) => ({ id: c.id, content: c.content, cue: c.cue?.text ?? null })), null);
  await import(url('lib/xref/index.ts'));
  const { readArticleHtml } = (await import(url('cli/read-html.ts'))) as typeof import('../../cli/read-html');
  readArticleHtml(`<html><head><title>T</title></head><body><article>${text.split('\n\n').map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`).join('')}</article></body></html>`, 'https://news.bcn.example/a');
}
