/**
 * `node dist/cli/ipadic.js [DIR]`: make sure the compact IPADIC is compiled (cached under
 * node_modules/.cache), and with DIR write it there too (the extension build packages it this way).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IPADIC_FILE } from '../tokenizer-host/ipadic/format';
import { compactIpadicBytes } from '../tokenizer-host/node-dictionary';

const bytes = await compactIpadicBytes();
const dir = process.argv[2];
if (dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, IPADIC_FILE), bytes);
}
