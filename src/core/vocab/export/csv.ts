/** CSV export: RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM by default so Excel detects UTF-8. */
import { CSV_COLUMNS, protectFormula, type CsvColumn } from '../csv/columns';
import { formatCsvRecord } from '../csv/rfc4180';
import type { VocabDatabase, VocabItem } from '../model';
import { exportedItems } from './exported-items';

export interface CsvExportOptions {
  /** Export one list; every item when absent. */
  listId?: string;
  /** Leave out words marked known. */
  excludeKnown?: boolean;
  /**
   * Start with U+FEFF (the default): Excel then reads the file as UTF-8 instead of the system code
   * page, which turns Japanese into mojibake. `false` for tools that do not expect one.
   */
  bom?: boolean;
}

function row(item: VocabItem, listName: string): string[] {
  const values: Record<CsvColumn, string> = {
    list: listName,
    surface: item.surface,
    dictionary_form: item.dictionaryForm,
    reading: item.reading,
    meaning: item.meaning,
    notes: item.notes,
    sentence: item.sentence,
    sentence_offset: item.sentenceOffset === undefined ? '' : String(item.sentenceOffset),
    page_title: item.pageTitle,
    url: item.url,
    tags: item.tags.join(' '),
    known: item.known ? 'true' : 'false',
    added_at: item.addedAt,
    updated_at: item.updatedAt,
  };
  return CSV_COLUMNS.map((c) => protectFormula(values[c]));
}

export function exportCsv(db: VocabDatabase, options: CsvExportOptions = {}): string {
  const names = new Map(db.lists.map((l) => [l.id, l.name]));
  const items = exportedItems(db, options);
  const lines = [formatCsvRecord(CSV_COLUMNS)];
  for (const item of items) lines.push(formatCsvRecord(row(item, names.get(item.listId) ?? '')));
  return `${options.bom === false ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`;
}
