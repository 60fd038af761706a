/**
 * Offscreen document entry (Chrome): hosts the one tokenizer of the browser. Answers only
 * messages addressed to it by the service worker: content scripts' messages reach every extension
 * page too, and one carrying the host's `target` must not get past the background's checks.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { PreemptibleHost } from '../tokenizer-host/preemptible-host';
import { HOST_WORKER_BUDGET_MS } from '../shared/host-limits';
import { HostRequest, parseMessage } from '../shared/messages';

// The dictionary lives in a dedicated worker: a request that runs past its budget is stopped by
// terminating the worker, and this page (which shares its thread with the extension's other
// pages) stays responsive meanwhile.
const host = new PreemptibleHost(
  () => new Worker(new URL('../tokenizer-host/host-worker.ts', import.meta.url), { type: 'module' }),
  HOST_WORKER_BUDGET_MS,
  'offscreen',
);
void host.warmUp();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!raw || typeof raw !== 'object' || (raw as { target?: unknown }).target !== 'tokenizer-host')
    return undefined;
  // The service worker sends from no tab; a content script always does.
  if (sender.tab !== undefined) return undefined;
  const msg = parseMessage(HostRequest, raw);
  if (!msg.ok) return Promise.resolve(msg);
  return host.handle(msg.value.request);
});
