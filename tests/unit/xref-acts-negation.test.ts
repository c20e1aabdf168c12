// Negation over a that-clause (lib/xref/frames/acts.ts): "does not accept that X" negates X's
// measured word and is no act of its own; "does not deny / dispute that X" affirms X.
import { describe, expect, it } from 'vitest';
import { actsOf } from '../../lib/xref/frames/acts';

const read = (s: string) => actsOf(s).map((a) => `${a.agent} ${a.act} ${a.negated ? 'negated' : 'affirmed'}`);

describe('matrix negation', () => {
  it.each([
    ['But I do not accept that this ship was overloaded.', ['vessel overloaded negated']],
    ['Estuary Link does not accept that the crew was tired or that the ferry was overloaded.', ['vessel overloaded negated']],
    ['The operator does not deny that the ferry was overloaded.', ['vessel overloaded affirmed']],
    ['We do not dispute that the sea was rough.', ['sea calm negated']],
    ['The harbour master disputed that the ferry was overloaded.', ['vessel overloaded negated']],
    ['Nobody disputes that the ferry was not overloaded.', ['vessel overloaded negated']],
    ['The company does not dispute that the crossing was delayed, and the ferry was overloaded.', ['vessel overloaded affirmed']],
  ])('%s', (sentence, want) => {
    expect(read(sentence)).toEqual(want);
  });

  it('a negated act that is no matrix verb stays as it was', () => {
    expect(read('Haftar did not sign the deal.')).toEqual(['haftar sign negated']);
  });
});
