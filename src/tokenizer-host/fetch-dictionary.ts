import type { Tokenize } from '../core/types';
import { IPADIC_FILE, readCompactIpadic } from './ipadic/format';
import { createIpadicTokenizer } from './ipadic/tokenizer';
import { DictionaryLoadError } from './load-error';

/**
 * Browser host: one fetch of the packaged, uncompressed compact IPADIC, used in place (typed-array
 * views on the response buffer). Works in a service worker, an offscreen document and Firefox's
 * background page. `baseUrl` is the extension URL of the folder holding it.
 */
export async function loadBrowserTokenizer(baseUrl: string): Promise<Tokenize> {
  let bytes: Uint8Array;
  try {
    const res = await fetch(new URL(IPADIC_FILE, baseUrl));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength === 0) throw new Error('empty file');
    return createIpadicTokenizer(readCompactIpadic(bytes)).tokenize;
  } catch (err) {
    throw new DictionaryLoadError(IPADIC_FILE, err);
  }
}
