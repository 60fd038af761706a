/**
 * KANJIDIC2 (UTF-8 XML) → one row per kanji, sorted by the kanji's UTF-8 bytes:
 *   kanji, grade, JLPT (old 1–4 scale), on readings, kun readings, name readings (nanori), meanings,
 *   stroke count (the first, accepted count; KANJIDIC lists common miscounts after it)
 * Readings are space-separated as KANJIDIC writes them (kun with '.' before okurigana, '-' for affixes);
 * meanings are the English ones, ';'-separated. The frequency field is left out on purpose: it carries
 * a no-commercial-use condition (see dicts/ATTRIBUTION.md).
 */
import { assertCleanFields, sortRowsByBytes, type Row } from './sorted-tsv';

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function all(block: string, re: RegExp): string[] {
  return [...block.matchAll(re)].map((m) => decodeXml(m[1] ?? '').trim());
}

export interface KanjiTable {
  header: string;
  rows: Row[];
}

export function compileKanjidic2(xml: string): KanjiTable {
  const header =
    /<file_version>(\d+)<\/file_version>[\s\S]*?<database_version>([^<]*)<\/database_version>/.exec(xml);
  const rows: Row[] = [];
  for (const m of xml.matchAll(/<character>([\s\S]*?)<\/character>/g)) {
    const block = m[1] ?? '';
    const literal = all(block, /<literal>([^<]*)<\/literal>/g)[0];
    if (!literal) continue;
    const grade = all(block, /<grade>([^<]*)<\/grade>/g)[0] ?? '';
    const jlpt = all(block, /<jlpt>([^<]*)<\/jlpt>/g)[0] ?? '';
    const on = all(block, /<reading r_type="ja_on"[^>]*>([^<]*)<\/reading>/g);
    const kun = all(block, /<reading r_type="ja_kun"[^>]*>([^<]*)<\/reading>/g);
    const nanori = all(block, /<nanori>([^<]*)<\/nanori>/g);
    const meanings = all(block, /<meaning>([^<]*)<\/meaning>/g).map((s) => s.replace(/;/g, ','));
    const strokes = all(block, /<stroke_count>([^<]*)<\/stroke_count>/g)[0] ?? '';
    const row = [
      literal,
      grade,
      jlpt,
      on.join(' '),
      kun.join(' '),
      nanori.join(' '),
      meanings.join(';'),
      strokes,
    ];
    assertCleanFields(row, `KANJIDIC2 ${literal}`);
    rows.push(row);
  }
  return {
    header: header ? `KANJIDIC2 file version ${header[1]}, database version ${header[2]}` : 'KANJIDIC2',
    rows: sortRowsByBytes(rows),
  };
}
