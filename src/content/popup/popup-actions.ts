import type { PopupAction } from './popup-view';

/**
 * The popup's buttons. Saving words (vocabulary lists) and fixing readings register here, so the
 * popup itself knows nothing about storage.
 */
export function popupActions(_doc: Document): PopupAction[] {
  return [];
}
