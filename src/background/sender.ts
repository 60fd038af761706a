import type { Runtime } from 'webextension-polyfill';
import { REQUEST_SENDERS, type BackgroundRequest } from '../shared/messages';

/**
 * Who sent a message, as the browser reports it (a sender cannot forge these fields):
 * - `extension-page`: one of Yomitoki's own pages (toolbar popup, settings, the fix-reading confirm
 *   frame). They run in the extension's origin, out of any web page's reach.
 * - `content-script`: our content script in a web page's tab. It lives inside a page that may be
 *   hostile (and a compromised page renderer can send anything a content script can), so it may only
 *   ask for what the content script needs.
 * - `other`: anything else (another extension, a sender without a tab or URL): refused.
 */
type SenderKind = 'extension-page' | 'content-script' | 'other';

/** This extension as the browser names it: `browser.runtime.id` and `browser.runtime.getURL('')`. */
export interface ExtensionIdentity {
  id: string;
  baseUrl: string;
}

function senderKind(sender: Runtime.MessageSender, self: ExtensionIdentity): SenderKind {
  if (sender.id !== self.id) return 'other';
  const url = sender.url ?? '';
  if (url.startsWith(self.baseUrl)) return 'extension-page';
  // about:blank / about:srcdoc: a page's own frames, where the content script runs with the page's origin.
  if (sender.tab?.id !== undefined && /^(https?|about):/.test(url)) return 'content-script';
  return 'other';
}

/**
 * Whether `sender` may make a request of this type: the one check, applied to every request, as the
 * protocol declares it (REQUEST_SENDERS in shared/messages.ts).
 */
export function mayRequest(
  type: BackgroundRequest['type'],
  sender: Runtime.MessageSender,
  self: ExtensionIdentity,
): boolean {
  const kind = senderKind(sender, self);
  if (kind === 'extension-page') return true;
  return kind === 'content-script' && REQUEST_SENDERS[type] === 'content';
}
