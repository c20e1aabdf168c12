// One actor seen in several pieces of text (chunks of a long article, or a re-scanned stretch):
// the later sighting's mentions, aliases and role are added to the first. Pure.
import type { Actor } from '../types';

export function absorbActor(known: Actor, seen: Actor, mentions: Actor['mentions']): void {
  for (const m of mentions) known.mentions.push(m); // no spread: mentions may be many
  for (const al of seen.aliases) if (!known.aliases.includes(al)) known.aliases.push(al);
  if (!known.role && seen.role) known.role = seen.role;
}
