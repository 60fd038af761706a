import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILED_FILES, packagedName, type CompiledFileId } from '../../src/core/glossary/compiled-files';
import { loadNodeGlossaryData } from '../../src/tokenizer-host/load-glossary-node';
import { loadBrowserGlossary, loadBrowserGlossaryData } from '../../src/tokenizer-host/load-glossary-browser';
import { fetchPackagedFiles } from '../../src/tokenizer-host/packaged-files';

// Node 20 has fetch, so the browser loader runs here against a local server that serves the tables
// the way the extension serves dist/<browser>/dicts (what package-dicts writes: the Node loader's bytes).
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '').split('/').pop() ?? '';
    if (req.url?.startsWith('/missing/')) {
      res.writeHead(404).end();
      return;
    }
    const id = (Object.keys(COMPILED_FILES) as CompiledFileId[]).find(
      (k) => packagedName(COMPILED_FILES[k]) === name,
    );
    if (!id) {
      res.writeHead(404).end();
      return;
    }
    void loadNodeGlossaryData().then((data) => res.writeHead(200).end(data[id]));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('loadBrowserGlossary', () => {
  it('fetches the packaged tables and gives a working glossary', async () => {
    const glossary = await loadBrowserGlossary(fetchPackagedFiles((path) => `${origin}/${path}`));
    const terms = glossary.detectTerms('英国のジェームズ・クレバリー外相とＣＩＳＡ', []);
    expect(terms.map((t) => t.english)).toEqual(['James Cleverly', expect.stringMatching(/Cybersecurity/)]);
    expect(glossary.lookupAt('呼んだ', 0)?.entries[0]?.entry.headword).toBe('呼ぶ');
  }, 30_000);

  it('names the dictionary file it could not load', async () => {
    const read = fetchPackagedFiles((path) => `${origin}/missing/${path}`);
    await expect(loadBrowserGlossaryData(read)).rejects.toThrow(
      /cannot load dictionary dicts\/\S+\.tsv: cannot fetch http:\/\/.*\/missing\/dicts\/\S+\.tsv: HTTP 404/,
    );
  });
});
