/**
 * Writing the compiled tables. Every table is UTF-8 text, one record per line, tab-separated, sorted
 * by the UTF-8 bytes of its first field (code point order): the hosts binary-search the bytes without
 * decoding the file, in the packed encoding (src/core/glossary/packed-text.ts), whose byte order is
 * the same. Output is gzipped with fixed settings so the same
 * input always gives the same bytes (Node's gzip header carries no timestamp).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export type Row = readonly string[];

/** Rejects characters that would break the line/field structure, naming the offending record. */
export function assertCleanFields(row: Row, where: string): void {
  for (const field of row) {
    if (/[\t\n\r]/.test(field))
      throw new Error(`${where}: field contains a tab or newline: ${JSON.stringify(field)}`);
  }
}

/** Sorts rows by the UTF-8 bytes of each field in turn (field 0 is the lookup key); one Buffer per row, made once. */
export function sortRowsByBytes<T extends Row>(rows: T[]): T[] {
  const keyed = rows.map((row) => ({ row, key: Buffer.from(row.join('\u0000'), 'utf8') }));
  // Joining with U+0000 (below every printable byte) keeps "field by field" order: "ab|c" < "abc|".
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return keyed.map((k) => k.row);
}

export function rowsToText(rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) out += row.join('\t') + '\n';
  return out;
}

export function gzipDeterministic(text: string): Buffer {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9, memLevel: 9, strategy: 0 });
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
