/**
 * The curated news glossary (dicts/sources/news-*.tsv) → one table keyed by the exact string to
 * match in text, sorted by its UTF-8 bytes:
 *   key, match, kind, english, reading, region, description, japanese, id
 * `match` is 'whole' for a spelling from the file and 'part' for the family name of a ・-joined
 * katakana person name (クレバリー from ジェームズ・クレバリー), which the detector accepts with more
 * care. Latin and digits in keys are folded to ASCII; the detector folds the text the same way, so
 * CISA and ＣＩＳＡ both match. `id` (file:line) ties the spellings of one row together.
 */
import { letterReading } from '../../src/core/glossary/acronym-reading';
import { foldFullWidthToAscii } from '../../src/core/text/chars';
import { TERM_KINDS } from '../../src/core/types';
import { splitVariants, type CuratedFile, type CuratedRow } from './curated-tsv';
import { assertCleanFields, sortRowsByBytes, type Row } from './sorted-tsv';

export const CURATED_SOURCES = {
  acronyms: 'news-acronyms.tsv',
  people: 'news-people.tsv',
  organisations: 'news-organisations.tsv',
} as const;

export type CuratedSourceId = keyof typeof CURATED_SOURCES;

export { TERM_KINDS };

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
const KANJI = /^[\u3400-\u9fff]$/;
/** Regions whose names put the family name first (習近平 → 習; キム・ジョンウン → キム). */
const FAMILY_FIRST_REGIONS = new Set(['CN', 'HK', 'TW', 'KR', 'KP', 'VN', 'MO', 'SG']);

/**
 * Family names a person can be referred to by alone: the last ・-part of a Western katakana name
 * (クレバリー), or the first character of a Chinese or Korean kanji name (習 of 習近平), which the
 * detector accepts only after the full name and before a title (習主席). Katakana East Asian names
 * get none: their family names (キム, リ) are far too ambiguous alone.
 */
export function familyNameParts(surfaces: readonly string[], region: string): string[] {
  const out: string[] = [];
  const familyFirst = FAMILY_FIRST_REGIONS.has(region);
  for (const s of surfaces) {
    const key = matchKey(s);
    const parts = key.split(NAME_SEPARATOR);
    if (familyFirst) {
      const first = [...key][0] ?? '';
      if (parts.length === 1 && key.length >= 2 && key.length <= 4 && [...key].every((c) => KANJI.test(c)))
        out.push(first);
    } else {
      const family = parts[parts.length - 1] ?? '';
      if (parts.length > 1 && KATAKANA_WORD.test(family)) out.push(family);
    }
  }
  return [...new Set(out)];
}

/** Country prefixes of an organisation's Japanese name and how else the press writes them. */
const PREFIX_VARIANTS: [RegExp, string[]][] = [
  // Not when another country or 国 follows: 米国・メキシコ…, 米英豪の….
  [/^米(?![国・英中露日韓豪仏独欧])/, ['アメリカ', '米国']],
  [/^英(?![国・米中露日韓豪仏独欧])/, ['イギリス', '英国']],
  [/^欧州/, ['ヨーロッパ']],
  [/^国連/, []],
];

/**
 * Spellings of an acronym's Japanese full name as articles write it: the name itself (a note in
 * brackets dropped), with the country prefix spelled the other ways (米航空宇宙局 → アメリカ航空宇宙局;
 * 欧州中央銀行 → ヨーロッパ中央銀行), and 枠組み also as 枠組. The prefix is never left out: without
 * it 米原子力規制委員会 (the US NRC) would be read into Japan's own 原子力規制委員会; the article's
 * own definition (ＵＳＴＲ＝通商代表部) links such shorter names.
 */
export function fullNameSpellings(japanese: string): string[] {
  const name = japanese.replace(/[（(][^）)]*[）)]$/, '').trim();
  if (!name || [...name].length < 3) return [];
  const out = new Set<string>([name]);
  for (const [re, alts] of PREFIX_VARIANTS) {
    if (!re.test(name)) continue;
    for (const alt of alts) {
      const v = name.replace(re, alt);
      if ([...v].length >= 3) out.add(v);
    }
  }
  for (const v of [...out]) if (v.includes('枠組み')) out.add(v.replace(/枠組み/g, '枠組'));
  return [...out];
}

export interface NewsCompileResult {
  rows: Row[];
  warnings: string[];
}

export function compileNews(files: ReadonlyMap<CuratedSourceId, CuratedFile>): NewsCompileResult {
  const rows: Row[] = [];
  const warnings: string[] = [];
  const fullNames: {
    names: string[];
    english: string;
    region: string;
    description: string;
    where: string;
  }[] = [];
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
      const region = f.region ?? '';
      const base = [kind, english, f.reading ?? '', region, description, f.japanese ?? '', where];
      const keys = new Set<string>();
      for (const s of surfaces) {
        const key = matchKey(s);
        if (keys.has(key)) continue;
        keys.add(key);
        // An acronym's reading is how it is said: the press reading, else letter by letter.
        const reading = kind === 'acronym' ? f.reading || letterReading(key) || '' : (f.reading ?? '');
        rows.push([key, 'whole', kind, english, reading, ...base.slice(3)]);
      }
      if (id === 'acronyms')
        fullNames.push({
          names: fullNameSpellings(f.japanese ?? ''),
          english,
          region,
          description: `${surfaces[0]}: ${description}`,
          where,
        });
      if (kind === 'person') {
        for (const part of familyNameParts(surfaces, f.region ?? '')) {
          if (keys.has(part)) continue;
          keys.add(part);
          rows.push([part, 'part', ...base]);
        }
      }
    }
  }
  // An acronym's Japanese full name is a term of its own (国際通貨基金 → International Monetary Fund),
  // unless a row of the lists already spells it. Generic terms (GLOBAL: 人工知能) are kind 'other',
  // which the detector leaves to EDICT.
  const taken = new Set(rows.filter((r) => r[1] === 'whole').map((r) => r[0]));
  for (const full of fullNames) {
    const kind =
      full.region === 'GLOBAL' ? 'other' : /(条約|協定)$/.test(full.names[0] ?? '') ? 'other' : 'org';
    for (const name of full.names) {
      const key = matchKey(name);
      if (taken.has(key)) continue;
      taken.add(key);
      rows.push([key, 'whole', kind, full.english, '', full.region, full.description, '', full.where]);
    }
  }
  for (const r of rows) assertCleanFields(r, `news glossary ${r[8]}`);
  return { rows: sortRowsByBytes(rows), warnings };
}
