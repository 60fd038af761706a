/**
 * The curated news glossary (dicts/sources/news-*.tsv) → one table keyed by the exact string to
 * match in text, sorted by its UTF-8 bytes:
 *   key, match, kind, english, reading, region, description, japanese, id
 * `match` is 'whole' for a spelling from the file and 'part' for the family name of a ・-joined
 * katakana person name (クレバリー from ジェームズ・クレバリー), which the detector accepts with more
 * care. Latin and digits in keys are folded to ASCII; the detector folds the text the same way, so
 * CISA and ＣＩＳＡ both match. `id` (file:line) ties the spellings of one row together.
 */
import { foldFullWidthToAscii } from '../../src/core/text/chars';
import { splitVariants, type CuratedFile, type CuratedRow } from './curated-tsv';
import { assertCleanFields, sortRowsByBytes, type Row } from './sorted-tsv';

export const CURATED_SOURCES = {
  acronyms: 'news-acronyms.tsv',
  people: 'news-people.tsv',
  organisations: 'news-organisations.tsv',
} as const;

export type CuratedSourceId = keyof typeof CURATED_SOURCES;

export const TERM_KINDS = ['person', 'org', 'acronym', 'place', 'product', 'event', 'other'] as const;

const DEFAULT_KIND: Record<CuratedSourceId, string> = {
  acronyms: 'acronym',
  people: 'person',
  organisations: 'org',
};

/** Spellings of a row: the `surfaces` column (people, organisations) or `surface` (acronyms). */
export function rowSurfaces(row: CuratedRow): string[] {
  return splitVariants(row.fields.surfaces ?? row.fields.surface);
}

/** The key the detector matches: full-width Latin/digits folded to ASCII, ･ and ＝ unified. */
export function matchKey(surface: string): string {
  return foldFullWidthToAscii(surface)
    .replace(/\uff65/g, '・')
    .replace(/=/g, '＝');
}

const NAME_SEPARATOR = /[・＝]/;
const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc]{2,}$/;

export interface NewsCompileResult {
  rows: Row[];
  warnings: string[];
}

export function compileNews(files: ReadonlyMap<CuratedSourceId, CuratedFile>): NewsCompileResult {
  const rows: Row[] = [];
  const warnings: string[] = [];
  for (const [id, file] of files) {
    for (const row of file.rows) {
      const f = row.fields;
      const where = `${file.name}:${row.line}`;
      const english = f.english ?? '';
      const kind = f.kind || DEFAULT_KIND[id];
      const surfaces = rowSurfaces(row);
      if (!english || surfaces.length === 0 || !(TERM_KINDS as readonly string[]).includes(kind)) {
        warnings.push(`${where}: skipped (needs surface, english and a known kind)`);
        continue;
      }
      const description = f.description || f.role || '';
      const base = [kind, english, f.reading ?? '', f.region ?? '', description, f.japanese ?? '', where];
      const keys = new Set<string>();
      for (const s of surfaces) {
        const key = matchKey(s);
        if (keys.has(key)) continue;
        keys.add(key);
        rows.push([key, 'whole', ...base]);
      }
      if (kind === 'person') {
        for (const s of surfaces) {
          const parts = matchKey(s).split(NAME_SEPARATOR);
          const family = parts[parts.length - 1] ?? '';
          if (parts.length > 1 && KATAKANA_WORD.test(family) && !keys.has(family)) {
            keys.add(family);
            rows.push([family, 'part', ...base]);
          }
        }
      }
    }
  }
  for (const r of rows) assertCleanFields(r, `news glossary ${r[8]}`);
  return { rows: sortRowsByBytes(rows), warnings };
}
