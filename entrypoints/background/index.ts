// Background worker: the store, cross-references, the badge and keyboard commands.
import { browser } from 'wxt/browser';
import { createBackground } from './service';
import type { SenderInfo } from './senders';
import { Warmup } from '../../lib/warmup';
import { frameWarmSteps } from '../../lib/xref/frames/warm';

export default defineBackground(() => {
  // a woken worker is about to be asked to store a page: its framing code gets ready meanwhile
  const warmup = new Warmup(frameWarmSteps());
  const bg = createBackground({ warmup });
  void warmup.start();

  browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => {
    const msg = bg.accept(raw, sender);
    if (!msg) return false;
    void bg.answer(msg, sender).then(sendResponse);
    return true; // answered asynchronously through sendResponse (works in both browsers and fakeBrowser)
  });
  browser.commands?.onCommand.addListener((command: string) => void bg.command(command));
  browser.tabs.onRemoved.addListener((tabId: number) => bg.forgetTab(tabId));
  // The first-run page, once: on install only, never on an update or a browser restart.
  browser.runtime.onInstalled.addListener(({ reason }: { reason: string }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html?first=1') });
  });
});
