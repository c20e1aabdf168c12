import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useDom } from './preact-dom';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/types';
import 'fake-indexeddb/auto';
import type { OptionsClient } from '../../components/options/client';
import { StoreHolder } from '../../lib/store/holder';
import { holderClient, memoryName } from './holder-client';
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
  it('names exports by UTC date', () => expect(exportFileName(new Date('2026-11-26T23:30:00Z'))).toBe('sourcelight-export-2026-11-26.json.gz'));
});

let dbs = 0;
async function fakeClient() {
  const holder = await StoreHolder.open(memoryName(), `options-${dbs++}`);
  return holderClient(holder, { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] });
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
    const c = await fakeClient();
    await mount(c);
    expect([...root.querySelectorAll('.sites li > span')].map((s) => s.textContent)).toEqual(['a.example', 'b.example']);
    await fire(button('Remove'), 'click');
    expect(c.setSettings).toHaveBeenCalledWith({ disabledSites: ['b.example'] });
    expect(root.querySelectorAll('.sites li')).toHaveLength(1);
    expect(status()).toContain('on again on a.example');
  });

  it('adds a site from a pasted URL and refuses nonsense', async () => {
    const c = await fakeClient();
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
    const c = await fakeClient();
    await mount(c);
    const box = root.querySelector('input[type=checkbox]') as HTMLInputElement;
    expect(box.checked ?? box.hasAttribute('checked')).toBe(true);
    box.checked = false;
    await fire(box, 'change');
    expect(c.setSettings).toHaveBeenCalledWith({ enabled: false });
  });

  it('saves retention and explains bad values', async () => {
    const c = await fakeClient();
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
    const c = await fakeClient();
    const download = await mount(c);
    await fire(button('Export'), 'click');
    // gzip runs off the main thread: a number of turns is not enough on a loaded machine
    await vi.waitFor(() => expect(download).toHaveBeenCalled(), { timeout: 15_000, interval: 20 });
    expect(download).toHaveBeenCalledWith(expect.stringMatching(/^sourcelight-export-\d{4}-\d{2}-\d{2}\.json\.gz$/), expect.any(Blob));
    const text = await new Response((download.mock.calls[0][1] as Blob).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    expect(JSON.parse(text)).toMatchObject({ format: 'sourcelight-export', version: 1, articles: [], dismissals: [] });
  });

  it('refuses a file that is no export with the reason, before the background is asked', async () => {
    const c = await fakeClient();
    await mount(c);
    const input = root.querySelector('#import-file')!;
    const choose = async (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'old.json', { type: 'application/json' })], configurable: true });
      await fire(input, 'change');
      await flush(20);
    };
    await choose('{"nope":1}');
    expect(status()).toBe('Import refused: "articles" missing. Nothing was changed.');
    await choose('{"format":"sourcelight-export","version":9,"articles":[]}');
    expect(status()).toBe('Import refused: export version 9 is not supported. Nothing was changed.');
    expect(c.importStart).toHaveBeenCalledTimes(1); // the first file looked like JSON; the second was refused by its head
    expect(c.importBatch).not.toHaveBeenCalled();
  });

  it('clears all data only after confirmation', async () => {
    const c = await fakeClient();
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
    const c = await fakeClient();
    c.getSettings.mockRejectedValueOnce(new Error('no background'));
    await mount(c);
    expect(root.textContent).toContain('Could not load the settings: no background');
    await fire(button('Try again'), 'click');
    expect(root.querySelector('#max-articles')).toBeTruthy();
  });
});
