// Is a place in a sentence inside a quotation? A figure or an act in quoted words is its speaker's,
// never the outlet's own reporting (a headline's "'It burned for two days': ..." quotes the harbour
// master, not the paper). One pass over the sentence's characters, no pattern backtracking.

const DOUBLE = new Set(['"', '“', '”']);
const SINGLE = new Set(["'", '‘', '’']);
const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\u00a0' || c === '\t' || c === '\n';
const OPEN_BEFORE = new Set(['(', '[', '—', '–', '-', ':']);
const CLOSE_AFTER = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '—', '–', '-']);

/** A quotation mark that opens: after a space or a bracket (or at the start), before a word. */
function opens(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '”' || c === '’') return false;
  const before = i > 0 ? text.charAt(i - 1) : undefined;
  return (isSpace(before) || OPEN_BEFORE.has(before!)) && !isSpace(text.charAt(i + 1) || undefined);
}

/** A quotation mark that closes: after a word or punctuation, before a space, punctuation or the end. */
function closes(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '“' || c === '‘') return false;
  const after = i + 1 < text.length ? text.charAt(i + 1) : undefined;
  return i > 0 && !isSpace(text.charAt(i - 1)) && (isSpace(after) || CLOSE_AFTER.has(after!));
}

const kindOf = (c: string) => (DOUBLE.has(c) ? 2 : SINGLE.has(c) ? 1 : 0);

/** True when offset `p` of `sentence` is inside quoted words: an opening mark before it not yet
 *  closed, or a closing double mark after it with no opening one between (a quotation that began in
 *  an earlier sentence: `We had 40 engines out."`). Apostrophes ("harbour's") are neither. */
export function quotedAt(sentence: string, p: number): boolean {
  let open = 0; // kind of the quotation open at i (0: none)
  for (let i = 0; i < p && i < sentence.length; i++) {
    const k = kindOf(sentence.charAt(i));
    if (!k) continue;
    if (!open && opens(sentence, i)) open = k;
    else if (open === k && closes(sentence, i)) open = 0;
  }
  if (open) return true;
  for (let i = p; i < sentence.length; i++) {
    if (kindOf(sentence.charAt(i)) !== 2) continue;
    return !opens(sentence, i) && closes(sentence, i);
  }
  return false;
}
