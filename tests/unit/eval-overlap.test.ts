// The overlap scorer (lib/eval/overlap.ts) gives the figures of the independent measurements'
// tools/score.py. The expected counts below were computed by score.py's score_extract on the same
// cases (gold, content found, source right, predicted judged); the cases cover appositives and
// dashes in gold sources, curly apostrophes, unnamed gold, optional gold and a claim two golds want.
import { describe, expect, it } from 'vitest';
import { overlapF1, overlapPRF, scoreOverlap, scoreTokens, sourceRight, type OverlapGold, type ScoredClaim } from '../../lib/eval/overlap';
import { parseBenchArgs } from '../../bench/run';

const CASES: { gold: OverlapGold[]; claims: ScoredClaim[]; expected: [number, number, number, number]; events: string[] }[] = [
 {
  "gold": [
   {
    "actor": "Sen. Lisa Tran (D-Ore.)",
    "content": "the bill would pass next week",
    "cue": "said"
   },
   {
    "actor": "",
    "content": "the talks had stalled",
    "cue": "reported"
   },
   {
    "actor": "Tomas Ekdal, Baltline's chief executive",
    "content": "“We will not sign this deal.”",
    "cue": "said"
   },
   {
    "actor": "officials",
    "content": "two people were hurt in the fire at the yard",
    "cue": "said",
    "optional": true
   }
  ],
  "claims": [
   {
    "content": "the bill would pass next week, and",
    "source": "Tran",
    "actor": "Lisa Tran",
    "kind": "indirect"
   },
   {
    "content": "the talks had stalled badly",
    "source": "",
    "actor": "",
    "kind": "unnamed"
   },
   {
    "content": "We will not sign this deal",
    "source": "he",
    "actor": "Ekdal",
    "kind": "direct"
   },
   {
    "content": "two people were hurt in the fire",
    "source": "officials",
    "actor": "officials",
    "kind": "indirect"
   },
   {
    "content": "the weather turned in the afternoon",
    "source": "Moss",
    "actor": "Peter Moss",
    "kind": "indirect"
   }
  ],
  "expected": [
   3,
   3,
   3,
   4
  ],
  "events": [
   "spurious"
  ]
 },
 {
  "gold": [
   {
    "actor": "the Rev. Peter Wherry, of Mayfield",
    "content": "the church would open its doors",
    "cue": "said"
   },
   {
    "actor": "Mr. Ávila",
    "content": "prices will rise by 4 percent",
    "cue": "predicted"
   },
   {
    "actor": "a spokesman -- who declined to be named",
    "content": "the ship’s crew were safe",
    "cue": "said"
   }
  ],
  "claims": [
   {
    "content": "the church would open its doors to everyone",
    "source": "Wherry",
    "actor": "",
    "kind": "indirect"
   },
   {
    "content": "prices will rise by 4 percent, Ávila",
    "source": "",
    "actor": "Ana Ávila",
    "kind": "indirect"
   },
   {
    "content": "the ship's crew were safe",
    "source": "the company",
    "actor": "Estuary Link",
    "kind": "indirect"
   },
   {
    "content": "prices will rise",
    "source": "",
    "actor": "",
    "kind": "indirect"
   }
  ],
  "expected": [
   3,
   3,
   2,
   4
  ],
  "events": [
   "wrong-source",
   "spurious"
  ]
 }
];

describe('overlap scorer = tools/score.py', () => {
  it('tokens: NFKC, lower case, curly apostrophes straightened, word characters', () => {
    expect(scoreTokens('The ship’s CREW — “safe”')).toEqual(['the', "ship", 's', 'crew', 'safe']);
    expect(overlapF1('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(overlapF1('', 'x')).toBe(0);
  });

  it("the gold source's head (before a comma, parenthesis or dash) decides", () => {
    const claim = (actor: string, source = ''): ScoredClaim => ({ content: 'x', actor, source, kind: 'indirect' });
    expect(sourceRight('Sen. Lisa Tran (D-Ore.)', claim('Lisa Tran'))).toBe(true);
    expect(sourceRight('Tomas Ekdal, Baltline’s chief executive', claim('', 'Ekdal'))).toBe(true);
    expect(sourceRight('the Rev. Peter Wherry, of Mayfield', claim('Mayfield'))).toBe(false);
    expect(sourceRight('', claim(''))).toBe(true);
    expect(sourceRight('', claim('Moss'))).toBe(false);
  });

  CASES.forEach((c, n) => {
    it(`case ${n + 1}: same counts and events as score.py`, () => {
      const s = scoreOverlap(c.gold, c.claims);
      expect([s.gold, s.contentFound, s.sourceRight, s.predicted]).toEqual(c.expected);
      expect(s.events.map((e) => e.kind)).toEqual(c.events);
    });
  });

  it('P/R/F1 from totals', () => {
    const p = overlapPRF({ gold: 10, predicted: 8, contentFound: 7, sourceRight: 6 });
    expect(p.precision).toBeCloseTo(0.75);
    expect(p.recall).toBeCloseTo(0.6);
    expect(p.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(p.contentRecall).toBeCloseTo(0.7);
  });
});

describe('bench arguments', () => {
  it('names, options with values and flags', () => {
    const { names, options } = parseBenchArgs(['polnear', '--dir', '/x/y', '--split=train', '--json', '--errors']);
    expect(names).toEqual(['polnear']);
    expect(options.values).toEqual({ dir: '/x/y', split: 'train' });
    expect(options.json).toBe(true);
    expect(options.flags.has('errors')).toBe(true);
  });

  it('takes the file after --save and --compare as their value, not as a bench name', () => {
    const { names, options } = parseBenchArgs(['outputs', '--save', 'before.json', '--compare=after.json']);
    expect(names).toEqual(['outputs']);
    expect(options.values).toEqual({ save: 'before.json', compare: 'after.json' });
  });
});
