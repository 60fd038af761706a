/**
 * Names of the compiled dictionary files in dicts/compiled (and dist/<browser>/dicts). The build writes
 * them, the Node and browser loaders read them; keeping the list here means the two cannot drift apart.
 */
export const COMPILED_FILES = {
  /**
   * EDICT entries sorted by headword: headword, reading, conjugation classes, common flag, senses; a
   * line repeating an earlier line's senses holds '@' + that line's number instead (packed-tables.ts
   * makes it a byte offset for the hosts).
   */
  edictEntries: 'edict-entries.tsv.gz',
  /** Readings of EDICT's kanji headwords, sorted by UTF-8 bytes → entry line numbers (base 36). */
  edictIndex: 'edict-index.tsv.gz',
  /**
   * ENAMDICT subset sorted by surface: katakana names, organisations, companies, products, full names;
   * senses without a leading "(tags) " that repeats the tags column (names.ts restores it).
   */
  names: 'names.tsv.gz',
  /** KANJIDIC2 subset sorted by kanji: grade, JLPT level, on/kun/name readings, English meanings. */
  kanji: 'kanji.tsv.gz',
  /** The project's curated news glossary (acronyms, people, organisations), one line per match key. */
  news: 'news.tsv.gz',
} as const;

export type CompiledFileId = keyof typeof COMPILED_FILES;

/**
 * The name a compiled file has in the extension package: stored uncompressed there (the package is
 * zipped anyway), so the host reads it without a decompression pass.
 */
export function packagedName(compiled: string): string {
  return compiled.replace(/\.gz$/, '');
}

export const SOURCES_MANIFEST = 'SOURCES.json';
