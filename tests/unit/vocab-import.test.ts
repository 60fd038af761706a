import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  SCHEMA_VERSION,
  addOrUpdateItem,
  checkDatabase,
  createEmptyDatabase,
  createList,
  editItem,
  exportCsv,
  exportJsonBackup,
  importVocab,
  markKnown,
  setReadingCorrection,
  type ImportOutcome,
  type VocabDatabase,
  type VocabItem,
} from '../../src/core/vocab/index';

const T = (minute: number) => `2026-11-25T09:${String(minute).padStart(2, '0')}:00.000Z`;

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A database with two lists, contexts, known words and corrections: everything a backup holds. */
function richDb(): VocabDatabase {
  let db = createEmptyDatabase({ now: T(0), id: 'src-default' });
  db = createList(db, 'ニュース', { now: T(0), id: 'src-news' }).db;
  db = addOrUpdateItem(
    db,
    {
      surface: '取り組んだ',
      dictionaryForm: '取り組む',
      reading: 'とりくむ',
      meaning: 'to tackle,\n"deal with"',
      sentence: '政府は問題に取り組んだ。',
      sentenceOffset: 6,
      pageTitle: 'NHK',
      url: 'https://www3.nhk.or.jp/a',
      tags: ['news'],
    },
    { now: T(1), id: 'i1' },
  ).db;
  db = addOrUpdateItem(
    db,
    {
      surface: '取り組み',
      dictionaryForm: '取り組む',
      reading: 'とりくむ',
      sentence: '新たな取り組み。',
      sentenceOffset: 3,
    },
    { now: T(2) },
  ).db;
  db = addOrUpdateItem(
    db,
    {
      surface: '経済',
      reading: 'けいざい',
      meaning: 'economy',
      listId: 'src-news',
      sentence: '経済\tと=政治',
    },
    { now: T(3), id: 'i2' },
  ).db;
  db = editItem(db, 'i2', { notes: '@note, with "quotes"\r\nand lines' }, { now: T(4) });
  db = markKnown(db, 'i2', true, { now: T(5) });
  db = setReadingCorrection(db, '間', 'あいだ');
  return db;
}

function expectUnchanged(outcome: ImportOutcome, db: VocabDatabase) {
  expect(outcome.ok).toBe(false);
  expect(outcome.db).toBe(db);
  expect(outcome.preview).toMatchObject({ new: 0, updated: 0, skipped: 0, newLists: [] });
}

describe('JSON backup round trip', () => {
  it('export → import into an empty database gives identical lists, items, known words, corrections', () => {
    const db = richDb();
    const fresh = createEmptyDatabase({ now: T(30), id: 'fresh-default' });
    const outcome = importVocab(fresh, exportJsonBackup(db, T(40)), { makeId: counter('new') });
    expect(outcome.errors).toEqual([]);
    expect(outcome.ok).toBe(true);
    expect(outcome.db).toEqual(db);
    expect(outcome.preview).toEqual({
      new: 2,
      updated: 0,
      skipped: 0,
      newLists: ['Default', 'ニュース'],
      knownWords: 1,
      readingCorrections: 1,
    });
  });

  it('importing the same backup again changes nothing and counts everything as skipped', () => {
    const db = richDb();
    const outcome = importVocab(db, exportJsonBackup(db));
    expect(outcome.db).toEqual(db);
    expect(outcome.preview).toMatchObject({
      new: 0,
      updated: 0,
      skipped: 2,
      newLists: [],
      knownWords: 0,
      readingCorrections: 0,
    });
  });

  it('merges into a used database: lists by id then name, newer versions win, older are skipped', () => {
    const backup = richDb();
    // The target has its own default list with another id, a list named like the backup's, and words.
    let target = createEmptyDatabase({ now: T(0), id: 'tgt-default' });
    target = createList(target, 'ニュース', { id: 'tgt-news' }).db;
    target = createList(target, 'Mine', { id: 'tgt-mine' }).db;
    // Same word as backup i2 (same list by name), edited *later* than the backup: must be kept.
    target = addOrUpdateItem(
      target,
      { surface: '経済', reading: 'けいざい', meaning: 'my newer meaning', listId: 'tgt-news' },
      { now: T(50), id: 't1' },
    ).db;
    // Item id collides with the backup's i1 but is another word: the imported one needs a new id.
    target = addOrUpdateItem(
      target,
      { surface: '猫', reading: 'ねこ', listId: 'tgt-mine' },
      { now: T(1), id: 'i1' },
    ).db;

    const outcome = importVocab(target, exportJsonBackup(backup), { makeId: counter('gen') });
    expect(outcome.ok).toBe(true);
    expect(outcome.preview).toMatchObject({ new: 1, updated: 0, skipped: 1, newLists: [] });
    const db = outcome.db;
    expect(checkDatabase(db).ok).toBe(true);
    // Lists matched by name: the target's lists and default stay as they were.
    expect(db.lists).toEqual(target.lists);
    const torikumu = db.items.find((i) => i.dictionaryForm === '取り組む')!;
    expect(torikumu.listId).toBe('tgt-default');
    expect(torikumu.id).toBe('gen1');
    expect(torikumu.contexts).toHaveLength(1);
    expect(db.items.find((i) => i.id === 't1')!.meaning).toBe('my newer meaning');
    expect(db.items.find((i) => i.id === 'i1')!.dictionaryForm).toBe('猫');
  });

  it('a newer or equally recent version in the file updates; tags and contexts are united', () => {
    const base = richDb();
    const newer = editItem(base, 'i1', { meaning: 'newer meaning', tags: ['imported'] }, { now: T(59) });
    const outcome = importVocab(base, exportJsonBackup(newer));
    expect(outcome.preview).toMatchObject({ new: 0, updated: 1, skipped: 1 });
    const item = outcome.db.items.find((i) => i.id === 'i1')!;
    expect(item.meaning).toBe('newer meaning');
    expect(item.tags).toEqual(['news', 'imported']);
    expect(item.contexts).toEqual(base.items.find((i) => i.id === 'i1')!.contexts);

    // Same timestamp, different content: the deliberate import wins.
    const sameTime = {
      ...base,
      items: base.items.map((i) => (i.id === 'i2' ? { ...i, notes: 'edited in the file' } : i)),
    };
    const again = importVocab(base, exportJsonBackup(sameTime));
    expect(again.preview).toMatchObject({ updated: 1, skipped: 1 });
    expect(again.db.items.find((i) => i.id === 'i2')!.notes).toBe('edited in the file');
  });

  it('an older version in the file changes nothing', () => {
    const base = richDb();
    const later = editItem(base, 'i1', { meaning: 'edited after the backup' }, { now: T(59) });
    const outcome = importVocab(later, exportJsonBackup(base));
    expect(outcome.preview).toMatchObject({ new: 0, updated: 0, skipped: 2 });
    expect(outcome.db).toEqual(later);
  });

  it('reads a backup of an older schema version through the migrations', () => {
    const v0Backup = {
      format: 'yomitoki-backup',
      lists: [{ id: 'l', name: 'Old', default: true, created: 0 }],
      words: [{ id: 'w', word: '経済', reading: 'ケイザイ', list: 'l', added: 0 }],
    };
    const outcome = importVocab(createEmptyDatabase(), JSON.stringify(v0Backup));
    expect(outcome.ok).toBe(true);
    expect(outcome.db.lists.map((l) => l.name)).toEqual(['Old']);
    expect(outcome.db.items[0]!.reading).toBe('けいざい');
  });
});

/** Fields the CSV carries (ids and contexts are JSON-only). */
function csvView(item: VocabItem) {
  const { id: _id, listId: _listId, contexts: _contexts, ...rest } = item;
  return rest;
}

describe('CSV round trip', () => {
  it('export → import into an empty database gives the same words in the same lists', () => {
    const db = richDb();
    const fresh = createEmptyDatabase({ now: T(30), id: 'fresh' });
    for (const bom of [false, true]) {
      const outcome = importVocab(fresh, exportCsv(db, { bom }), { makeId: counter('c'), now: T(31) });
      expect(outcome.errors).toEqual([]);
      expect(outcome.preview).toMatchObject({ new: 2, updated: 0, skipped: 0, newLists: ['ニュース'] });
      const listName = (d: VocabDatabase, item: VocabItem) => d.lists.find((l) => l.id === item.listId)!.name;
      expect(outcome.db.items.map((i) => [listName(outcome.db, i), csvView(i)])).toEqual(
        db.items.map((i) => [listName(db, i), csvView(i)]),
      );
    }
  });

  it('re-importing the export into the same database skips everything', () => {
    const db = richDb();
    const outcome = importVocab(db, exportCsv(db));
    expect(outcome.preview).toMatchObject({ new: 0, updated: 0, skipped: 2, newLists: [] });
  });

  it.each([
    ['LF line ends', (s: string) => s.replace(/\r\n/g, '\n')],
    ['CRLF line ends', (s: string) => s],
    ['BOM', (s: string) => `\ufeff${s}`],
    ['no final line break', (s: string) => s.replace(/\r\n$/, '')],
    ['blank lines', (s: string) => s.replace(/\r\n$/, '\r\n\r\n\r\n')],
  ])('accepts %s', (_n, change) => {
    const db = richDb();
    const outcome = importVocab(createEmptyDatabase(), change(exportCsv(db)), { format: 'csv' });
    expect(outcome.errors).toEqual([]);
    // Rewriting every CRLF to LF also rewrites the line breaks inside values: compare them folded.
    const lf = (s: string) => s.replace(/\r\n/g, '\n');
    expect(outcome.db.items.map((i) => lf(i.meaning))).toEqual(db.items.map((i) => lf(i.meaning)));
    expect(outcome.db.items.map((i) => lf(i.notes))).toEqual(db.items.map((i) => lf(i.notes)));
  });

  it('reads a hand-made CSV: columns in any order, minimal columns, rows without list go to the default list', () => {
    const csv =
      'Reading,Surface,Meaning,List\r\nけいざい,経済,economy,\r\nセイジ,政治,"politics, government",Politics\r\n';
    const db = createEmptyDatabase({ id: 'd' });
    const outcome = importVocab(db, csv, { now: T(7), makeId: counter('m') });
    expect(outcome.errors).toEqual([]);
    expect(outcome.preview).toMatchObject({ new: 2, newLists: ['Politics'] });
    expect(
      outcome.db.items.map((i) => [i.dictionaryForm, i.reading, i.meaning, i.listId, i.addedAt]),
    ).toEqual([
      ['経済', 'けいざい', 'economy', 'd', T(7)],
      ['政治', 'せいじ', 'politics, government', 'm2', T(7)], // m1 is the first item's id
    ]);
  });

  it('the same word twice in one file merges like a re-add', () => {
    const csv =
      'surface,reading,meaning,updated_at\n経済,けいざい,first,2026-01-01T00:00:00Z\n経済,ケイザイ,second,2026-02-01T00:00:00Z\n';
    const outcome = importVocab(createEmptyDatabase(), csv);
    expect(outcome.preview).toMatchObject({ new: 1, updated: 1 });
    expect(outcome.db.items.map((i) => i.meaning)).toEqual(['second']);
  });
});

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

  const backup = () => exportJsonBackup(richDb(), T(40));
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
