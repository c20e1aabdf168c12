// The mark under a claim that other outlets report differently. It is drawn inside our closed shadow
// root (ui-host.ts), never as a CSS highlight or a page element: the CSS.highlights registry and the
// page's DOM are shared with the page's own script, and a highlight named "conflict" would tell the
// page which of its sentences other outlets contradict, that is, what the reader read elsewhere.
//
// Each mark is a thin box under one line of the claim, placed from the claim's client rects. The
// boxes are positioned against our host, which sits at the document's origin, so they scroll with
// the page by themselves; they take no pointer events (hit tests, elementFromPoint and hover go
// through to the page's text), and lines hidden inside a scrolled box are not drawn.

/** Height of the mark under a line, in CSS pixels. */
const MARK_HEIGHT = 4;
const COLOUR = { light: 'rgba(215, 45, 32, 0.9)', dark: 'rgba(255, 110, 100, 0.95)' };
/** A figure a later report updated is news moving on, not a contradiction: a blue dashed line. */
const UPDATE_COLOUR = { light: 'rgba(11, 87, 208, 0.9)', dark: 'rgba(138, 180, 248, 0.95)' };

/** What a mark says: other reports contradict the claim, or a later one updated its figure. */
export type MarkKind = 'contradiction' | 'update';

export const MARKS_CSS = `
.marks { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.marks > div { position: absolute; left: 0; top: 0; height: ${MARK_HEIGHT}px; pointer-events: none; }
.marks > .contradiction {
  background: linear-gradient(135deg, transparent 35%, var(--c) 35% 65%, transparent 65%) 0 0 / 4px ${MARK_HEIGHT}px repeat-x,
              linear-gradient(45deg, transparent 35%, var(--c) 35% 65%, transparent 65%) 2px 0 / 4px ${MARK_HEIGHT}px repeat-x; }
.marks > .update { background: linear-gradient(90deg, var(--c) 60%, transparent 60%) 0 100% / 6px 2px repeat-x; }
`;

type Box = { left: number; top: number; right: number; bottom: number };
type Mark = { range: Range; kind: MarkKind };

const overlap = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });

/** The part of the viewport where text under `node` can be seen: boxes that clip their overflow
 *  (scrolled panes, overflow: hidden), across shadow boundaries, cut it down. */
function visibleArea(node: Node): Box {
  const win = node.ownerDocument?.defaultView;
  let area: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  if (!win) return area;
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (!(n instanceof Element) || n === node.ownerDocument?.documentElement || n === node.ownerDocument?.body) continue;
    const s = win.getComputedStyle(n);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') area = overlap(area, n.getBoundingClientRect());
  }
  return area;
}

export class ConflictMarks {
  private marks: Mark[] = [];
  private dark = false;
  private visible = true;
  private frame = 0;
  private resize: ResizeObserver | null = null;

  /** `layer`: the element the boxes go in; `origin`: the host whose corner they are placed against. */
  constructor(private layer: HTMLElement, private origin: HTMLElement) {}

  /** Marks these claim ranges (an empty list clears them). `watch`: elements whose size changes move text. */
  set(marks: Mark[], dark: boolean, watch: Element[] = []): void {
    this.marks = marks;
    this.dark = dark;
    this.resize?.disconnect();
    this.resize = null;
    if (marks.length && typeof ResizeObserver === 'function') {
      this.resize = new ResizeObserver(() => this.refresh());
      for (const el of watch) this.resize.observe(el);
    }
    // Placing boxes reads layout: at the next frame, where the page is laid out anyway, not right
    // after the page's styles changed (a forced layout of a large page took 70-220 ms).
    if (marks.length) this.refresh();
    else this.draw();
  }

  setVisible(on: boolean): void {
    this.visible = on;
    this.draw();
  }

  /** Places the boxes again at the next frame (the page scrolled a pane, resized, or moved text). */
  refresh(): void {
    if (this.frame || !this.marks.length) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  clear(): void {
    this.set([], false);
  }

  private draw(): void {
    const boxes = this.visible ? this.lineBoxes() : [];
    const els = this.layer.children;
    while (els.length > boxes.length) els[els.length - 1]!.remove();
    while (els.length < boxes.length) this.layer.append(this.layer.ownerDocument.createElement('div'));
    boxes.forEach((b, i) => {
      const el = els[i] as HTMLElement;
      if (el.className !== b.kind) el.className = b.kind;
      const s = el.style;
      s.setProperty('--c', (b.kind === 'update' ? UPDATE_COLOUR : COLOUR)[this.dark ? 'dark' : 'light']);
      s.width = `${b.right - b.left}px`;
      // transform, not top/left: moving a mark is no layout shift of anything.
      s.transform = `translate(${b.left}px, ${b.top}px)`;
    });
  }

  /** One box per visible line of each range, relative to our host's corner. */
  private lineBoxes(): (Box & { kind: MarkKind })[] {
    if (!this.marks.length) return [];
    const o = this.origin.getBoundingClientRect();
    const out: (Box & { kind: MarkKind })[] = [];
    for (const { range: r, kind } of this.marks) {
      if (!r.startContainer.isConnected) continue;
      const area = visibleArea(r.commonAncestorContainer);
      for (const rect of Array.from(r.getClientRects())) {
        if (rect.width < 1 || rect.height < 1) continue;
        const line = overlap({ left: rect.left, top: rect.bottom - MARK_HEIGHT + 1, right: rect.right, bottom: rect.bottom + 1 }, area);
        if (line.right - line.left < 1 || line.bottom <= line.top) continue;
        out.push({ left: line.left - o.left, top: line.top - o.top, right: line.right - o.left, bottom: line.bottom - o.top, kind });
      }
    }
    return out;
  }
}
