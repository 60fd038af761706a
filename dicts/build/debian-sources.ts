/** Where the Debian dictionary packages put their files, and how to read them. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DEBIAN_EDICT_DIR = process.env.YOMITOKI_EDICT_DIR ?? '/usr/share/edict';

const DEBIAN_FILES = {
  edict: 'edict',
  enamdict: 'enamdict',
  kanjidic2: 'kanjidic2.xml.gz',
} as const;

export type DebianFileId = keyof typeof DEBIAN_FILES;

/** Missing files, as absolute paths; empty when everything the build needs is installed. */
export function missingDebianFiles(dir = DEBIAN_EDICT_DIR): string[] {
  return Object.values(DEBIAN_FILES)
    .map((name) => join(dir, name))
    .filter((path) => !existsSync(path));
}

export interface RawSource {
  path: string;
  bytes: Buffer;
}

export async function readDebianFile(id: DebianFileId, dir = DEBIAN_EDICT_DIR): Promise<RawSource> {
  const path = join(dir, DEBIAN_FILES[id]);
  return { path, bytes: await readFile(path) };
}

/** EDICT and ENAMDICT are EUC-JP; KANJIDIC2 is gzipped UTF-8 XML. */
export function decodeEucJp(bytes: Buffer): string {
  return new TextDecoder('euc-jp', { fatal: false }).decode(bytes);
}

export function decodeGzipUtf8(bytes: Buffer): string {
  return gunzipSync(bytes).toString('utf8');
}
