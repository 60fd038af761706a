/**
 * How Anki's text importer (2.1.55+) reads a "Notes in Plain Text" file, written from its documented
 * behaviour, to check our Anki TSV as Anki will see it: `#key:value` header lines at the top; then
 * records with the declared separator, double-quoted fields ("" is a quote), any line starting with
 * `#` skipped as a comment; the tags column split on whitespace. Plus Anki's furigana filters.
 */

export interface AnkiTextFile {
  meta: Record<string, string>;
  rows: string[][];
}

export function readAsAnki(file: string): AnkiTextFile {
  const lines = file.split('\n');
  const meta: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.startsWith('#'); i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const colon = line.indexOf(':');
    if (colon > 0) meta[line.slice(1, colon).trim().toLowerCase()] = line.slice(colon + 1);
  }
  const sep = meta.separator === 'tab' ? '\t' : (meta.separator ?? '\t');
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
  return { meta, rows };
}

/** Anki's furigana filters: ` ?([^ >]+?)\[(.+?)\]` → base (kanji:) or reading (kana:). */
const ANKI_FURIGANA = / ?([^ >]+?)\[(.+?)\]/g;
export const ankiKanji = (field: string): string => field.replace(ANKI_FURIGANA, '$1');
export const ankiKana = (field: string): string => field.replace(ANKI_FURIGANA, '$2');
export const ankiRubyPairs = (field: string): string[][] =>
  [...field.matchAll(ANKI_FURIGANA)].map((m) => [m[1]!, m[2]!]);

/** Anki splits the tags column on whitespace. */
export const ankiTags = (field: string): string[] => field.split(/\s+/).filter(Boolean);
