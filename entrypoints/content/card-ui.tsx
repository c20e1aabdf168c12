// The hover card and the aria-live region, in our own open shadow root (never in the page's DOM
// tree proper), placed beside the claim with Floating UI so it does not cover it.
import { render } from 'preact';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_CSS, HoverCard, type HoverCardProps } from '@/components/card/HoverCard';

export class CardUi {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private container: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private mounting: Promise<void> | null = null;
  open = false;

  constructor(private ctx: ContentScriptContext) {}

  /** Created on first use, so a page nobody hovers gets no element at all. */
  private ensure(): Promise<void> {
    this.mounting ??= createShadowRootUi(this.ctx, {
      name: 'sourcelight-card',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: CARD_CSS,
      mode: 'open',
      onMount: (container) => {
        const live = document.createElement('div');
        live.setAttribute('aria-live', 'polite');
        live.setAttribute('role', 'status');
        live.className = 'sr';
        const slot = document.createElement('div');
        container.append(live, slot);
        this.live = live;
        this.container = slot;
      },
    }).then((ui) => {
      this.ui = ui;
      ui.mount();
    });
    return this.mounting;
  }

  async show(props: Omit<HoverCardProps, 'onClose'>, anchor: Range) {
    await this.ensure();
    const box = this.container;
    if (!box) return;
    render(<HoverCard {...props} onClose={() => this.hide()} />, box);
    this.open = true;
    const card = box.firstElementChild as HTMLElement | null;
    if (!card) return;
    const reference = { getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() };
    const { x, y } = await computePosition(reference, card, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(8), flip(), shift({ padding: 8 })] });
    Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
  }

  /** True when the event's target is inside our card (so moving onto it doesn't close it). */
  contains(target: EventTarget | null): boolean {
    return !!this.ui && target === this.ui.shadowHost;
  }

  async announce(text: string) {
    await this.ensure();
    if (this.live) this.live.textContent = text;
  }

  hide() {
    if (this.container) render(null, this.container);
    this.open = false;
  }

  remove() {
    this.hide();
    this.ui?.remove();
    this.ui = null;
    this.mounting = null;
  }
}
