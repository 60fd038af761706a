import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_KNOWN_WORDS_REQUESTS } from '../shared/known-words-messages';
import type { BackgroundRequest } from '../shared/messages';

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

function senderKind(sender: Runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return 'other';
  const url = sender.url ?? '';
  if (url.startsWith(browser.runtime.getURL(''))) return 'extension-page';
  // about:blank / about:srcdoc: a page's own frames, where the content script runs with the page's origin.
  if (sender.tab?.id !== undefined && /^(https?|about):/.test(url)) return 'content-script';
  return 'other';
}

/**
 * What a content script legitimately needs, and nothing more: annotate and look up the page's text,
 * ask for the page's on/off state, save a word and ask whether it is saved, and *propose* a reading
 * correction (stored only once the reader confirms it in the extension-origin frame). Editing,
 * exporting, deleting, listing and storing corrections, the furigana switches of other tabs and
 * sites, and the host's statistics are for Yomitoki's pages only.
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set([
  'annotate',
  'lookup',
  'page-state',
  'vocab-add',
  'vocab-find',
  'reading-fix-propose',
  // The word popup's Mark known, and which rubies the reader wants (mode, level, known words).
  ...CONTENT_KNOWN_WORDS_REQUESTS,
  // Whether the dictionary is still loading (the popup says so): load state and sizes, nothing private.
  'host-stats',
]);

/** Whether `sender` may make a request of this type. The one check, applied to every request. */
export function mayRequest(type: BackgroundRequest['type'], sender: Runtime.MessageSender): boolean {
  const kind = senderKind(sender);
  if (kind === 'extension-page') return true;
  return kind === 'content-script' && CONTENT_SCRIPT_REQUESTS.has(type);
}
