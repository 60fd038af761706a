/**
 * The reader's settings on a page: the look stylesheet, term Tab stops, keyboard use of the popup
 * (Tab into it, Escape back) and the "loading dictionary" message.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { WordLookup } from '../../src/core/glossary/glossary';
import { applyAnnotation, TERM_CLASS } from '../../src/content/furigana/ruby-dom';
import { privateText } from '../../src/content/closed-host';
import { OwnNodes } from '../../src/content/own-nodes';
import { asTrusted, trustedTabTo } from '../helpers/trusted-events';
import { lookCss, PageLook } from '../../src/content/page-look';
import { LookupController } from '../../src/content/popup/lookup-controller';
import { PopupView } from '../../src/content/popup/popup-view';
import { defaultSettings } from '../../src/shared/settings-store';

const cisa: WordLookup = {
  start: 0,
  end: 4,
  surface: 'CISA',
  entries: [],
  term: {
    start: 0,
    end: 4,
    surface: 'CISA',
    english: 'Cybersecurity Agency',
    kind: 'acronym',
    source: 'news',
  },
};

/** Our nodes, as the content script registers them (the popup trusts only those). */
let own = new OwnNodes();

function page(): { p: HTMLParagraphElement; term: HTMLElement } {
  own = new OwnNodes();
  const p = document.createElement('p');
  const text = document.createTextNode('CISAは米国の機関');
  p.append(text);
  document.body.replaceChildren(p);
  applyAnnotation(
    text,
    text.data,
    { ruby: [{ start: 5, end: 7, base: '米国', reading: 'べいこく' }], terms: [{ ...cisa.term! }] },
    own,
  );
  return { p, term: p.querySelector<HTMLElement>(`span.${TERM_CLASS}`)! };
}

afterEach(() => {
  for (const el of document.documentElement.querySelectorAll(':scope > style')) el.remove();
});

describe('look stylesheet', () => {
  it('defaults: nothing beyond furigana.css (half size, all kinds underlined, readings silent)', () => {
    expect(lookCss(defaultSettings())).toBe('');
  });

  it('size, colour, unmarked kinds and spoken readings follow the settings', () => {
    const s = defaultSettings();
    const css = lookCss({
      look: { ...s.look, rubySize: 65, rubyColour: '#aa3300', markedKinds: ['acronym', 'org'] },
      access: { ...s.access, speakReadings: true },
    });
    expect(css).toContain('--ytk-rs: max(0.65em, 10px)');
    expect(css).toContain('color: #aa3300');
    expect(css).toContain('span.ytk-term[data-kind="person"]');
    expect(css).not.toContain('[data-kind="acronym"]');
    expect(css).toContain('content: attr(data-r); }');
  });

  it('terms are Tab stops only while keyboard navigation is on', () => {
    const { term } = page();
    expect(term.hasAttribute('tabindex')).toBe(false);
    const look = new PageLook(document);
    const s = defaultSettings();
    look.apply({ ...s, access: { ...s.access, keyboardTerms: true } });
    expect(term.tabIndex).toBe(0);
    expect(term.getAttribute('role')).toBe('button');
    look.apply({ ...s, look: { ...s.look, rubySize: 70 } });
    // One stylesheet of ours while the look differs from the default, with no attribute naming us…
    const ours = () => document.documentElement.querySelectorAll(':scope > style');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.attributes).toHaveLength(0);
    look.apply(s);
    expect(term.hasAttribute('tabindex')).toBe(false);
    expect(term.hasAttribute('role')).toBe(false);
    // …and none at the default.
    expect(ours()).toHaveLength(0);
  });
});

describe('keyboard use of the popup', () => {
  it('Tab moves from the focused term into the popup’s buttons; Escape closes it and returns focus', async () => {
    const { term } = page();
    const look = new PageLook(document);
    const s = defaultSettings();
    look.apply({ ...s, access: { ...s.access, keyboardTerms: true } });
    const view = new PopupView(document, [{ id: 'add', label: 'Add to list', run: async () => 'ok' }]);
    let calls = 0;
    const lookups = new LookupController(document, view, async () => (calls++, cisa), own);
    lookups.enable();
    trustedTabTo(term);
    await vi.waitFor(() => expect(view.isOpen).toBe(true));
    const root = view.root!;
    term.dispatchEvent(
      asTrusted(
        new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }),
      ),
    );
    expect(privateText(root.activeElement)).toBe('Add to list');
    root.activeElement!.dispatchEvent(
      asTrusted(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
      ),
    );
    expect(view.isOpen).toBe(false);
    expect(document.activeElement).toBe(term);
    // Focus coming back does not look the term up again (the lookup starts synchronously on focus).
    expect(calls).toBe(1);
    lookups.disable();
  });

  it('a slow lookup while the dictionary loads shows “Loading dictionary…”, then the entry', async () => {
    const { term } = page();
    const view = new PopupView(document);
    let answer!: (l: WordLookup) => void;
    const lookups = new LookupController(document, view, () => new Promise((r) => (answer = r)), own, {
      isLoading: async () => true,
    });
    lookups.enable();
    term.tabIndex = 0;
    trustedTabTo(term);
    const root = () => view.root?.querySelector('.popup');
    await vi.waitFor(() => expect(root()?.textContent).toBe('Loading dictionary…'));
    expect(root()!.querySelector('[role="status"]')).not.toBeNull();
    answer(cisa);
    await vi.waitFor(() => expect(root()?.textContent).toContain('Cybersecurity Agency'));
    lookups.disable();
  });
});

describe('how the mouse opens the popup (trigger settings)', () => {
  function setup(config: Parameters<LookupController['configure']>[0]) {
    const { p } = page();
    const text = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text;
    // happy-dom has no layout (every box is 0×0 at 0,0): the caret at the origin is the paragraph's start.
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
      offsetNode: text,
      offset: 0,
    });
    const view = new PopupView(document);
    const seen: number[] = [];
    const lookups = new LookupController(
      document,
      view,
      async (_t, offset) => (seen.push(offset), cisa),
      own,
    );
    lookups.configure(config);
    lookups.enable();
    const move = (init: PointerEventInit = {}) =>
      document.body.dispatchEvent(
        asTrusted(
          new PointerEvent('pointermove', {
            pointerType: 'mouse',
            clientX: 0,
            clientY: 0,
            bubbles: true,
            ...init,
          }),
        ),
      );
    return { seen, lookups, move };
  }

  afterEach(() => {
    vi.useRealTimers();
    delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  });

  it('hover waits the chosen delay', () => {
    vi.useFakeTimers();
    const { seen, lookups, move } = setup({ trigger: 'hover', modifier: 'Shift', hoverDelayMs: 500 });
    move();
    vi.advanceTimersByTime(499);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([0]);
    lookups.disable();
  });

  it('hover + key: nothing without the key; moving with it held, or pressing it while resting, opens', () => {
    vi.useFakeTimers();
    const { seen, lookups, move } = setup({ trigger: 'hover-modifier', modifier: 'Shift', hoverDelayMs: 0 });
    move();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    move({ shiftKey: true });
    vi.advanceTimersByTime(0);
    expect(seen).toHaveLength(1);
    lookups.close();
    move({ altKey: true });
    vi.advanceTimersByTime(1000);
    expect(seen).toHaveLength(1);
    document.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true })));
    expect(seen).toHaveLength(2);
    lookups.disable();
  });

  it('click: hovering opens nothing, a click does', () => {
    vi.useFakeTimers();
    const { seen, lookups, move } = setup({ trigger: 'click', modifier: 'Shift', hoverDelayMs: 0 });
    move();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    document.body.dispatchEvent(
      asTrusted(
        new PointerEvent('pointerdown', { pointerType: 'mouse', clientX: 0, clientY: 0, bubbles: true }),
      ),
    );
    expect(seen).toEqual([0]);
    lookups.disable();
  });
});
