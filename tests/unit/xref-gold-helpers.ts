// Test helper: turns a gold file's attributions into Claim/Actor objects, so xref and the store can
// be tested on real-looking claims independently of the extraction engine.
import { readFileSync } from 'node:fs';
import type { Actor, ArticleMeta, Claim, Span } from '../../lib/types';
import type { PageReport } from '../../lib/protocol';
import { digestArticle } from '../../lib/xref/digest';

interface GoldAttribution { source: string; actor: string; cue: string; content: string; kind: Claim['kind']; via?: string }
export interface Gold { id: string; outlet: string; file: string; published?: string; attributions: GoldAttribution[]; actors?: { name: string; type: Actor['type']; aliases: string[] }[]; conflicts: unknown[] }

function spanOf(text: string, needle: string | undefined, from = 0): Span | null {
  if (!needle) return null;
  let at = text.indexOf(needle, from);
  if (at < 0) at = text.indexOf(needle);
  return at < 0 ? null : { text: needle, start: at, end: at + needle.length };
}

export function claimsFromGold(text: string, gold: Gold): { claims: Claim[]; actors: Actor[] } {
  const actors = new Map<string, Actor>();
  const claims: Claim[] = [];
  let cursor = 0;
  for (const g of gold.attributions) {
    const content = spanOf(text, g.content, cursor);
    if (!content) continue;
    cursor = content.start;
    const key = g.actor.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    let actor = actors.get(key);
    if (!actor) {
      const known = gold.actors?.find((x) => x.name === g.actor || x.aliases.includes(g.actor));
      actor = { id: `a${actors.size}`, key, name: g.actor, type: known?.type ?? 'unknown', aliases: [], mentions: [] };
      actors.set(key, actor);
    }
    claims.push({
      id: `c${claims.length}`,
      kind: g.kind,
      source: spanOf(text, g.source, Math.max(0, content.start - 300)),
      actorId: actor.id,
      cue: spanOf(text, g.cue, Math.max(0, content.start - 300)),
      content,
      via: spanOf(text, g.via),
      confidence: 0.9,
    });
  }
  // the gold also lists actors who are named but do not speak
  for (const a of gold.actors ?? []) {
    const key = a.name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (!actors.has(key)) actors.set(key, { id: `a${actors.size}`, key, name: a.name, type: a.type, aliases: a.aliases, mentions: [] });
  }
  return { claims, actors: [...actors.values()] };
}

export function reportFromGold(txtPath: string, goldPath: string, meta: Partial<ArticleMeta> & { url: string }): PageReport {
  const text = readFileSync(txtPath, 'utf8');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const { claims, actors } = claimsFromGold(text, gold);
  return {
    meta: {
      title: text.split('\n')[0].trim(),
      outlet: { name: gold.outlet, domain: new URL(meta.url).hostname },
      authors: [],
      ...(gold.published ? { published: gold.published } : {}),
      ...meta,
    },
    claims,
    actors,
    words: text.split(/\s+/).length,
    digest: digestArticle(text, claims),
  };
}
