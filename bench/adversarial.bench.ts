// `npm run bench -- adversarial`: every regex of the engine, the article reader (with Readability)
// and the cross-referencer, scanning adversarial text (no-break and plain space runs,
// 100,000-character words and figures, capitalised chains, 50,000 nested quotes, binary junk), each
// call timed against a budget. Over-budget calls are re-timed at half size: a growth near x4 per
// doubling is quadratic. The machine is shared: single calls are noisy, but quadratic patterns are
// 10-100 times over budget. The unit test tests/unit/adversarial-regex.test.ts enforces it.
import { adversarialInputs } from './adversarial/inputs';
import { KNOWN_OVER_BUDGET, checkRegexes, inventory, patternKey, type Call } from './adversarial/check';

const BUDGET_MS = 100;
const CAP_MS = 2_000;

export default async function adversarialBench() {
  const regexes = await inventory();
  const calls = await checkRegexes(regexes, { scale: 1, budgetMs: BUDGET_MS, capMs: CAP_MS });
  const over = calls.filter((c) => c.ms > BUDGET_MS);
  // Growth of the slow ones: the same pattern on the same input at half size.
  const slow = calls.filter((c) => c.ms > BUDGET_MS / 4);
  const half = await checkRegexes([...new Map(slow.map((c) => [patternKey(c.re), c.re])).values()], {
    scale: 0.5, budgetMs: BUDGET_MS, capMs: CAP_MS, skip: (re, input) => !slow.some((c) => patternKey(c.re) === patternKey(re) && c.input === input),
  });
  const growth = (c: Call) => {
    const h = half.find((x) => patternKey(x.re) === patternKey(c.re) && x.input === c.input);
    if (!h || h.ms < 0.5) return '';
    if (h.capped) return 'stopped at half size too';
    return c.capped ? `>x${(CAP_MS / h.ms).toFixed(1)}` : `x${(c.ms / h.ms).toFixed(1)}`;
  };
  const fmt = (c: Call) => (c.capped ? `>${CAP_MS}` : c.ms.toFixed(1));
  const shown = calls.filter((c) => c.ms > BUDGET_MS / 4).sort((a, b) => b.ms - a.ms);
  const inputs = adversarialInputs(1);
  const worstWithin = calls.filter((c) => c.ms <= BUDGET_MS).reduce((m, c) => Math.max(m, c.ms), 0);
  const rows: (string | number)[][] = shown.map((c) => [
    c.re.where, c.re.source.length > 60 ? `${c.re.source.slice(0, 59)}…` : c.re.source, c.input, fmt(c), growth(c),
    c.ms > BUDGET_MS ? (KNOWN_OVER_BUDGET[patternKey(c.re)] ? 'OVER (known)' : 'OVER') : 'ok',
  ]);
  rows.push([`all: ${regexes.length} regexes x ${inputs.length} inputs`, `${calls.length} calls`, '', `worst within budget ${worstWithin.toFixed(1)}`, '', `${over.length} over ${BUDGET_MS} ms`]);
  return {
    title: `Adversarial regex budget (${regexes.length} regexes of lib/extract, lib/analyze, lib/article + Readability, lib/xref; budget ${BUDGET_MS} ms a call, stopped at ${CAP_MS} ms; rows over ${BUDGET_MS / 4} ms)`,
    columns: ['where', 'pattern', 'input', 'ms', 'growth per doubling', 'verdict'],
    rows,
    json: {
      budgetMs: BUDGET_MS,
      capMs: CAP_MS,
      inputs: inputs.map((i) => ({ name: i.name, chars: i.text.length, about: i.about })),
      regexes: regexes.length,
      overBudget: over.map((c) => ({ where: c.re.where, pattern: patternKey(c.re), input: c.input, ms: c.capped ? null : c.ms, capped: c.capped, growth: growth(c), known: KNOWN_OVER_BUDGET[patternKey(c.re)] ?? null })),
      calls: calls.map((c) => ({ where: c.re.where, pattern: patternKey(c.re), input: c.input, ms: Math.round(c.ms * 100) / 100, capped: c.capped })),
    },
  };
}
