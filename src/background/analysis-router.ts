import { TokenizerHost } from '../tokenizer-host/tokenizer-host';
import { loadBrowserResources } from '../tokenizer-host/browser-resources';
import { PreemptibleHost } from '../tokenizer-host/preemptible-host';
import { fetchPackagedFiles } from '../tokenizer-host/packaged-files';
import type { HostRequest, Responses } from '../shared/messages';
import { HOST_BATCH_BUDGET_MS, HOST_BUDGET_MS, HOST_WORKER_BUDGET_MS } from '../shared/host-limits';
import { OffscreenHostClient, chromeOffscreenApi } from './offscreen-host-client';

/** Sends a host request to wherever the tokenizer lives. */
export type AnalysisRouter = <R extends HostRequest>(req: R) => Promise<Responses[R['type']]>;

/**
 * Where analysis runs is decided at build time (see README "Tokenizer host"): Chrome's offscreen
 * document by default, or in this context (Firefox background page; Chrome worker variant).
 * `idleMinutes` (read at each request): how long the host stays loaded without a request.
 * `resourceUrl`: the packaged file's URL (`browser.runtime.getURL`), for a host in this context.
 */
export function createAnalysisRouter(
  idleMinutes: () => number,
  resourceUrl: (path: string) => string,
): AnalysisRouter {
  if (__TOKENIZER_HOST__ === 'offscreen') {
    const client = new OffscreenHostClient(chromeOffscreenApi(), { budgetMs: HOST_BUDGET_MS, idleMinutes });
    // Start the document (and its dictionary load) as soon as the worker starts.
    client.ensure().catch(() => undefined);
    return (req) => client.request(req);
  }
  // Firefox's background page can start a worker: the dictionary lives there, so a runaway request
  // is stopped by terminating it (PreemptibleHost). Chrome's service worker cannot start workers
  // (YOMITOKI_CHROME_HOST=worker): there the host runs in this context and bounds itself.
  const readFile = fetchPackagedFiles(resourceUrl);
  const host =
    __TOKENIZER_HOST__ === 'background'
      ? new PreemptibleHost(
          () => new Worker(new URL('../tokenizer-host/host-worker.ts', import.meta.url), { type: 'module' }),
          readFile,
          HOST_WORKER_BUDGET_MS,
          'background',
        )
      : new TokenizerHost(() => loadBrowserResources(readFile), __TOKENIZER_HOST__, HOST_BATCH_BUDGET_MS);
  void host.warmUp();
  return withIdleRelease(host, idleMinutes);
}

/**
 * The host without an offscreen document (Firefox's worker, Chrome's worker variant): the idle close
 * stops the worker (or releases the dictionaries for the garbage collector).
 */
export function withIdleRelease(
  host: Pick<TokenizerHost, 'handle' | 'release'>,
  idleMinutes: () => number,
): AnalysisRouter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = 0;
  return async (req) => {
    clearTimeout(timer);
    inFlight++;
    try {
      return await host.handle(req);
    } finally {
      inFlight--;
      const minutes = idleMinutes();
      if (inFlight === 0 && minutes > 0) timer = setTimeout(() => host.release(), minutes * 60_000);
    }
  };
}
