import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPILED_DIR, NOTICE_FILE, readCuratedSources, REPO_ROOT } from '../../dicts/build/build-dicts';
import { compileNews } from '../../dicts/build/compile-news';
import { gzipDeterministic, rowsToText } from '../../dicts/build/sorted-tsv';
import { COMPILED_FILES, SOURCES_MANIFEST } from '../../src/core/glossary/compiled-files';

interface Manifest {
  inputs: Record<string, { path: string; sha256: string; bytes: number }>;
  outputs: Record<string, { sha256: string; bytes: number }>;
}

const manifest = JSON.parse(readFileSync(join(COMPILED_DIR, SOURCES_MANIFEST), 'utf8')) as Manifest;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('dicts/compiled/SOURCES.json', () => {
  const repoInputs = Object.values(manifest.inputs).filter((i) => !i.path.startsWith('/'));

  it('records the Debian inputs and every curated source', () => {
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(['edict', 'enamdict', 'kanjidic2']));
    const paths = repoInputs.map((i) => i.path);
    for (const name of ['news-acronyms.tsv', 'news-people.tsv', 'news-organisations.tsv']) {
      expect(paths).toContain(`dicts/sources/${name}`);
    }
  });

  // The Debian files are not in the repository; the ones that are must be what was compiled.
  it.each(repoInputs.map((i) => [i.path, i] as const))(
    '%s matches its recorded checksum (rerun `npm run dicts`)',
    (path, input) => {
      const bytes = readFileSync(join(REPO_ROOT, path));
      expect(sha256(bytes)).toBe(input.sha256);
    },
  );

  it.each(Object.values(COMPILED_FILES))('%s matches its recorded checksum', (name) => {
    const path = join(COMPILED_DIR, name);
    expect(existsSync(path)).toBe(true);
    expect(sha256(readFileSync(path))).toBe(manifest.outputs[name]?.sha256);
  });

  it('lists no output the build does not write', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(Object.values(COMPILED_FILES).sort());
  });
});

describe('rebuilding', () => {
  it('gives the committed news glossary byte for byte from the curated sources', async () => {
    const { files } = await readCuratedSources();
    const rebuilt = gzipDeterministic(rowsToText(compileNews(files).rows));
    const committed = readFileSync(join(COMPILED_DIR, COMPILED_FILES.news));
    expect(gunzipSync(rebuilt).equals(gunzipSync(committed))).toBe(true);
    expect(rebuilt.equals(committed)).toBe(true);
  });

  it('ships the attribution and licence notice with the data', () => {
    const notice = readFileSync(join(COMPILED_DIR, NOTICE_FILE), 'utf8');
    expect(notice).toMatch(/Electronic Dictionary Research and Development Group/);
    expect(notice).toMatch(/CC BY-SA 3\.0/);
    const attribution = readFileSync(join(REPO_ROOT, 'dicts', 'ATTRIBUTION.md'), 'utf8').trim();
    expect(notice).toContain(attribution);
  });

  it('keeps all compiled data within the 12 MB compressed budget', () => {
    const total = Object.values(COMPILED_FILES).reduce(
      (n, f) => n + readFileSync(join(COMPILED_DIR, f)).length,
      0,
    );
    expect(total).toBeLessThanOrEqual(12_000_000);
  });
});
