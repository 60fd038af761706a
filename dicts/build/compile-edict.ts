/**
 * EDICT (EUC-JP, `HEADWORD [READING] /sense/sense/.../(P)/`) → two tables:
 *   edict-entries: headword, reading, conjugation classes, "P" if common, senses ('/'-separated)
 *   edict-index:   reading of a kanji headword, entry line numbers in base 36 (','-separated)
 * The conjugation classes are pulled out at build time so the deinflector can check a candidate
 * without parsing sense text at hover time.
 */
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
  return { header, entries: sorted, index };
}
