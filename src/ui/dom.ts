/**
 * A small element builder for extension pages (toolbar popup, settings page): pages are built with
 * DOM calls only, so user text is never parsed as HTML.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (e: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const [type, fn] of Object.entries(props.on ?? {})) el.addEventListener(type, fn as EventListener);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function button(
  doc: Document,
  label: string,
  onClick: () => void,
  props: Props = {},
): HTMLButtonElement {
  const b = h(doc, 'button', { ...props, text: label, attrs: { type: 'button', ...props.attrs } });
  b.addEventListener('click', onClick);
  return b;
}

let nextId = 0;
/** Unique ids for label/for pairs. */
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

/** Enter runs `onEnter` (Ctrl/⌘+Enter in a textarea, where Enter is a new line); Escape runs `onEscape`. */
export function onEnterEscape(el: HTMLElement, onEnter: () => void, onEscape: () => void): void {
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onEscape();
    } else if (e.key === 'Enter' && !e.isComposing) {
      if (el instanceof HTMLTextAreaElement && !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      onEnter();
    }
  });
}

/** Escape anywhere inside `el` runs `fn` (closing an inline form or confirmation). */
export function onEscape(el: HTMLElement, fn: () => void): void {
  el.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    fn();
  });
}
