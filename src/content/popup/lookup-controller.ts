import type { WordLookup } from '../../core/glossary/glossary';
import { hasJapanese } from '../../core/text/chars';
import type { OwnNodes } from '../own-nodes';
import { onTrusted } from '../trusted-events';
import { isEditable } from '../editable';
import { t } from '../../shared/i18n';
import type { PopupView } from './popup-view';
import type { PopupMode } from './render-lookup';
import { caretAt, sentenceAround, textAtCaret, type TextPosition } from './text-at-point';

export type LookupFn = (text: string, offset: number) => Promise<WordLookup | null>;

/** Pointer rest before a hover lookup: long enough not to flicker while the mouse travels. */
const HOVER_DELAY_MS = 180;
/** A lookup still unanswered after this long asks whether the dictionary is loading. */
const SLOW_LOOKUP_MS = 150;

/** How the mouse opens the popup (the reader's settings): hover, hover with a key held, or click. */
export interface TriggerConfig {
  trigger: 'hover' | 'hover-modifier' | 'click';
  modifier: 'Shift' | 'Alt' | 'Control';
  hoverDelayMs: number;
}

export interface LookupControllerOptions {
  /** Asked when a lookup is slow: is the dictionary still loading? Then the popup says so. */
  isLoading?: () => Promise<boolean>;
}

const MODIFIER_PROP = { Shift: 'shiftKey', Alt: 'altKey', Control: 'ctrlKey' } as const;

/** While the popup is open, this key switches between the word and the hovered kanji's card. */
const KANJI_CARD_KEY = 'k';

/**
 * Opens the popup: on hover (after a short delay; or with a key held, or on click, as the reader
 * chose), on tap (touch), and from the keyboard (focus a marked term with Tab, Enter re-opens). Tab
 * moves into the open popup; Escape closes it and returns focus; a click elsewhere or scrolling closes it.
 */
export class LookupController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastKey = '';
  private lastAnchor: DOMRect | undefined;
  private seq = 0;
  private enabled = false;
  private config: TriggerConfig = { trigger: 'hover', modifier: 'Shift', hoverDelayMs: HOVER_DELAY_MS };
  private lastPointer: { x: number; y: number } | undefined;
  /** Where focus was before Tab moved it into the popup: Escape brings it back there. */
  private returnFocus: Element | undefined;
  private quietFocus: Element | undefined;
  /** Set by the reader's Tab, used up by the focus it moves: see onFocus. */
  private tabbed = false;
  private readonly unlisten: (() => void)[] = [];

  constructor(
    private readonly doc: Document,
    private readonly view: PopupView,
    private readonly lookup: LookupFn,
    /** Our ruby and term marks: only those are trusted as ours (see own-nodes.ts). */
    private readonly own: OwnNodes,
    private readonly options: LookupControllerOptions = {},
  ) {}

  configure(config: TriggerConfig): void {
    this.config = { ...config };
  }

  enable(): void {
    if (this.enabled) return;
    this.enabled = true;
    const win = this.doc.defaultView!;
    // The reader's input only: a page's synthetic events must not open the popup (trusted-events.ts).
    this.unlisten.push(
      onTrusted(this.doc, 'pointermove', (e) => this.onPointerMove(e), { passive: true }),
      onTrusted(this.doc, 'pointerdown', (e) => this.onPointerDown(e), { passive: true }),
      onTrusted(this.doc, 'focusin', (e) => this.onFocus(e)),
      onTrusted(this.doc, 'keydown', (e) => this.onKey(e), { capture: true }),
      onTrusted(win, 'scroll', () => this.close(), { passive: true }),
    );
  }

  disable(): void {
    this.enabled = false;
    for (const off of this.unlisten.splice(0)) off();
    this.close();
  }

  close(): void {
    clearTimeout(this.timer);
    this.seq++;
    this.lastKey = '';
    this.view.hide();
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch' || e.buttons !== 0) return;
    if (this.view.contains(e.target)) {
      clearTimeout(this.timer);
      return;
    }
    clearTimeout(this.timer);
    const { clientX: x, clientY: y } = e;
    this.lastPointer = { x, y };
    const { trigger, modifier, hoverDelayMs } = this.config;
    if (trigger === 'click' || (trigger === 'hover-modifier' && !e[MODIFIER_PROP[modifier]])) return;
    // Shift held while hovering a kanji asks for its kanji card (unless Shift is the reader's hover key).
    const shiftIsTrigger = trigger === 'hover-modifier' && modifier === 'Shift';
    const mode: PopupMode = e.shiftKey && !shiftIsTrigger ? 'kanji' : 'word';
    this.timer = setTimeout(() => void this.lookupAtPoint(x, y, true, mode), hoverDelayMs);
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.view.contains(e.target)) return;
    if (e.pointerType === 'touch' || e.pointerType === 'pen' || this.config.trigger === 'click') {
      // A tap on text opens its entry; a tap on nothing closes the popup.
      void this.lookupAtPoint(e.clientX, e.clientY, false);
      return;
    }
    this.close();
  }

  private onFocus(e: FocusEvent): void {
    // Focus events are trusted even when a page script calls focus(): only focus that follows the
    // reader's own Tab opens the popup, so a page cannot open it on a term of its choosing.
    const tabbed = this.tabbed;
    this.tabbed = false;
    if (!tabbed) return;
    const el = e.target;
    if (!(el instanceof Element) || !this.own.termOf(el) || el === this.quietFocus) return;
    void this.lookupElement(el);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Tab') this.tabbed = true;
    // Escape inside a field of the popup (the fix-reading input) belongs to that field's form:
    // it cancels the edit first; the next Escape closes the popup.
    const inner = e.composedPath()[0];
    const inPopupField =
      this.view.contains(e.target) && inner instanceof Element && /^(INPUT|TEXTAREA)$/.test(inner.tagName);
    if (e.key === 'Escape' && this.view.isOpen && !inPopupField) {
      this.close();
      e.stopPropagation();
      const back = this.returnFocus;
      this.returnFocus = undefined;
      if (back instanceof HTMLElement && back.isConnected) {
        // Focus comes back to the term the reader left; that must not open its popup again.
        this.quietFocus = back;
        back.focus();
        this.quietFocus = undefined;
      }
      return;
    }
    // Tab from the page goes to the open popup's buttons first (the popup sits at the end of <html>).
    if (e.key === 'Tab' && !e.shiftKey && this.view.isOpen && !this.view.contains(e.target)) {
      const from = this.doc.activeElement;
      if (this.view.focusFirst()) {
        e.preventDefault();
        this.returnFocus = from ?? undefined;
      }
      return;
    }
    // Pressing the modifier while the pointer rests on a word opens it (hover + key mode).
    if (
      this.config.trigger === 'hover-modifier' &&
      e.key === this.config.modifier &&
      this.lastPointer &&
      !this.view.isOpen
    ) {
      void this.lookupAtPoint(this.lastPointer.x, this.lastPointer.y, true);
      return;
    }
    if (
      e.key.toLowerCase() === KANJI_CARD_KEY &&
      this.view.isOpen &&
      !e.isComposing &&
      !e.repeat &&
      !e.ctrlKey &&
      !e.metaKey &&
      !e.altKey &&
      !isEditable(inner ?? e.target) &&
      !isEditable(this.doc.activeElement)
    ) {
      e.preventDefault();
      e.stopPropagation();
      this.toggleKanjiCard();
      return;
    }
    const active = this.doc.activeElement;
    if (e.key === 'Enter' && active instanceof Element && this.own.termOf(active) && !this.view.isOpen) {
      void this.lookupElement(active);
    }
  }

  /** The kanji card of the hovered character, or back to the word. */
  private toggleKanjiCard(): void {
    const ctx = this.view.context;
    if (!ctx || !this.lastAnchor) return;
    const mode: PopupMode = ctx.mode === 'kanji' ? 'word' : 'kanji';
    if (mode === 'kanji' && !ctx.lookup.kanji) return;
    if (mode === 'word' && !ctx.lookup.term && ctx.lookup.entries.length === 0) return;
    this.view.show({ ...ctx, mode }, this.lastAnchor);
  }

  /** Keyboard path: the focused term's text, looked up at its first character. */
  private async lookupElement(el: Element): Promise<void> {
    const first =
      el.firstChild?.nodeType === 3 ? el.firstChild : (el.querySelector('ruby')?.firstChild ?? el.firstChild);
    const rect = el.getBoundingClientRect();
    if (!first || first.nodeType !== 3) return;
    const pos = textAtCaret(
      this.doc,
      this.own,
      { node: first as Text, offset: 0 },
      rect.left + 1,
      rect.top + rect.height / 2,
    );
    if (pos) await this.show(pos, el);
  }

  private async lookupAtPoint(x: number, y: number, hover: boolean, mode: PopupMode = 'word'): Promise<void> {
    if (!this.enabled) return;
    const caret = caretAt(this.doc, x, y);
    const pos = caret ? textAtCaret(this.doc, this.own, caret, x, y) : null;
    if (
      !pos ||
      (!hasJapanese(pos.text.slice(pos.offset, pos.offset + 1)) &&
        !/[A-Za-zＡ-Ｚａ-ｚ0-9０-９]/.test(pos.text[pos.offset] ?? ''))
    ) {
      if (!hover) this.close();
      else if (this.view.isOpen && !this.view.contains(this.doc.elementFromPoint(x, y))) this.close();
      return;
    }
    await this.show(pos, undefined, mode);
  }

  /** A cold browser loads the dictionary for seconds: say so instead of staying silent. */
  private async showLoadingIfLoading(seq: number, anchor: DOMRect): Promise<void> {
    const loading = await this.options.isLoading?.().catch(() => false);
    if (loading && seq === this.seq && this.enabled) this.view.showMessage(t('popupLoading'), anchor);
  }

  private async show(pos: TextPosition, termEl?: Element, mode: PopupMode = 'word'): Promise<void> {
    const key = `${pos.text}\u0000${pos.offset}\u0000${mode}`;
    if (key === this.lastKey && this.view.isOpen) return;
    const seq = ++this.seq;
    let result: WordLookup | null;
    const anchorNow = termEl?.getBoundingClientRect() ?? pos.rect;
    const slow = setTimeout(() => void this.showLoadingIfLoading(seq, anchorNow), SLOW_LOOKUP_MS);
    try {
      result = await this.lookup(pos.text, pos.offset);
    } catch {
      result = null;
    } finally {
      clearTimeout(slow);
    }
    if (seq !== this.seq || !this.enabled) return;
    const term = termEl ? this.own.termOf(termEl) : undefined;
    if (term && result && !result.term) result = { ...result, term };
    // Inside a longer name (王 of 王毅), single-word entries only distract from the term.
    if (
      result?.term &&
      result.entries.length &&
      result.end - result.start < result.term.end - result.term.start
    ) {
      result = { ...result, entries: [] };
    }
    if (!result || (!result.term && result.entries.length === 0 && !(mode === 'kanji' && result.kanji))) {
      this.close();
      return;
    }
    this.lastKey = key;
    const { sentence, offset } = sentenceAround(pos.text, result.term?.start ?? result.start);
    const anchor = termEl?.getBoundingClientRect() ?? pos.rect;
    this.lastAnchor = anchor;
    this.view.show(
      {
        lookup: result,
        sentence,
        sentenceOffset: offset,
        page: { text: pos.text, ruby: pos.ruby },
        ...(mode === 'kanji' && result.kanji ? { mode } : {}),
      },
      anchor,
    );
  }
}
