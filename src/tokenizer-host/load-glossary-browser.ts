/**
 * Browser host of the glossary: the packaged tables (uncompressed: see src/cli/package-dicts.ts),
 * read with the host's `ReadPackagedFile`. Not cached here: the host keeps what it loaded, and its
 * idle release must be able to free it.
 */
import { COMPILED_FILES, type CompiledFileId } from '../core/glossary/compiled-files';
import { createGlossary, type Glossary, type GlossaryData } from '../core/glossary/glossary';
import { glossaryPath, type ReadPackagedFile } from './packaged-files';

async function readTable(read: ReadPackagedFile, path: string): Promise<Uint8Array> {
  try {
    return await read(path);
  } catch (err) {
    throw new Error(
      `glossary: cannot load dictionary ${path}: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err,
      },
    );
  }
}

export async function loadBrowserGlossaryData(read: ReadPackagedFile): Promise<GlossaryData> {
  const ids = Object.keys(COMPILED_FILES) as CompiledFileId[];
  const bytes = await Promise.all(ids.map((id) => readTable(read, glossaryPath(COMPILED_FILES[id]))));
  return Object.fromEntries(ids.map((id, i) => [id, bytes[i]])) as GlossaryData;
}

export function loadBrowserGlossary(read: ReadPackagedFile): Promise<Glossary> {
  return loadBrowserGlossaryData(read).then(createGlossary);
}
