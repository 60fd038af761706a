import { describe, expect, it } from 'vitest';
import {
  SCHEMA_VERSION,
  VocabSchemaError,
  addOrUpdateItem,
  checkDatabase,
  createEmptyDatabase,
  migrate,
  type VocabDatabase,
} from '../../src/core/vocab/index';

const NOW = '2026-11-25T09:00:00.000Z';

function validDb(): VocabDatabase {
  let db = createEmptyDatabase({ now: NOW, id: 'L' });
  db = addOrUpdateItem(
    db,
    {
      surface: '取り組んだ',
      dictionaryForm: '取り組む',
      reading: 'とりくむ',
      sentence: '問題に取り組んだ。',
      sentenceOffset: 3,
    },
    { now: NOW, id: 'I' },
  ).db;
  return db;
}

/** Malformed fixtures are untyped on purpose: they break the types the schema checks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/** A deep copy with one change applied, to build malformed databases. */
function broken(change: (raw: Raw) => void): unknown {
  const raw = JSON.parse(JSON.stringify(validDb()));
  change(raw);
  return raw;
}

function issuesOf(raw: unknown): string[] {
  const result = checkDatabase(raw);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

describe('migrate', () => {
  it('returns a current database unchanged (deep equal)', () => {
    expect(migrate(JSON.parse(JSON.stringify(validDb())))).toEqual(validDb());
  });

  it('upgrades the unversioned v0 prototype shape to the current version', () => {
    const v0 = {
      lists: [
        { id: 'l1', name: 'Words', created: Date.UTC(2025, 0, 2) },
        { id: 'l2', name: 'Names', default: true, created: Date.UTC(2025, 0, 3) },
      ],
      words: [
        {
          id: 'w1',
          word: '経済',
          reading: 'ケイザイ',
          meaning: 'economy',
          sentence: '経済が回復した。',
          title: 'News',
          url: 'https://example.jp/a',
          list: 'l1',
          added: Date.UTC(2025, 0, 4, 12),
          tags: 'news, N3 level',
          known: true,
        },
        { id: 'w2', word: '王毅', reading: 'おうき', list: 'l2', added: Date.UTC(2025, 0, 5) },
      ],
    };
    const db = migrate(v0);
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(db.lists).toEqual([
      { id: 'l1', name: 'Words', createdAt: '2025-01-02T00:00:00.000Z', isDefault: false },
      { id: 'l2', name: 'Names', createdAt: '2025-01-03T00:00:00.000Z', isDefault: true },
    ]);
    expect(db.items[0]).toEqual({
      id: 'w1',
      surface: '経済',
      dictionaryForm: '経済',
      reading: 'けいざい',
      meaning: 'economy',
      notes: '',
      sentence: '経済が回復した。',
      pageTitle: 'News',
      url: 'https://example.jp/a',
      addedAt: '2025-01-04T12:00:00.000Z',
      updatedAt: '2025-01-04T12:00:00.000Z',
      listId: 'l1',
      tags: ['news', 'N3_level'],
      known: true,
    });
    expect(db.items[1]).toMatchObject({ meaning: '', sentence: '', tags: [], known: false, listId: 'l2' });
    expect(db.knownWords).toEqual([{ dictionaryForm: '経済', reading: 'けいざい' }]);
    expect(db.readingCorrections).toEqual([]);
  });

  it('v0 without a default list makes the first list the default', () => {
    const db = migrate({
      lists: [
        { id: 'a', name: 'A', created: 0 },
        { id: 'b', name: 'B', created: 0 },
      ],
      words: [],
    });
    expect(db.lists.map((l) => l.isDefault)).toEqual([true, false]);
  });

  it('reports malformed v0 data with paths', () => {
    expect(
      issuesOf({ lists: [], words: [{ id: 'w', word: '', reading: 'x', list: 'l', added: 'yesterday' }] }),
    ).toEqual(['words[0].word: must not be empty', 'words[0].added: expected number, got "yesterday"']);
  });

  it('throws a precise error for a newer version', () => {
    try {
      migrate({ ...validDb(), schemaVersion: SCHEMA_VERSION + 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(VocabSchemaError);
      expect((e as VocabSchemaError).message).toBe(
        `schemaVersion: version ${SCHEMA_VERSION + 1} is newer than this version of Yomitoki understands (${SCHEMA_VERSION}); update the extension first`,
      );
    }
  });

  it.each([
    ['not an object', 'hello', ['expected an object, got "hello"']],
    ['null', null, ['expected an object, got null']],
    ['an array', [], ['expected an object, got an array']],
    ['no version and not v0', { lists: [] }, ['schemaVersion: missing']],
    [
      'version not a whole number',
      { schemaVersion: 1.5 },
      ['schemaVersion: expected a whole number, got 1.5'],
    ],
    ['negative version', { schemaVersion: -1 }, ['schemaVersion: expected a whole number, got -1']],
    ['version as text', { schemaVersion: '1' }, ['schemaVersion: expected a whole number, got "1"']],
  ])('rejects %s', (_n, raw, expected) => {
    expect(issuesOf(raw)).toEqual(expected);
  });
});

describe('validation of the current shape (table of malformed databases)', () => {
  it.each([
    [
      'reading in Latin letters',
      (r: Raw) => (r.items[0].reading = 'abc'),
      ['items[0].reading: expected kana, got "abc"'],
    ],
    [
      'javascript URL',
      (r: Raw) => (r.items[0].url = 'javascript:alert(1)'),
      ['items[0].url: not an http(s) or file URL: "javascript:alert(1)"'],
    ],
    [
      'unparsable URL',
      (r: Raw) => (r.items[0].url = 'http://'),
      ['items[0].url: not a valid URL: "http://"'],
    ],
    [
      'bad date',
      (r: Raw) => (r.items[0].addedAt = '25/11/2026'),
      ['items[0].addedAt: expected an ISO 8601 date like 2026-11-25T09:30:00Z, got "25/11/2026"'],
    ],
    [
      'impossible date',
      (r: Raw) => (r.lists[0].createdAt = '2026-13-45T00:00:00Z'),
      ['lists[0].createdAt: expected an ISO 8601 date like 2026-11-25T09:30:00Z, got "2026-13-45T00:00:00Z"'],
    ],
    ['missing id', (r: Raw) => delete r.items[0].id, ['items[0].id: missing']],
    [
      'empty word',
      (r: Raw) => (r.items[0].dictionaryForm = '  '),
      ['items[0].dictionaryForm: must not be empty'],
    ],
    [
      'known as text',
      (r: Raw) => (r.items[0].known = 'yes'),
      ['items[0].known: expected boolean, got "yes"'],
    ],
    ['tags not a list', (r: Raw) => (r.items[0].tags = 'a b'), ['items[0].tags: expected Array, got "a b"']],
    [
      'negative offset',
      (r: Raw) => (r.items[0].sentenceOffset = -2),
      ['items[0].sentenceOffset: expected a number ≥ 0'],
    ],
    [
      'offset off the word',
      (r: Raw) => (r.items[0].sentenceOffset = 0),
      ['items[0].sentenceOffset: 0 does not point at "取り組んだ" in the sentence'],
    ],
    [
      'item in a missing list',
      (r: Raw) => (r.items[0].listId = 'gone'),
      ['items[0].listId: no list with id "gone"'],
    ],
    [
      'duplicate item id',
      (r: Raw) => r.items.push({ ...r.items[0], reading: 'とりくみ' }),
      ['items[1].id: duplicate item id "I"'],
    ],
    [
      'same word twice in a list',
      (r: Raw) => r.items.push({ ...r.items[0], id: 'J' }),
      ['items[1]: same word, reading and list as items[0]'],
    ],
    [
      'no default list',
      (r: Raw) => (r.lists[0].isDefault = false),
      ['lists: exactly one list must be the default (found 0)'],
    ],
    [
      'two default lists',
      (r: Raw) => r.lists.push({ ...r.lists[0], id: 'M', name: 'Other' }),
      ['lists: exactly one list must be the default (found 2)'],
    ],
    [
      'duplicate list name',
      (r: Raw) => r.lists.push({ ...r.lists[0], id: 'M', isDefault: false, name: 'DEFAULT' }),
      ['lists[1].name: same name as lists[0] ("DEFAULT")'],
    ],
    ['no lists', (r: Raw) => ((r.lists = []), (r.items = [])), ['lists: there must be at least one list']],
    ['items not an array', (r: Raw) => (r.items = {}), ['items: expected Array, got Object']],
    [
      'known word without reading field',
      (r: Raw) => (r.knownWords = [{ dictionaryForm: '語' }]),
      ['knownWords[0].reading: missing'],
    ],
  ])('%s', (_n, change, expected) => {
    expect(issuesOf(broken(change))).toEqual(expected);
  });

  it('fills optional fields and normalises dates and readings', () => {
    const raw = broken((r) => {
      r.items[0] = {
        id: 'I',
        dictionaryForm: '経済',
        reading: 'ケイザイ',
        addedAt: '2026-11-25T18:00:00+09:00',
        updatedAt: '2026-11-25',
        listId: 'L',
      };
    });
    const db = migrate(raw);
    expect(db.items[0]).toEqual({
      id: 'I',
      surface: '経済',
      dictionaryForm: '経済',
      reading: 'けいざい',
      meaning: '',
      notes: '',
      sentence: '',
      pageTitle: '',
      url: '',
      addedAt: '2026-11-25T09:00:00.000Z',
      updatedAt: '2026-11-25T00:00:00.000Z',
      listId: 'L',
      tags: [],
      known: false,
    });
  });
});
