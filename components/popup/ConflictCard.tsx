// One disagreement between reports: its type and explanation, then its sides side by side.
import type { ArticleMeta, Conflict, ConflictSide } from '../../lib/types';
import { Marked } from '../shared/Marked';
import { formatDate, safeHttpUrl } from '../shared/text';
import { conflictLabel, isThisPage, isUpdate } from './viewModel';

interface Props {
  conflict: Conflict;
  meta?: ArticleMeta;
  pageUrl?: string;
  onDismiss(conflict: Conflict, dismissed: boolean): void;
  /** Scroll the page to one of its claims; absent where the view has no tab (comparison view). */
  onShowClaim?: (claimId: string) => void;
}

function Side({ side, thisPage, onShowClaim }: { side: ConflictSide; thisPage: boolean; onShowClaim?: (claimId: string) => void }) {
  const href = safeHttpUrl(side.url);
  return (
    <div class={`side${thisPage ? ' side-this' : ''}`}>
      <p class="side-outlet">
        <strong>{side.outlet || 'Unknown outlet'}</strong>
        {thisPage ? <span class="tag">this page</span> : null}
      </p>
      <p class="side-meta">
        <time dateTime={side.published}>{formatDate(side.published)}</time>
        {' · '}
        {side.actor ? <span>{side.actor}</span> : <span>unnamed source</span>}
      </p>
      <blockquote class="side-claim">
        <Marked content={side.content} value={side.value} />
      </blockquote>
      {side.value ? (
        <p class="side-value">
          Says: <mark>{side.value}</mark>
        </p>
      ) : null}
      {thisPage && onShowClaim ? (
        <button type="button" class="link" onClick={() => onShowClaim(side.claimId)}>
          Show on the page
        </button>
      ) : null}
      {!thisPage && href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="side-link">
          Read {side.outlet || 'this report'}
          <span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : null}
    </div>
  );
}

export function ConflictCard({ conflict, meta, pageUrl, onDismiss, onShowClaim }: Props) {
  const headingId = `conflict-${conflict.id}`;
  return (
    <article class={`conflict conflict-${conflict.type}${isUpdate(conflict) ? ' conflict-update' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} class="conflict-title">
        <span class="conflict-type">{conflictLabel(conflict.type, isUpdate(conflict))}</span>
        {conflict.topic ? <span class="conflict-topic">: {conflict.topic}</span> : null}
      </h3>
      {conflict.explanation ? <p class="conflict-explanation">{conflict.explanation}</p> : null}
      <div class="sides">
        {conflict.sides.map((s, i) => (
          <Side key={`${s.url}#${s.claimId}#${i}`} side={s} thisPage={isThisPage(s.url, meta, pageUrl)} onShowClaim={onShowClaim} />
        ))}
      </div>
      <div class="conflict-actions">
        {conflict.dismissed ? (
          <button type="button" onClick={() => onDismiss(conflict, false)}>
            Restore<span class="visually-hidden"> {conflict.topic || 'this match'}</span>
          </button>
        ) : (
          <button type="button" class="secondary" onClick={() => onDismiss(conflict, true)} aria-describedby={headingId}>
            Not the same thing
          </button>
        )}
      </div>
    </article>
  );
}
