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
  const { open, updates, dismissed } = orderConflicts(conflicts, meta, pageUrl);
  if (conflicts.length === 0) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">
        {open.length === 0 ? 'No open conflicts with other reports' : open.length === 1 ? '1 conflict with other reports' : `${open.length} conflicts with other reports`}
      </h2>
      {open.map((c) => (
        <ConflictCard key={c.id} group={c} meta={meta} pageUrl={pageUrl} onDismiss={onDismiss} onShowClaim={onShowClaim} />
      ))}
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
