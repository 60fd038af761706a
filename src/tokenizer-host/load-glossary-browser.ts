/**
 * Browser host of the glossary (extension background / offscreen document): fetches the tables from
 * `baseUrl` (the extension URL of the dicts/ folder the build writes, uncompressed: see
 * src/cli/package-dicts.ts). Cached per base URL.
 */
import { COMPILED_FILES, packagedName, type CompiledFileId } from '../core/glossary/compiled-files';
import { createGlossary, type Glossary, type GlossaryData } from '../core/glossary/glossary';

async function fetchDictionaryFile(url: string): Promise<Uint8Array> {
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    throw new Error(
      `glossary: cannot fetch dictionary ${url}: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err,
      },
    );
  }
}

export async function loadBrowserGlossaryData(baseUrl: string): Promise<GlossaryData> {
  const base = baseUrl.endsWith('/') ? baseUrl : baseUrl + '/';
  const ids = Object.keys(COMPILED_FILES) as CompiledFileId[];
  const bytes = await Promise.all(
    ids.map((id) => fetchDictionaryFile(base + packagedName(COMPILED_FILES[id]))),
  );
  return Object.fromEntries(ids.map((id, i) => [id, bytes[i]])) as GlossaryData;
}

const cache = new Map<string, Promise<Glossary>>();

export function loadBrowserGlossary(baseUrl: string): Promise<Glossary> {
  let p = cache.get(baseUrl);
  if (!p) {
    p = loadBrowserGlossaryData(baseUrl).then(createGlossary);
    cache.set(baseUrl, p);
    p.catch(() => cache.delete(baseUrl));
  }
  return p;
}
