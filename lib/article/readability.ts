// Readability's pick of a slim copy (lib/article/copy.ts) as blocks of text, each with the index of
// the page element it came from (the copy's data-sl). Readability's parse is one step that cannot
// yield (40-400 ms on a news page), so the content script sends the copy's HTML to the background
// and this runs there, off the page's main thread; the page maps the answer back to its own elements.
// DOM-only: works on any document (the copy itself, or the copy's HTML parsed again).
import { Readability } from '@mozilla/readability';
import { LIVE_INDEX } from './copy';
import { normText, proseSteps, runText } from './prose';
import { isRun, type Block } from '../textmodel/build';
import { runAll } from '../slices';

/** A block of text and the page element (by its index in SlimCopy.live) that holds it. */
export interface ReadBlock {
  at: number;
  text: string;
}

/** Index of the page element a node of the copy stands for: its own or its nearest tagged ancestor's. */
export function liveIndexOf(node: Element): number {
  for (let e: Element | null = node; e; e = e.parentElement) {
    const i = e.getAttribute(LIVE_INDEX);
    if (i !== null && /^\d+$/.test(i)) return Number(i);
  }
  return -1;
}

/** Prose blocks of a copy, as ReadBlocks (blocks of no page element are dropped). A run of loose
 *  text names its container. */
export function toReadBlocks(blocks: Block[]): ReadBlock[] {
  const out: ReadBlock[] = [];
  for (const b of blocks) {
    const at = liveIndexOf(isRun(b) ? b.parent : b);
    if (at >= 0) out.push({ at, text: isRun(b) ? runText(b) : normText(b.textContent ?? '') });
  }
  return out;
}

/** Readability's pick of `doc` (which it mutates), or null when it finds none or fails. */
export function readabilityBlocks(doc: Document): ReadBlock[] | null {
  let el: Element | undefined;
  try {
    const parsed = new Readability(doc, { charThreshold: 400, serializer: (n: Node) => n } as never).parse() as { content?: unknown } | null;
    el = parsed?.content as Element | undefined;
  } catch {
    return null;
  }
  if (!el || typeof el.querySelectorAll !== 'function') return null;
  return toReadBlocks(runAll(proseSteps(el)));
}
