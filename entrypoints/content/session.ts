// One page's life in the content script: find the article, extract, paint, report, and keep it
// right as the page changes. All browser glue; the logic lives in lib/.
import { browser } from 'wxt/browser';
import type { Lifetime } from './lifetime';
import { extractInChunks, capForReport, type Extractor } from '@/lib/analyze/chunked';
import { changedBlocks, mergeRescan, planRescan } from '@/lib/analyze/incremental';
import { chooseSteps, findSteps, type Located } from '@/lib/article/locate';
import { copyHtmlSteps, elementCount, type SlimCopy } from '@/lib/article/copy';
import { readabilityBlocks, type ReadBlock } from '@/lib/article/readability';
import { readMetadata } from '@/lib/article/metadata';
import { modelSteps, rangeFor, type TextModel } from '@/lib/textmodel/build';
import { nextTask, runSliced, type Steps } from '@/lib/slices';
import { claimIntervals, type ClaimInterval } from '@/lib/textmodel/intervals';
import { ask } from '@/lib/messaging';
import { normalizeUrl } from '@/lib/store/urls';
import { COMMANDS, COMMAND_NAMES, matchesChord, parseShortcut, type Chord, type CommandName } from '@/lib/shortcuts';
import { LIMITS, isContentMessage, type ContentMessage, type SkipReason } from '@/lib/protocol';
import { notEnglishMessage } from '@/lib/article/language';
import { siteIsOff } from '@/lib/sites';
import { DEFAULT_SETTINGS, type ArticleMeta, type Conflict, type ExtractResult, type Frame, type PageView, type Settings } from '@/lib/types';
import { digestSteps } from '@/lib/xref/digest';
import { announce } from '@/components/card/describe';
import { Painter, highlightApi, pageIsDark, type ClaimPainter, type Painted } from './paint';
import { WrapPainter } from './wrap-paint';
import { CardUi } from './card-ui';
import type { MarkKind } from './conflict-marks';
import { anyShadowRoot, shadowRootsOf, styleShadowRoot, styleDocument, withinAny } from './shadow';
import { ENGINE_KEY, ENGINE_PATH } from './frames';

const RESCAN_DEBOUNCE_MS = 600;
/** How long to keep watching a page with no article yet for one that loads late. */
const LATE_ARTICLE_WATCH_MS = 30_000;
/** A turn of the page's event loop between slices (see nextTask: not clamped in a background tab). */
const pause = nextTask;

/** The article on this page: the sliced parts of article finding around Readability, which runs
 *  in the background (its parse cannot yield; see lib/article/readability.ts). */
async function locatePage(): Promise<Located> {
  const found = await sliced('locate', findSteps(document, anyShadowRoot));
  if (!('copy' in found)) return found;
  const read = found.wantsReadability ? await readabilityOf(found.copy) : undefined;
  return sliced('locate', chooseSteps(document, found, read));
}

/** Readability's pick of the copy, from the background; here (one long task) only when the
 *  background cannot answer, and not at all for a copy too large to send. */
async function readabilityOf(copy: SlimCopy): Promise<ReadBlock[] | null | undefined> {
  const html = await sliced('locate', copyHtmlSteps(copy));
  if (html.length > LIMITS.maxReadabilityHtmlChars) return undefined;
  const start = performance.now();
  const detail = { elements: elementCount(copy.doc.body!), where: 'background' };
  try {
    const res = await ask('page:readability', { html });
    if (res?.ok && (res.blocks === null || Array.isArray(res.blocks))) return res.blocks;
  } catch (err) {
    log('background Readability failed', err);
  } finally {
    try { performance.measure('sourcelight:readability', { start, end: performance.now(), detail }); } catch { /* unsupported */ }
  }
  detail.where = 'page';
  return timed('locate', () => readabilityBlocks(copy.doc));
}

/** The engine in the page, loaded on first need only (entrypoints/engine.ts): the background
 *  extracts for most pages, and a reader without the engine is a third smaller to parse. */
async function localEngine(): Promise<Extractor> {
  const g = globalThis as Record<string, unknown>;
  if (typeof g[ENGINE_KEY] !== 'function') await import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_PATH as '/engine.js'));
  if (typeof g[ENGINE_KEY] !== 'function') throw new Error('the extraction engine could not be loaded');
  return g[ENGINE_KEY] as Extractor;
}
const log = (...a: unknown[]) => console.debug('[sourcelight]', ...a);
/** Time one synchronous stage; the entries ("sourcelight:locate" ...) let benchmarks read our main-thread cost. */
function timed<T>(stage: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    measureSince(stage, start);
  }
}
function measureSince(stage: string, start: number) {
  try { performance.measure(`sourcelight:${stage}`, { start, end: performance.now() }); } catch { /* timeline full or unsupported */ }
}
/** Runs a stage in slices with a yield between them; each slice is one timeline entry for the stage. */
async function sliced<T>(stage: string, steps: Steps<T>): Promise<T> {
  let slice = performance.now();
  const out = await runSliced(steps, async () => {
    measureSince(stage, slice);
    await pause();
    slice = performance.now();
  });
  measureSince(stage, slice);
  return out;
}

export class Session {
  state: PageView['state'] = 'reading';
  message?: string;
  private model: TextModel | null = null;
  private result: ExtractResult = { claims: [], actors: [] };
  private meta: ArticleMeta | null = null;
  private painted: Painted | null = null;
  private intervals: ClaimInterval[] = [];
  private conflicts: Conflict[] = [];
  /** The stored frames of this page's claims (what each says, made explicit), for the card. */
  private frames: Frame[] = [];
  private xrefNote?: string;
  private painter: ClaimPainter | null = null;
  private observer: MutationObserver | null = null;
  private card: CardUi;
  private cursor = -1;
  private hovered = -1;
  /** The claim a keyboard step is about to open (its card opens on the next frame); -1 when none. */
  private stepping = -1;
  private generation = 0;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private watchUntil = 0;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  /** The elements holding the article's blocks, for the mutation filter (see holdsBlock). */
  private ancestorsOf: { model: TextModel; set: Set<Node> } | null = null;
  /** Shadow roots that hold article text: styled for highlights, entered by hit-testing, watched. */
  private shadowRoots: ShadowRoot[] = [];
  /** The page's own background is dark: highlights and the card take their dark colours. */
  private dark = false;
  /** A comparison view was asked for and not yet answered: one request at a time. */
  private comparing = false;
  /** The keys of the keyboard commands as the browser has them (see onKey). */
  private chords: [CommandName, Chord][] = [];

  /** `top`: this is the tab's top frame; a frame's session only ever reports an article it found. */
  constructor(private life: Lifetime, private top = true) {
    this.card = new CardUi();
  }

  /** Tells the background this page is no article (or is off). Only the top frame speaks for the
   *  tab: a frame without an article (a widget, a comment box) says nothing. */
  private async skip(reason: SkipReason, message?: string) {
    if (!this.top) return;
    await ask('page:skip', { url: location.href, reason, ...(message !== undefined ? { message } : {}) }).catch(() => undefined);
  }

  async start() {
    const settings = await ask('settings:get', {}).catch((): Settings => DEFAULT_SETTINGS);
    this.listenMessages();
    if (siteIsOff(settings, location.hostname)) {
      // Off for this site: no listener at all, so no key of the page's is ever taken.
      this.state = 'disabled';
      await this.skip('disabled');
      return;
    }
    const keys = await ask('ui:shortcuts', {}).catch(() => null);
    this.chords = COMMAND_NAMES.flatMap((name) => {
      const chord = parseShortcut(keys?.shortcuts?.[name] ?? COMMANDS[name].suggested);
      return chord ? [[name, chord] as [CommandName, Chord]] : [];
    });
    this.listenPage();
    await this.scan();
  }

  /** Read the page from scratch. A newer scan started meanwhile wins (generation check). */
  async scan() {
    const gen = ++this.generation;
    const began = performance.now();
    try {
      // The fallback painter's marks split the page's text nodes: give them back before reading.
      timed('locate', () => this.painter?.restoreText());
      const located = await locatePage();
      if (gen !== this.generation) return;
      if (!located.ok) {
        // On the page's timeline for benchmarks: the scan ended without an article.
        try { performance.mark('sourcelight:skipped', { detail: located.reason }); } catch { /* unsupported */ }
        // Another language: nothing is painted, and the popup says which language it is.
        const message = located.notEnglish ? notEnglishMessage(located.notEnglish.lang) : located.reason;
        this.reset(located.notEnglish ? 'unsupported' : 'not-article', message);
        if (!this.watchUntil) this.watchUntil = Date.now() + LATE_ARTICLE_WATCH_MS;
        await this.skip(located.notEnglish ? 'not-english' : 'not-article', message);
        return;
      }
      await pause();
      if (gen !== this.generation) return;
      // In slices with a yield between them (each slice is one "sourcelight:model" entry).
      const model = await sliced('model', modelSteps(located.blocks, located.composed ? anyShadowRoot : undefined));
      if (gen !== this.generation) return;
      const meta = timed('metadata', () => readMetadata(document, location.href));
      await pause();
      if (gen !== this.generation) return;
      const sameText = this.model?.text === model.text;
      const read = { chars: 0 };
      const result = sameText ? this.result : await this.extractChanged(model.text, meta, read);
      if (gen !== this.generation) return;
      this.model = model;
      this.shadowRoots = located.composed ? shadowRootsOf(model.segNode) : [];
      this.meta = meta;
      this.result = result;
      this.intervals = claimIntervals(result.claims);
      this.state = 'ok';
      this.message = undefined;
      await pause();
      if (gen !== this.generation) return;
      timed('paint', () => this.repaint());
      // Wall time of the whole scan and how much text it extracted (read by `npm run bench`).
      try { performance.measure('sourcelight:scan', { start: began, end: performance.now(), detail: { chars: read.chars, of: model.text.length } }); } catch { /* unsupported */ }
      if (!sameText) await this.report(gen, meta, located.words);
    } catch (err) {
      // A failure on one page is a quiet notice in the popup, never an error in the page's console.
      this.reset('unknown', err instanceof Error ? err.message : String(err));
      log('scan failed', err);
      await this.skip('error', this.message?.slice(0, 400));
    }
  }

  /** Claims of changed article text: when the page only added, edited or dropped some blocks
   *  (live blogs, infinite scroll), just those are read again with some context and the rest kept. */
  private async extractChanged(text: string, meta: ArticleMeta, read: { chars: number }): Promise<ExtractResult> {
    const old = this.model && this.state === 'ok' ? { text: this.model.text, result: this.result } : null;
    const change = old && changedBlocks(old.text, text);
    const plan = change && planRescan(old.result, text, change);
    if (!old || !change || !plan) {
      read.chars = text.length;
      return this.extractText(text, meta);
    }
    const [ws, we] = plan.window;
    read.chars = we - ws;
    return mergeRescan(old.result, await this.extractText(text.slice(ws, we), meta), plan, change.delta);
  }

  /** Claims of the article text: from the background, where the engine is warm and off the page's
   *  main thread; else here, in pieces with a yield between them. */
  private async extractText(text: string, meta: ArticleMeta): Promise<ExtractResult> {
    if (text.length <= LIMITS.maxExtractChars) {
      try {
        const res = await ask('page:extract', { meta, text });
        if (res?.ok && Array.isArray(res.claims) && Array.isArray(res.actors)) return { claims: res.claims, actors: res.actors };
      } catch (err) {
        log('background extraction unavailable, extracting here', err);
      }
    }
    const extract = await localEngine();
    return extractInChunks(text, (t, m) => timed('extract', () => extract(t, m)), meta, pause);
  }

  private async report(gen: number, meta: ArticleMeta, words: number) {
    try {
      // Not in the paint's task: the two together were over 50 ms on large pages.
      await pause();
      if (gen !== this.generation) return;
      // Every claim is painted; the store takes a capped share (a page cannot flood it).
      const { claims, actors } = capForReport(this.result);
      // the body's sentences with figures and acts (the outlet's own reporting) and its names, for cross-referencing
      const text = this.model?.text ?? '';
      const reported = new Set(claims.map((c) => c.id));
      // in slices of about 8 ms with yields between them, like the other stages (each slice is one "sourcelight:digest" entry)
      const digest = await sliced('digest', digestSteps(text, claims, this.result.claims.filter((c) => !reported.has(c.id))));
      if (gen !== this.generation) return;
      const res = await ask('page:report', { page: { meta, claims, actors, words, digest } });
      if (gen !== this.generation) return;
      this.conflicts = res.conflicts ?? [];
      this.frames = res.frames ?? [];
      this.xrefNote = res.stored ? undefined : res.message ?? 'Cross-references are off: this page could not be stored.';
      // Only the closed marks change: the page's highlights stay as they were (a repaint now would
      // tell the page that something it says is contradicted elsewhere).
      this.markConflicts();
    } catch (err) {
      this.xrefNote = 'Cross-references are unavailable right now.';
      log('report failed', err);
    }
  }

  private repaint() {
    if (!this.model) return;
    // Chosen once per page: highlights where the browser has them, wrapping in elements only if not.
    if (!this.painter) {
      this.dark = pageIsDark(document);
      this.painter = highlightApi() ? new Painter(this.dark) : new WrapPainter(document, this.dark, (change) => this.quietly(change));
    }
    // Our styles (::highlight() rules, or the fallback's marks), added once there is something to
    // paint, and again if the page replaced its adopted sheets since.
    styleDocument(document, highlightApi() ? 'highlights' : 'marks');
    this.card.mount();
    this.painted = this.painter.paint(this.model, this.result);
    for (const root of this.shadowRoots) {
      styleShadowRoot(root);
      this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
    }
    if (this.cursor >= 0) this.painter.focus(this.painted.claimRange(this.cursor));
    this.markConflicts();
  }

  /** Another outlet's report (or a dismissal) changed this page's conflicts: marks and an open card
   *  follow at once, as the badge does. The page's highlights stay as they were (see report()). */
  private takeConflicts(msg: ContentMessage<'content:conflicts'>): boolean {
    if (this.state !== 'ok' || msg.url !== this.storedUrl() || !Array.isArray(msg.conflicts)) return false;
    this.conflicts = msg.conflicts;
    this.markConflicts();
    if (this.card.open && this.hovered >= 0) void this.showCard(this.hovered);
    return true;
  }

  /** Draws the marks under this page's claims that other outlets report differently, inside our
   *  closed shadow root (entrypoints/content/conflict-marks.ts), never in the highlight registry. */
  private markConflicts() {
    if (!this.model || !this.painted) return;
    const url = this.storedUrl();
    const claimsIn = (update: boolean) => new Set(this.conflicts.filter((c) => !c.dismissed && !!c.update === update).flatMap((c) => c.sides.filter((s) => s.url === url).map((s) => s.claimId)));
    const contradicted = claimsIn(false);
    const updated = claimsIn(true);
    // a claim both contradicted and updated shows the contradiction
    const marks = this.result.claims.flatMap((c, i) => {
      const kind: MarkKind | null = contradicted.has(c.id) ? 'contradiction' : updated.has(c.id) ? 'update' : null;
      const range = kind ? this.painted!.claimRange(i) : null;
      return kind && range ? [{ range, kind }] : [];
    });
    const root = this.model.blocks[0]?.parentElement;
    this.card.marks.set(marks, this.dark, [document.documentElement, ...(root ? [root] : [])]);
    this.card.marks.setVisible(this.painter?.visible ?? true);
  }

  private reset(state: PageView['state'], message?: string) {
    this.state = state;
    this.message = message;
    this.painter?.clear();
    this.card.hide();
    this.card.marks.clear();
    this.model = null;
    this.painted = null;
    this.result = { claims: [], actors: [] };
    this.intervals = [];
    this.conflicts = [];
    this.frames = [];
    this.shadowRoots = [];
    this.cursor = this.hovered = this.stepping = -1;
  }

  // ---- page events: mutations, navigation, pointer, keys ----

  private listenPage() {
    const mo = new MutationObserver((records) => this.onMutations(records));
    mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    this.observer = mo; // also watches the article's shadow roots once they are known (repaint)
    this.life.onEnd(() => { mo.disconnect(); this.painter?.clear(); this.card.remove(); });

    // Every listener hears the browser's own events only (Lifetime.listen checks isTrusted): a page
    // script that dispatches pointer moves over every claim, a synthetic shortcut, resize or
    // visibility change must not open a card, make an announcement or ask the background anything.
    this.life.watchLocation(() => {
      // A single-page site moved to another article: nothing of the old page carries over.
      this.reset('reading');
      this.watchUntil = Date.now() + LATE_ARTICLE_WATCH_MS;
      this.scheduleRescan();
    });
    this.life.listen(document, 'pointermove', (e) => this.onPointer(e as PointerEvent), { passive: true, capture: true });
    this.life.listen(window, 'scroll', (e) => {
      if (this.card.open && this.hovered >= 0) this.closeCard();
      // A pane inside the page scrolled: marks in it move with its text (the document's own scroll
      // moves them by itself).
      if (e.target !== document) this.card.marks.refresh();
    }, { passive: true, capture: true });
    this.life.listen(window, 'resize', () => this.card.marks.refresh(), { passive: true });
    this.life.listen(window, 'keydown', (e) => this.onKey(e as KeyboardEvent), { capture: true });
    // Coming back to this tab after reading another outlet: its reports may now disagree with ours.
    this.life.listen(document, 'visibilitychange', () => { if (document.visibilityState === 'visible') void this.refreshConflicts(); });
  }

  private onMutations(records: MutationRecord[]) {
    const root = this.model?.blocks[0]?.parentElement ?? null;
    // The article's blocks and the box around them, asked of each change's target by one walk up.
    const watched = new Set<Node>(this.state === 'ok' && this.model ? [...this.model.blocks, ...(root ? [root] : [])] : []);
    const relevant = records.some((r) => {
      if (this.card.contains(r.target)) return false;
      // Our card's host coming or going (appended to <html>) is not the page changing.
      const moved = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (moved.length && moved.every((n) => this.card.contains(n))) return false;
      // Composed: a change inside a component's shadow root belongs to the block that hosts it. A
      // change to an element holding a block: one set lookup, not a walk over every block for every
      // record (pages that animate as they load send thousands).
      if (this.state === 'ok') return withinAny(r.target, watched) || this.holdsBlock(r.target);
      return Date.now() < this.watchUntil; // waiting for an article that loads late
    });
    if (relevant) this.scheduleRescan();
  }

  /** True for an element that holds one of the article's blocks (its ancestors, kept per model). */
  private holdsBlock(target: Node): boolean {
    if (!this.model) return false;
    if (this.ancestorsOf?.model !== this.model) {
      const set = new Set<Node>();
      for (const b of this.model.blocks) for (let p = b.parentNode; p && !set.has(p); p = p.parentNode) set.add(p);
      this.ancestorsOf = { model: this.model, set };
    }
    return this.ancestorsOf.set.has(target);
  }

  /** Our own DOM changes (the fallback's marks) are dropped from the observer's queue; the page's
   *  changes queued before them are still handled. */
  private quietly(change: () => void) {
    const before = this.observer?.takeRecords() ?? [];
    try {
      change();
    } finally {
      this.observer?.takeRecords();
      if (before.length) this.onMutations(before);
    }
  }

  private async refreshConflicts() {
    if (this.state !== 'ok') return;
    const gen = this.generation;
    try {
      const view = await ask('page:view', { url: this.storedUrl() });
      if (gen !== this.generation || view.state !== 'ok') return;
      const before = JSON.stringify(this.conflicts.map((c) => [c.id, c.dismissed]));
      this.conflicts = view.conflicts;
      if (view.frames) this.frames = view.frames;
      if (JSON.stringify(this.conflicts.map((c) => [c.id, c.dismissed])) !== before) this.markConflicts();
    } catch {
      /* the background is restarting; the next visit will catch up */
    }
  }

  private scheduleRescan() {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.scan(), RESCAN_DEBOUNCE_MS);
  }

  private onPointer(e: PointerEvent) {
    if (!this.painted || !this.painter?.visible) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.card.contains(e.target)) return;
    if (this.frame) return;
    // One hit test per animation frame, however fast the mouse moves.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.hitTest();
      } catch (err) {
        log('hover failed', err);
      }
    });
  }

  private hitTest() {
    if (!this.pointer || !this.painted || !this.model || !this.painter) return;
    const i = this.painter.claimAt(this.pointer.x, this.pointer.y, { model: this.model, intervals: this.intervals, painted: this.painted, shadowRoots: this.shadowRoots });
    if (i === this.hovered) return;
    if (i < 0) { this.closeCard(); return; }
    this.hovered = i;
    void this.showCard(i);
  }

  private async showCard(i: number) {
    const claim = this.result.claims[i];
    const range = this.painted?.claimRange(i);
    if (!claim || !range) return;
    const actor = this.result.actors.find((a) => a.id === claim.actorId);
    const url = this.storedUrl();
    // placed against the whole claim, its source and cue too, so the card never covers them
    const spans = [claim.source, claim.cue, claim.content, claim.via].filter((s): s is NonNullable<typeof s> => !!s);
    const whole = this.model ? rangeFor(this.model, Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))) : null;
    await this.card.show({ claim, actor, url, dark: this.dark, conflicts: this.conflicts, frames: this.frames.filter((f) => f.ref === claim.id), xrefNote: this.xrefNote, onCompare: () => this.compare(url), onKey: () => void ask('ui:open-key', {}).catch(() => undefined) }, whole ?? range);
  }

  /** "Compare outlets" (a trusted click, see card-ui.tsx): one request at a time; the background
   *  keeps a single comparison tab. */
  private compare(url: string) {
    if (this.comparing) return;
    this.comparing = true;
    void ask('ui:open-compare', { url }).catch(() => undefined).finally(() => { this.comparing = false; });
  }

  /** The page's key in the store (conflict sides name pages by it): canonical URL, no fragment. */
  private storedUrl(): string {
    return normalizeUrl(this.meta?.canonicalUrl ?? this.meta?.url ?? location.href);
  }

  private closeCard() {
    this.hovered = -1;
    this.card.hide();
  }

  /**
   * The reader's keys (trusted events only). The browser delivers a registered command itself and
   * the page never sees its key; this catches the keys it did not deliver (a suggested key it left
   * unassigned). A key is taken from the page (preventDefault) only when it did something here:
   * never on a page with no claims, never with highlights off (but the key that turns them on),
   * and never on a site where Sourcelight is off (no listener there at all).
   */
  private onKey(e: KeyboardEvent) {
    // Also when a stepped-to card is still on its way (it opens on the next frame).
    if (e.key === 'Escape' && (this.card.open || this.stepping >= 0)) {
      this.stepping = -1;
      this.closeCard();
      return;
    }
    const hit = this.chords.find(([, c]) => matchesChord(e, c));
    if (!hit) return;
    const name = hit[0];
    const acted = name === 'toggle-highlights' ? this.state === 'ok' && this.toggle() !== null : this.painter?.visible === true && this.step(name === 'next-claim' ? 1 : -1);
    if (acted) e.preventDefault();
  }

  /** Highlights on or off; null when there is nothing to toggle. */
  toggle(): boolean | null {
    if (!this.painter) return null;
    this.painter.setVisible(!this.painter.visible);
    this.card.marks.setVisible(this.painter.visible);
    if (!this.painter.visible) this.closeCard();
    this.card.announce(this.painter.visible ? 'Sourcelight highlights on' : 'Sourcelight highlights off');
    return this.painter.visible;
  }

  /** Keyboard path through the claims: scroll to it, mark it, show its card, announce it. */
  step(dir: 1 | -1): boolean {
    const n = this.result.claims.length;
    if (!n || !this.painted) return false;
    this.cursor = this.cursor < 0 ? (dir === 1 ? 0 : n - 1) : (this.cursor + dir + n) % n;
    return this.focusClaim(this.cursor);
  }

  focusClaim(i: number): boolean {
    const range = this.painted?.claimRange(i);
    const claim = this.result.claims[i];
    if (!range || !claim) return false;
    this.cursor = i;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.painter?.focus(range);
    this.hovered = i;
    // After the scroll's own event (dispatched before animation-frame callbacks), which closes hover
    // cards; not if Esc came first.
    this.stepping = i;
    requestAnimationFrame(() => {
      if (this.cursor === i && this.stepping === i) void this.showCard(i);
      if (this.stepping === i) this.stepping = -1;
    });
    const actor = this.result.actors.find((a) => a.id === claim.actorId);
    this.card.announce(announce(claim, actor, i + 1, this.result.claims.length, this.storedUrl(), this.conflicts));
    return true;
  }

  // ---- messages from the popup and the background ----

  private listenMessages() {
    const handler = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!isContentMessage(msg)) return undefined;
      let res: ReturnType<Session['handle']> | { ok: false; message: string };
      try {
        res = this.handle(msg);
      } catch (err) {
        res = { ok: false, message: String(err) };
      }
      if (!this.answers(msg, res)) return undefined;
      sendResponse(res);
      return true;
    };
    browser.runtime.onMessage.addListener(handler as never);
    this.life.onEnd(() => browser.runtime.onMessage.removeListener(handler as never));
  }

  /**
   * Every frame's session hears a message sent to the tab, and the first answer wins: a frame stays
   * silent unless it has the article (and, asked to show a claim, has that claim), so it never masks
   * the frame that does. The top frame answers unless asked for a claim it cannot have.
   */
  private answers(msg: ContentMessage, res: unknown): boolean {
    const found = msg.type !== 'content:focus-claim' || (res as { ok?: boolean } | undefined)?.ok === true;
    return this.top ? this.state === 'ok' || found : this.state === 'ok' && found;
  }

  private handle(msg: ContentMessage) {
    switch (msg.type) {
      case 'content:status':
        return { state: this.state, claims: this.result.claims.length, ...(this.message ? { message: this.message } : {}) };
      case 'content:focus-claim': {
        const i = this.result.claims.findIndex((c) => c.id === (msg as ContentMessage<'content:focus-claim'>).claimId);
        return { ok: i >= 0 && this.focusClaim(i) };
      }
      case 'content:toggle':
        return { on: this.toggle() ?? false };
      case 'content:next-claim':
        return { ok: this.step(1) };
      case 'content:previous-claim':
        return { ok: this.step(-1) };
      case 'content:conflicts':
        return { ok: this.takeConflicts(msg as ContentMessage<'content:conflicts'>) };
    }
  }
}
