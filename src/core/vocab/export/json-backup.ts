/** Complete, versioned JSON backup: everything needed to rebuild the database elsewhere. */
import type { KnownWord, ReadingCorrection, VocabDatabase, VocabItem, VocabList } from '../model';

export const BACKUP_FORMAT = 'yomitoki-backup';

interface JsonBackup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  lists: VocabList[];
  items: VocabItem[];
  knownWords: KnownWord[];
  readingCorrections: ReadingCorrection[];
}

function createJsonBackup(db: VocabDatabase, exportedAt: string = new Date().toISOString()): JsonBackup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: db.schemaVersion,
    exportedAt,
    lists: db.lists,
    items: db.items,
    knownWords: db.knownWords,
    readingCorrections: db.readingCorrections,
  };
}

export function exportJsonBackup(db: VocabDatabase, exportedAt?: string): string {
  return `${JSON.stringify(createJsonBackup(db, exportedAt), null, 2)}\n`;
}
