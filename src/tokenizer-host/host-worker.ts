/**
 * Dedicated-worker entry of the tokenizer host (Chrome's offscreen document and Firefox's
 * background page start it). The
 * dictionaries and every annotate/lookup run on this thread, so a request that runs away can be
 * stopped by terminating the worker (PreemptibleHost) without blocking the extension's pages.
 * Messages: `{ id, request }` in, `{ id, response }` out, and `{ ready: true }` once loaded.
 */
import { HOST_BATCH_BUDGET_MS } from '../shared/host-limits';
import type { HostRequest } from '../shared/messages';
import { TokenizerHost } from './tokenizer-host';
import { loadBrowserResources } from './browser-resources';

const scope = self as unknown as {
  location: { origin: string };
  onmessage: ((e: MessageEvent<{ id: number; request: HostRequest }>) => void) | null;
  postMessage(message: unknown): void;
};

// A worker has no extension APIs: packaged files are at the extension's origin.
const host = new TokenizerHost(
  () => loadBrowserResources((path) => `${scope.location.origin}/${path}`),
  'worker',
  HOST_BATCH_BUDGET_MS,
);
// The time budget of requests starts once the dictionary is loaded (PreemptibleHost waits for this).
void host.warmUp().then(() => scope.postMessage({ ready: true }));

scope.onmessage = (e) => {
  const { id, request } = e.data;
  void host.handle(request).then((response) => scope.postMessage({ id, response }));
};
