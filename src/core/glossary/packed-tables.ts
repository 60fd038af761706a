/**
 * The compiled tables (UTF-8 TSV, dicts/compiled) as the hosts keep and ship them: the sorted tables
 * in the packed encoding (packed-text.ts), the news glossary as it is. EDICT's references between
 * lines — the reading index's entry ids and a line's shared senses (`@` + the line holding them) —
 * become byte offsets into the packed entries, so the reader goes straight to the line and no table
 * needs an index of its line starts (building one was a scan of every line at each start).
 *
 * Pure and deterministic; the Node loader runs it once and caches the result, src/cli/package-dicts.ts
 * ships that.
 */
import type { CompiledFileId } from './compiled-files';
import { SENSES_REFERENCE } from './edict';
import type { GlossaryData } from './glossary';
import { encodePacked } from './packed-text';

/** Digits of a senses reference in the packed entries: a fixed width, so offsets fit before they are known. */
export const REFERENCE_DIGITS = 5;
const MAX_OFFSET = 36 ** REFERENCE_DIGITS;

const utf8 = new TextDecoder('utf-8');

function linesOf(bytes: Uint8Array): string[] {
  const text = utf8.decode(bytes);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function referenceTo(offset: number): string {
  if (offset >= MAX_OFFSET)
    throw new Error(`EDICT entries: offset ${offset} needs more than ${REFERENCE_DIGITS} digits`);
  return SENSES_REFERENCE + offset.toString(36).padStart(REFERENCE_DIGITS, '0');
}

/** EDICT's two tables, packed, with line numbers turned into byte offsets of the packed entries. */
export function packEdict(
  entriesUtf8: Uint8Array,
  indexUtf8: Uint8Array,
): { entries: Uint8Array; index: Uint8Array } {
  const lines = linesOf(entriesUtf8);
  // Where each line refers to another for its senses (the senses are the fifth field).
  const refersTo = lines.map((line) => {
    const at = line.lastIndexOf('\t');
    const senses = line.slice(at + 1);
    return senses.startsWith(SENSES_REFERENCE) ? parseInt(senses.slice(SENSES_REFERENCE.length), 36) : -1;
  });
  const placeholder = referenceTo(0);
  const encoded = lines.map((line, i) =>
    encodePacked((refersTo[i]! >= 0 ? line.slice(0, line.lastIndexOf('\t') + 1) + placeholder : line) + '\n'),
  );
  const starts: number[] = [];
  let size = 0;
  for (const bytes of encoded) {
    starts.push(size);
    size += bytes.length;
  }
  const entries = new Uint8Array(size);
  encoded.forEach((bytes, i) => {
    const target = refersTo[i]!;
    if (target >= 0) {
      const start = starts[target];
      if (start === undefined) throw new Error(`EDICT entries: line ${i} refers to missing line ${target}`);
      // The reference is the line's last REFERENCE_DIGITS + 1 bytes before its newline, all ASCII.
      bytes.set(encodePacked(referenceTo(start)), bytes.length - 1 - placeholder.length);
    }
    entries.set(bytes, starts[i]!);
  });
  const index = linesOf(indexUtf8).map((line) => {
    const tab = line.indexOf('\t');
    const ids = line
      .slice(tab + 1)
      .split(',')
      .map((id) => {
        const start = starts[parseInt(id, 36)];
        if (start === undefined)
          throw new Error(`EDICT index: ${line.slice(0, tab)} refers to missing line ${id}`);
        return start.toString(36);
      });
    return `${line.slice(0, tab)}\t${ids.join(',')}\n`;
  });
  return { entries, index: encodePacked(index.join('')) };
}

/**
 * All compiled tables (UTF-8, as the build writes them) in the form the hosts read: the tables they
 * binary-search in place (SortedTable) packed; the news glossary, decoded whole at load, as it is.
 */
export function packGlossaryTables(compiled: GlossaryData): GlossaryData {
  const edict = packEdict(compiled.edictEntries, compiled.edictIndex);
  const packed = (id: CompiledFileId) => encodePacked(utf8.decode(compiled[id]));
  return {
    edictEntries: edict.entries,
    edictIndex: edict.index,
    names: packed('names'),
    kanji: packed('kanji'),
    news: compiled.news,
  };
}
