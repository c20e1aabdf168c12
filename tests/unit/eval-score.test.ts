// The scorer itself: word-overlap matching, one-to-one pairing, actor comparison, optional gold.
import { describe, expect, it } from 'vitest';
import { namesMatch } from '../../lib/extract/keys';
import { prf, scoreArticle, wordF1, type GoldAttribution } from '../../lib/eval/score';
import type { Actor, Claim, ExtractResult } from '../../lib/types';

const span = (text: string) => ({ text, start: 0, end: text.length });
const claim = (id: string, content: string, actorId: string | null): Claim => ({ id, kind: 'indirect', source: null, actorId, cue: null, content: span(content), via: null, confidence: 0.8 });
const actor = (id: string, name: string, aliases: string[] = []): Actor => ({ id, key: name.toLowerCase(), name, type: 'person', aliases, mentions: [] });
const gold = (content: string, actorName: string, optional = false): GoldAttribution => ({ source: actorName, actor: actorName, cue: 'said', content, kind: 'indirect', ...(optional ? { optional } : {}) });

describe('wordF1', () => {
  it('is the F1 of the word multisets, case-insensitive, punctuation ignored', () => {
    expect(wordF1('The talks failed.', 'the talks failed')).toBe(1);
    expect(wordF1('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(wordF1('a a b', 'a b b')).toBeCloseTo(2 / 3);
    expect(wordF1('', 'x')).toBe(0);
  });
});

describe('namesMatch', () => {
  it('accepts equal keys, contained names, surnames and leading words of organisations', () => {
    expect(namesMatch('Mevlut Cavusoglu', 'Mevlüt Çavuşoğlu')).toBe(true);
    expect(namesMatch('Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(namesMatch('the Russian Defence Ministry', "Russia's Defense Ministry")).toBe(true);
    expect(namesMatch('a source in the city of Benghazi', 'a source in Benghazi')).toBe(true);
    expect(namesMatch('Estuary Link', 'Estuary Link Ferries')).toBe(true);
    expect(namesMatch('Sergei', 'Sergei Lavrov')).toBe(false);
    expect(namesMatch('Russian Foreign Ministry', 'Russian Defense Ministry')).toBe(false);
    expect(namesMatch('Turkey', 'The leaders of Turkey and France')).toBe(false);
  });
});

describe('scoreArticle', () => {
  const result: ExtractResult = {
    claims: [claim('c0', 'the bridge will reopen on Friday', 'a0'), claim('c1', 'four people were hurt', 'a1'), claim('c2', 'it rained all night', null), claim('c3', 'nothing to do with anything', 'a0')],
    actors: [actor('a0', 'Ines Valdr', ['Valdr']), actor('a1', 'Tom Lind')],
  };

  it('counts right actors as hits, wrong actors as both a false positive and a miss, extras as false positives', () => {
    const s = scoreArticle(result, [gold('the bridge will reopen on Friday, she said', 'Ines Valdr'), gold('four people were hurt', 'Anna Berg'), gold('it rained all night', ''), gold('a claim nobody found', 'Ola Nord')]);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 2, 2]);
    expect(s.wrongActor.map((w) => w.predicted)).toEqual(['Tom Lind']);
    expect(s.spurious).toEqual(['nothing to do with anything']);
    expect(s.missed.map((g) => g.content)).toEqual(['a claim nobody found']);
    expect(s.f1).toBeCloseTo(prf({ tp: 2, fp: 2, fn: 2 }).f1);
  });

  it('pairs one prediction with one gold attribution, best overlap first', () => {
    const s = scoreArticle(result, [gold('four people were hurt', 'Tom Lind'), gold('four people were hurt badly', 'Tom Lind')]);
    expect(s.tp).toBe(1);
    expect(s.fn).toBe(1);
    expect(s.missed[0].content).toBe('four people were hurt badly');
  });

  it('credits optional gold when found and ignores it when missed', () => {
    const s = scoreArticle({ claims: [claim('c0', 'four people were hurt', 'a1')], actors: [actor('a1', 'Tom Lind')] }, [gold('four people were hurt', 'Tom Lind', true), gold('an optional claim not found', 'X', true)]);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
  });

  it('an unnamed gold source is right only when the prediction has no actor', () => {
    const named = scoreArticle({ claims: [claim('c0', 'it rained all night', 'a1')], actors: [actor('a1', 'Tom Lind')] }, [gold('it rained all night', '')]);
    expect(named.tp).toBe(0);
  });
});
