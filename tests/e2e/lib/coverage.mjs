// How much of an article's gold is found in a list of texts (highlighted ranges, popup lines).
// A gold claim counts as covered when some text, or a run of up to three neighbouring texts,
// matches its content words with F1 >= 0.5: the same criterion the engine is scored by.

const words = (s) => (String(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function f1(goldWords, text) {
  const got = words(text);
  if (!goldWords.length || !got.length) return 0;
  const pool = new Map();
  for (const w of goldWords) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of got) {
    const n = pool.get(w) ?? 0;
    if (n > 0) { common++; pool.set(w, n - 1); }
  }
  if (!common) return 0;
  const p = common / got.length;
  const r = common / goldWords.length;
  return (2 * p * r) / (p + r);
}

/** Best F1 of one gold content against the texts (joined runs of up to three neighbours). */
export function bestMatch(goldContent, texts) {
  const g = words(goldContent);
  let best = 0;
  for (let i = 0; i < texts.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(texts.length, i + 3); j++) {
      joined += ' ' + texts[j];
      best = Math.max(best, f1(g, joined));
    }
  }
  return best;
}

/**
 * @param {{ content: string, optional?: boolean }[]} gold
 * @param {string[]} texts
 * @returns {{ share: number, covered: number, required: number, missed: string[] }}
 */
export function goldCoverage(gold, texts) {
  const required = gold.filter((g) => !g.optional);
  const missed = required.filter((g) => bestMatch(g.content, texts) < 0.5).map((g) => g.content);
  const covered = required.length - missed.length;
  return { share: required.length ? covered / required.length : 1, covered, required: required.length, missed };
}
