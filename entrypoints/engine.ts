// The attribution engine for the page itself, loaded by the reader only when the background cannot
// extract (it is not answering, or the text is over LIMITS.maxExtractChars): most pages never load
// it, so the reader the top frame parses stays small. Imported like the reader in frames (see
// loader.ts), it runs in the extension's isolated world and hands the engine over on that world's global.
import { extract } from '@/lib/extract';
import { ENGINE_KEY } from './content/frames';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_KEY] = extract;
});
