// One disagreement between reports: its type and explanation, then every report's side, side by side.
import type { ArticleMeta, Conflict, ConflictSide } from '../../lib/types';
import type { ConflictGroup } from '../../lib/xref/group';
import { Marked } from '../shared/Marked';
import { formatDate, safeHttpUrl } from '../shared/text';
import { conflictLabel } from '../shared/conflictLabel';
import { isThisPage } from './viewModel';

interface Props {
  group: ConflictGroup;
  meta?: ArticleMeta;
  pageUrl?: string;
  onDismiss(conflicts: readonly Conflict[], dismissed: boolean): void;
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
        {side.own ? <span class="own">{thisPage ? 'this outlet’s own reporting' : 'the outlet’s own reporting'}{side.actor ? `, citing ${side.actor}` : ''}</span> : side.actor ? <span>{side.actor}</span> : <span>unnamed source</span>}
      </p>
      <blockquote class="side-claim">
        <Marked content={side.sentence?.text ?? side.content} value={side.value} />
      </blockquote>
      {side.value ? (
        <p class="side-value">
          Says: <mark>{side.value}</mark>
        </p>
      ) : null}
      {thisPage && onShowClaim && !side.own ? (
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

export function ConflictCard({ group, meta, pageUrl, onDismiss, onShowClaim }: Props) {
  const headingId = `conflict-${group.id}`;
  // "Not the same thing" and "Restore" apply to every pair in the group: it is one disagreement.
  return (
    <article class={`conflict conflict-${group.type}${group.update ? ' conflict-update' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} class="conflict-title">
        <span class="conflict-type">{conflictLabel(group.type, group.update)}</span>
        {group.topic ? <span class="conflict-topic">: {group.topic}</span> : null}
      </h3>
      {group.reason ? <p class="conflict-reason">Compared because {group.reason}.</p> : null}
      {group.explanations.map((e) => (
        <p key={e} class="conflict-explanation">{e}</p>
      ))}
      <div class="sides">
        {group.sides.map((s, i) => (
          <Side key={`${s.url}#${s.claimId}#${i}`} side={s} thisPage={isThisPage(s.url, meta, pageUrl)} onShowClaim={onShowClaim} />
        ))}
      </div>
      <div class="conflict-actions">
        {group.dismissed ? (
          <button type="button" onClick={() => onDismiss(group.conflicts, false)}>
            Restore<span class="visually-hidden"> {group.topic || 'this match'}</span>
          </button>
        ) : (
          <button type="button" class="secondary" onClick={() => onDismiss(group.conflicts, true)} aria-describedby={headingId}>
            Not the same thing
          </button>
        )}
      </div>
    </article>
  );
}
