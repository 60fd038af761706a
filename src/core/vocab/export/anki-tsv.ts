/**
 * Anki "Notes in Plain Text" export with the file headers Anki (2.1.55+) reads: tab separator, HTML
 * fields, the Yomitoki note type and deck (preselected when they exist in the collection), column
 * names (matched to the note type's field names on import) and the tags column.
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
import type { RubySpan } from '../../types';
import type { VocabDatabase, VocabItem } from '../model';
import { ANKI_FIELD_NAMES, ankiFields } from './anki-fields';
import { YOMITOKI_DECK, YOMITOKI_NOTE_TYPE } from './anki-note-type';
import { exportedItems } from './exported-items';

export interface AnkiTsvOptions {
  /** Export one list; every item when absent. */
  listId?: string;
  /** Leave out words marked known. */
  excludeKnown?: boolean;
  /** `#deck:` (Anki preselects it if it exists); the Yomitoki deck by default. */
  deckName?: string;
  /** `#notetype:`; the Yomitoki note type by default, whose fields are the columns by name. */
  notetype?: string;
  /** Readings of each item's sentence by item id, for the SentenceFurigana column. */
  sentenceRuby?: ReadonlyMap<string, readonly RubySpan[]>;
}

function ankiTsvField(value: string): string {
  if (/[\t\r\n"]/.test(value) || value.startsWith('#')) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** A header value must stay on its header line. */
function headerValue(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}

function ankiTsvRow(item: VocabItem, sentenceRuby?: readonly RubySpan[]): string {
  const fields = ankiFields(item, sentenceRuby);
  return ANKI_FIELD_NAMES.map((name) => ankiTsvField(fields[name])).join('\t');
}

export function exportAnkiTsv(db: VocabDatabase, options: AnkiTsvOptions = {}): string {
  const items = exportedItems(db, options);
  const lines = [
    '#separator:tab',
    '#html:true',
    `#notetype:${headerValue(options.notetype?.trim() || YOMITOKI_NOTE_TYPE)}`,
    `#deck:${headerValue(options.deckName?.trim() || YOMITOKI_DECK)}`,
    `#columns:${ANKI_FIELD_NAMES.join('\t')}`,
    `#tags column:${ANKI_FIELD_NAMES.indexOf('Tags') + 1}`,
  ];
  for (const item of items) lines.push(ankiTsvRow(item, options.sentenceRuby?.get(item.id)));
  return `${lines.join('\n')}\n`;
}
