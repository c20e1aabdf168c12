// The card shown beside a claim: who said it, how, and what other outlets report.
// Rendered in our own closed shadow root; every string from the page is rendered as text.
import type { Actor, Claim, Conflict, Frame } from '../../lib/types';
import { groupConflicts, type ConflictGroup } from '../../lib/xref/group';
import { conflictLabel } from '../shared/conflictLabel';
import { shownValue } from '../shared/text';
import { ACTOR_TYPE_LABEL, KIND_LABEL, conflictsFor, describeFrame, excerpt, sideWho, speakerName } from './describe';

/** Disagreements shown in full on the card; the rest are a count and the comparison view. */
const MAX_SHOWN = 3;
/** Other reports listed per disagreement. */
const MAX_SIDES = 4;

export interface HoverCardProps {
  claim: Claim;
  actor?: Actor;
  url: string;
  conflicts: Conflict[];
  /** What the claim says, made explicit (measure, scope, time, value; or act and agent). */
  frames?: Frame[];
  /** Dark colours, to match a dark page (the page's own background decides, not the OS theme). */
  dark?: boolean;
  /** Cross-references unavailable (storage off, private window): say so instead of "no conflicts". */
  xrefNote?: string;
  /** Given the click, so the caller can act on the reader's own clicks only (Event.isTrusted). */
  onCompare: (e: Event) => void;
  /** "What do the colours mean?": opens the colour key. */
  onKey: (e: Event) => void;
  onClose: (e: Event) => void;
}

/** One disagreement: its kind and topic, what aligned the reports, and every other report's version. */
function Disagreement({ g, claim, url }: { g: ConflictGroup; claim: Claim; url: string }) {
  const others = g.sides.filter((s) => !(s.claimId === claim.id && s.url === url));
  return (
    <li>
      <span class="ctype">{conflictLabel(g.type, g.update)}</span>
      {g.topic ? ` · ${excerpt(g.topic, 60)}` : ''}
      {g.reason && <div class="why">Compared because {excerpt(g.reason, 140)}.</div>}
      {others.slice(0, MAX_SIDES).map((o) => (
        <div class="other" key={`${o.url}#${o.claimId}`}>
          <b>{o.outlet}</b> ({excerpt(sideWho(o, o.url === url), 50)}): <mark>{excerpt(shownValue(o), 60)}</mark>
        </div>
      ))}
      {others.length > MAX_SIDES && <div class="other">and {others.length - MAX_SIDES} more reports</div>}
    </li>
  );
}

export function HoverCard({ claim, actor, url, conflicts, frames = [], dark, xrefNote, onCompare, onKey, onClose }: HoverCardProps) {
  // One entry per disagreement, listing every other outlet's version of it; those within this
  // article apart from those with other outlets.
  const groups = groupConflicts(conflictsFor(claim, url, conflicts), (u) => u === url);
  const mine = groups.filter((g) => !g.within && !g.update);
  // a later report's figure is news moving on: shown apart, not as a contradiction
  const updates = groups.filter((g) => g.update);
  const within = groups.filter((g) => g.within && !g.update);
  const role = actor?.role;
  const type = actor ? ACTOR_TYPE_LABEL[actor.type] : '';
  return (
    <div class={dark ? 'card dark' : 'card'} role="dialog" aria-label={`Claim by ${speakerName(claim, actor)}`}>
      <div class="head">
        <div>
          <div class="who">{speakerName(claim, actor)}</div>
          {(role || type) && <div class="role">{[role, type].filter(Boolean).join(' · ')}</div>}
        </div>
        <button class="close" type="button" aria-label="Close" onClick={(e) => onClose(e)}>×</button>
      </div>
      <div class="how">
        <span class={`kind kind-${claim.kind}`}>{KIND_LABEL[claim.kind]}</span>
        {claim.cue && <span class="cue">“{excerpt(claim.cue.text, 40)}”</span>}
        {claim.via && <span class="via">via {excerpt(claim.via.text, 60)}</span>}
      </div>
      <p class="content">{excerpt(claim.content.text, 240)}</p>
      {frames.length > 0 && (
        <ul class="frames" aria-label="What it says">
          {frames.slice(0, 2).map((f, i) => <li key={i}>{describeFrame(f)}</li>)}
        </ul>
      )}
      {mine.length > 0 && (
        <div class="conflicts">
          <div class="sect">Other outlets report it differently</div>
          <ul>
            {mine.slice(0, MAX_SHOWN).map((g) => <Disagreement key={g.id} g={g} claim={claim} url={url} />)}
          </ul>
          {mine.length > MAX_SHOWN && <p class="note">{mine.length - MAX_SHOWN} more in the comparison view.</p>}
        </div>
      )}
      {updates.length > 0 && (
        <div class="conflicts updates">
          <div class="sect">Updated since</div>
          <ul>
            {updates.slice(0, MAX_SHOWN).map((g) => <Disagreement key={g.id} g={g} claim={claim} url={url} />)}
          </ul>
        </div>
      )}
      {within.length > 0 && (
        <div class="conflicts">
          <div class="sect">Within this article</div>
          <ul>
            {within.slice(0, MAX_SHOWN).map((g) => <Disagreement key={g.id} g={g} claim={claim} url={url} />)}
          </ul>
        </div>
      )}
      {xrefNote && <p class="note">{xrefNote}</p>}
      <div class="actions">
        <button class="compare" type="button" onClick={(e) => onCompare(e)}>Compare outlets</button>
        <button class="compare key" type="button" onClick={(e) => onKey(e)}>What do the colours mean?</button>
      </div>
    </div>
  );
}

export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; box-sizing: border-box; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f; background: #fff;
  border: 1px solid #c9c9d1; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); text-align: left; }
.head { display: flex; justify-content: space-between; gap: 8px; align-items: start; }
.who { font-weight: 650; font-size: 14px; }
.role { color: #555; font-size: 12px; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; border-radius: 4px; }
.close:focus-visible, .compare:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.how { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; font-size: 12px; }
.kind { background: #fff3bf; color: #5c4400; border-radius: 4px; padding: 0 6px; }
.cue, .via, .why { color: #444; }
.why { font-size: 12px; }
.content { margin: 4px 0 8px; color: #222; }
.frames { list-style: none; padding: 0; margin: 0 0 6px; font-size: 12px; color: #444; }
.frames li::before { content: "▸ "; }
.sect { font-weight: 600; font-size: 12px; color: #b42318; margin-top: 4px; }
ul { margin: 4px 0; padding-left: 16px; }
.ctype { text-transform: uppercase; font-size: 10px; letter-spacing: .04em; color: #b42318; }
mark { background: #ffe1de; color: inherit; }
.note { color: #555; font-size: 12px; margin: 4px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 4px 14px; }
.key { font-weight: 500; }
.compare { all: unset; cursor: pointer; color: #1d4ed8; font-weight: 600; font-size: 12px; border-radius: 4px; }
/* fixed, not absolute: at the end of the document an absolute box would make the page 1 px taller */
.sr { position: fixed; top: 0; left: 0; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.dark.card { color: #ececf1; background: #1f2024; border-color: #3a3b42; }
.dark .role, .dark .cue, .dark .via, .dark .why, .dark .note, .dark .frames { color: #b4b4bd; } .dark .content { color: #e6e6ea; }
.dark .kind { background: #4a3b00; color: #ffe08a; } .dark mark { background: #5c1d18; }
.dark .compare { color: #8ab4ff; } .dark .sect, .dark .ctype { color: #ff8f84; }
.updates .sect, .updates .ctype { color: #0b57d0; } .updates mark { background: #dbe7ff; }
.dark .updates .sect, .dark .updates .ctype { color: #8ab4ff; } .dark .updates mark { background: #1d335c; }
`;
