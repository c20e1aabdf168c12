// Which language an article is in. Sourcelight's engine reads English only; on other pages it must
// say so and paint nothing (its English rules find dotted "actors" and no claims in French text).
// The page's declared language decides only when the text cannot: CMS templates often say
// lang="en" over French or Spanish text. Pure string code (no DOM).

import { wordTable, emptyTable } from '../word-table';

/** Distinctive, very frequent function words per language (a short text hits many of its own and
 *  few of the others'). Words shared by several of these languages are left out. */
const FUNCTION_WORDS: Record<string, string[]> = wordTable({
  en: ['the', 'of', 'and', 'to', 'is', 'that', 'for', 'it', 'was', 'with', 'as', 'on', 'be', 'by', 'this', 'are', 'have', 'has', 'from', 'at', 'which', 'but', 'not', 'they', 'he', 'his', 'she', 'her', 'said', 'would', 'were', 'been', 'their', 'will', 'an', 'or', 'we', 'you', 'its', 'had'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'ce', 'il', 'sont', 'aux', 'mais', 'ont', 'cette', 'été', 'leur', 'nous', 'vous', 'être', 'fait', 'selon', 'aussi', 'plus'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'una', 'con', 'para', 'es', 'se', 'lo', 'su', 'al', 'como', 'más', 'pero', 'sus', 'fue', 'ha', 'este', 'esta', 'también', 'entre', 'sobre', 'muy', 'hay', 'dijo'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'no', 'na', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'ao', 'foi', 'ele', 'seu', 'sua', 'também', 'pelo', 'pela', 'disse', 'são', 'está'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'del', 'della', 'sono', 'gli', 'una', 'con', 'nel', 'alla', 'dei', 'delle', 'anche', 'più', 'ha', 'come', 'questo', 'essere', 'stato', 'dal', 'ma', 'ai', 'secondo'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'den', 'von', 'zu', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'ein', 'eine', 'auch', 'es', 'wird', 'sie', 'werden', 'aus', 'bei', 'nach', 'wie', 'oder', 'sagte', 'hat'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'niet', 'met', 'ook', 'aan', 'er', 'maar', 'om', 'bij', 'nog', 'wordt', 'naar', 'worden', 'deze', 'heeft', 'hij', 'zij', 'werd', 'zei'],
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'ett', 'var', 'men', 'från', 'sig', 'kan', 'säger'],
  pl: ['i', 'w', 'na', 'nie', 'z', 'się', 'do', 'że', 'to', 'jest', 'jak', 'po', 'ale', 'od', 'za', 'przez', 'oraz', 'był', 'jego', 'tym', 'już', 'także'],
  cs: ['a', 'v', 'se', 'na', 'je', 'že', 's', 'z', 'do', 'o', 'to', 'by', 've', 'jako', 'ale', 'pro', 'za', 'jsou', 'které', 'který', 'jeho', 'také', 'podle', 'byl'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'olan', 'gibi', 'sonra', 'kadar', 'ama', 'değil', 'ise', 'dedi'],
});
const WORD_SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v)]));

/** Scripts whose letters name a language (or the usual one) without looking at words. */
const SCRIPTS: [string, RegExp][] = [
  ['ja', /[\u3040-\u30ff]/g], // kana: Japanese (tested before Han, which Japanese also uses)
  ['ko', /[\uac00-\ud7af\u1100-\u11ff]/g],
  ['zh', /[\u4e00-\u9fff\u3400-\u4dbf]/g],
  ['ru', /[\u0400-\u04ff]/g],
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
  ['el', /[\u0370-\u03ff]/g],
  ['th', /[\u0e00-\u0e7f]/g],
  ['hi', /[\u0900-\u097f]/g],
];
/** Languages the text check knows by their script alone. */
export const SCRIPT_LANGS = new Set(SCRIPTS.map(([lang]) => lang));
/** Scripts a declared language may use: "uk" over Cyrillic text is Ukrainian, not Russian. */
const SCRIPT_OF_DECLARED: Record<string, string> = wordTable({ uk: 'ru', bg: 'ru', sr: 'ru', mk: 'ru', be: 'ru', kk: 'ru', fa: 'ar', ur: 'ar', yi: 'he', mr: 'hi', ne: 'hi' });

const SAMPLE_CHARS = 6_000;
/** Fewer words than this and the text says too little: the declaration decides. */
const MIN_WORDS = 30;
/** Share of the words that are English function words in English prose (news runs 0.3-0.4). */
const ENGLISH_SHARE = 0.15;

export interface TextLanguage {
  /** ISO 639-1 code, or null when the text does not say (too short, or a language not listed). */
  lang: string | null;
  /** Share of the sample's words that are English function words. */
  englishShare: number;
  words: number;
}

/** Primary subtag of a BCP 47 tag, lower-cased: "en-GB" → "en"; undefined for junk. */
export function primaryLang(tag: string | null | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The language of a piece of text, from its script and its most frequent words. */
export function textLanguage(text: string): TextLanguage {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const hits = emptyTable<number>();
  for (const w of words) for (const lang in WORD_SETS) if (WORD_SETS[lang]!.has(w)) hits[lang] = (hits[lang] ?? 0) + 1;
  const englishShare = words.length ? (hits.en ?? 0) / words.length : 0;
  for (const [lang, re] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    // Kana mixes with Han in Japanese: a little of it is enough.
    if (letters && n / letters > (lang === 'ja' ? 0.1 : 0.4)) return { lang, englishShare, words: words.length };
  }
  if (words.length < MIN_WORDS) return { lang: null, englishShare, words: words.length };
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] / words.length < 0.08) return { lang: null, englishShare, words: words.length };
  // A clear winner only: "de" or "en" are words in several of these languages.
  if (second && best[1] < second[1] * 1.5) return { lang: null, englishShare, words: words.length };
  return { lang: best[0], englishShare, words: words.length };
}

export interface LanguageVerdict {
  english: boolean;
  /** What the article is in: a BCP 47 tag ("fr", "pt-BR"), or null when not known. */
  lang: string | null;
  /** How it was decided. */
  by: 'text' | 'declared';
}

/**
 * English or not, for an article's text and the page's declared language (html lang). The text
 * decides when it can; a declared non-English tag names the language when the text agrees.
 */
export function articleLanguage(declared: string | null | undefined, text: string): LanguageVerdict {
  const said = primaryLang(declared);
  const t = textLanguage(text);
  const named = (code: string) => (said && (said === code || SCRIPT_OF_DECLARED[said] === code) ? declared!.trim() : code);
  if (t.lang === 'en') return { english: true, lang: said === 'en' ? declared!.trim() : 'en', by: 'text' };
  if (t.lang) return { english: false, lang: named(t.lang), by: 'text' };
  if (t.words >= MIN_WORDS && t.englishShare >= ENGLISH_SHARE) return { english: true, lang: said === 'en' ? declared!.trim() : 'en', by: 'text' };
  if (t.words >= MIN_WORDS * 3 && t.englishShare < ENGLISH_SHARE / 3) return { english: false, lang: said && said !== 'en' ? declared!.trim() : null, by: 'text' };
  // Too short or unclear: the page's word for it.
  if (said && said !== 'en') return { english: false, lang: declared!.trim(), by: 'declared' };
  return { english: true, lang: declared?.trim() || null, by: 'declared' };
}

/** "French", "Brazilian Portuguese"; "another language" when not known. */
/** English names of the languages the text check names: Intl.DisplayNames takes 30-80 ms on its
 *  first call in a page (locale data loads), a long task on every page in another language. */
export const LANGUAGE_NAMES: Record<string, string> = wordTable({
  fr: 'French', es: 'Spanish', pt: 'Portuguese', it: 'Italian', de: 'German', nl: 'Dutch', sv: 'Swedish', pl: 'Polish', cs: 'Czech', tr: 'Turkish',
  ja: 'Japanese', ko: 'Korean', zh: 'Chinese', ru: 'Russian', ar: 'Arabic', he: 'Hebrew', el: 'Greek', th: 'Thai', hi: 'Hindi',
});
export const TEXT_LANGS = [...Object.keys(FUNCTION_WORDS).filter((l) => l !== 'en'), ...SCRIPT_LANGS];

export function languageName(lang: string | null | undefined): string {
  if (!lang) return 'another language';
  const known = LANGUAGE_NAMES[lang.toLowerCase()] ?? LANGUAGE_NAMES[primaryLang(lang) ?? ''];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    if (name && name.toLowerCase() !== lang.toLowerCase()) return name;
  } catch {
    /* not a tag Intl knows */
  }
  return `another language (${lang.slice(0, 12)})`;
}

/** What the popup says on a page in another language. */
export function notEnglishMessage(lang: string | null | undefined): string {
  return `Sourcelight reads English; this page is in ${languageName(lang)}. Nothing on it is highlighted.`;
}
