// Readability on a slim copy's HTML, where there is no page: in the background (a service worker
// in Chrome has no DOMParser, so linkedom parses it in both browsers, as in Node) and in the CLI,
// which thereby reads pages exactly as the extension does.
import { parseHTML } from 'linkedom';
import { readabilityBlocks, type ReadBlock } from './readability';

export function readCopyHtml(html: string): ReadBlock[] | null {
  const doc = parseHTML(html).document as unknown as Document;
  return readabilityBlocks(doc);
}
