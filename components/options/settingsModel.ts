// Pure helpers of the options page: reading what a person typed into settings values.
import type { Settings } from '../../lib/types';
import { siteName } from '../../lib/sites';

/**
 * A hostname from what a person typed: a bare host ("News.Example") or a URL
 * ("https://www.news.example/a"), without "www.". Null when it cannot be a hostname.
 */
export function normalizeHost(input: string): string | null {
  const raw = String(input ?? '').trim();
  if (!raw || raw.length > 2048) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  // named as the popup names it: "www." is the same site
  host = siteName(host.replace(/\.$/, ''));
  if (host.length > 253 || !/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) || (!host.includes('.') && host !== 'localhost')) return null;
  return host;
}

export const RETENTION_LIMITS = { maxArticles: [1, 1_000_000], maxAgeDays: [1, 36_500] } as const;

/** Retention from two text fields, or the reason it is not acceptable. */
export function parseRetention(articles: string, days: string): { ok: true; value: Settings['retention'] } | { ok: false; reason: string } {
  const a = Number(String(articles).trim());
  const d = Number(String(days).trim());
  const [amin, amax] = RETENTION_LIMITS.maxArticles;
  const [dmin, dmax] = RETENTION_LIMITS.maxAgeDays;
  if (!Number.isInteger(a) || a < amin || a > amax) return { ok: false, reason: `Keep between ${amin} and ${amax.toLocaleString('en')} articles (a whole number).` };
  if (!Number.isInteger(d) || d < dmin || d > dmax) return { ok: false, reason: `Keep articles between ${dmin} and ${dmax.toLocaleString('en')} days (a whole number).` };
  return { ok: true, value: { maxArticles: a, maxAgeDays: d } };
}

/** File name of an export: sourcelight-export-YYYY-MM-DD.json.gz (UTC). */
export function exportFileName(now: Date): string {
  return `sourcelight-export-${now.toISOString().slice(0, 10)}.json.gz`;
}
