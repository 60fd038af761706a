import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Tokenize } from '../core/types';
import { buildKuromojiTokenizer } from './kuromoji-tokenizer';

/** Node host for the CLI, benchmarks and unit tests: reads kuromoji's dict/ with fs + zlib. */
export function kuromojiDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

let cached: Promise<Tokenize> | undefined;

export function loadNodeTokenizer(dictDir = kuromojiDictDir()): Promise<Tokenize> {
  if (dictDir === kuromojiDictDir() && cached) return cached;
  const p = buildKuromojiTokenizer(async (name) => {
    const gz = await readFile(join(dictDir, name));
    const raw = gunzipSync(gz);
    return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
  });
  if (dictDir === kuromojiDictDir()) cached = p;
  return p;
}
