// This page's claims grouped by who made them; each claim is a button that scrolls the page to it
// (when the view belongs to a tab) or plain text (in the comparison view).
import type { Actor, Claim } from '../../lib/types';
import { speakerAsWritten } from '../../lib/xref/text';
import { capitalized, clip } from '../shared/text';
import { groupClaimsByActor } from './viewModel';

interface Props {
  claims: Claim[];
  actors: Actor[];
  onFocus?: (claim: Claim) => void;
  heading?: string;
  /** Longer claims are cut to this many characters (the narrow popup); the full view shows all. */
  clipAt?: number;
  /** Folded under its heading (the popup, when disagreements come first or the list is long). */
  folded?: boolean;
}

function ClaimBody({ claim, clipAt }: { claim: Claim; clipAt: number }) {
  return (
    <>
      <span class="claim-text">{clip(claim.content.text, clipAt)}</span>
      {claim.cue || claim.via ? (
        <span class="claim-cue">
          {claim.cue ? claim.cue.text : ''}
          {claim.via ? `${claim.cue ? ' · ' : ''}via ${clip(claim.via.text, 60)}` : ''}
        </span>
      ) : null}
    </>
  );
}

export function ClaimsByActor({ claims, actors, onFocus, heading = 'Who said what on this page', clipAt = 320, folded = false }: Props) {
  const groups = groupClaimsByActor(claims, actors);
  const title = (
    <h2 id="claims-title">
      {heading} <span class="count">({claims.length})</span>
    </h2>
  );
  const body = (
    <>
      {groups.length === 0 ? <p class="muted">No attributed claims were found on this page.</p> : null}
      {groups.map((g) => (
        <div class="actor" key={g.key}>
          <h3 class="actor-name">
            {capitalized(speakerAsWritten(g.name, g.claims[0]?.source?.text))}
            {g.role ? <span class="actor-role">, {g.role}</span> : null}
          </h3>
          <ul class="claim-list">
            {g.claims.map((c) => (
              <li key={c.id}>
                {onFocus ? (
                  <button type="button" class="claim" onClick={() => onFocus(c)} title="Show this claim on the page">
                    <ClaimBody claim={c} clipAt={clipAt} />
                  </button>
                ) : (
                  <div class="claim">
                    <ClaimBody claim={c} clipAt={clipAt} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
  return (
    <section class="claims" aria-labelledby="claims-title">
      {folded ? (
        <details class="claims-more">
          <summary>{title}</summary>
          {body}
        </details>
      ) : (
        <>
          {title}
          {body}
        </>
      )}
    </section>
  );
}
