import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { buildTextModel, domPoint, modelSteps, textOffsetOf } from '../../lib/textmodel/build';
import { runSliced } from '../../lib/slices';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

/** The text a model position points at, read back from the DOM node. */
const charAt = (m: ReturnType<typeof buildTextModel>, pos: number) => {
  const p = domPoint(m, pos, 'start')!;
  return p.node.data[p.offset];
};

describe('text model', () => {
  it('built in slices, gives the same model as in one go', async () => {
    const d = doc(Array.from({ length: 50 }, (_, i) => `<p>Para ${i} <b>said</b>\n  the   minister.</p><p></p>`).join(''));
    const blocks = Array.from(d.querySelectorAll('p'));
    let clock = 0;
    let pauses = 0;
    // A clock that runs 5 ms per reading: every step overruns a 4 ms budget.
    const sliced = await runSliced(modelSteps(blocks), async () => { pauses++; }, 4, () => (clock += 5));
    const whole = buildTextModel(blocks);
    expect(pauses).toBeGreaterThanOrEqual(50);
    expect(sliced.text).toBe(whole.text);
    expect(Array.from(sliced.segStart)).toEqual(Array.from(whole.segStart));
    expect(sliced.segNode).toEqual(whole.segNode);
    expect(sliced.blockStart).toEqual(whole.blockStart);
  });

  it('joins blocks with blank lines and collapses whitespace across inline markup', () => {
    const d = doc('<p>  The  minister <a href="#">said</a>\n  on <em>Tuesday</em>. </p><p>Second\tparagraph.</p>');
    const m = buildTextModel(Array.from(d.querySelectorAll('p')));
    expect(m.text).toBe('The minister said on Tuesday.\n\nSecond paragraph.');
    expect(m.blockStart).toEqual([0, 31]);
  });

  it('maps every non-space character back to the same character in the DOM', () => {
    const d = doc('<p>Çavuşoğlu <b>said</b> “no”,<sup>1</sup> he added.</p><p>al-Mashri   told  TV.</p>');
    const m = buildTextModel(Array.from(d.querySelectorAll('p')));
    for (let i = 0; i < m.text.length; i++) {
      if (/\s/.test(m.text[i]!)) continue;
      expect(charAt(m, i)).toBe(m.text[i]);
    }
  });

  it('round-trips DOM points to text offsets', () => {
    const d = doc('<p>Alpha <i>beta</i> gamma.</p><p>Delta.</p>');
    const m = buildTextModel(Array.from(d.querySelectorAll('p')));
    const at = m.text.indexOf('gamma');
    const p = domPoint(m, at, 'start')!;
    expect(textOffsetOf(m, p.node, p.offset)).toBe(at);
    expect(textOffsetOf(m, d.body, 0)).toBe(-1);
  });

  it('skips scripts and styles inside a block and drops empty blocks', () => {
    const d = doc('<p>Visible<script>var said = 1;</script> text.</p><p>   </p><p><style>p{}</style></p>');
    const m = buildTextModel(Array.from(d.querySelectorAll('p')));
    expect(m.text).toBe('Visible text.');
    expect(m.blocks.length).toBe(1);
  });

  it('keeps the mapping exact on random markup (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ž“”"',.]{1,8}$/);
    const piece = fc.tuple(word, fc.constantFrom(' ', '  ', '\n', ' \t '), fc.constantFrom('', 'b', 'i', 'a'));
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }), (paras) => {
        const html = paras.map((ps) => `<p>${ps.map(([w, sp, tag]) => (tag ? `<${tag}>${w}</${tag}>${sp}` : `${w}${sp}`)).join('')}</p>`).join('');
        const d = doc(html);
        const m = buildTextModel(Array.from(d.querySelectorAll('p')));
        expect(m.text).not.toMatch(/ {2}|^\s|\s$/);
        for (let i = 0; i < m.text.length; i++) {
          if (/\s/.test(m.text[i]!)) continue;
          expect(charAt(m, i)).toBe(m.text[i]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
