/**
 * Offscreen document entry (Chrome): hosts the one tokenizer of the browser. Answers only
 * messages addressed to it by the service worker: content scripts' messages reach every extension
 * page too, and one carrying the host's `target` must not get past the background's checks.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { AnalysisHost } from '../analyzer/analysis-host';
import { loadBrowserResources } from '../analyzer/browser-resources';
import { HOST_BATCH_BUDGET_MS } from '../shared/host-limits';
import { HostRequest, parseMessage } from '../shared/messages';

const host = new AnalysisHost(
  () => loadBrowserResources((p) => browser.runtime.getURL(p)),
  'offscreen',
  HOST_BATCH_BUDGET_MS,
);
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
