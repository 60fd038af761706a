/**
 * `node dist/cli/package-dicts.js DIR`: write the dictionaries the extension ships into DIR, in the
 * form its host reads them without decompressing (the extension package is zipped anyway):
 *   DIR/ipadic/ipadic.bin   the compact IPADIC (compiled from kuromoji's dict, cached in node_modules/.cache)
 *   DIR/dicts/*.tsv         the glossary tables, gunzipped from dicts/compiled/*.tsv.gz
 * Without DIR it only makes sure the compact IPADIC is compiled (`npm install` runs that).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import { COMPILED_FILES, packagedName } from '../core/glossary/compiled-files';
import { IPADIC_FILE } from '../tokenizer-host/ipadic/format';
import { COMPILED_DICTS_DIR } from '../tokenizer-host/load-glossary-node';
import { compactIpadicBytes } from '../tokenizer-host/node-dictionary';

const gunzip = promisify(gunzipCallback);
const bytes = await compactIpadicBytes();
const dir = process.argv[2];
if (dir) {
  await mkdir(join(dir, 'ipadic'), { recursive: true });
  await mkdir(join(dir, 'dicts'), { recursive: true });
  await writeFile(join(dir, 'ipadic', IPADIC_FILE), bytes);
  await Promise.all(
    Object.values(COMPILED_FILES).map(async (name) =>
      writeFile(join(dir, 'dicts', packagedName(name)), await gunzip(await readFile(join(COMPILED_DICTS_DIR, name)))),
    ),
  );
}
