/**
 * The reader's input in DOM tests. Content listeners ignore events a page makes (`isTrusted` false,
 * see src/content/trusted-events.ts); happy-dom has no `isTrusted`, so these mark an event as the
 * browser would mark real input. Tests of the page's own synthetic events dispatch plain ones.
 */
export function asTrusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function trustedClick(el: Element): boolean {
  return el.dispatchEvent(
    asTrusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })),
  );
}

export function trustedKey(target: EventTarget, key: string, init: KeyboardEventInit = {}): boolean {
  return target.dispatchEvent(
    asTrusted(
      new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }),
    ),
  );
}

/** The reader tabs to `el`: a trusted Tab, the focus it moves, and the trusted focusin it fires. */
export function trustedTabTo(el: HTMLElement): void {
  trustedKey(el.ownerDocument, 'Tab');
  el.focus();
  el.dispatchEvent(asTrusted(new FocusEvent('focusin', { bubbles: true, composed: true })));
}
