/**
 * ENAMDICT (741k names, EUC-JP) → the subset the glossary uses, sorted by surface:
 *   - every name written only in katakana (foreign people, places, companies…): detection;
 *   - every company, organisation, product or event entry in any script: detection and hover;
 *   - full names (tag h) in kanji: readings of Japanese and Chinese names for the readings engine.
 * Row: surface, reading, tags (sorted, ','-joined), senses ('/'-separated, each "(tags) English").
 * Kanji surnames and given names alone are left out: they have many readings each and would add
 * ~2.5 MB compressed for little certainty.
 */
import { assertCleanFields, sortRowsByBytes, type Row } from './sorted-tsv';

const KATAKANA_NAME = /^[\u30a1-\u30fa\u30fc\u30fb\uff1d=]+$/;
const ALWAYS_KEPT_TAGS = new Set(['c', 'o', 'pr', 'ev']);

export interface EnamdictOverride {
  surface: string;
  tags: string;
  english: string;
}

export interface EnamdictTable {
  header: string;
  rows: Row[];
  overridden: number;
}

function tagsOf(senses: string): string[] {
  const tags = new Set<string>();
  for (const m of senses.matchAll(/(?:^|\/)\(([a-z,]+)\)/g))
    for (const t of (m[1] ?? '').split(',')) tags.add(t);
  return [...tags].sort();
}

export function compileEnamdict(text: string, overrides: readonly EnamdictOverride[]): EnamdictTable {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').trim();
  const bySurface = new Map(overrides.map((o) => [o.surface, o]));
  const rows: Row[] = [];
  let overridden = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trimEnd();
    if (!line) continue;
    const m = /^(\S+) (?:\[(\S+)\] )?\/(.*)\/$/.exec(line);
    if (!m) throw new Error(`ENAMDICT line ${i + 1}: unexpected format: ${line.slice(0, 80)}`);
    const [, surface = '', reading = '', body = ''] = m;
    if (bySurface.has(surface)) {
      overridden++;
      continue; // replaced wholesale below: the entry's English is known to be wrong for news use
    }
    const tags = tagsOf(body);
    const keep =
      KATAKANA_NAME.test(surface) ||
      tags.some((t) => ALWAYS_KEPT_TAGS.has(t)) ||
      (tags.includes('h') && !!reading);
    if (!keep) continue;
    const row = [surface, reading, tags.join(','), body];
    assertCleanFields(row, `ENAMDICT line ${i + 1}`);
    rows.push(row);
  }
  for (const o of overrides) rows.push([o.surface, '', o.tags, `(${o.tags}) ${o.english}`]);
  return { header, rows: sortRowsByBytes(rows), overridden };
}

/** dicts/build/enamdict-overrides.tsv: `surface<TAB>tags<TAB>english`, '#' comments. */
export function parseEnamdictOverrides(text: string): EnamdictOverride[] {
  const out: EnamdictOverride[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [surface, tags, english] = line.split('\t');
    if (!surface || !tags || !english)
      throw new Error(`enamdict-overrides.tsv line ${i + 1}: expected 3 fields`);
    out.push({ surface, tags, english });
  });
  return out;
}
