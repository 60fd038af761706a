/**
 * `npm run dicts`: compiles dicts/compiled/* from Debian's EDICT, ENAMDICT and KANJIDIC2
 * (/usr/share/edict, packages edict enamdict kanjidic-xml) and the curated dicts/sources/news-*.tsv.
 * The output is committed; running this again on the same inputs gives the same bytes.
 * dicts/compiled/SOURCES.json records the sha256 of every input and output.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILED_FILES, SOURCES_MANIFEST } from '../../src/core/glossary/compiled-files';
import { compileEdict } from './compile-edict';
import { compileEnamdict, parseEnamdictOverrides } from './compile-enamdict';
import { compileKanjidic2 } from './compile-kanjidic';
import { compileNews, CURATED_SOURCES, type CuratedSourceId } from './compile-news';
import { parseCuratedTsv, type CuratedFile } from './curated-tsv';
import {
  DEBIAN_EDICT_DIR,
  decodeEucJp,
  decodeGzipUtf8,
  missingDebianFiles,
  readDebianFile,
  type RawSource,
} from './debian-sources';
import { gzipDeterministic, rowsToText, sha256, type Row } from './sorted-tsv';

export const DICTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = join(DICTS_DIR, '..');
export const COMPILED_DIR = join(DICTS_DIR, 'compiled');
export const SOURCES_DIR = join(DICTS_DIR, 'sources');
export const OVERRIDES_FILE = join(DICTS_DIR, 'build', 'enamdict-overrides.tsv');

interface InputRecord {
  path: string;
  sha256: string;
  bytes: number;
  header?: string;
}

interface OutputRecord {
  sha256: string;
  bytes: number;
  lines: number;
  uncompressedBytes: number;
}

const rel = (p: string) => relative(REPO_ROOT, p);

async function readRepoFile(path: string): Promise<RawSource> {
  return { path, bytes: await readFile(path) };
}

/** Reads the curated sources that exist so far (the build works on partial data). */
export async function readCuratedSources(): Promise<{
  files: Map<CuratedSourceId, CuratedFile>;
  raw: RawSource[];
}> {
  const files = new Map<CuratedSourceId, CuratedFile>();
  const raw: RawSource[] = [];
  for (const [id, name] of Object.entries(CURATED_SOURCES) as [CuratedSourceId, string][]) {
    const path = join(SOURCES_DIR, name);
    if (!existsSync(path)) continue;
    const src = await readRepoFile(path);
    raw.push(src);
    files.set(id, parseCuratedTsv(name, src.bytes.toString('utf8')));
  }
  return { files, raw };
}

async function main(): Promise<number> {
  const missing = missingDebianFiles();
  if (missing.length > 0) {
    process.stderr.write(
      `npm run dicts: dictionary sources not found:\n  ${missing.join('\n  ')}\n` +
        `Install them with: apt-get install -y edict enamdict kanjidic kanjidic-xml\n` +
        `(or point YOMITOKI_EDICT_DIR at a folder holding edict, enamdict and kanjidic2.xml.gz).\n` +
        `The committed dicts/compiled/ files are unchanged.\n`,
    );
    return 1;
  }
  const started = performance.now();
  const inputs: Record<string, InputRecord> = {};
  const record = (id: string, src: RawSource, header?: string) => {
    const path = src.path.startsWith(REPO_ROOT) ? rel(src.path) : src.path;
    inputs[id] = { path, sha256: sha256(src.bytes), bytes: src.bytes.length, ...(header ? { header } : {}) };
  };

  const edictSrc = await readDebianFile('edict');
  const edictText = decodeEucJp(edictSrc.bytes);
  const edict = compileEdict(edictText);
  record('edict', edictSrc, edict.header);

  const enamSrc = await readDebianFile('enamdict');
  const overridesSrc = await readRepoFile(OVERRIDES_FILE);
  const enamText = decodeEucJp(enamSrc.bytes);
  const names = compileEnamdict(
    enamText,
    parseEnamdictOverrides(overridesSrc.bytes.toString('utf8')),
    edictText,
  );
  record('enamdict', enamSrc, names.header);
  record('enamdict-overrides', overridesSrc);

  const kanjiSrc = await readDebianFile('kanjidic2');
  const kanji = compileKanjidic2(decodeGzipUtf8(kanjiSrc.bytes));
  record('kanjidic2', kanjiSrc, kanji.header);

  const curated = await readCuratedSources();
  for (const src of curated.raw) record(rel(src.path), src);
  const news = compileNews(curated.files);
  for (const w of news.warnings) process.stderr.write(`warning: ${w}\n`);

  const tables: [string, Row[]][] = [
    [COMPILED_FILES.edictEntries, edict.entries],
    [COMPILED_FILES.edictIndex, edict.index],
    [COMPILED_FILES.names, names.rows],
    [COMPILED_FILES.kanji, kanji.rows],
    [COMPILED_FILES.news, news.rows],
  ];
  await mkdir(COMPILED_DIR, { recursive: true });
  const outputs: Record<string, OutputRecord> = {};
  let total = 0;
  for (const [name, rows] of tables) {
    const text = rowsToText(rows);
    const gz = gzipDeterministic(text);
    await writeFile(join(COMPILED_DIR, name), gz);
    outputs[name] = {
      sha256: sha256(gz),
      bytes: gz.length,
      lines: rows.length,
      uncompressedBytes: Buffer.byteLength(text),
    };
    total += gz.length;
    process.stdout.write(
      `${name.padEnd(22)} ${String(rows.length).padStart(7)} lines ${(gz.length / 1e6).toFixed(2)} MB gz\n`,
    );
  }
  const manifest = {
    note: 'Written by `npm run dicts` (dicts/build/build-dicts.ts). Checksums are sha256 of the file bytes.',
    debianDir: DEBIAN_EDICT_DIR,
    inputs,
    outputs,
  };
  await writeFile(join(COMPILED_DIR, SOURCES_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  process.stdout.write(
    `total ${(total / 1e6).toFixed(2)} MB gz in ${rel(COMPILED_DIR)} (${((performance.now() - started) / 1000).toFixed(1)} s); ` +
      `${names.overridden} ENAMDICT entries overridden\n`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
