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

describe('text model on hostile input (issue 13, findings 3 and 6)', () => {
  it('collapses every kind of Unicode space and maps the space back to the run it stands for', () => {
    const spaces = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u000b';
    const d = doc(`<p>Officials${spaces}said\u00a0\u00a0\u00a0<b>the\u3000port</b>\u00a0would reopen.\u00a0\u00a0</p><p>\u00a0\u2003</p><p>Next\u202fone.</p>`);
    const m = buildTextModel(Array.from(d.querySelectorAll('p')));
    expect(m.text).toBe('Officials said the port would reopen.\n\nNext one.');
    expect(/[^\S ]/.test(m.text.replace(/\n\n/g, ''))).toBe(false);
    for (let i = 0; i < m.text.length; i++) {
      const c = m.text[i]!;
      if (c === '\n') continue;
      const dom = charAt(m, i);
      if (c === ' ') expect(/\s/.test(dom!)).toBe(true);
      else expect(dom).toBe(c);
    }
    // A range over the model's text covers the page's own characters, the whole run of spaces included.
    const at = m.text.indexOf('said');
    const a = domPoint(m, at - 1, 'start')!;
    expect(a.node.data.slice(a.offset, a.offset + spaces.length)).toBe(spaces);
    expect(textOffsetOf(m, a.node, a.offset)).toBe(at - 1);
  });

  it('reads a block of 200,000 pieces (no spread of its parts onto the stack)', () => {
    const d = doc('<p></p>');
    const p = d.querySelector('p')!;
    p.appendChild(d.createTextNode(Array.from({ length: 100_000 }, (_, i) => `w${i % 10}`).join('  ')));
    const m = buildTextModel([p]);
    expect(m.text.length).toBe(100_000 * 3 - 1);
    expect(m.text.startsWith('w0 w1 w2')).toBe(true);
  });

  it('reads a block nested 20,000 elements deep, text at every level, in one walk', () => {
    const d = doc('<div id="top"></div>');
    let el = d.getElementById('top')!;
    for (let i = 0; i < 20_000; i++) {
      el.appendChild(d.createTextNode(`t${i} `));
      if (i % 1000 === 0) el.appendChild(d.createElement('script')).appendChild(d.createTextNode('var hidden = 1;'));
      el = el.appendChild(d.createElement('div'));
    }
    const m = buildTextModel([d.getElementById('top')!]);
    expect(m.text.split(/\s+/).length).toBe(20_000); // each nested <div> is a paragraph of its own
    expect(m.text).not.toContain('hidden');
    expect(m.text.endsWith('t19999')).toBe(true);
  }, 10_000); // a linear walk takes milliseconds; a walk up per text node took half a minute
});

describe('text model size limit (issue 13, finding 6)', () => {
  it('stops at the limit, in a block or between blocks, and says so; the mapping stays exact', () => {
    const d = doc(`<p>${'alpha beta '.repeat(50)}</p><p>${'gamma  delta\u00a0'.repeat(50)}</p><p>last one</p>`);
    const blocks = Array.from(d.querySelectorAll('p'));
    const whole = buildTextModel(blocks);
    expect(whole.truncated).toBe(false);
    for (const limit of [1, 100, 549, 551, 700, whole.text.length - 1]) {
      const m = buildTextModel(blocks, undefined, limit);
      expect(m.truncated).toBe(true);
      expect(m.text.length).toBeLessThanOrEqual(limit);
      expect(whole.text.startsWith(m.text.trimEnd())).toBe(true);
      for (let i = 0; i < m.text.length; i++) if (!/\s/.test(m.text[i]!)) expect(charAt(m, i)).toBe(m.text[i]);
    }
    expect(buildTextModel(blocks, undefined, whole.text.length).truncated).toBe(false);
  });
});
