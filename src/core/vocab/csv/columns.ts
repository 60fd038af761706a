/**
 * Columns of our CSV export, which is also the CSV the importer reads back (header row required,
 * columns found by name so a spreadsheet may reorder them).
 */
export const CSV_COLUMNS = [
  'list',
  'surface',
  'dictionary_form',
  'reading',
  'meaning',
  'notes',
  'sentence',
  'sentence_offset',
  'page_title',
  'url',
  'tags',
  'known',
  'added_at',
  'updated_at',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or tab/CR) as a formula, and page text is
 * untrusted, so such values are written with a leading apostrophe, the spreadsheet convention for
 * "this is text". Values that already start with apostrophes before such a character get one more,
 * so the importer's rule (drop one apostrophe) restores every value exactly.
 */
const FORMULA_RE = /^'*[=+\-@\t\r]/;

export function protectFormula(value: string): string {
  return FORMULA_RE.test(value) ? `'${value}` : value;
}

export function unprotectFormula(value: string): string {
  return value.startsWith("'") && FORMULA_RE.test(value) ? value.slice(1) : value;
}
