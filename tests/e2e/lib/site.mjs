// The demo site's pages as the tests see them: tests/fixtures/site/manifest.json plus each
// article's gold claims, and the generated pages of scripts/demo-pages.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './env.mjs';

const SITE = path.join(REPO, 'tests/fixtures/site');
const GOLD_DIRS = [path.join(REPO, 'tests/fixtures/articles'), path.join(SITE, 'gold'), path.join(REPO, 'tests/fixtures/seed'), path.join(REPO, 'tests/fixtures')];

/** A slug's whole gold file (attributions, actors, outlet, story...), or null. */
export function loadGoldDoc(slug) {
  for (const dir of GOLD_DIRS) {
    for (const name of [`${slug}.gold.json`, `${slug}.json`, path.join(slug, 'gold.json')]) {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    }
  }
  return null;
}

/** Gold attributions for a slug: `{ content, optional, actor }[]`, or null when no gold file exists. */
export function loadGold(slug) {
  const g = loadGoldDoc(slug);
  return g ? (g.attributions ?? []).map((a) => ({ content: a.content, optional: !!a.optional, actor: a.actor ?? '' })) : null;
}

/** Cross-outlet ground truth (tests/fixtures/articles/stories.json), or null. */
export function loadStories() {
  const file = path.join(REPO, 'tests/fixtures/articles/stories.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
}

/**
 * Pages listed in the manifest: `{ host, path, kind, slug, gold, articleSelector, file }`.
 * Accepts `{ pages: [...] }` or a bare array; a page names its address with host+path or url.
 */
export function loadSitePages() {
  const file = path.join(SITE, 'manifest.json');
  if (!fs.existsSync(file)) return [];
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const list = Array.isArray(raw) ? raw : raw.pages ?? [];
  return list.map((p) => {
    let host = p.host;
    let pagePath = p.path ?? '/';
    if (!host && p.url) {
      const u = new URL(p.url, 'http://localhost');
      host = u.hostname;
      pagePath = u.pathname;
    }
    const slug = p.gold ?? p.slug ?? null;
    const sourceFile = safeFile(host, pagePath);
    const doc = slug ? loadGoldDoc(slug) : null;
    return {
      host,
      path: pagePath,
      kind: p.kind ?? 'article',
      slug,
      story: p.story ?? doc?.story ?? null,
      outlet: doc?.outlet ?? null,
      gold: doc ? (doc.attributions ?? []).map((a) => ({ content: a.content, optional: !!a.optional, actor: a.actor ?? '' })) : null,
      articleSelector: p.articleSelector ?? 'article',
      sourceHtml: sourceFile ? fs.readFileSync(sourceFile, 'utf8') : null,
    };
  });
}

function safeFile(host, pagePath) {
  if (!host) return null;
  const base = path.join(SITE, host);
  const full = path.resolve(base, '.' + path.posix.normalize('/' + pagePath));
  if (!full.startsWith(base)) return null;
  for (const f of pagePath.endsWith('/') ? [path.join(full, 'index.html')] : [full, path.join(full, 'index.html')]) {
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  }
  return null;
}
