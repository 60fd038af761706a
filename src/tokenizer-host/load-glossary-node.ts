/**
 * Node host of the glossary (CLI, benchmarks, tests): reads dicts/compiled/*.gz with fs + zlib, turns
 * the sorted tables into their in-memory encoding (packed-text.ts; the news glossary stays UTF-8),
 * and keeps the result in node_modules/.cache (named by the checksum SOURCES.json records for the
 * compressed file and by the encoding), so later starts read them as they are. The extension ships
 * the same bytes (src/cli/package-dicts.ts). Loaded once per process.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import {
  COMPILED_FILES,
  PACKED_TABLES,
  packagedName,
  SOURCES_MANIFEST,
  type CompiledFileId,
} from '../core/glossary/compiled-files';
import { packUtf8 } from '../core/glossary/packed-text';
import { createGlossary, type Glossary, type GlossaryData } from '../core/glossary/glossary';
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

async function readCompiled(
  dir: string,
  id: CompiledFileId,
  manifest: Manifest | undefined,
): Promise<Uint8Array> {
  const name = COMPILED_FILES[id];
  const path = join(dir, name);
  const packed = PACKED_TABLES.has(id);
  const recorded = manifest?.outputs?.[name];
  const cached = recorded?.sha256
    ? join(
        nodeCacheDir(),
        'dicts',
        `${recorded.sha256.slice(0, 16)}-${packed ? 'packed-' : ''}${packagedName(name)}`,
      )
    : undefined;
  try {
    // The compressed file must still be there, the size the manifest records, for its copy to count
    // (copies are written whole and renamed into place, so one that exists is complete).
    if (cached && (await stat(path)).size === recorded?.bytes) {
      const hit = await readFile(cached).catch(() => undefined);
      if (hit && hit.byteLength > 0) return new Uint8Array(hit.buffer, hit.byteOffset, hit.byteLength);
    }
    const raw = await gunzip(await readFile(path));
    const bytes = packed ? packUtf8(raw) : new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    if (cached) {
      await mkdir(dirname(cached), { recursive: true });
      const tmp = `${cached}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, cached);
    }
    return bytes;
  } catch (err) {
    throw new Error(
      `glossary: cannot load dictionary ${path}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

export async function loadNodeGlossaryData(dir = COMPILED_DICTS_DIR): Promise<GlossaryData> {
  const ids = Object.keys(COMPILED_FILES) as CompiledFileId[];
  const manifest = await readFile(join(dir, SOURCES_MANIFEST), 'utf8').then(
    (t) => JSON.parse(t) as Manifest,
    () => undefined,
  );
  const bytes = await Promise.all(ids.map((id) => readCompiled(dir, id, manifest)));
  return Object.fromEntries(ids.map((id, i) => [id, bytes[i]])) as GlossaryData;
}

let cached: Promise<Glossary> | undefined;

export function loadNodeGlossary(dir = COMPILED_DICTS_DIR): Promise<Glossary> {
  if (dir !== COMPILED_DICTS_DIR) return loadNodeGlossaryData(dir).then(createGlossary);
  cached ??= loadNodeGlossaryData(dir).then(createGlossary);
  // A failed load is not cached: the next caller retries and sees the error again.
  cached.catch(() => (cached = undefined));
  return cached;
}
