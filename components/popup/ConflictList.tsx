// The disagreements of a page, in the order a reader needs them: other outlets first, then figures
// a later report updated (not contradictions), then those within this article (collapsed when
// there are many), dismissed ones last. Each disagreement once, its values side by side.
import type { ArticleMeta, Conflict } from '../../lib/types';
import type { ConflictGroup } from '../../lib/xref/group';
import { ConflictCard } from './ConflictCard';
import { orderConflicts } from './viewModel';

/** More disagreements within the article than this are folded under their heading. */
const WITHIN_SHOWN = 2;

interface Props {
  conflicts: Conflict[];
  meta?: ArticleMeta;
  pageUrl?: string;
  onDismiss(conflicts: readonly Conflict[], dismissed: boolean): void;
  onShowClaim?: (claimId: string) => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ConflictList({ conflicts, meta, pageUrl, onDismiss, onShowClaim }: Props) {
  const { open, updates, within, dismissed } = orderConflicts(conflicts, meta, pageUrl);
  if (conflicts.length === 0) return null;
  const cards = (groups: ConflictGroup[]) => groups.map((c) => <ConflictCard key={c.id} group={c} meta={meta} pageUrl={pageUrl} onDismiss={onDismiss} onShowClaim={onShowClaim} />);
  return (
    <section class="conflicts" aria-label="Disagreements">
      {open.length > 0 ? (
        <section aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">{plural(open.length, 'disagreement with other outlets', 'disagreements with other outlets')}</h2>
          {cards(open)}
        </section>
      ) : null}
      {updates.length > 0 ? (
        // A later report raised a figure: news moving on, not outlets contradicting each other.
        <section class="updates" aria-labelledby="updates-title">
          <h2 id="updates-title">{plural(updates.length, 'figure updated since', 'figures updated since')}</h2>
          {cards(updates)}
        </section>
      ) : null}
      {within.length > 0 ? (
        <section class="within" aria-labelledby="within-title">
          {within.length > WITHIN_SHOWN ? (
            <details>
              <summary>
                <h2 id="within-title">{plural(within.length, 'disagreement within this article', 'disagreements within this article')}</h2>
              </summary>
              {cards(within)}
            </details>
          ) : (
            <>
              <h2 id="within-title">{plural(within.length, 'disagreement within this article', 'disagreements within this article')}</h2>
              {cards(within)}
            </>
          )}
        </section>
      ) : null}
      {dismissed.length > 0 ? (
        <details class="dismissed">
          <summary>Marked “not the same thing” ({dismissed.length})</summary>
          {cards(dismissed)}
        </details>
      ) : null}
    </section>
  );
}
