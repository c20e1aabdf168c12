// The hover card, the aria-live region and the contradiction marks, in our closed shadow root
// (ui-host.ts), the card placed below or above the whole claim (source and cue included) with
// Floating UI so it covers none of it. Only the
// reader's own input acts on them: the card's buttons ignore clicks a script made (isTrusted).
import { render } from 'preact';
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { CARD_CSS, HoverCard, type HoverCardProps } from '@/components/card/HoverCard';
import { ConflictMarks, MARKS_CSS } from './conflict-marks';
import { UiHost } from './ui-host';

/** Below this the card would be a slit: it may then overflow the window's edge instead. */
const MIN_CARD_HEIGHT = 120;

export type CardProps = Omit<HoverCardProps, 'onClose' | 'onCompare' | 'onKey'> & { onCompare: () => void; onKey: () => void };

export class CardUi {
  private ui = new UiHost(document, CARD_CSS + MARKS_CSS);
  readonly marks = new ConflictMarks(this.ui.marks, this.ui.host);
  open = false;

  /** On the page from the first article paint on, whether or not anything is contradicted, so that
   *  its arrival tells the page nothing. */
  mount(): void {
    this.ui.mount();
  }

  async show(props: CardProps, anchor: Range) {
    this.ui.mount();
    const box = this.ui.cardSlot;
    const trusted = (act: () => void) => (e: Event) => { if (e.isTrusted) act(); };
    render(<HoverCard {...props} onCompare={trusted(props.onCompare)} onKey={trusted(props.onKey)} onClose={trusted(() => this.hide())} />, box);
    this.open = true;
    const card = box.firstElementChild as HTMLElement | null;
    if (!card) return;
    const reference = { getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() };
    // a card taller than the room on either side of its claim scrolls inside that room: its top (who
    // said it) is never cut off by the window's edge, and it still covers none of the claim
    const fit = size({ padding: 8, apply: ({ availableHeight }) => void Object.assign(card.style, { maxHeight: `${Math.max(MIN_CARD_HEIGHT, Math.floor(availableHeight))}px`, overflowY: 'auto' }) });
    const { x, y } = await computePosition(reference, card, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(8), flip({ fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }), fit, shift({ padding: 8 })] });
    Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
  }

  /** True when the event's target is our host (so moving onto the card doesn't close it). */
  contains(target: EventTarget | null): boolean {
    return this.ui.contains(target);
  }

  announce(text: string) {
    this.ui.mount();
    this.ui.live.textContent = text;
  }

  hide() {
    render(null, this.ui.cardSlot);
    this.open = false;
  }

  remove() {
    this.hide();
    this.marks.clear();
    this.ui.live.textContent = '';
    this.ui.remove();
  }
}
