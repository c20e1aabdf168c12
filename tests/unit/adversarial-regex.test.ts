// Every regex of lib/ and its subfolders (the engine, the article reader and Readability, the text
// model, the cross-referencer and its frames, the store) on adversarial text, at half the benchmark's
// sizes, with a generous budget per call: a pattern that goes quadratic takes seconds here, a linear
// one a few milliseconds (issue 13, finding 3). Patterns known to be over budget
// (bench/adversarial/check.ts, routed to their owners) are reported, not failed.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWN_OVER_BUDGET, checkRegexes, inventory, patternKey } from '../../bench/adversarial/check';
import { ROOT, sourceRegexes } from '../../bench/adversarial/inventory';

const BUDGET_MS = 150;
/** A regex literal used as one: `/x/.test(`, `/x/g.exec(`, `.replace(/x/`, `.split(/x/`, … */
const REGEX_USE = /\/[^/\n*]+\/[dgimsuvy]*\.(?:test|exec)\(|\.(?:replace|replaceAll|match|matchAll|split|search)\(\s*\/[^/\n*]/;
const CAP_MS = 1_500;

describe('adversarial regex budget', () => {
  it('the check catches a quadratic pattern', async () => {
    const [quadratic] = await checkRegexes([{ where: 'test', source: '\\s*:x', flags: '' }], { scale: 0.5, budgetMs: BUDGET_MS, capMs: CAP_MS, skip: (_, input) => input !== 'space-run' });
    expect(quadratic!.ms).toBeGreaterThan(BUDGET_MS);
  });

  it('no regex takes more than its budget on any adversarial input', async () => {
    const regexes = await inventory();
    const where = regexes.map((r) => r.where).join('\n');
    expect(regexes.length).toBeGreaterThan(150);
    for (const file of ['lib/extract/constructions.ts', 'lib/xref/numbers.ts', 'lib/xref/frames/measures.ts', 'lib/textmodel/build.ts', 'lib/store/store.ts', 'lib/article/locate.ts', '@mozilla/readability', '(built at run time)']) expect(where).toContain(file);
    // Every file of lib/, at any depth, that writes a regex literal is in the inventory (found here
    // by a plain text search, independent of the inventory's own parser and folder walk).
    const withRegex = (readdirSync(path.join(ROOT, 'lib'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && REGEX_USE.test(readFileSync(path.join(ROOT, 'lib', f), 'utf8')))
      .map((f) => `lib/${f.replace(/\\/g, '/')}`);
    expect(withRegex.length).toBeGreaterThan(30);
    const literals = sourceRegexes(); // before one entry is kept per pattern
    expect(withRegex.filter((f) => !literals.some((r) => r.where.startsWith(`${f}:`)))).toEqual([]);
    const calls = await checkRegexes(regexes, { scale: 0.5, budgetMs: BUDGET_MS, capMs: CAP_MS, skip: (re) => patternKey(re) in KNOWN_OVER_BUDGET });
    const over = calls.filter((c) => c.ms > BUDGET_MS).map((c) => `${c.re.where} /${c.re.source}/${c.re.flags} on ${c.input}: ${c.capped ? `over ${CAP_MS}` : c.ms.toFixed(0)} ms`);
    const known = Object.entries(KNOWN_OVER_BUDGET).map(([k, why]) => `${k}: ${why}`);
    console.log(`adversarial regexes: ${regexes.length} patterns, ${calls.length} calls, worst ${Math.max(...calls.map((c) => c.ms)).toFixed(1)} ms; known over budget, not run here:\n  ${known.join('\n  ')}`);
    expect(over).toEqual([]);
  }, 180_000);
});
