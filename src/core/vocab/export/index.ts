/** One call for the UI: database + format → file name, MIME type and content. */
import type { RubySpan } from '../../types';
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
  /** Anki TSV and CSV: leave out words marked known. */
  excludeKnown?: boolean;
  /** CSV only: start with a BOM for Excel (the default; `false` leaves it out). */
  bom?: boolean;
  /** Anki TSV only: preselect deck / note type in Anki's import dialog. */
  deckName?: string;
  notetype?: string;
  /** Anki TSV only: readings of each item's sentence by item id (SentenceFurigana). */
  sentenceRuby?: ReadonlyMap<string, readonly RubySpan[]>;
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
        ? exportCsv(db, { listId, bom: options.bom, excludeKnown: options.excludeKnown })
        : exportAnkiTsv(db, {
            listId,
            excludeKnown: options.excludeKnown,
            deckName: options.deckName,
            notetype: options.notetype,
            sentenceRuby: options.sentenceRuby,
          });
  return { fileName: exportFileName(listName, format, date), mimeType: EXPORT_MIME_TYPES[format], content };
}
