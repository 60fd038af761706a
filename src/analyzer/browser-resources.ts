import { annotate } from '../core/annotate';
import type { AnalysisResources } from './analysis-host';
import { loadBrowserTokenizer } from './fetch-dictionary';

/**
 * Load everything the host needs from the extension package. `extensionUrl` maps a packaged path
 * to its URL (browser.runtime.getURL), injected so this module needs no browser globals.
 */
export async function loadBrowserResources(extensionUrl: (path: string) => string): Promise<AnalysisResources> {
  const tokenize = await loadBrowserTokenizer(extensionUrl('kuromoji-dict/'));
  return { tokenize, annotate: (text) => annotate(text, tokenize) };
}
