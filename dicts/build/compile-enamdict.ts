/**
 * ENAMDICT (741k names, EUC-JP) → the subset the glossary uses, sorted by surface:
 *   - every name written only in katakana (foreign people, places, companies…): detection;
 *   - every company, organisation, product or event entry in any script: detection and hover;
 *   - full names (tag h) in kanji: readings of Japanese and Chinese names for the readings engine;
 *   - other kanji names (surnames, given names, places) only where `keepKanjiName` says the readings
 *     engine needs them (src/core/reading/names/name-data-filter.ts): all of them would add ~2.5 MB
 *     compressed, most with several readings or readings IPADIC already gets right. These ship
 *     without their English (only the reading is used).
 * Row: surface, reading, tags (sorted, ','-joined), senses ('/'-separated, each "(tags) English"),
 * the first sense's "(tags) " left out where it repeats the tags column (restoreRepeatedTags).
 */
import { restoreRepeatedTags } from '../../src/core/glossary/names';
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
  /** Kanji surfaces kept because the readings engine asked for them. */
  kanjiNamesKept: number;
}

function tagsOf(senses: string): string[] {
  const tags = new Set<string>();
  for (const m of senses.matchAll(/(?:^|\/)\(([a-z,]+)\)/g))
    for (const t of (m[1] ?? '').split(',')) tags.add(t);
  return [...tags].sort();
}

/** How often each capitalised word occurs in English text: a proxy for the usual spelling of a name. */
function countEnglishWords(...texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of text.match(/[A-Za-z][a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * ENAMDICT lists spelling variants in no useful order (ウィリアム: Wiliam/William, サッチャー:
 * Thacher/Thatcher). Within each sense, put the spelling whose words occur most often in ENAMDICT and
 * EDICT first; ties keep ENAMDICT's order.
 */
export function orderSpellings(body: string, counts: ReadonlyMap<string, number>): string {
  const score = (gloss: string) => {
    const words = gloss.match(/[A-Za-z][a-z]+/g) ?? [];
    return words.length ? Math.min(...words.map((w) => counts.get(w) ?? 0)) : 0;
  };
  const senses: string[][] = [];
  for (const field of body.split('/')) {
    const m = /^(\([a-z,]+\)\s*)(.*)$/.exec(field);
    if (m || senses.length === 0) senses.push(m ? [m[1] ?? '', m[2] ?? ''] : ['', field]);
    else senses[senses.length - 1]!.push(field);
  }
  return senses
    .map(([tag = '', ...glosses]) => {
      const ordered = glosses
        .map((g, i) => ({ g, i, s: score(g) }))
        .sort((a, b) => b.s - a.s || a.i - b.i)
        .map((x) => x.g);
      return tag + ordered.join('/');
    })
    .join('/');
}

const KANJI = /[\u3400-\u9fff]/;

interface ParsedLine {
  surface: string;
  reading: string;
  body: string;
  tags: string[];
}

function parseLine(line: string, lineNo: number): ParsedLine {
  const m = /^(\S+) (?:\[(\S+)\] )?\/(.*)\/$/.exec(line);
  if (!m) throw new Error(`ENAMDICT line ${lineNo}: unexpected format: ${line.slice(0, 80)}`);
  const [, surface = '', reading = '', body = ''] = m;
  return { surface, reading, body, tags: tagsOf(body) };
}

/**
 * Decides whether a kanji name (every reading ENAMDICT gives for the surface, and every tag of its
 * entries) is worth shipping.
 */
export type KeepKanjiName = (
  surface: string,
  readings: readonly string[],
  tags: readonly string[],
) => boolean;

export function compileEnamdict(
  text: string,
  overrides: readonly EnamdictOverride[],
  extraEnglish = '',
  keepKanjiName?: KeepKanjiName,
): EnamdictTable {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').trim();
  // Spelling frequencies come from foreign (katakana) names and EDICT glosses only: counting the
  // romanised Japanese names too would favour "Rin" over "Lynn".
  const counts = countEnglishWords(
    lines.filter((l) => KATAKANA_NAME.test(l.split(' ')[0] ?? '')).join('\n'),
    extraEnglish,
  );
  const bySurface = new Map(overrides.map((o) => [o.surface, o]));
  const rows: Row[] = [];
  let overridden = 0;
  const parsed: (ParsedLine | undefined)[] = lines.map((l, i) =>
    i > 0 && l.trim() ? parseLine(l.trimEnd(), i + 1) : undefined,
  );
  const keptAlways = (p: ParsedLine) =>
    KATAKANA_NAME.test(p.surface) ||
    p.tags.some((t) => ALWAYS_KEPT_TAGS.has(t)) ||
    (p.tags.includes('h') && !!p.reading);
  // Every reading of each other kanji surface, so the filter sees whether the name is ambiguous.
  const kanjiReadings = new Map<string, string[]>();
  const kanjiTags = new Map<string, Set<string>>();
  if (keepKanjiName) {
    for (const p of parsed) {
      if (!p || !p.reading || keptAlways(p) || !KANJI.test(p.surface)) continue;
      const list = kanjiReadings.get(p.surface);
      if (list) list.push(p.reading);
      else kanjiReadings.set(p.surface, [p.reading]);
      const tags = kanjiTags.get(p.surface) ?? new Set<string>();
      for (const t of p.tags) tags.add(t);
      kanjiTags.set(p.surface, tags);
    }
  }
  const keptKanji = new Set<string>();
  for (const [surface, readings] of kanjiReadings)
    if (keepKanjiName?.(surface, readings, [...(kanjiTags.get(surface) ?? [])])) keptKanji.add(surface);
  for (let i = 1; i < lines.length; i++) {
    const p = parsed[i];
    if (!p) continue;
    const { surface, reading, body, tags } = p;
    if (bySurface.has(surface)) {
      overridden++;
      continue; // replaced wholesale below: the entry's English is known to be wrong for news use
    }
    if (!keptAlways(p) && !keptKanji.has(surface)) continue;
    // Names kept only for their reading ship without English: that halves their size.
    const senses = keptAlways(p) ? orderSpellings(body, counts) : '';
    const row = [surface, reading, tags.join(','), senses];
    assertCleanFields(row, `ENAMDICT line ${i + 1}`);
    rows.push(row);
  }
  // Tag '-' removes an entry (ENAMDICT names that are mostly something else in the news).
  for (const o of overrides)
    if (o.tags !== '-') rows.push([o.surface, '', o.tags, `(${o.tags}) ${o.english}`]);
  // Sorted before the senses are shortened, so the lines keep the order lookups return them in.
  const sorted = sortRowsByBytes(rows).map(omitRepeatedTags);
  return { header, rows: sorted, overridden, kanjiNamesKept: keptKanji.size };
}

/**
 * Leaves out the senses' leading "(tags) " where it repeats the tags column and the reader's
 * restoreRepeatedTags puts it back exactly; checks that every other row reads back unchanged.
 */
function omitRepeatedTags(row: Row): Row {
  const [surface = '', reading = '', tags = '', senses = ''] = row;
  const prefix = `(${tags}) `;
  const short = senses.startsWith(prefix) ? senses.slice(prefix.length) : senses;
  if (short !== senses && restoreRepeatedTags(tags, short) === senses) return [surface, reading, tags, short];
  if (restoreRepeatedTags(tags, senses) !== senses)
    throw new Error(`ENAMDICT ${surface}: senses of a tagged name must start with '(': ${senses}`);
  return row;
}

/** dicts/build/enamdict-overrides.tsv: `surface<TAB>tags<TAB>english`, '#' comments; tags '-' drops. */
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
