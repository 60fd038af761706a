import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Tokenize } from '../core/types';
import { compileIpadic, IPADIC_SOURCE_FILES, type IpadicSourceFile } from './ipadic/compile';
import {
  compactIpadicSource,
  FORMAT_VERSION,
  IPADIC_FILE,
  readCompactIpadic,
  writeCompactIpadic,
} from './ipadic/format';
import { createIpadicTokenizer, type IpadicTokenizer } from './ipadic/tokenizer';
import { DictionaryLoadError } from './load-error';

/**
 * Node host of the tokenizer (CLI, benchmarks, tests, `npm run dicts`). The compact IPADIC is
 * compiled from the installed kuromoji package's dict/ once and cached in node_modules/.cache
 * (recompiled when kuromoji's version or the format changes): it is derived data, like a build.
 */
const require = createRequire(import.meta.url);
const kuromojiRoot = () => dirname(require.resolve('kuromoji/package.json'));

export function kuromojiDictDir(): string {
  return join(kuromojiRoot(), 'dict');
}

/** What a compiled file must say it was made from. */
function ipadicSourceKey(): string {
  const { version } = require('kuromoji/package.json') as { version: string };
  return `kuromoji ${version} IPADIC, compact format ${FORMAT_VERSION}`;
}

/** Derived data of this checkout (compiled or decompressed dictionaries), under node_modules/.cache. */
export const nodeCacheDir = (): string => join(kuromojiRoot(), '..', '.cache', 'yomitoki');
export const ipadicCachePath = (): string => join(nodeCacheDir(), IPADIC_FILE);

/** Compile kuromoji's gzipped dict/ files into the compact container (deterministic bytes). */
export async function compileIpadicFromDir(dictDir = kuromojiDictDir()): Promise<Uint8Array> {
  const buffers = await Promise.all(
    IPADIC_SOURCE_FILES.map(async (name) => {
      try {
        const raw = gunzipSync(await readFile(join(dictDir, name)));
        if (raw.byteLength === 0) throw new Error('empty file');
        return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      } catch (err) {
        throw new DictionaryLoadError(name, err);
      }
    }),
  );
  const files = Object.fromEntries(IPADIC_SOURCE_FILES.map((n, i) => [n, buffers[i]!])) as Record<
    IpadicSourceFile,
    Uint8Array
  >;
  return writeCompactIpadic(compileIpadic(files, ipadicSourceKey()));
}

/** The compiled bytes: from the cache when it is current, else compiled now and cached. */
export async function compactIpadicBytes(cachePath = ipadicCachePath()): Promise<Uint8Array> {
  const cached = await readFile(cachePath).catch(() => undefined);
  if (cached && compactIpadicSource(cached) === ipadicSourceKey()) return cached;
  const bytes = await compileIpadicFromDir();
  await mkdir(dirname(cachePath), { recursive: true });
  // Written under a temporary name and renamed, so a concurrent reader never sees half a file.
  const tmp = `${cachePath}.${randomUUID()}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, cachePath);
  return bytes;
}

let cached: Promise<IpadicTokenizer> | undefined;

/** The compact IPADIC tokenizer, loaded once per process (a failed load is retried by the next call). */
export function loadNodeIpadic(): Promise<IpadicTokenizer> {
  cached ??= compactIpadicBytes().then((bytes) => createIpadicTokenizer(readCompactIpadic(bytes)));
  cached.catch(() => (cached = undefined));
  return cached;
}

export async function loadNodeTokenizer(): Promise<Tokenize> {
  return (await loadNodeIpadic()).tokenize;
}
