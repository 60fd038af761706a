/**
 * Offscreen document entry (Chrome): hosts the one tokenizer of the browser and answers the service
 * worker's requests (host-listener.ts says which messages it takes).
 *
 * The host's worker and the reading of the dictionary files start first (early-start.ts, a small
 * chunk); the rest of the document (the polyfill, the protocol, the host) loads meanwhile. Until its
 * listener is added, the service worker's client retries its sends.
 */
import { readPackagedFile, takeWorker } from './early-start';

void Promise.all([
  import('webextension-polyfill'),
  import('../tokenizer-host/preemptible-host'),
  import('../shared/host-limits'),
  import('./host-listener'),
]).then(([{ default: browser }, { PreemptibleHost }, { HOST_WORKER_BUDGET_MS }, { createHostListener }]) => {
  // The dictionary lives in a dedicated worker: a request that runs past its budget is stopped by
  // terminating the worker, and this page (which shares its thread with the extension's other
  // pages) stays responsive meanwhile.
  const host = new PreemptibleHost(takeWorker, readPackagedFile, HOST_WORKER_BUDGET_MS, 'offscreen');
  void host.warmUp();
  browser.runtime.onMessage.addListener(createHostListener(host));
});
