/**
 * Anki "Notes in Plain Text" export with the file headers Anki (2.1.55+) reads: tab separator, HTML
 * fields, column names (matched to the note type's field names on import) and the tags column.
 *
 * Row safety: Anki's importer reads the body with an RFC 4180-style reader (a field opening with a
 * double quote is quoted and "" inside it is a quote; a line starting with `#` is a comment). The HTML
 * fields never contain a tab, newline or double quote: text goes through textToHtml (newlines become
 * <br>, which is also how a line break must look in an HTML field; quotes become &quot;) and the
 * Source link uses a single-quoted attribute. So rows stay intact even for readers that split on tabs
 * naively. Quoting is left for the rare field that still has one of those characters (the plain-text
 * Tags column) or that starts with `#` (the reader would skip the whole row as a comment): it is
 * wrapped in quotes with quotes doubled, which Anki's reader undoes. No BOM: Anki looks for the
 * `#separator` header at the very start of the file.
 */
import { getList, type VocabDatabase, type VocabItem } from '../model';
import { ANKI_FIELD_NAMES, ankiFields } from './anki-fields';

export interface AnkiTsvOptions {
  /** Export one list; every item when absent. */
  listId?: string;
  /** Adds `#deck:` so Anki preselects the deck. */
  deckName?: string;
  /** Adds `#notetype:` so Anki preselects the note type. */
  notetype?: string;
}

export function ankiTsvField(value: string): string {
  if (/[\t\r\n"]/.test(value) || value.startsWith('#')) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** A header value must stay on its header line. */
function headerValue(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}

export function ankiTsvRow(item: VocabItem): string {
  const fields = ankiFields(item);
  return ANKI_FIELD_NAMES.map((name) => ankiTsvField(fields[name])).join('\t');
}

export function exportAnkiTsv(db: VocabDatabase, options: AnkiTsvOptions = {}): string {
  if (options.listId !== undefined) getList(db, options.listId);
  const items = options.listId === undefined ? db.items : db.items.filter((i) => i.listId === options.listId);
  const lines = [
    '#separator:tab',
    '#html:true',
    `#columns:${ANKI_FIELD_NAMES.join('\t')}`,
    `#tags column:${ANKI_FIELD_NAMES.indexOf('Tags') + 1}`,
  ];
  if (options.deckName?.trim()) lines.push(`#deck:${headerValue(options.deckName)}`);
  if (options.notetype?.trim()) lines.push(`#notetype:${headerValue(options.notetype)}`);
  for (const item of items) lines.push(ankiTsvRow(item));
  return `${lines.join('\n')}\n`;
}
