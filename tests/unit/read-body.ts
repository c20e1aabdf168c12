// Shared by the extract test files that read one body of sentences written for them.
import { extract } from '../../lib/extract';

/** The engine skips a first line that looks like a headline: give every body one. */
export const read = (body: string) => extract(`Capitol notes\n\n${body}`);

/** The first claim whose content contains `needle`. */
export const claimWith = (body: string, needle: string) => read(body).claims.find((c) => c.content.text.includes(needle));

/** That claim's source as written and the actor it stands for. */
export function sourceAndActor(body: string, needle: string) {
  const r = read(body);
  const c = r.claims.find((x) => x.content.text.includes(needle));
  return { source: c?.source?.text, actor: r.actors.find((a) => a.id === c?.actorId)?.name };
}
