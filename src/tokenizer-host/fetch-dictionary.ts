import type { Tokenize } from '../core/types';
import { fetchGunzipped } from './fetch-gunzipped';
import { buildKuromojiTokenizer } from './kuromoji-tokenizer';

/**
 * Browser host: fetch the packaged dict/*.dat.gz files and gunzip them with the platform's
 * DecompressionStream. Works in a service worker, an offscreen document and Firefox's background
 * page (no XMLHttpRequest, no eval-like code). `baseUrl` is the extension URL of dict/.
 */
export function loadBrowserTokenizer(baseUrl: string): Promise<Tokenize> {
  return buildKuromojiTokenizer((name) => fetchGunzipped(new URL(name, baseUrl)));
}
