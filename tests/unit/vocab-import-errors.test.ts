/**
 * Malformed imports: each problem reported precisely (line, field, reason), and the database
 * returned unchanged, however the file is broken or cut short.
 */
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  SCHEMA_VERSION,
  createEmptyDatabase,
  exportJsonBackup,
  importVocab,
  type ImportOutcome,
  type VocabDatabase,
} from '../../src/core/vocab/index';
import { at, richDb } from '../helpers/vocab-fixtures';

/** The import was refused and the database given back as it was. */
function expectUnchanged(outcome: ImportOutcome, db: VocabDatabase) {
  expect(outcome.ok).toBe(false);
  expect(outcome.db).toBe(db);
  expect(outcome.preview).toMatchObject({ new: 0, updated: 0, skipped: 0, newLists: [] });
}

describe('malformed input: precise errors, nothing changed', () => {
  const header = CSV_COLUMNS.join(',');
  const good = (over: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {}) =>
    CSV_COLUMNS.map(
      (c) =>
        ({
          list: '',
          surface: '経済',
          dictionary_form: '経済',
          reading: 'けいざい',
          known: 'false',
          ...over,
        })[c] ?? '',
    ).join(',');

  it.each([
    [
      'reading not kana (line 7)',
      [
        header,
        good(),
        good({ surface: 'a' }),
        good({ surface: 'b' }),
        good({ surface: 'c' }),
        good({ surface: 'd' }),
        good({ surface: 'e', reading: 'abc' }),
      ].join('\n'),
      ['line 7, field "reading": expected kana, got "abc"'],
    ],
    [
      'bad URL',
      [header, good({ url: 'javascript:alert(1)' })].join('\n'),
      ['line 2, field "url": not an http(s) or file URL: "javascript:alert(1)"'],
    ],
    [
      'bad date',
      [header, good({ added_at: 'yesterday' })].join('\n'),
      ['line 2, field "added_at": expected an ISO 8601 date like 2026-11-25T09:30:00Z, got "yesterday"'],
    ],
    [
      'bad known',
      [header, good({ known: 'maybe' })].join('\n'),
      ['line 2, field "known": expected true or false, got "maybe"'],
    ],
    [
      'offset not a number',
      [header, good({ sentence: '経済です', sentence_offset: 'x' })].join('\n'),
      ['line 2, field "sentence_offset": expected a whole number ≥ 0, got "x"'],
    ],
    [
      'offset off the word',
      [header, good({ sentence: '今の経済', sentence_offset: '0' })].join('\n'),
      ['line 2, field "sentence_offset": 0 does not point at "経済" in the sentence'],
    ],
    [
      'no word',
      [header, good({ surface: '', dictionary_form: '' })].join('\n'),
      ['line 2, field "dictionary_form": must not be empty'],
    ],
    ['too few fields', `${header}\n経済,けいざい`, [`line 2: expected ${CSV_COLUMNS.length} fields, got 2`]],
    [
      'unknown column',
      'surface,reading,colour\n経済,けいざい,red',
      [
        'line 1: column 3: unknown column "colour" (expected a header row with: ' +
          CSV_COLUMNS.join(', ') +
          ')',
      ],
    ],
    [
      'header missing (data in the first row)',
      '経済,けいざい\n政治,せいじ',
      [
        'line 1: column 1: unknown column "経済" (expected a header row with: ' +
          CSV_COLUMNS.join(', ') +
          ')',
        'line 1: column 2: unknown column "けいざい" (expected a header row with: ' +
          CSV_COLUMNS.join(', ') +
          ')',
      ],
    ],
    [
      'duplicate column',
      'surface,reading,reading\n経済,けいざい,けいざい',
      ['line 1: column 3: column "reading" appears twice'],
    ],
    [
      'no word column',
      'reading,meaning\nけいざい,economy',
      ['line 1: the header needs a "dictionary_form" or "surface" column'],
    ],
    [
      'truncated inside a quoted field',
      'surface,reading,meaning\n経済,けいざい,"econ\nomy',
      ['line 2: quoted field is never closed (file truncated?)'],
    ],
    [
      'text after a closing quote',
      'surface,reading\n"経済"x,けいざい',
      ['line 2: unexpected "x" after a closing quote'],
    ],
    [
      'stray quote',
      'surface,reading\n経"済,けいざい',
      ['line 2: a quote inside an unquoted field (quote the whole field)'],
    ],
    ['empty file', '', ['the file is empty (a header row is required)']],
    ['only blank lines', '\r\n\r\n', ['the file is empty (a header row is required)']],
  ])('CSV: %s', (_n, text, expected) => {
    const db = richDb();
    const outcome = importVocab(db, text, { format: 'csv' });
    expect(outcome.errors.map((e) => e.message)).toEqual(expected);
    expectUnchanged(outcome, db);
  });

  it('a quoted field spanning lines moves the line numbers of later rows', () => {
    const text = `surface,reading,meaning\n経済,けいざい,"line one\nline two\nline three"\n政治,abc,x`;
    expect(importVocab(richDb(), text).errors.map((e) => e.message)).toEqual([
      'line 5, field "reading": expected kana, got "abc"',
    ]);
  });

  it('one bad row among good ones changes nothing', () => {
    const db = richDb();
    const rows = Array.from({ length: 50 }, (_, i) => `語${i},ご`);
    const text = ['surface,reading', ...rows, '最後,last'].join('\n');
    const outcome = importVocab(db, text);
    expect(outcome.errors.map((e) => e.message)).toEqual([
      'line 52, field "reading": expected kana, got "last"',
    ]);
    expectUnchanged(outcome, db);
  });

  it('reports at most 100 problems plus a count of the rest', () => {
    const text = ['surface,reading', ...Array.from({ length: 250 }, () => '語,x')].join('\n');
    const messages = importVocab(richDb(), text).errors.map((e) => e.message);
    expect(messages).toHaveLength(101);
    expect(messages.at(-1)).toBe('… and 150 more problems');
  });

  const backup = () => exportJsonBackup(richDb(), at(40));
  const withBackup = (
    change: (raw: Record<string, unknown> & { items: Record<string, unknown>[] }) => void,
  ) => {
    const raw = JSON.parse(backup());
    change(raw);
    return JSON.stringify(raw, null, 2);
  };

  it.each([
    [
      'wrong format marker',
      () => withBackup((r) => (r.format = 'anki-deck')),
      ['format: expected "yomitoki-backup", got "anki-deck"'],
    ],
    [
      'no format marker',
      () => withBackup((r) => delete r.format),
      ['format: missing: this is not a Yomitoki backup'],
    ],
    [
      'future schema version',
      () => withBackup((r) => (r.schemaVersion = SCHEMA_VERSION + 1)),
      [
        `schemaVersion: version ${SCHEMA_VERSION + 1} is newer than this version of Yomitoki understands (${SCHEMA_VERSION}); update the extension first`,
      ],
    ],
    [
      'an invalid URL deep inside',
      () => withBackup((r) => (r.items[1]!.url = 'not a url')),
      ['items[1].url: not a valid URL: "not a url"'],
    ],
    [
      'a reading in romaji',
      () => withBackup((r) => (r.items[0]!.reading = 'torikumu')),
      ['items[0].reading: expected kana, got "torikumu"'],
    ],
    ['an array instead of a backup', () => '[1, 2]', ['expected a Yomitoki backup object']],
    [
      'a syntax error',
      () => '{\n  "format": "yomitoki-backup",\n  "lists": [,]\n}',
      ['line 3, column 13: not valid JSON: unexpected ","'],
    ],
    [
      'single quotes',
      () => "{'format': 1}",
      ['line 1, column 2: not valid JSON: expected a property name in double quotes, found "\'"'],
    ],
    [
      'trailing garbage',
      () => `${backup()}x`,
      [
        `line ${backup().split('\n').length}, column 1: not valid JSON: unexpected "x" after the end of the data`,
      ],
    ],
    ['empty file', () => '  ', ['the file is empty']],
  ])('JSON: %s', (_n, text, expected) => {
    const db = richDb();
    const outcome = importVocab(db, text(), { format: 'json' });
    expect(outcome.errors.map((e) => e.message)).toEqual(expected);
    expectUnchanged(outcome, db);
  });

  it('every truncation of a backup is refused as truncated, never half-imported', () => {
    const text = backup();
    const db = createEmptyDatabase();
    for (let cut = 1; cut < text.trimEnd().length; cut += 7) {
      const outcome = importVocab(db, text.slice(0, cut), { format: 'json' });
      expect(
        outcome.errors.map((e) => e.message),
        `cut at ${cut}`,
      ).toEqual(['the file ends too early: it is truncated or not a complete backup']);
      expect(outcome.db).toBe(db);
    }
  });

  it('a BOM and CRLF line ends in a backup are fine', () => {
    const text = `\ufeff${backup().replace(/\n/g, '\r\n')}`;
    const outcome = importVocab(createEmptyDatabase(), text);
    expect(outcome.ok).toBe(true);
    expect(outcome.db.items).toEqual(richDb().items);
  });
});
