// What a reader calls each kind of disagreement: shared by the popup and the hover card.
import type { ConflictType } from '../../lib/types';

export const CONFLICT_LABELS: Record<ConflictType, string> = {
  number: 'Different figures',
  polarity: 'One side says the opposite',
  antonym: 'Opposite words',
  denial: 'Denied',
};

export function conflictLabel(type: string, update = false): string {
  if (update) return 'Updated figure';
  return (CONFLICT_LABELS as Record<string, string>)[type] ?? 'Disagreement';
}
