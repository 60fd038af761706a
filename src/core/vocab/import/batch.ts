import type { KnownWord, ReadingCorrection, VocabItem, VocabList } from '../model';

/**
 * A validated import, whatever the file format: lists and items whose `listId`s refer to `lists`
 * (or to DEFAULT_LIST_REF: "the target database's default list", used by CSV rows without a list).
 */
export interface ImportBatch {
  source: 'json' | 'csv';
  lists: VocabList[];
  items: VocabItem[];
  knownWords: KnownWord[];
  readingCorrections: ReadingCorrection[];
}

export const DEFAULT_LIST_REF = '\u0000default-list';
