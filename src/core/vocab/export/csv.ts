/** CSV export: RFC 4180 (CRLF, quotes doubled), UTF-8, optional BOM so Excel detects UTF-8. */
import { CSV_COLUMNS, protectFormula, type CsvColumn } from '../csv/columns';
import { formatCsvRecord } from '../csv/rfc4180';
import { getList, type VocabDatabase, type VocabItem } from '../model';

export interface CsvExportOptions {
  /** Export one list; every item when absent. */
  listId?: string;
  /** Start with U+FEFF: Excel then reads the file as UTF-8 instead of the system code page. */
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
  if (options.listId !== undefined) getList(db, options.listId);
  const names = new Map(db.lists.map((l) => [l.id, l.name]));
  const items = options.listId === undefined ? db.items : db.items.filter((i) => i.listId === options.listId);
  const lines = [formatCsvRecord(CSV_COLUMNS)];
  for (const item of items) lines.push(formatCsvRecord(row(item, names.get(item.listId) ?? '')));
  return `${options.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
