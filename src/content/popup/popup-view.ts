import type { WordLookup } from '../../core/glossary/glossary';
import { t } from '../../shared/i18n';
import { createClosedHost, setPrivateText } from '../closed-host';
import { onTrusted } from '../trusted-events';
import { placePopup, type Box } from './popup-position';
import { POPUP_CSS } from './popup-styles';
import { renderLookup, type PopupMode } from './render-lookup';
import type { PageRuby } from './text-at-point';

/** What the reader hovered: the lookup plus the sentence around it (for saving words). */
export interface PopupContext {
  lookup: WordLookup;
  sentence: string;
  /** Offset of the word inside `sentence`. */
  sentenceOffset: number;
  /** The text the lookup's offsets refer to and the ruby shown in it (absent when not from a page). */
  page?: { text: string; ruby: readonly PageRuby[] };
  /** The word (default) or the kanji card of the hovered character. */
  mode?: PopupMode;
}

/** What an action may do in the popup besides its status line: show an inline panel (a form). */
export interface ActionUi {
  /** Show `el` under the buttons, replacing an earlier panel; it goes when the popup changes word. */
  showPanel(el: HTMLElement): void;
  closePanel(): void;
}

/** A button in the popup; `run` returns the status line to show (or throws a message). */
export interface PopupAction {
  id: string;
  label: string;
  /** Whether to show the button for this context. */
  applies?: (ctx: PopupContext) => boolean;
  run: (ctx: PopupContext, ui: ActionUi) => Promise<string>;
  /**
   * Optional: the button's label and a status line for this context, asked after the popup shows and
   * after each run (e.g. "Saved ✓ — update" when the word is in a list already).
   */
  state?: (ctx: PopupContext) => Promise<{ label: string; status?: string } | null>;
}

/** Decides light or dark from the page's own background colour, falling back to the OS setting. */
export function pageIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(
      win.getComputedStyle(el).backgroundColor,
    );
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Tab and Shift+Tab cycle through the popup's controls while focus is inside it (a dialog). */
function keepFocusInside(box: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const controls = [...box.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')];
  const active = (box.getRootNode() as ShadowRoot).activeElement;
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (!e.shiftKey && active === last) first.focus();
  else if (e.shiftKey && active === first) last.focus();
  else return;
  e.preventDefault();
}

/**
 * The one popup of a page, in a closed shadow root attached to <html> (closed-host.ts): page CSS
 * cannot restyle it, page scripts cannot reach its buttons, and its listeners take the reader's input
 * only (trusted-events.ts). Button labels and the status line (list names, "marked known") are
 * private text (setPrivateText), which not even window.find() sees.
 */
export class PopupView {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private box: HTMLElement | undefined;
  private current: PopupContext | undefined;
  private actionsEl: HTMLElement | undefined;
  private panel: HTMLElement | undefined;

  constructor(
    private readonly doc: Document,
    private readonly actions: PopupAction[] = [],
  ) {}

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  get context(): PopupContext | undefined {
    return this.current;
  }

  /** The popup's closed root: for our own code and tests (the page gets null from host.shadowRoot). */
  get root(): ShadowRoot | undefined {
    return this.shadow;
  }

  /** Whether an event target is inside the popup (clicks there must not close it). */
  contains(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  private ensureHost(): HTMLElement {
    if (this.host && this.box) return this.box;
    const { host, root } = createClosedHost(this.doc, POPUP_CSS);
    const box = this.doc.createElement('div');
    box.className = 'popup';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', t('popupLabel'));
    onTrusted(box, 'keydown', (e) => keepFocusInside(box, e));
    root.append(box);
    this.host = host;
    this.shadow = root;
    this.box = box;
    return box;
  }

  show(ctx: PopupContext, anchor: Box): void {
    const box = this.ensureHost();
    this.current = ctx;
    this.panel = undefined;
    box.classList.toggle('dark', pageIsDark(this.doc));
    box.replaceChildren(renderLookup(this.doc, ctx.lookup, undefined, ctx.mode));
    const actions = this.actions.filter((a) => !a.applies || a.applies(ctx));
    if (actions.length) {
      const bar = this.doc.createElement('div');
      bar.className = 'actions';
      for (const a of actions) {
        const b = this.doc.createElement('button');
        b.type = 'button';
        setPrivateText(b, a.label);
        b.setAttribute('data-action', a.id);
        onTrusted(b, 'click', () => void this.runAction(a));
        bar.append(b);
        if (a.state) void this.refreshAction(a, b, ctx, true);
      }
      box.append(bar);
      this.actionsEl = bar;
      // Present from the start, empty: a status appearing later must not change the popup's size.
      this.statusLine();
    } else {
      this.actionsEl = undefined;
    }
    if (!this.host!.isConnected) this.doc.documentElement.append(this.host!);
    const win = this.doc.defaultView!;
    const size = { width: box.offsetWidth || 320, height: box.offsetHeight || 160 };
    const pos = placePopup(anchor, size, { width: win.innerWidth, height: win.innerHeight });
    this.host!.style.setProperty(
      'transform',
      `translate(${Math.round(pos.left)}px, ${Math.round(pos.top)}px)`,
    );
  }

  /** A one-line popup with no word yet (e.g. "Loading dictionary…"), announced to screen readers. */
  showMessage(text: string, anchor: Box): void {
    const box = this.ensureHost();
    this.current = undefined;
    this.actionsEl = undefined;
    box.classList.toggle('dark', pageIsDark(this.doc));
    const line = this.doc.createElement('div');
    line.className = 'status';
    line.setAttribute('role', 'status');
    line.textContent = text;
    box.replaceChildren(line);
    if (!this.host!.isConnected) this.doc.documentElement.append(this.host!);
    const win = this.doc.defaultView!;
    const pos = placePopup(
      anchor,
      { width: 200, height: 40 },
      { width: win.innerWidth, height: win.innerHeight },
    );
    this.host!.style.setProperty(
      'transform',
      `translate(${Math.round(pos.left)}px, ${Math.round(pos.top)}px)`,
    );
  }

  /** Move focus to the popup's first button (keyboard users reach the actions with Tab). */
  focusFirst(): boolean {
    const first = this.box?.querySelector<HTMLElement>('button, [tabindex="0"]');
    if (!this.isOpen || !first) return false;
    first.focus();
    return true;
  }

  /** Run an action by id (keyboard shortcut or button). */
  async runActionById(id: string): Promise<void> {
    const a = this.actions.find((x) => x.id === id);
    if (a && this.current && (!a.applies || a.applies(this.current))) await this.runAction(a);
  }

  private async runAction(a: PopupAction): Promise<void> {
    if (!this.current || !this.box) return;
    const status = this.statusLine();
    status.classList.remove('error');
    setPrivateText(status, '…');
    const ctx = this.current;
    try {
      setPrivateText(status, await a.run(ctx, this.actionUi(ctx)));
      const button = this.actionsEl?.querySelector<HTMLButtonElement>(`[data-action="${a.id}"]`);
      if (a.state && button) await this.refreshAction(a, button, ctx, false);
    } catch (err) {
      status.classList.add('error');
      setPrivateText(status, err instanceof Error ? err.message : String(err));
    }
  }

  private actionUi(ctx: PopupContext): ActionUi {
    return {
      showPanel: (el) => {
        // Only while the popup still shows the word the action ran for.
        if (this.current !== ctx || !this.box) return;
        this.panel?.remove();
        this.panel = el;
        if (this.actionsEl) this.actionsEl.after(el);
        else this.box.append(el);
      },
      closePanel: () => {
        if (this.panel && this.current === ctx) this.panel.remove();
      },
    };
  }

  private async refreshAction(
    a: PopupAction,
    button: HTMLButtonElement,
    ctx: PopupContext,
    withStatus: boolean,
  ): Promise<void> {
    const state = await a.state!(ctx).catch(() => null);
    // The popup may have moved on to another word while the state was looked up.
    if (!state || this.current !== ctx || !button.isConnected) return;
    setPrivateText(button, state.label);
    if (withStatus && state.status) setPrivateText(this.statusLine(), state.status);
  }

  private statusLine(): HTMLElement {
    let s = this.box!.querySelector<HTMLElement>('.status');
    if (!s) {
      s = this.doc.createElement('div');
      s.className = 'status';
      s.setAttribute('role', 'status');
      if (this.actionsEl) this.actionsEl.after(s);
      else this.box!.append(s);
    }
    return s;
  }

  hide(): void {
    this.host?.remove();
    this.current = undefined;
  }
}
