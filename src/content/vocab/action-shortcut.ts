/**
 * A one-key shortcut for a popup action while the popup is open (`a` adds the word). Typing in the
 * page's fields must never trigger it, nor must the key with a modifier (Ctrl+A selects all).
 */
import { isEditable } from '../editable';
import type { PopupView } from '../popup/popup-view';
import { onTrusted } from '../trusted-events';

/** Returns a function that removes the shortcut. */
export function bindActionShortcut(
  doc: Document,
  view: PopupView,
  key: string,
  actionId: string,
): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!view.isOpen || e.isComposing || e.repeat) return;
    if (e.ctrlKey || e.metaKey || e.altKey || e.key.toLowerCase() !== key) return;
    // composedPath()[0]: the real target inside a shadow root (the popup's own inputs), which a
    // listener on the document otherwise sees retargeted to the shadow host.
    if (isEditable(e.composedPath()[0] ?? e.target) || isEditable(doc.activeElement)) return;
    e.preventDefault();
    e.stopPropagation();
    void view.runActionById(actionId);
  };
  // The reader's key presses only: a page's synthetic `a` must not save the word (trusted-events.ts).
  return onTrusted(doc, 'keydown', onKey, { capture: true });
}
