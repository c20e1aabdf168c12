import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useDom } from './preact-dom';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/types';
import type { OptionsClient } from '../../components/options/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { exportFileName, normalizeHost, parseRetention } from '../../components/options/settingsModel';

const dom = useDom();
let root: HTMLElement;

describe('settings model', () => {
  it('reads a hostname from a host or a URL', () => {
    expect(normalizeHost(' News.Example ')).toBe('news.example');
    expect(normalizeHost('https://www.news.example/a/b?c')).toBe('news.example') // named without "www.", as the popup names it;
    expect(normalizeHost('localhost')).toBe('localhost');
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('not a site')).toBeNull();
    expect(normalizeHost('word')).toBeNull();
  });
  it('accepts whole positive retention numbers in range only', () => {
    expect(parseRetention('100', '30')).toEqual({ ok: true, value: { maxArticles: 100, maxAgeDays: 30 } });
    expect(parseRetention('0', '30').ok).toBe(false);
    expect(parseRetention('1.5', '30').ok).toBe(false);
    expect(parseRetention('10', '')).toMatchObject({ ok: false });
    expect(parseRetention('abc', '3').ok).toBe(false);
    expect(parseRetention('10', '99999').ok).toBe(false);
  });
  it('names exports by UTC date', () => expect(exportFileName(new Date('2026-11-26T23:30:00Z'))).toBe('sourcelight-export-2026-11-26.json'));
});

function fakeClient() {
  let settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] };
  return {
    getSettings: vi.fn(async () => settings),
    setSettings: vi.fn(async (s: Partial<Settings>) => (settings = { ...settings, ...s })),
    exportData: vi.fn(async () => ({ ok: true, json: '{"articles":[]}' })),
    importData: vi.fn(async (_json: string) => ({ ok: false, message: 'not a Sourcelight export (version missing)' })),
    clearData: vi.fn(async () => ({ ok: true })),
  } satisfies OptionsClient;
}
const flush = (times?: number) => dom.flush(times);
async function mount(client: OptionsClient, download = vi.fn()) {
  root = dom.container();
  await act(async () => void render(<OptionsApp client={client} download={download} />, root));
  await flush();
  return download;
}
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(label));
const status = () => root.querySelector('[role=status]')?.textContent ?? '';
async function fire(el: Element | null | undefined, type: string) {
  expect(el).toBeTruthy();
  await act(async () => void el!.dispatchEvent(new dom.win.Event(type, { bubbles: true, cancelable: true })));
  await flush();
}
async function type(el: Element | null, value: string) {
  (el as HTMLInputElement).value = value;
  await fire(el, 'input');
}

describe('OptionsApp', () => {
  it('lists the sites where Sourcelight is off and removes one', async () => {
    const c = fakeClient();
    await mount(c);
    expect([...root.querySelectorAll('.sites li > span')].map((s) => s.textContent)).toEqual(['a.example', 'b.example']);
    await fire(button('Remove'), 'click');
    expect(c.setSettings).toHaveBeenCalledWith({ disabledSites: ['b.example'] });
    expect(root.querySelectorAll('.sites li')).toHaveLength(1);
    expect(status()).toContain('on again on a.example');
  });

  it('adds a site from a pasted URL and refuses nonsense', async () => {
    const c = fakeClient();
    await mount(c);
    const input = root.querySelector('#new-site');
    await type(input, 'nonsense');
    await fire(root.querySelector('form.row'), 'submit');
    expect(c.setSettings).not.toHaveBeenCalled();
    expect(status()).toContain('is not a site name');
    await type(input, 'https://www.C.example/story');
    await fire(root.querySelector('form.row'), 'submit');
    expect(c.setSettings).toHaveBeenCalledWith({ disabledSites: ['a.example', 'b.example', 'c.example'] });
  });

  it('turns Sourcelight off everywhere', async () => {
    const c = fakeClient();
    await mount(c);
    const box = root.querySelector('input[type=checkbox]') as HTMLInputElement;
    expect(box.checked ?? box.hasAttribute('checked')).toBe(true);
    box.checked = false;
    await fire(box, 'change');
    expect(c.setSettings).toHaveBeenCalledWith({ enabled: false });
  });

  it('saves retention and explains bad values', async () => {
    const c = fakeClient();
    await mount(c);
    expect((root.querySelector('#max-articles') as HTMLInputElement).value).toBe('5000');
    await type(root.querySelector('#max-days'), '0');
    await fire(root.querySelector('form.retention'), 'submit');
    expect(c.setSettings).not.toHaveBeenCalled();
    expect(status()).toContain('between 1 and');
    await type(root.querySelector('#max-days'), '30');
    await fire(root.querySelector('form.retention'), 'submit');
    expect(c.setSettings).toHaveBeenCalledWith({ retention: { maxArticles: 5000, maxAgeDays: 30 } });
  });

  it('exports through the download function', async () => {
    const c = fakeClient();
    const download = await mount(c);
    await fire(button('Export'), 'click');
    expect(download).toHaveBeenCalledWith(expect.stringMatching(/^sourcelight-export-\d{4}-\d{2}-\d{2}\.json$/), '{"articles":[]}');
  });

  it("shows the background's reason when an import is refused", async () => {
    const c = fakeClient();
    await mount(c);
    const input = root.querySelector('#import-file')!;
    const file = new File(['{"nope":1}'], 'old.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fire(input, 'change');
    expect(c.importData).toHaveBeenCalledWith('{"nope":1}');
    expect(status()).toContain('Import refused: not a Sourcelight export (version missing)');
    c.importData.mockResolvedValueOnce({ ok: false, message: 'Import refused: bad version. Nothing was changed.' });
    await fire(input, 'change');
    expect(status()).toBe('Import refused: bad version. Nothing was changed.');
  });

  it('clears all data only after confirmation', async () => {
    const c = fakeClient();
    await mount(c);
    await fire(button('Clear all stored data'), 'click');
    expect(c.clearData).not.toHaveBeenCalled();
    await fire(button('Cancel'), 'click');
    expect(button('Delete everything')).toBeUndefined();
    await fire(button('Clear all stored data'), 'click');
    await fire(button('Delete everything'), 'click');
    expect(c.clearData).toHaveBeenCalledTimes(1);
    expect(status()).toContain('deleted');
  });

  it('says why settings could not be loaded', async () => {
    const c = fakeClient();
    c.getSettings.mockRejectedValueOnce(new Error('no background'));
    await mount(c);
    expect(root.textContent).toContain('Could not load the settings: no background');
    await fire(button('Try again'), 'click');
    expect(root.querySelector('#max-articles')).toBeTruthy();
  });
});
