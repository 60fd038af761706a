import type { Tokenize } from '../core/types';
import { buildKuromojiTokenizer } from './kuromoji-tokenizer';

/**
 * Browser host: fetch the packaged dict/*.dat.gz files and gunzip them with the platform's
 * DecompressionStream. Works in a service worker, an offscreen document and Firefox's background
 * page (no XMLHttpRequest, no eval-like code). `baseUrl` is the extension URL of dict/.
 */
export function loadBrowserTokenizer(baseUrl: string): Promise<Tokenize> {
  return buildKuromojiTokenizer(async (name) => {
    const res = await fetch(new URL(name, baseUrl));
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    const stream = res.body.pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  });
}
