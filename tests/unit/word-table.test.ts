// Words that name Object's own properties ("constructor", "toString", "__proto__") are ordinary
// words in an article: every table looked up by a page's words must find nothing for them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../lib/extract/index';
import { digestArticle } from '../../lib/xref/digest';
import { findConflicts, type FrameReport } from '../../lib/xref/conflicts';
import { framesOfSentence } from '../../lib/xref/frames/index';
import { findFigures } from '../../lib/xref/numbers';
import { articleFeatures, linkArticles } from '../../lib/xref/stories';
import { articleLanguage, languageName } from '../../lib/article/language';
import { parseShortcut } from '../../lib/shortcuts';
import { wordTable } from '../../lib/word-table';

const PROTO_WORDS = Object.getOwnPropertyNames(Object.prototype);

function reportsOf(text: string, outlet: string): FrameReport[] {
  const result = extract(text);
  const sentence = { id: 's', text, start: 0, end: text.length };
  const claims = result.claims.map((c) => ({ id: c.id, content: c.content, cue: c.cue?.text ?? 'said' }));
  return framesOfSentence(sentence, claims, Date.parse('2026-03-14')).map((frame) => ({
    url: `https://${outlet}.example/1`, outlet, published: '2026-03-14', publishedMs: Date.parse('2026-03-14'), frame,
    actorName: 'X', actorKey: 'x', content: text, sentence, earlier: false, leadNames: new Set<string>(),
  }));
}

/** Everything the engine makes from a text, as JSON: no function may have leaked into it. */
function everything(text: string): string {
  const reports = [...reportsOf(text, 'a'), ...reportsOf(text.replace(/seven/g, 'eight'), 'b')];
  const digest = digestArticle(text);
  const feature = (url: string) => articleFeatures({ url, outlet: 'A', title: text.slice(0, 60), claims: [], actors: [], digest });
  const stored = JSON.parse(JSON.stringify(feature('https://a.example/1')));
  return JSON.stringify({
    claims: extract(text).claims, figures: findFigures(text), reports: reports.map((r) => r.frame), conflicts: findConflicts(reports),
    link: linkArticles(stored, feature('https://b.example/2'), () => true),
  });
}

describe('words that are names of Object properties', () => {
  it.each(PROTO_WORDS)('"%s" in an article is a word like any other', (w) => {
    const cap = w[0].toUpperCase() + w.slice(1);
    for (const text of [
      `The ${w} said the ${w} talks lasted seven hours and the ${w} was calm.`,
      `${cap} Ltd said 12 ${w} were aboard the ${w} vessel, ${w} ${w}.`,
      `${cap} ${cap} said seven ${w} had been ${w} on Monday, and ${cap} accepted the ${w} deal.`,
    ]) {
      const json = everything(text);
      expect(json).not.toMatch(/native code|function /);
    }
    expect(languageName(w)).not.toMatch(/native code|function /);
    expect(JSON.stringify(articleLanguage(w, `The ${w} said it would not comment.`))).not.toMatch(/native code|function /);
    expect(parseShortcut(`Alt+${w}`)).toBeNull();
  });

  it('any sentence mixing them with reporting words is read without a crash or a leaked function', () => {
    const words = fc.constantFrom(...PROTO_WORDS, 'said', 'the', 'seven', 'hours', 'talks', 'Haftar', 'accepted', 'deal', '12', 'aboard', ',', 'was', 'calm');
    fc.assert(fc.property(fc.array(words, { minLength: 1, maxLength: 24 }), (ws) => {
      expect(everything(`${ws.join(' ')}.`)).not.toMatch(/native code|function /);
    }), { numRuns: 150 });
  });

  it('a word table has no prototype and cannot be changed', () => {
    const t = wordTable({ talk: 'talk' });
    expect(t.constructor).toBeUndefined();
    expect('toString' in t).toBe(false);
    expect(Object.isFrozen(t)).toBe(true);
  });
});
