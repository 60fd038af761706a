/**
 * `node dist/cli/package-dicts.js DIR`: write the dictionaries the extension ships into DIR, in the
 * form its host reads them without decompressing (the extension package is zipped anyway):
 *   DIR/ipadic/ipadic.bin   the compact IPADIC (compiled from kuromoji's dict)
 *   DIR/dicts/*.tsv         the glossary tables (dicts/compiled/*.tsv.gz, gunzipped)
 * Without DIR it only fills the Node cache (node_modules/.cache) with both; `npm install` runs that.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMPILED_FILES, packagedName, type CompiledFileId } from '../core/glossary/compiled-files';
import { IPADIC_FILE } from '../tokenizer-host/ipadic/format';
import { loadNodeGlossaryData } from '../tokenizer-host/load-glossary-node';
import { compactIpadicBytes } from '../tokenizer-host/node-dictionary';

const [ipadic, glossary] = await Promise.all([compactIpadicBytes(), loadNodeGlossaryData()]);
const dir = process.argv[2];
if (dir) {
  await mkdir(join(dir, 'ipadic'), { recursive: true });
  await mkdir(join(dir, 'dicts'), { recursive: true });
  await writeFile(join(dir, 'ipadic', IPADIC_FILE), ipadic);
  await Promise.all(
    (Object.keys(COMPILED_FILES) as CompiledFileId[]).map((id) =>
      writeFile(join(dir, 'dicts', packagedName(COMPILED_FILES[id])), glossary[id]),
    ),
  );
}
