// Normalised names: the cross-article identity key of an actor, and loose name comparison.
import { DEMONYM, PARTICLES } from './lexicon';
import { isWordChar } from './letters';
import { wordTable } from '../word-table';
import { isPlainAscii, trimMarks } from './endings';

// Names repeat within and across articles: remember recent results (bounded).
const CACHE_MAX = 5000;
const cache = new Map<string, string[]>();
const foldCache = new Map<string, string>();

const SPECIAL: Record<string, string> = wordTable({ ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h' });
// A Map, not an object literal: a name word like "Constructor" must not find Object.prototype's.
const SPELLING: ReadonlyMap<string, string> = new Map([['defence', 'defense'], ['organisation', 'organization'], ['centre', 'center'], ['u.s', 'us'], ['u.n', 'un'], ['u.k', 'uk'], ['e.u', 'eu']]);

/** Lower-case, diacritics folded, apostrophes unified: "Mevlüt Çavuşoğlu" → "mevlut cavusoglu". */
export function fold(s: string): string {
  let hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  if (foldCache.size >= CACHE_MAX) foldCache.clear();
  // plain ASCII needs no normalising (the first normalize() call loads Unicode tables: slow when cold)
  hit = isPlainAscii(s)
    ? s.toLowerCase()
    : s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g, '')
        .replace(/[ıłøđßæœþðħ]/g, (c) => SPECIAL[c] ?? c)
        .replace(/[’`´]/g, "'");
  foldCache.set(s, hit);
  return hit;
}

/** Leading words that do not change who is meant ("the coastguard", "some survivors"). */
const LEADING = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'most', 'other', 'two', 'three', 'few', 'one', 'more']);


/** Words of a folded name with possessives, particles and dots handled (the cached array: not to be changed). */
export function keyWords(name: string): readonly string[] {
  let hit = cache.get(name);
  if (!hit) {
    if (cache.size >= CACHE_MAX) cache.clear();
    hit = computeKeyWords(name);
    cache.set(name, hit);
  }
  return hit;
}

/** Runs of letters, digits and ' . & - (a regex with \p{L} would cost a cold start 20 ms). */
function splitWords(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    // ASCII letters and digits tested here, not in a call for every character
    const ascii = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    const inWord = ascii || c === 39 || c === 46 || c === 38 || c === 45 || (c >= 128 && i < s.length && isWordChar(c, s[i]));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) { out.push(s.slice(start, i)); start = -1; }
  }
  return out;
}

function computeKeyWords(name: string): string[] {
  const out: string[] = [];
  const words = splitWords(fold(name));
  for (let i = 0; i < words.length; i++) {
    let w = trimMarks(words[i]);
    if (!w) continue;
    let possessive = false;
    if (w.endsWith("'s")) { w = w.slice(0, -2); possessive = true; }
    else if (w.endsWith("s'")) { w = w.slice(0, -1); possessive = true; }
    if (w.endsWith("'")) w = w.slice(0, -1);
    // al-Sarraj → sarraj; particles standing alone are dropped.
    const dash = w.indexOf('-');
    if (dash > 0 && PARTICLES.has(w.slice(0, dash))) w = w.slice(dash + 1);
    if (PARTICLES.has(w) && words.length > 1) continue;
    if (out.length === 0 && LEADING.has(w) && i < words.length - 1) continue;
    w = SPELLING.get(w) ?? w;
    const demonym = possessive && i < words.length - 1 ? DEMONYM.get(w) : undefined;
    if (demonym) w = demonym;
    w = w.replaceAll('.', '');
    if (!w) continue;
    out.push(w);
  }
  return out;
}

/** "ministry of defense" → "defense ministry", "ministry of foreign affairs" → "foreign ministry". */
function ministryOrder(w: readonly string[]): readonly string[] {
  let at = -1;
  for (let i = 0; i + 2 < w.length && at < 0; i++) if ((w[i] === 'ministry' || w[i] === 'department') && w[i + 1] === 'of') at = i;
  return at < 0 ? w : ministryLast(w, at);
}

/** Rare: the words after "ministry of" before "ministry", when one or two. */
function ministryLast(w: readonly string[], at: number): readonly string[] {
  const rest = w.slice(at + 2).filter((x) => x !== 'affairs' && x !== 'the');
  if (!rest.length || rest.length > 2) return w;
  return [...w.slice(0, at), ...rest, w[at]];
}

/** The actor key: stable across outlets for the same name ("russian defense ministry"). */
export function actorKey(name: string): string {
  return keyOf(keyWords(name));
}

/** The actor key of a name's key words (already read with keyWords). */
export function keyOf(words: readonly string[]): string {
  // "ministry of X" takes three words: shorter names, most of them, skip the search (a call less each)
  return (words.length < 3 ? words : ministryOrder(words)).join(' ');
}

/** Loose comparison used by the scorer: equal keys, or one name's words contained in the other's. */
export function namesMatch(predicted: string, gold: string): boolean {
  const p = keyWords(predicted);
  const g = keyWords(gold);
  if (!p.length || !g.length) return false;
  if (p.join(' ') === g.join(' ')) return true;
  const ps = new Set(p);
  const gs = new Set(g);
  if (g.length >= 2 && g.every((w) => ps.has(w))) return true;
  // "Lavrov" for "Sergei Lavrov": a shorter predicted name that keeps the gold surname;
  // "Estuary Link" for "Estuary Link Ferries": the leading words of an organisation's name.
  if (p.every((w) => gs.has(w)) && p[p.length - 1] === g[g.length - 1]) return true;
  return p.length >= 2 && p.length < g.length && p.every((w, i) => g[i] === w);
}
