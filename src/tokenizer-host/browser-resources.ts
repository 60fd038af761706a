import { loadBrowserGlossary } from './load-glossary-browser';
import type { HostResources } from './tokenizer-host';
import { createAnnotator } from './create-annotator';
import { loadBrowserTokenizer } from './load-tokenizer-browser';
import type { ReadPackagedFile } from './packaged-files';

/**
 * Load everything the host needs from the extension package. `read` gives a packaged file's bytes
 * (fetched in this context, or handed over by the context that started the host's worker), injected
 * so this module needs no browser globals.
 */
export async function loadBrowserResources(read: ReadPackagedFile): Promise<HostResources> {
  const [tokenize, glossary] = await Promise.all([loadBrowserTokenizer(read), loadBrowserGlossary(read)]);
  return {
    tokenize,
    annotate: createAnnotator(tokenize, glossary),
    lookup: (text, offset) => glossary.lookupAt(text, offset),
  };
}
