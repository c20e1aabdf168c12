// The conflicts of a page: open ones in full, dismissed ones collapsed underneath (restorable).
import type { ArticleMeta, Conflict } from '../../lib/types';
import { ConflictCard } from './ConflictCard';
import { orderConflicts } from './viewModel';

interface Props {
  conflicts: Conflict[];
  meta?: ArticleMeta;
  pageUrl?: string;
  onDismiss(conflicts: readonly Conflict[], dismissed: boolean): void;
  onShowClaim?: (claimId: string) => void;
}

export function ConflictList({ conflicts, meta, pageUrl, onDismiss, onShowClaim }: Props) {
  const { open, updates, within, dismissed } = orderConflicts(conflicts, meta, pageUrl);
  if (conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">
        {open.length === 0 ? 'No open conflicts with other outlets' : open.length === 1 ? '1 conflict with other outlets' : `${open.length} conflicts with other outlets`}
      </h2>
      {open.map((c) => (
        <ConflictCard key={c.id} group={c} meta={meta} pageUrl={pageUrl} onDismiss={onDismiss} onShowClaim={onShowClaim} />
      ))}
      {within.length > 0 ? (
        <section class="within" aria-labelledby="within-title">
          <h2 id="within-title">{within.length === 1 ? '1 disagreement within this article' : `${within.length} disagreements within this article`}</h2>
          {within.map((c) => (
            <ConflictCard key={c.id} group={c} meta={meta} pageUrl={pageUrl} onDismiss={onDismiss} onShowClaim={onShowClaim} />
          ))}
        </section>
      ) : null}
      {updates.length > 0 ? (
        // Updates are not contradictions (a later report raised a figure): collapsed, like dismissals.
        <details class="updates">
          <summary>{updates.length === 1 ? 'A figure updated in a later report' : `${updates.length} figures updated in later reports`}</summary>
          {updates.map((c) => (
            <ConflictCard key={c.id} group={c} meta={meta} pageUrl={pageUrl} onDismiss={onDismiss} onShowClaim={onShowClaim} />
          ))}
        </details>
      ) : null}
      {dismissed.length > 0 ? (
        <details class="dismissed">
          <summary>
            Marked “not the same thing” ({dismissed.length})
          </summary>
          {dismissed.map((c) => (
            <ConflictCard key={c.id} group={c} meta={meta} pageUrl={pageUrl} onDismiss={onDismiss} onShowClaim={onShowClaim} />
          ))}
        </details>
      ) : null}
    </section>
  );
}
