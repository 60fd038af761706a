/**
 * Node host of the glossary (CLI, benchmarks, tests): reads dicts/compiled/*.gz with fs + zlib.
 * Loaded once per process and cached.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import { COMPILED_FILES, type CompiledFileId } from '../core/glossary/compiled-files';
import { createGlossary, type Glossary, type GlossaryData } from '../core/glossary/glossary';

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

async function readCompiled(dir: string, name: string): Promise<Uint8Array> {
  const path = join(dir, name);
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
  const ids = Object.keys(COMPILED_FILES) as CompiledFileId[];
  const bytes = await Promise.all(ids.map((id) => readCompiled(dir, COMPILED_FILES[id])));
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
