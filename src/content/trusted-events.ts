/**
 * The one way content code listens to events. A page can dispatch any event it likes on any node
 * (`dispatchEvent(new PointerEvent(…))`, `el.click()`), and our listeners see those with
 * `isTrusted === false`; only the browser sets it true, for the reader's real input. So every
 * content listener goes through here and never sees a page-made event: a page cannot open the popup,
 * press its buttons or type into its forms.
 */

/** Handler for the event type named `K` on a target (falls back to Event for unknown names). */
type EventOf<K extends string> = K extends keyof DocumentEventMap
  ? DocumentEventMap[K]
  : K extends keyof WindowEventMap
    ? WindowEventMap[K]
    : K extends keyof HTMLElementEventMap
      ? HTMLElementEventMap[K]
      : Event;

/**
 * Listen to `type` on `target`, for trusted events only. Returns the function that removes the
 * listener (with the same options, as removeEventListener needs).
 */
export function onTrusted<K extends string>(
  target: EventTarget,
  type: K,
  handler: (event: EventOf<K>) => void,
  options?: AddEventListenerOptions,
): () => void {
  const listener = (event: Event) => {
    if (!event.isTrusted) return;
    handler(event as EventOf<K>);
  };
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener, options);
}
