// One disagreement: what is in dispute, every report's value side by side (outlet, who, value),
// and underneath, folded, each report's sentence and why they were compared.
import type { ArticleMeta, Conflict, ConflictSide } from '../../lib/types';
import type { ConflictGroup } from '../../lib/xref/group';
import { Marked } from '../shared/Marked';
import { formatDate, safeHttpUrl, shownValue } from '../shared/text';
import { conflictLabel } from '../shared/conflictLabel';
import { sideWho } from '../card/describe';
import { isThisPage } from './viewModel';

interface Props {
  group: ConflictGroup;
  meta?: ArticleMeta;
  pageUrl?: string;
  onDismiss(conflicts: readonly Conflict[], dismissed: boolean): void;
  /** Scroll the page to one of its claims; absent where the view has no tab (comparison view). */
  onShowClaim?: (claimId: string) => void;
}

/** One report's value in the side-by-side list. */
function Value({ side, thisPage, topic, onShowClaim }: { side: ConflictSide; thisPage: boolean; topic: string; onShowClaim?: (claimId: string) => void }) {
  const who = sideWho(side, thisPage);
  return (
    <li class={`value${thisPage ? ' value-this' : ''}`}>
      <span class="value-figure"><mark>{shownValue(side) || '—'}</mark></span>
      <span class="value-who">
        <strong>{side.outlet || 'Unknown outlet'}</strong>
        {thisPage ? <span class="tag">this page</span> : null}
        <span class="muted"> · {who} · <time dateTime={side.published}>{formatDate(side.published)}</time></span>
      </span>
      {thisPage && onShowClaim && !side.own ? (
        <button type="button" class="link" onClick={() => onShowClaim(side.claimId)}>
          Show on the page<span class="visually-hidden">: {who}, {topic || 'this claim'}, {shownValue(side)}</span>
        </button>
      ) : null}
    </li>
  );
}

function Sentence({ side, thisPage }: { side: ConflictSide; thisPage: boolean }) {
  const href = safeHttpUrl(side.url);
  return (
    <div class={`side${thisPage ? ' side-this' : ''}`}>
      <p class="side-meta">
        <strong>{side.outlet || 'Unknown outlet'}</strong> · {sideWho(side, thisPage)}
      </p>
      <blockquote class="side-claim">
        <Marked content={side.sentence?.text ?? side.content} value={side.value} />
      </blockquote>
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
  const here = (s: ConflictSide) => isThisPage(s.url, meta, pageUrl);
  // "Not the same thing" and "Restore" apply to every pair in the group: it is one disagreement.
  return (
    <article class={`conflict conflict-${group.type}${group.update ? ' conflict-update' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} class="conflict-title">
        <span class="conflict-type">{conflictLabel(group.type, group.update)}</span>
        {group.topic ? <span class="conflict-topic">: {group.topic}</span> : null}
      </h3>
      <ul class="values">
        {group.sides.map((s, i) => (
          <Value key={`${s.url}#${s.claimId}#${i}`} side={s} thisPage={here(s)} topic={group.topic} onShowClaim={onShowClaim} />
        ))}
      </ul>
      <details class="conflict-details">
        <summary>
          The sentences<span class="visually-hidden">: {group.topic || 'this disagreement'}</span>
        </summary>
        {group.reason ? <p class="conflict-reason">Compared because {group.reason}.</p> : null}
        {group.explanations.map((e) => (
          <p key={e} class="conflict-explanation">{e}</p>
        ))}
        <div class="sides">
          {group.sides.map((s, i) => (
            <Sentence key={`${s.url}#${s.claimId}#${i}`} side={s} thisPage={here(s)} />
          ))}
        </div>
      </details>
      <div class="conflict-actions">
        {group.dismissed ? (
          <button type="button" onClick={() => onDismiss(group.conflicts, false)}>
            Restore<span class="visually-hidden"> {group.topic || 'this match'}</span>
          </button>
        ) : (
          <button type="button" class="secondary" onClick={() => onDismiss(group.conflicts, true)}>
            Not the same thing<span class="visually-hidden">: {group.topic || 'this match'}</span>
          </button>
        )}
      </div>
    </article>
  );
}
