/**
 * The dictionary files the tokenizer host loads from the extension package, and the one way they are
 * read there. Chrome delivers packaged files at a few ms per MB, so the context that starts the host's
 * worker fetches them while the worker itself is still starting (PreemptibleHost) and hands the
 * buffers over; a host in the background context fetches them itself. Either way the loaders see only
 * a `ReadPackagedFile`.
 */
import { COMPILED_FILES, packagedName } from '../core/glossary/compiled-files';
import { IPADIC_FILE } from './ipadic/format';

/** Packaged path (relative to the extension root) → its bytes. */
export type ReadPackagedFile = (path: string) => Promise<Uint8Array>;

export const IPADIC_PATH = `ipadic/${IPADIC_FILE}`;

/** Packaged path of a compiled glossary table (the build writes them uncompressed into dicts/). */
export function glossaryPath(compiled: string): string {
  return `dicts/${packagedName(compiled)}`;
}

/** Every file the host needs. */
export const HOST_FILES: readonly string[] = [
  IPADIC_PATH,
  ...Object.values(COMPILED_FILES).map(glossaryPath),
];

/** Reads packaged files with fetch; `url` maps a packaged path to its URL. Failures name the URL. */
export function fetchPackagedFiles(url: (path: string) => string): ReadPackagedFile {
  return async (path) => {
    const at = url(path);
    let res: Response;
    try {
      res = await fetch(at);
    } catch (err) {
      throw new Error(`cannot fetch ${at}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    if (!res.ok) throw new Error(`cannot fetch ${at}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}
