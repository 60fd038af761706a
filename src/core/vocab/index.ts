/**
 * Vocabulary core: the public surface for the extension (background storage, toolbar popup) and for
 * Node tests. Pure TypeScript: no DOM, storage or network; every operation takes a VocabDatabase and
 * returns a new one (the input is never mutated), so the background can keep one value, apply an
 * operation, and persist the result.
 *
 *   load      migrate(stored) → VocabDatabase (any older version upgraded; throws VocabSchemaError)
 *   start     createEmptyDatabase()
 *   capture   addOrUpdateItem(db, { surface, dictionaryForm, reading, meaning, sentence, sentenceOffset,
 *             pageTitle, url, listId? }) → { db, item, created }; findItemsByWord for "already saved"
 *   edit      editItem, deleteItem → { db, deleted } / restoreItem(db, deleted), markKnown, moveItem
 *   lists     createList, renameList, setDefaultList, deleteList → { db, deleted } / restoreList
 *   view      queryItems(db, { listId, text, sort, known }), countItems(db)
 *   export    exportFile(db, 'anki-tsv' | 'csv' | 'json', { listId, date, bom }) → { fileName, mimeType, content }
 *   import    importVocab(db, fileText) → { ok, db, preview: { new, updated, skipped, … }, errors }
 *
 * Refused operations throw VocabError (with a `code` and a message fit for the user).
 */
export * from './model';
export { SCHEMA_VERSION, VocabSchemaError, checkDatabase, migrate } from './schema';
export {
  createEmptyDatabase,
  createList,
  deleteList,
  renameList,
  restoreList,
  setDefaultList,
} from './lists';
export {
  addOrUpdateItem,
  deleteItem,
  editItem,
  findItemsByWord,
  isKnownWord,
  markKnown,
  moveItem,
  removeReadingCorrection,
  restoreItem,
  setReadingCorrection,
  type DeletedItem,
  type ItemPatch,
  type NewVocabItem,
} from './items';
export { countItems, queryItems, type ListCounts, type VocabSort } from './query';
export { exportFile, type ExportedFile } from './export/index';
export { exportAnkiTsv } from './export/anki-tsv';
export { ankiFields, furiganaField } from './export/anki-fields';
export { exportCsv } from './export/csv';
export { exportedItems } from './export/exported-items';
export { NOTE_TYPE_FIELDS, YOMITOKI_DECK, YOMITOKI_NOTE_TYPE } from './export/anki-note-type';
export { BACKUP_FORMAT, exportJsonBackup } from './export/json-backup';
export { exportFileName, slugify } from './export/file-name';
export { CSV_COLUMNS } from './csv/columns';
export { importVocab, type ImportIssue, type ImportOutcome, type ImportPreview } from './import/index';
