// Small text helpers shared by story grouping and conflict finding: folding, tokens, stopwords.

import { wordTable } from '../word-table';

/** Lower-case and strip diacritics so "Çavuşoğlu" and "Cavusoglu" compare equal. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const STOP = new Set(
  (
    'a an the and or but if of to in on at by for from with without as into onto over under about after before ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'it its this that these those there their they them he him his she her hers we us our you your i me my ' +
    'not no nor so than then too very just also only still yet even more most less least many much some any ' +
    'all both each other such own same who whom whose which what when where why how while since until ' +
    'said says say told tells according reported reports added says including among against between during ' +
    'up down out off again further once here s t one two new last first'
  ).split(' '),
);

export function isStopword(w: string): boolean {
  return STOP.has(w);
}

/** Crude stem: enough to match "capsized"/"capsizes", "passengers"/"passenger". */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(ing|ed|es|s)$/, '');
}

/** Folded word tokens (letters/digits, inner hyphens and apostrophes kept). */
export function words(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words news uses interchangeably for one thing, so claims about it share a word. */
const SAME_THING: Record<string, string> = wordTable({
  offer: 'pay', rise: 'pay', raise: 'pay', wage: 'pay', salary: 'pay',
  ship: 'vessel', ferry: 'vessel', boat: 'vessel',
});

/** Stemmed content words (no stopwords, no bare numbers); synonyms merged. */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const w of words(s)) {
    if (w.length < 3 || isStopword(w) || /^\d/.test(w)) continue;
    const st = stem(w.replace(/['’]s$/, ''));
    out.push(SAME_THING[st] ?? st);
  }
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** FNV-1a 32-bit, hex: stable ids without crypto APIs (works in every context). */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Two independent 32-bit hashes: collisions between conflict ids stay negligible. */
export function hash64(s: string): string {
  return hash(s) + hash(`${s.length}:${s}`);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A speaker as the article writes it. A name ("Dunmarra Coastguard") stays as it is; a description
 * the engine keeps without its article ("coastguard", from "the coastguard said") gets that article
 * back from `text` (the claim's source or sentence), so the reader never sees "coastguard said".
 */
export function speakerAsWritten(name: string, text = ''): string {
  const n = String(name ?? '').trim();
  if (!n || !/^\p{Ll}/u.test(n)) return n;
  const m = new RegExp(`(?:^|[^\\p{L}])(the|its|their|his|her|a|an)\\s+${n.split(/\s+/).map(escapeRe).join('\\s+')}(?![\\p{L}])`, 'iu').exec(String(text ?? '').slice(0, 2_000));
  return m ? `${m[1]!.toLowerCase()} ${n}` : n;
}

