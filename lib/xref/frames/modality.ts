// Is a figure a count of what happened, an estimate of it, a forecast or a probability?
// "could top 12,000" and "a 30% chance the toll could exceed 5,000" are no counts: only counts and
// estimates are compared. Named rules, each with an example; all run on one clause.
import type { Modality } from '../../types';

interface ModalityRule {
  modality: Modality;
  example: string;
  /** Tested on the clause words before the figure (bounded). */
  before?: RegExp;
  /** Tested on the words right after the figure (bounded). */
  after?: RegExp;
}

const RULES: ModalityRule[] = [
  { modality: 'probability', example: 'a 30% chance that the toll exceeds 5,000', after: /^\s*(?:chance|probability|likelihood|risk|odds)\b/i },
  { modality: 'probability', example: 'put the probability at 30%', before: /\b(?:chance|probability|likelihood|odds)\b/i },
  { modality: 'forecast', example: 'the toll could top 12,000', before: /\b(?:could|may|might|would|will|shall|expected to|forecasts?|forecast to|projected|predicted|predicts?|likely to|set to|feared to|fears? (?:it|the toll) could|threatens to|risks?|aims? to|plans? to|target of|hopes? to|proposed|proposal|planned|if)\b/i },
  { modality: 'forecast', example: 'a toll of 5,000 is feared', after: /^[^.;]{0,30}\b(?:is|are) (?:feared|expected|forecast|projected|predicted)\b/i },
  { modality: 'estimate', example: 'an estimated 40,000 people', before: /\b(?:estimated|estimates?|estimating|extrapolat\w+|modelling|modeling)\b/i },
];

export function modalityOf(clause: string, figStart: number, figEnd: number): Modality {
  // the words before the figure in its clause (after the last full stop or semicolon), at most 60
  const head = clause.slice(Math.max(0, figStart - 80), figStart);
  const before = head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf(';')) + 1).slice(-60);
  const after = clause.slice(figEnd, figEnd + 40);
  for (const r of RULES) {
    if ((r.before && r.before.test(before)) || (r.after && r.after.test(after))) return r.modality;
  }
  return 'count';
}
