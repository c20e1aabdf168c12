// Keyboard commands (issue 13, finding 8): every shortcut is a registered command, and the content
// script's fallback matches the key the browser has now, not a fixed one.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { COMMANDS, effectiveShortcuts, matchesChord, parseShortcut } from '../../lib/shortcuts';

const key = (code: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean } = {}) =>
  ({ code, altKey: !!mods.alt, shiftKey: !!mods.shift, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta });

describe('keyboard commands', () => {
  it('registers next, previous and toggle in the manifest of both browsers, with their suggested keys', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = await (config.manifest as (env: { browser: string }) => Promise<{ commands: Record<string, { suggested_key: { default: string } }> }> | { commands: Record<string, { suggested_key: { default: string } }> })({ browser });
      expect(Object.fromEntries(Object.entries(manifest.commands).map(([k, v]) => [k, v.suggested_key.default]))).toEqual({
        'toggle-highlights': 'Alt+Shift+H', 'next-claim': 'Alt+Shift+N', 'previous-claim': 'Alt+Shift+P',
      });
    }
    expect(Object.values(COMMANDS).map((c) => c.message).sort()).toEqual(['content:next-claim', 'content:previous-claim', 'content:toggle']);
  });

  it('uses the shortcut the browser has now, and the suggested one where it assigned none', () => {
    expect(effectiveShortcuts([{ name: 'next-claim', shortcut: 'Ctrl+Shift+Y' }, { name: 'toggle-highlights', shortcut: '' }])).toEqual({
      'toggle-highlights': 'Alt+Shift+H', 'next-claim': 'Ctrl+Shift+Y', 'previous-claim': 'Alt+Shift+P',
    });
  });

  it('reads the browsers\' shortcut notations and matches keys exactly', () => {
    const n = parseShortcut('Alt+Shift+N')!;
    expect(matchesChord(key('KeyN', { alt: true, shift: true }), n)).toBe(true);
    expect(matchesChord(key('KeyN', { alt: true, shift: true, ctrl: true }), n)).toBe(false);
    expect(matchesChord(key('KeyN', { alt: true }), n)).toBe(false);
    expect(parseShortcut('⌥⇧P')).toEqual({ alt: true, shift: true, ctrl: false, meta: false, code: 'KeyP' });
    expect(parseShortcut('Ctrl+Comma')).toEqual({ alt: false, shift: false, ctrl: true, meta: false, code: 'Comma' });
    expect(parseShortcut('Command+Shift+7')?.code).toBe('Digit7');
    expect(parseShortcut('Alt+Up')?.code).toBe('ArrowUp');
    for (const bad of ['', 'MediaPlayPause', 'Hyper+K', 'Alt+Shift+Ñ']) expect(parseShortcut(bad)).toBeNull();
  });
});
