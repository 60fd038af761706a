/**
 * Dedicated-worker entry of the tokenizer host (Chrome's offscreen document and Firefox's
 * background page start it). The
 * dictionaries and every annotate/lookup run on this thread, so a request that runs away can be
 * stopped by terminating the worker (PreemptibleHost) without blocking the extension's pages.
 * Messages: the dictionary files first (`HandedFile`, fetched by the starting context while this
 * worker starts), then `{ id, request }` in, `{ id, response }` out, and `{ ready: true }` once loaded.
 */
import { HOST_BATCH_BUDGET_MS } from '../shared/host-limits';
import type { HostRequest } from '../shared/messages';
import { TokenizerHost } from './tokenizer-host';
import { loadBrowserResources } from './browser-resources';
import { HandedFiles, isHandedFile } from './handed-files';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
};

const files = new HandedFiles();
const host = new TokenizerHost(() => loadBrowserResources(files.read), 'worker', HOST_BATCH_BUDGET_MS);
// The time budget of requests starts once the dictionary is loaded (PreemptibleHost waits for this).
void host.warmUp().then(() => scope.postMessage({ ready: true }));

scope.onmessage = (e) => {
  if (isHandedFile(e.data)) {
    files.receive(e.data);
    return;
  }
  const { id, request } = e.data as { id: number; request: HostRequest };
  void host.handle(request).then((response) => scope.postMessage({ id, response }));
};
