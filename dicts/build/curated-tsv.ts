/**
 * Reader for the curated sources in dicts/sources/*.tsv: UTF-8, LF, tab-separated, '#' comment lines,
 * the first other line is the header naming the columns. Shared by the build and the schema tests so
 * both read the files the same way.
 */
export interface CuratedRow {
  /** 1-based line number in the file, for error messages. */
  line: number;
  fields: Record<string, string>;
  /** Number of tab-separated cells on the line (to report rows with missing or extra cells). */
  cellCount: number;
}

export interface CuratedFile {
  name: string;
  columns: string[];
  rows: CuratedRow[];
}

export function parseCuratedTsv(name: string, text: string): CuratedFile {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let columns: string[] | undefined;
  const rows: CuratedRow[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!columns) {
      columns = cells.map((c) => c.trim());
      return;
    }
    const fields: Record<string, string> = {};
    columns.forEach((col, k) => (fields[col] = (cells[k] ?? '').trim()));
    rows.push({ line: i + 1, fields, cellCount: cells.length });
  });
  if (!columns) throw new Error(`${name}: no header line`);
  return { name, columns, rows };
}

/** `a|b|c` → ['a','b','c'] without empties. */
export function splitVariants(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
