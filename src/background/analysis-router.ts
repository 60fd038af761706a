import browser from 'webextension-polyfill';
import { AnalysisHost } from '../analyzer/analysis-host';
import { loadBrowserResources } from '../analyzer/browser-resources';
import type { HostRequest, Responses } from '../shared/messages';
import { HOST_BATCH_BUDGET_MS, HOST_BUDGET_MS } from '../shared/host-limits';
import { OffscreenHostClient, chromeOffscreenApi } from './offscreen-host-client';

/** Sends a host request to wherever the tokenizer lives. */
export type AnalysisRouter = <R extends HostRequest>(req: R) => Promise<Responses[R['type']]>;

/**
 * Where analysis runs is decided at build time (see README "Tokenizer host"): Chrome's offscreen
 * document by default, or in this context (Firefox background page; Chrome worker variant).
 * `idleMinutes` (read at each request): how long the host stays loaded without a request.
 */
export function createAnalysisRouter(idleMinutes: () => number): AnalysisRouter {
  if (__TOKENIZER_HOST__ === 'offscreen') {
    const client = new OffscreenHostClient(chromeOffscreenApi(), { budgetMs: HOST_BUDGET_MS, idleMinutes });
    // Start the document (and its dictionary load) as soon as the worker starts.
    client.ensure().catch(() => undefined);
    return (req) => client.request(req);
  }
  const host = new AnalysisHost(
    () => loadBrowserResources((p) => browser.runtime.getURL(p)),
    __TOKENIZER_HOST__,
    HOST_BATCH_BUDGET_MS,
  );
  host.warmUp();
  return withIdleRelease(host, idleMinutes);
}

/**
 * The host in this very context (Firefox's background page, Chrome's worker variant): it cannot be
 * closed or preempted from outside, so a request is bounded by the host's own check between texts,
 * and the idle close releases the dictionaries for the garbage collector.
 */
export function withIdleRelease(
  host: Pick<AnalysisHost, 'handle' | 'release'>,
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
