import browser, { type Runtime } from 'webextension-polyfill';

/**
 * Whether a message came from one of Yomitoki's own pages (toolbar popup, settings), not from a
 * content script: those run inside web pages, so requests that read or change the reader's data
 * beyond the page at hand are accepted only from our pages.
 */
export function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return !!sender.url && sender.url.startsWith(browser.runtime.getURL(''));
}
