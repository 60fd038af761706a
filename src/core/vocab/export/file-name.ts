/** Export file names: `yomitoki-<list-slug>-<yyyy-mm-dd>.<ext>`. */

export type ExportFormat = 'anki-tsv' | 'csv' | 'json';

const EXTENSIONS: Record<ExportFormat, string> = { 'anki-tsv': 'tsv', csv: 'csv', json: 'json' };

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  'anki-tsv': 'text/tab-separated-values;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

const MAX_SLUG = 40;

/**
 * A list name made safe for every file system: letters (Japanese included) and digits stay, ASCII is
 * lower-cased, everything else (spaces, / \ : * ? " < > |, control characters) becomes one '-'.
 */
export function slugify(name: string): string {
  const slug = Array.from(name.normalize('NFC').toLowerCase())
    .map((ch) => (/[\p{L}\p{N}\p{M}_]/u.test(ch) ? ch : '-'))
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const cut = Array.from(slug).slice(0, MAX_SLUG).join('').replace(/-$/, '');
  return cut || 'list';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `date` is read in local time: a file exported in the evening carries that evening's date. */
export function exportFileName(listName: string | undefined, format: ExportFormat, date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `yomitoki-${listName === undefined ? 'all' : slugify(listName)}-${day}.${EXTENSIONS[format]}`;
}
