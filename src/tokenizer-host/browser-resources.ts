import { loadBrowserGlossary } from './load-glossary-browser';
import type { HostResources } from './tokenizer-host';
import { createAnnotator } from './create-annotator';
import { loadBrowserTokenizer } from './fetch-dictionary';

/**
 * Load everything the host needs from the extension package. `extensionUrl` maps a packaged path
 * to its URL (browser.runtime.getURL), injected so this module needs no browser globals.
 */
export async function loadBrowserResources(extensionUrl: (path: string) => string): Promise<HostResources> {
  const [tokenize, glossary] = await Promise.all([
    loadBrowserTokenizer(extensionUrl('ipadic/')),
    loadBrowserGlossary(extensionUrl('dicts/')),
  ]);
  return {
    tokenize,
    annotate: createAnnotator(tokenize, glossary),
    lookup: (text, offset) => glossary.lookupAt(text, offset),
  };
}
