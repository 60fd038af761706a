/**
 * Offscreen document entry (Chrome): hosts the one tokenizer of the browser and answers the service
 * worker's requests (host-listener.ts says which messages it takes).
 */
import browser from 'webextension-polyfill';
import { PreemptibleHost } from '../tokenizer-host/preemptible-host';
import { HOST_WORKER_BUDGET_MS } from '../shared/host-limits';
import { fetchPackagedFiles } from '../tokenizer-host/packaged-files';
import { createHostListener } from './host-listener';

// The dictionary lives in a dedicated worker: a request that runs past its budget is stopped by
// terminating the worker, and this page (which shares its thread with the extension's other
// pages) stays responsive meanwhile.
const host = new PreemptibleHost(
  () => new Worker(new URL('../tokenizer-host/host-worker.ts', import.meta.url), { type: 'module' }),
  fetchPackagedFiles((path) => browser.runtime.getURL(path)),
  HOST_WORKER_BUDGET_MS,
  'offscreen',
);
void host.warmUp();

browser.runtime.onMessage.addListener(createHostListener(host));
