import browser from 'webextension-polyfill';
import { AnalysisHost } from '../analyzer/analysis-host';
import { loadBrowserResources } from '../analyzer/browser-resources';
import type { AnnotateRequest, LookupRequest, Responses } from '../shared/messages';
import { ensureOffscreenDocument, forwardToOffscreen } from './offscreen-host-client';

export interface AnalysisRouter {
  annotate(req: AnnotateRequest): Promise<Responses['annotate']>;
  lookup(req: LookupRequest): Promise<Responses['lookup']>;
}

/**
 * Where analysis runs is decided at build time (see README "Tokenizer host"): Chrome's offscreen
 * document by default, or in this context (Firefox background page; Chrome worker variant).
 */
export function createAnalysisRouter(): AnalysisRouter {
  if (__TOKENIZER_HOST__ === 'offscreen') {
    // Start the document (and its dictionary load) as soon as the worker starts.
    ensureOffscreenDocument().catch(() => undefined);
    return { annotate: (r) => forwardToOffscreen(r), lookup: (r) => forwardToOffscreen(r) };
  }
  const host = new AnalysisHost(() => loadBrowserResources((p) => browser.runtime.getURL(p)));
  host.warmUp();
  return { annotate: (r) => host.handle(r), lookup: (r) => host.handle(r) };
}
