/**
 * RFC 4180 CSV: fields separated by a delimiter, records by CRLF; a field with the delimiter, a quote
 * or a line break is quoted and its quotes doubled. The parser is strict (an unterminated quote or
 * text after a closing quote is an error with its line) because imports must be all-or-nothing, and
 * it accepts LF as well as CRLF, since files edited by hand often have either.
 */

export function formatCsvField(value: string, delimiter = ','): string {
  if (value.includes(delimiter) || /["\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function formatCsvRecord(fields: readonly string[], delimiter = ','): string {
  return fields.map((f) => formatCsvField(f, delimiter)).join(delimiter);
}

interface CsvRecord {
  /** 1-based line on which the record starts (quoted line breaks make records span lines). */
  line: number;
  fields: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string };

export function parseCsv(text: string, delimiter = ','): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  // A record is pending once any character of it was read; a file ending in a newline adds no record.
  let pending = false;

  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    pending = false;
  };

  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '' && !fieldHasContent(text, i, delimiter)) {
      // Quoted field.
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (q === '\n') line++;
        else if (q === '\r' && text[i + 1] !== '\n') line++;
        field += q;
        i++;
      }
      if (!closed)
        return { ok: false, line: quoteLine, reason: 'quoted field is never closed (file truncated?)' };
      pending = true;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        return { ok: false, line, reason: `unexpected ${JSON.stringify(next)} after a closing quote` };
      }
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      pending = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"')
      return { ok: false, line, reason: 'a quote inside an unquoted field (quote the whole field)' };
    field += c;
    pending = true;
    i++;
  }
  if (pending || fields.length > 0 || field !== '') endRecord();
  return { ok: true, records };
}

/** True when the current field already has characters before position i (so a quote is literal). */
function fieldHasContent(text: string, i: number, delimiter: string): boolean {
  if (i === 0) return false;
  const prev = text[i - 1];
  return !(prev === delimiter || prev === '\n' || prev === '\r');
}
