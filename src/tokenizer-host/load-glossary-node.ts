/**
 * Node host of the glossary (CLI, benchmarks, tests): reads dicts/compiled/*.gz with fs + zlib, puts
 * the tables in the form the hosts read (packed-tables.ts: packed encoding, EDICT's references as
 * byte offsets), and keeps that in node_modules/.cache, named by the checksums SOURCES.json records
 * for the compressed files, so later starts read it as it is. The extension ships the same bytes
 * (src/cli/package-dicts.ts). Loaded once per process.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import {
  COMPILED_FILES,
  packagedName,
  SOURCES_MANIFEST,
  type CompiledFileId,
} from '../core/glossary/compiled-files';
import { createGlossary, type Glossary, type GlossaryData } from '../core/glossary/glossary';
import { packGlossaryTables, REFERENCE_DIGITS } from '../core/glossary/packed-tables';
import { nodeCacheDir } from './node-dictionary';

export const COMPILED_DICTS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'dicts',
  'compiled',
);

// Asynchronous gunzip runs on libuv's thread pool: the five files decompress in parallel, and in
// parallel with the CLI reading its input.
const gunzip = promisify(gunzipCallback);

type Manifest = {
  outputs?: Record<string, { sha256?: string; bytes?: number }>;
};

const ids = Object.keys(COMPILED_FILES) as CompiledFileId[];

/**
 * Cache file names for this set of compiled files (the tables depend on each other: EDICT's index
 * holds offsets into its entries), or undefined when the manifest does not record them all.
 */
function cachePaths(manifest: Manifest | undefined): Record<CompiledFileId, string> | undefined {
  const recorded = ids.map((id) => manifest?.outputs?.[COMPILED_FILES[id]]?.sha256);
  if (recorded.some((sha) => !sha)) return undefined;
  const key = createHash('sha256')
    .update(`packed-tables ${REFERENCE_DIGITS} ${recorded.join(' ')}`)
    .digest('hex')
    .slice(0, 16);
  return Object.fromEntries(
    ids.map((id) => [id, join(nodeCacheDir(), 'dicts', `${key}-${packagedName(COMPILED_FILES[id])}`)]),
  ) as Record<CompiledFileId, string>;
}

/** The cached tables, when every one is there and every compressed file still has its recorded size. */
async function readCached(
  dir: string,
  manifest: Manifest | undefined,
  paths: Record<CompiledFileId, string>,
): Promise<GlossaryData | undefined> {
  const hits = await Promise.all(
    ids.map(async (id) => {
      const recorded = manifest?.outputs?.[COMPILED_FILES[id]];
      const size = await stat(join(dir, COMPILED_FILES[id])).then(
        (s) => s.size,
        () => -1,
      );
      if (size !== recorded?.bytes) return undefined;
      // Copies are written whole and renamed into place: one that exists is complete.
      const hit = await readFile(paths[id]).catch(() => undefined);
      return hit && hit.byteLength > 0
        ? new Uint8Array(hit.buffer, hit.byteOffset, hit.byteLength)
        : undefined;
    }),
  );
  if (hits.some((h) => !h)) return undefined;
  return Object.fromEntries(ids.map((id, i) => [id, hits[i]])) as GlossaryData;
}

async function readCompiled(dir: string, id: CompiledFileId): Promise<Uint8Array> {
  const path = join(dir, COMPILED_FILES[id]);
  try {
    const raw = await gunzip(await readFile(path));
    return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  } catch (err) {
    throw new Error(
      `glossary: cannot load dictionary ${path}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

export async function loadNodeGlossaryData(dir = COMPILED_DICTS_DIR): Promise<GlossaryData> {
  const manifest = await readFile(join(dir, SOURCES_MANIFEST), 'utf8').then(
    (t) => JSON.parse(t) as Manifest,
    () => undefined,
  );
  const paths = cachePaths(manifest);
  const cached = paths ? await readCached(dir, manifest, paths) : undefined;
  if (cached) return cached;
  const compiled = await Promise.all(ids.map((id) => readCompiled(dir, id)));
  const data = packGlossaryTables(Object.fromEntries(ids.map((id, i) => [id, compiled[i]])) as GlossaryData);
  if (paths) {
    await mkdir(join(nodeCacheDir(), 'dicts'), { recursive: true });
    await Promise.all(
      ids.map(async (id) => {
        const tmp = `${paths[id]}.${randomUUID()}.tmp`;
        await writeFile(tmp, data[id]);
        await rename(tmp, paths[id]);
      }),
    );
  }
  return data;
}

let cached: Promise<Glossary> | undefined;

export function loadNodeGlossary(dir = COMPILED_DICTS_DIR): Promise<Glossary> {
  if (dir !== COMPILED_DICTS_DIR) return loadNodeGlossaryData(dir).then(createGlossary);
  cached ??= loadNodeGlossaryData(dir).then(createGlossary);
  // A failed load is not cached: the next caller retries and sees the error again.
  cached.catch(() => (cached = undefined));
  return cached;
}
