import type { Tokenize } from '../core/types';
import { IPADIC_FILE, readCompactIpadic } from './ipadic/format';
import { createIpadicTokenizer } from './ipadic/tokenizer';
import { DictionaryLoadError } from './load-error';
import { IPADIC_PATH, type ReadPackagedFile } from './packaged-files';

/**
 * Browser host: the packaged, uncompressed compact IPADIC, used in place (typed-array views on the
 * delivered buffer). Works in a service worker, an offscreen document, Firefox's background page and
 * the host's worker (which is handed the bytes by the context that started it).
 */
export async function loadBrowserTokenizer(read: ReadPackagedFile): Promise<Tokenize> {
  try {
    const bytes = await read(IPADIC_PATH);
    if (bytes.byteLength === 0) throw new Error('empty file');
    return createIpadicTokenizer(readCompactIpadic(bytes)).tokenize;
  } catch (err) {
    throw new DictionaryLoadError(IPADIC_FILE, err);
  }
}
