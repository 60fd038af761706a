/**
 * EDICT (EUC-JP, `HEADWORD [READING] /sense/sense/.../(P)/`) → two tables:
 *   edict-entries: headword, reading, conjugation classes, "P" if common, senses ('/'-separated), or
 *                  '@' + the line number (base 36) of the first line with the same senses
 *   edict-index:   reading of a kanji headword, entry line numbers in base 36 (','-separated)
 * The conjugation classes are pulled out at build time so the deinflector can check a candidate
 * without parsing sense text at hover time. EDICT writes one line per spelling × reading, each with
 * the entry's whole sense list: a third of the lines repeat one already written, and pointing at it
 * instead takes ~3.8 MB off a table the host keeps in memory and loads at every start.
 */
import { SENSES_REFERENCE } from '../../src/core/glossary/edict';
import { assertCleanFields, sortRowsByBytes, type Row } from './sorted-tsv';

/** JMdict part-of-speech tags that decide how a word inflects (the deinflector's vocabulary). */
const CONJUGATION_TAG = /^(v1|v1-s|v5[a-z]*(-[a-z]+)?|vk|vs|vs-i|vs-s|vs-c|vz|adj-i|adj-ix)$/;

export interface EdictTables {
  header: string;
  entries: Row[];
  index: Row[];
}

/** undefined: not EDICT syntax; null: valid syntax but no senses (skipped). */
export function parseEdictLine(line: string): Row | undefined | null {
  const m = /^(\S+) (?:\[(\S+)\] )?\/(.*?)\/?$/.exec(line);
  if (!m) return undefined;
  const [, headword = '', reading = '', body = ''] = m;
  if (!body) return null; // an entry without senses (one in the 2021 file): nothing to show
  const fields = body.split('/');
  const common = fields.includes('(P)');
  const senses = fields.filter((f) => f !== '(P)' && f !== '');
  const tags = new Set<string>();
  for (const sense of senses) {
    const lead = /^(?:\([^)]*\)\s*)+/.exec(sense);
    if (!lead) continue;
    for (const group of lead[0].matchAll(/\(([^)]*)\)/g)) {
      for (const tag of (group[1] ?? '').split(',')) if (CONJUGATION_TAG.test(tag)) tags.add(tag);
    }
  }
  return [headword, reading, [...tags].sort().join(','), common ? 'P' : '', senses.join('/')];
}

export function compileEdict(text: string): EdictTables {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').trim();
  const entries: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trimEnd();
    if (!line) continue;
    const row = parseEdictLine(line);
    if (row === null) continue;
    if (!row) throw new Error(`EDICT line ${i + 1}: unexpected format: ${line.slice(0, 80)}`);
    assertCleanFields(row, `EDICT line ${i + 1}`);
    entries.push(row);
  }
  // Entries are sorted by headword, so headwords are binary-searched in the entries table itself;
  // the index only maps readings of kanji headwords to entry line numbers.
  const sorted = sortRowsByBytes(entries);
  const ids = new Map<string, number[]>();
  sorted.forEach((row, id) => {
    const reading = row[1];
    if (!reading || reading === row[0]) return;
    const list = ids.get(reading);
    if (list) list.push(id);
    else ids.set(reading, [id]);
  });
  const index = sortRowsByBytes(
    [...ids].map(([key, list]) => [key, list.map((n) => n.toString(36)).join(',')]),
  );
  return { header, entries: shareRepeatedSenses(sorted), index };
}

/**
 * Writes each distinct senses text once, on the first line that has it; a later line with the same
 * text holds SENSES_REFERENCE + that line's number instead, when that is shorter. The line order (and
 * so the index's line numbers) does not change.
 */
export function shareRepeatedSenses(rows: readonly Row[]): Row[] {
  const firstLine = new Map<string, number>();
  return rows.map((row, line) => {
    const senses = row[4] ?? '';
    if (senses.startsWith(SENSES_REFERENCE))
      throw new Error(`EDICT ${row[0]}: senses start with ${SENSES_REFERENCE}, read as a reference`);
    const first = firstLine.get(senses);
    if (first === undefined) {
      firstLine.set(senses, line);
      return row;
    }
    const reference = SENSES_REFERENCE + first.toString(36);
    return reference.length < Buffer.byteLength(senses) ? [...row.slice(0, 4), reference] : row;
  });
}
