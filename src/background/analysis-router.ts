import browser from 'webextension-polyfill';
import { TokenizerHost } from '../tokenizer-host/tokenizer-host';
import { loadBrowserResources } from '../tokenizer-host/browser-resources';
import type { HostRequest, Responses } from '../shared/messages';
import { ensureOffscreenDocument, forwardToOffscreen } from './offscreen-host-client';

/** Sends a host request to wherever the tokenizer lives. */
export type AnalysisRouter = <R extends HostRequest>(req: R) => Promise<Responses[R['type']]>;

/**
 * Where analysis runs is decided at build time (see README "Tokenizer host"): Chrome's offscreen
 * document by default, or in this context (Firefox background page; Chrome worker variant).
 */
export function createAnalysisRouter(): AnalysisRouter {
  if (__TOKENIZER_HOST__ === 'offscreen') {
    // Start the document (and its dictionary load) as soon as the worker starts.
    ensureOffscreenDocument().catch(() => undefined);
    return (req) => forwardToOffscreen(req);
  }
  const host = new TokenizerHost(
    () => loadBrowserResources((p) => browser.runtime.getURL(p)),
    __TOKENIZER_HOST__,
  );
  host.warmUp();
  return (req) => host.handle(req);
}
