// Words a reader sees for a claim: shared by the hover card and the screen-reader announcement.
import type { Actor, Claim, ClaimKind, Conflict, ConflictSide, Frame } from '../../lib/types';
import { speakerAsWritten } from '../../lib/xref/text';
import { capitalized, shownValue } from '../shared/text';

export const KIND_LABEL: Record<ClaimKind, string> = {
  direct: 'Direct quote',
  indirect: 'Paraphrase',
  mixed: 'Partly quoted',
  according_to: 'Attributed',
  unnamed: 'Unnamed source',
};

export const ACTOR_TYPE_LABEL: Record<Actor['type'], string> = {
  person: 'Person',
  organization: 'Organisation',
  government: 'Government',
  outlet: 'News outlet',
  group: 'Group',
  place: 'Place',
  unknown: '',
};

/** Who made a claim, as the article writes it, in heading form ("The coastguard"). */
export function speakerName(claim: Claim, actor: Actor | undefined): string {
  const name = actor?.name ?? claim.source?.text;
  return name ? capitalized(speakerAsWritten(name, claim.source?.text)) : 'Unnamed source';
}

export function excerpt(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** Conflicts that involve this claim on this page (not dismissed). */
export function conflictsFor(claim: Claim, url: string, conflicts: Conflict[]): Conflict[] {
  return conflicts.filter((c) => !c.dismissed && c.sides.some((s) => s.claimId === claim.id && s.url === url));
}

/** What aria-live says for a claim: who, how, what, and whether other outlets report it differently
 *  ("Claim 3 of 21. Sergei Lavrov, direct quote: We will pursue…. Reported differently: BCN News: rough."). */
export function announce(claim: Claim, actor: Actor | undefined, n: number, total: number, url = '', conflicts: Conflict[] = []): string {
  const via = claim.via ? `, via ${claim.via.text}` : '';
  const text = `Claim ${n} of ${total}. ${speakerName(claim, actor)}${via}, ${KIND_LABEL[claim.kind].toLowerCase()}: ${excerpt(claim.content.text, 200)}`;
  const others = conflictsFor(claim, url, conflicts)
    .flatMap((c) => c.sides.filter((s) => !(s.claimId === claim.id && s.url === url)))
    .filter((s, i, all) => all.findIndex((x) => x.url === s.url && x.claimId === s.claimId) === i);
  if (!others.length) return text;
  const listed = others.slice(0, 3).map((s) => `${s.outlet || 'another outlet'}${s.own ? ' (own reporting)' : ''}: ${excerpt(shownValue(s), 60)}`).join('; ');
  return `${text} Reported differently${others.length > 3 ? ` by ${others.length} reports` : ''}: ${listed}.`;
}

/** Who stands behind one side of a disagreement: its source, or the outlet's own reporting. */
export function sideWho(side: ConflictSide, thisPage: boolean): string {
  const actor = side.actor ? speakerAsWritten(side.actor, side.sentence?.text ?? side.content) : null;
  if (side.own) return `${thisPage ? 'this outlet’s own reporting' : 'own reporting'}${actor ? `, citing ${actor}` : ''}`;
  return actor ?? 'unnamed source';
}

const MODALITY: Record<Frame['modality'], string> = { count: 'count', estimate: 'estimate', forecast: 'forecast', probability: 'probability' };

/** A frame in one line: "the number of dead in Hatay: at least 12 (count, 6 Apr)". */
export function describeFrame(f: Frame): string {
  const when = f.time ? (f.time.length === 4 ? f.time : new Date(`${f.time}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })) : '';
  const what = f.label.replace(/^the /, '');
  if (f.polarity) return `${what.charAt(0).toUpperCase()}${what.slice(1)}: ${f.polarity.negated ? 'no' : 'yes'} (“${excerpt(f.polarity.text, 30)}”)`;
  const extra = [MODALITY[f.modality], when].filter(Boolean).join(', ');
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}: ${excerpt(f.value?.text ?? '', 40)}${extra ? ` (${extra})` : ''}`;
}
