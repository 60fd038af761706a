import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileNews,
  CURATED_SOURCES,
  matchKey,
  rowSurfaces,
  TERM_KINDS,
  type CuratedSourceId,
} from '../../dicts/build/compile-news';
import { parseCuratedTsv, type CuratedFile } from '../../dicts/build/curated-tsv';

const SOURCES_DIR = join(import.meta.dirname, '..', '..', 'dicts', 'sources');

interface Schema {
  columns: string[];
  /** Columns that must be non-empty on every row. */
  required: string[];
  /** The minimum number of rows. */
  minRows: number;
  kinds?: readonly string[];
}

const SCHEMAS: Record<CuratedSourceId, Schema> = {
  acronyms: {
    columns: ['surface', 'english', 'japanese', 'region', 'description', 'reading', 'source'],
    required: ['surface', 'english', 'region', 'description', 'source'],
    minRows: 400,
  },
  people: {
    columns: ['surfaces', 'english', 'reading', 'role', 'region', 'source'],
    required: ['surfaces', 'english', 'role', 'region', 'source'],
    minRows: 500,
  },
  organisations: {
    columns: ['surfaces', 'english', 'kind', 'reading', 'region', 'description', 'source'],
    required: ['surfaces', 'english', 'kind', 'region', 'description', 'source'],
    minRows: 300,
    kinds: TERM_KINDS.filter((k) => k !== 'person' && k !== 'acronym'),
  },
};

const REGION = /^([A-Z]{2}|EU|INTL|GLOBAL)$/;
const KANJI = /[\u3400-\u9fff\uf900-\ufaff々]/;
const READING = /^[\u3041-\u3096ー・]+$/;
/** How an acronym is said (ナトー, オペックプラス). */
const KATAKANA_READING = /^[\u30a1-\u30fcー]+$/;

const files = new Map<CuratedSourceId, CuratedFile>(
  (Object.entries(CURATED_SOURCES) as [CuratedSourceId, string][]).map(([id, name]) => [
    id,
    parseCuratedTsv(name, readFileSync(join(SOURCES_DIR, name), 'utf8')),
  ]),
);

describe.each([...files])('curated source %s', (id, file) => {
  const schema = SCHEMAS[id];
  const where = (line: number) => `${file.name}:${line}`;

  it('has the expected header and the same number of cells on every row', () => {
    expect(file.columns).toEqual(schema.columns);
    const bad = file.rows.filter((r) => r.cellCount !== schema.columns.length).map((r) => where(r.line));
    expect(bad).toEqual([]);
  });

  it(`has at least ${schema.minRows} rows`, () => {
    expect(file.rows.length).toBeGreaterThanOrEqual(schema.minRows);
  });

  it('fills the required columns', () => {
    const bad = file.rows.flatMap((r) =>
      schema.required.filter((c) => !r.fields[c]).map((c) => `${where(r.line)} ${c}`),
    );
    expect(bad).toEqual([]);
  });

  it('uses known regions and kinds', () => {
    expect(file.rows.filter((r) => !REGION.test(r.fields.region ?? '')).map((r) => where(r.line))).toEqual(
      [],
    );
    if (schema.kinds) {
      const kinds = schema.kinds;
      expect(file.rows.filter((r) => !kinds.includes(r.fields.kind ?? '')).map((r) => where(r.line))).toEqual(
        [],
      );
    }
  });

  it('gives a hiragana reading to every row with a kanji spelling', () => {
    if (!schema.columns.includes('reading') || id === 'acronyms') return;
    const missing = file.rows.filter((r) => rowSurfaces(r).some((s) => KANJI.test(s)) && !r.fields.reading);
    expect(missing.map((r) => where(r.line))).toEqual([]);
    const odd = file.rows.filter((r) => r.fields.reading && !READING.test(r.fields.reading));
    expect(odd.map((r) => `${where(r.line)} ${r.fields.reading}`)).toEqual([]);
  });

  it('has no field with stray spaces, quotes of the TSV kind, or empty variants', () => {
    const text = readFileSync(join(SOURCES_DIR, file.name), 'utf8');
    const bad = text
      .split('\n')
      .map((l, i) => [l, i + 1] as const)
      .filter(([l]) => l && !l.startsWith('#'))
      .filter(([l]) =>
        l.split('\t').some((c) => c !== c.trim() || /^\||\|$|\|\|/.test(c) || /^".*"$/.test(c)),
      )
      .map(([, n]) => where(n));
    expect(bad).toEqual([]);
  });

  if (id === 'acronyms') {
    it('says acronyms read as words in katakana (ＮＡＴＯ ナトー)', () => {
      const odd = file.rows.filter((r) => r.fields.reading && !KATAKANA_READING.test(r.fields.reading));
      expect(odd.map((r) => `${where(r.line)} ${r.fields.reading}`)).toEqual([]);
    });

    it('spells every acronym with Latin letters or digits', () => {
      const bad = file.rows.filter((r) => rowSurfaces(r).some((s) => !/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/.test(s)));
      expect(bad.map((r) => where(r.line))).toEqual([]);
    });
  }
});

describe('curated sources together', () => {
  it('give every row an English name and a kind (the build skips none)', () => {
    expect(compileNews(files).warnings).toEqual([]);
    for (const row of compileNews(files).rows) {
      expect(row[3], row.join(' ')).toBeTruthy();
      expect(TERM_KINDS as readonly string[], row.join(' ')).toContain(row[2]);
    }
  });

  it('never give the same spelling (after width folding) to two rows', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of files.values()) {
      for (const row of file.rows) {
        const id = `${file.name}:${row.line}`;
        for (const key of new Set(rowSurfaces(row).map(matchKey))) {
          const other = owner.get(key);
          if (other && other !== id) clashes.push(`${key}: ${other} and ${id}`);
          owner.set(key, id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('cover the seed article', () => {
    const keys = new Set(
      [...files.values()].flatMap((f) => f.rows.flatMap((r) => rowSurfaces(r).map(matchKey))),
    );
    for (const s of [
      'CISA',
      'GCHQ',
      'NISC',
      '5G',
      'IBM',
      'ジェームズ・クレバリー',
      '王毅',
      '韓正',
      'ファイブ・アイズ',
      'ボルト・タイフーン',
      'チャタム・ハウス',
      'ネクスペリア',
      'ファーウェイ',
    ]) {
      expect(keys.has(s), s).toBe(true);
    }
  });
});
