// What the popup of one story article should show about the other outlets' reports, derived from
// the cross-outlet ground truth (stories.json): the disagreements it takes part in, and for each
// the other outlets' sides whose figure or words differ from this article's.

const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;

/** The part of a value a reader must see: its figure ("68", "eight"), else the whole value. */
export function valueKey(value) {
  const digits = String(value).match(/\d[\d.,]*/);
  if (digits) return digits[0].replace(/[.,]$/, '');
  const word = String(value).match(NUMBER_WORDS);
  return word ? word[0].toLowerCase() : String(value).toLowerCase();
}

/**
 * @param {any} stories stories.json
 * @param {string} slug the article whose popup is checked
 * @param {Map<string, { outlet: string }>} bySlug the visited articles
 * @returns {{ topic: string, type: string, others: { slug: string, outlet: string, value: string, key: string }[] }[]}
 */
export function expectedConflicts(stories, slug, bySlug) {
  const out = [];
  for (const c of stories?.conflicts ?? []) {
    if (c.expected !== 'conflict' || !c.sides.some((s) => s.article === slug)) continue;
    const mine = c.sides.filter((s) => s.article === slug).map((s) => valueKey(s.value));
    const others = c.sides
      .filter((s) => s.article !== slug && bySlug.has(s.article) && !mine.includes(valueKey(s.value)))
      .map((s) => ({ slug: s.article, outlet: bySlug.get(s.article).outlet, value: s.value, key: valueKey(s.value) }));
    if (others.length) out.push({ topic: c.topic, type: c.type, others });
  }
  return out;
}
