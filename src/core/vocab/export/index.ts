/** One call for the UI: database + format → file name, MIME type and content. */
import { getList, type VocabDatabase } from '../model';
import { exportAnkiTsv } from './anki-tsv';
import { exportCsv } from './csv';
import { EXPORT_MIME_TYPES, exportFileName, type ExportFormat } from './file-name';
import { exportJsonBackup } from './json-backup';

export interface ExportOptions {
  /** Export one list (Anki TSV and CSV); JSON backups always hold everything. */
  listId?: string;
  /** Date for the file name (local day) and the backup's `exportedAt`; defaults to now. */
  date?: Date;
  /** CSV only: start with a BOM for Excel. */
  bom?: boolean;
  /** Anki TSV only: preselect deck / note type in Anki's import dialog. */
  deckName?: string;
  notetype?: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export function exportFile(
  db: VocabDatabase,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportedFile {
  const date = options.date ?? new Date();
  const listId = format === 'json' ? undefined : options.listId;
  const listName = listId === undefined ? undefined : getList(db, listId).name;
  const content =
    format === 'json'
      ? exportJsonBackup(db, date.toISOString())
      : format === 'csv'
        ? exportCsv(db, { listId, bom: options.bom })
        : exportAnkiTsv(db, { listId, deckName: options.deckName, notetype: options.notetype });
  return { fileName: exportFileName(listName, format, date), mimeType: EXPORT_MIME_TYPES[format], content };
}
