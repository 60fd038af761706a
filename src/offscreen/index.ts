/**
 * Offscreen document entry (Chrome): hosts the one tokenizer of the browser. Answers only
 * messages addressed to it by the service worker: content scripts' messages reach every extension
 * page too, and one carrying the host's `target` must not get past the background's checks.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { TokenizerHost } from '../tokenizer-host/tokenizer-host';
import { loadBrowserResources } from '../tokenizer-host/browser-resources';
import { HostRequest, parseMessage } from '../shared/messages';

const host = new TokenizerHost(() => loadBrowserResources((p) => browser.runtime.getURL(p)), 'offscreen');
host.warmUp();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!raw || typeof raw !== 'object' || (raw as { target?: unknown }).target !== 'tokenizer-host')
    return undefined;
  // The service worker sends from no tab; a content script always does.
  if (sender.tab !== undefined) return undefined;
  const msg = parseMessage(HostRequest, raw);
  if (!msg.ok) return Promise.resolve(msg);
  return host.handle(msg.value.request);
});
