/**
 * How Anki's text importer (2.1.55+) reads a "Notes in Plain Text" file, written from its documented
 * behaviour (manual, "Importing → Text files → File headers"), to check our Anki TSV as Anki will see it:
 * - header lines come first, each `#key:value` on its own line; the keys are separator, html, tags,
 *   columns, notetype, deck, notetype column, deck column, tags column, guid column; a `#` line with
 *   another key is not a header. The file must start with them (a BOM in front hides the first one).
 * - separator: comma, semicolon, tab, space, pipe, colon, or the character itself; `#columns:` names
 *   are separated by the separator set before it.
 * - notetype / deck: a name or id, preset only if it exists in the collection.
 * - `… column:` values are 1-based column numbers.
 * - records: the declared separator, double-quoted fields ("" is a quote), any later line starting
 *   with `#` skipped as a comment; the tags column split on whitespace.
 * Plus Anki's furigana filters.
 */

export const HEADER_KEYS = [
  'separator',
  'html',
  'tags',
  'columns',
  'notetype',
  'deck',
  'notetype column',
  'deck column',
  'tags column',
  'guid column',
] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

const SEPARATORS: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

export interface AnkiTextFile {
  meta: Partial<Record<HeaderKey, string>>;
  /** The separator character in effect. */
  separator: string;
  /** `#columns:` split on the separator ([] without the header). */
  columns: string[];
  /** Header problems Anki would reject or silently ignore (unknown key, bad number, columns before separator). */
  problems: string[];
  rows: string[][];
}

function headerLine(line: string): [string, string] | null {
  if (!line.startsWith('#')) return null;
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  return [line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1)];
}

export function readAsAnki(file: string): AnkiTextFile {
  const lines = file.split('\n');
  const meta: Partial<Record<HeaderKey, string>> = {};
  const problems: string[] = [];
  let separator = '\t';
  let columns: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const parsed = headerLine(lines[i]!.replace(/\r$/, ''));
    if (!parsed || !(HEADER_KEYS as readonly string[]).includes(parsed[0])) {
      if (parsed) problems.push(`not a header: #${parsed[0]}`);
      break;
    }
    const [key, value] = parsed as [HeaderKey, string];
    meta[key] = value;
    if (key === 'separator') {
      const sep = SEPARATORS[value.trim().toLowerCase()] ?? (value.length === 1 ? value : undefined);
      if (sep === undefined) problems.push(`bad separator: ${value}`);
      else separator = sep;
    } else if (key === 'columns') {
      if (meta.separator === undefined) problems.push('#columns before #separator');
      columns = value.split(separator);
    } else if (key === 'html' && value !== 'true' && value !== 'false') {
      problems.push(`bad html: ${value}`);
    } else if (key.endsWith(' column') && !/^[1-9]\d*$/.test(value.trim())) {
      problems.push(`bad ${key}: ${value}`);
    }
  }
  const sep = separator;
  const body = lines.slice(i).join('\n');
  const rows: string[][] = [];
  let p = 0;
  while (p < body.length) {
    if (body[p] === '#') {
      const nl = body.indexOf('\n', p);
      p = nl < 0 ? body.length : nl + 1;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (body[p] === '"') {
        p++;
        while (p < body.length) {
          if (body[p] === '"' && body[p + 1] === '"') {
            field += '"';
            p += 2;
          } else if (body[p] === '"') {
            p++;
            break;
          } else field += body[p++];
        }
      }
      while (p < body.length && body[p] !== sep && body[p] !== '\n' && body[p] !== '\r') field += body[p++];
      row.push(field);
      if (body[p] === sep) {
        p++;
        continue;
      }
      if (body[p] === '\r' && body[p + 1] === '\n') p++;
      p++;
      break;
    }
    rows.push(row);
  }
  return { meta, separator, columns, problems, rows };
}

/**
 * The notes Anki builds from the file for a note type with `fields`: each field takes the column of
 * the same name (`#columns:`), the tags come from the tags column. A field without a column of its
 * name stays empty; a column that names no field is reported (its content would be lost).
 */
export function notesFor(
  file: AnkiTextFile,
  fields: readonly string[],
): { notes: { fields: Record<string, string>; tags: string[] }[]; unmapped: string[] } {
  const tagsAt = file.meta['tags column'] ? Number(file.meta['tags column']) - 1 : -1;
  const unmapped = file.columns.filter((c, i) => i !== tagsAt && !fields.includes(c));
  const notes = file.rows.map((row) => ({
    fields: Object.fromEntries(fields.map((f) => [f, row[file.columns.indexOf(f)] ?? ''])),
    tags: tagsAt >= 0 ? ankiTags(row[tagsAt] ?? '') : [],
  }));
  return { notes, unmapped };
}

/** Anki's furigana filters: ` ?([^ >]+?)\[(.+?)\]` → base (kanji:) or reading (kana:). */
const ANKI_FURIGANA = / ?([^ >]+?)\[(.+?)\]/g;
export const ankiKanji = (field: string): string => field.replace(ANKI_FURIGANA, '$1');
export const ankiKana = (field: string): string => field.replace(ANKI_FURIGANA, '$2');
export const ankiRubyPairs = (field: string): string[][] =>
  [...field.matchAll(ANKI_FURIGANA)].map((m) => [m[1]!, m[2]!]);

/** Anki splits the tags column on whitespace. */
export const ankiTags = (field: string): string[] => field.split(/\s+/).filter(Boolean);
