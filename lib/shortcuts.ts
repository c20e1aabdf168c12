// Keyboard commands: one table for the manifest (wxt.config.ts registers each, so the reader can
// change it in the browser's shortcut settings), the background (which forwards a command to the
// tab) and the content script (which matches the same keys when the browser did not deliver them:
// a browser may leave a suggested key unassigned when something else holds it). Pure.
import type { ContentType } from './protocol';
import { wordTable } from './word-table';

export interface Command {
  /** The key suggested in the manifest, in the manifest's notation. */
  suggested: string;
  description: string;
  /** What the background sends to the tab's content script. */
  message: Extract<ContentType, 'content:toggle' | 'content:next-claim' | 'content:previous-claim'>;
}

export const COMMANDS = {
  'toggle-highlights': { suggested: 'Alt+Shift+H', description: 'Turn Sourcelight highlights on or off', message: 'content:toggle' },
  'next-claim': { suggested: 'Alt+Shift+N', description: 'Step to the next attributed claim', message: 'content:next-claim' },
  'previous-claim': { suggested: 'Alt+Shift+P', description: 'Step to the previous attributed claim', message: 'content:previous-claim' },
} as const satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** The key each command answers to: the browser's current shortcut, or the suggested one where the
 *  browser assigned none. `current` is what `commands.getAll()` says. */
export function effectiveShortcuts(current: readonly { name?: string; shortcut?: string }[]): Record<CommandName, string> {
  const out = {} as Record<CommandName, string>;
  for (const name of COMMAND_NAMES) out[name] = current.find((c) => c.name === name)?.shortcut || COMMANDS[name].suggested;
  return out;
}

export interface Chord { alt: boolean; shift: boolean; ctrl: boolean; meta: boolean; code: string }

/** Browser key names (manifest notation) → KeyboardEvent.code. Letters, digits and F-keys are built. */
const CODES: Record<string, string> = wordTable({
  Comma: 'Comma', Period: 'Period', Space: 'Space', Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown',
  Insert: 'Insert', Delete: 'Delete', Tab: 'Tab', Up: 'ArrowUp', Down: 'ArrowDown', Left: 'ArrowLeft', Right: 'ArrowRight',
});
/** Modifiers by name, and macOS's symbols (Chrome reports "⌥⇧N" there). */
const MODIFIERS: Record<string, keyof Omit<Chord, 'code'>> = {
  Alt: 'alt', Shift: 'shift', Ctrl: 'ctrl', MacCtrl: 'ctrl', Command: 'meta', '⌥': 'alt', '⇧': 'shift', '⌃': 'ctrl', '⌘': 'meta',
};

/** "Alt+Shift+N", "Ctrl+Comma", "⌥⇧N" → the chord; null for anything else (media keys, empty). */
export function parseShortcut(s: string): Chord | null {
  const chord: Chord = { alt: false, shift: false, ctrl: false, meta: false, code: '' };
  const symbols = /^([⌥⇧⌃⌘]*)(.*)$/u.exec(s)!;
  const parts = s.includes('+') ? s.split('+') : [...Array.from(symbols[1]!), symbols[2]!];
  const key = parts.pop()?.trim() ?? '';
  for (const p of parts) {
    const mod = MODIFIERS[p.trim()];
    if (!mod) return null;
    chord[mod] = true;
  }
  if (/^[A-Z]$/i.test(key)) chord.code = `Key${key.toUpperCase()}`;
  else if (/^[0-9]$/.test(key)) chord.code = `Digit${key}`;
  else if (/^F([1-9]|1[0-2])$/.test(key)) chord.code = key;
  else if (CODES[key]) chord.code = CODES[key]!;
  else return null;
  return chord;
}

export function matchesChord(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>, c: Chord): boolean {
  return e.code === c.code && e.altKey === c.alt && e.shiftKey === c.shift && e.ctrlKey === c.ctrl && e.metaKey === c.meta;
}
