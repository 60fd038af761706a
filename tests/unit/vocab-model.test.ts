import { describe, expect, it } from 'vitest';
import {
  MAX_CONTEXTS,
  VocabError,
  addOrUpdateItem,
  countItems,
  createEmptyDatabase,
  createList,
  deleteItem,
  deleteList,
  editItem,
  findItemsByWord,
  getDefaultList,
  isKnownWord,
  markKnown,
  moveItem,
  queryItems,
  renameList,
  restoreItem,
  restoreList,
  setDefaultList,
  setReadingCorrection,
  type NewVocabItem,
  type VocabDatabase,
} from '../../src/core/vocab/index';

const T0 = '2026-11-25T09:00:00.000Z';
const at = (minute: number) => `2026-11-25T09:${String(minute).padStart(2, '0')}:00.000Z`;

function freshDb(): VocabDatabase {
  return createEmptyDatabase({ now: T0, id: 'list-default' });
}

const TORIKUMU: NewVocabItem = {
  surface: '取り組んだ',
  dictionaryForm: '取り組む',
  reading: 'トリクム',
  meaning: 'to tackle',
  sentence: '政府は問題に取り組んだ。',
  sentenceOffset: 6,
  pageTitle: 'NHK',
  url: 'https://www3.nhk.or.jp/news/1.html',
  tags: ['news'],
};

/** Deep-freeze so any mutation of an input database throws in strict mode. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) freeze(v);
  }
  return value;
}

describe('addOrUpdateItem', () => {
  it('creates an item with a hiragana reading in the default list', () => {
    const { db, item, created } = addOrUpdateItem(freshDb(), TORIKUMU, { now: at(1), id: 'a' });
    expect(created).toBe(true);
    expect(item).toMatchObject({
      id: 'a',
      surface: '取り組んだ',
      dictionaryForm: '取り組む',
      reading: 'とりくむ',
      sentenceOffset: 6,
      listId: 'list-default',
      addedAt: at(1),
      updatedAt: at(1),
      known: false,
      tags: ['news'],
    });
    expect(db.items).toEqual([item]);
  });

  it('updates instead of duplicating: new sentence current, old one kept as context, edited meaning kept', () => {
    let db = addOrUpdateItem(freshDb(), TORIKUMU, { now: at(1), id: 'a' }).db;
    db = editItem(db, 'a', { meaning: 'my meaning' }, { now: at(2) });
    const second = addOrUpdateItem(
      db,
      {
        ...TORIKUMU,
        surface: '取り組み',
        reading: 'とりくむ', // hiragana and katakana readings are the same word
        meaning: 'popup meaning',
        sentence: '新たな取り組みを始めた。',
        sentenceOffset: 3,
        pageTitle: 'Second page',
        tags: ['politics'],
      },
      { now: at(3), id: 'b' },
    );
    expect(second.created).toBe(false);
    expect(second.db.items).toHaveLength(1);
    const item = second.db.items[0]!;
    expect(item.id).toBe('a');
    expect(item.sentence).toBe('新たな取り組みを始めた。');
    expect(item.sentenceOffset).toBe(3);
    expect(item.surface).toBe('取り組み');
    expect(item.meaning).toBe('my meaning');
    expect(item.tags).toEqual(['news', 'politics']);
    expect(item.addedAt).toBe(at(1));
    expect(item.updatedAt).toBe(at(3));
    expect(item.contexts).toEqual([
      {
        surface: '取り組んだ',
        sentence: '政府は問題に取り組んだ。',
        sentenceOffset: 6,
        pageTitle: 'NHK',
        url: TORIKUMU.url,
        addedAt: at(2),
      },
    ]);
  });

  it('fills an empty meaning on re-add', () => {
    let db = addOrUpdateItem(freshDb(), { ...TORIKUMU, meaning: '' }, { now: at(1) }).db;
    db = addOrUpdateItem(db, TORIKUMU, { now: at(2) }).db;
    expect(db.items[0]!.meaning).toBe('to tackle');
  });

  it('keeps the same word in two lists apart, and different readings apart', () => {
    const { db: withList, list } = createList(freshDb(), 'Politics', { now: T0, id: 'pol' });
    let db = addOrUpdateItem(withList, TORIKUMU, { now: at(1) }).db;
    db = addOrUpdateItem(db, { ...TORIKUMU, listId: list.id }, { now: at(2) }).db;
    db = addOrUpdateItem(db, { surface: '間', reading: 'あいだ' }, { now: at(3) }).db;
    db = addOrUpdateItem(db, { surface: '間', reading: 'ま' }, { now: at(4) }).db;
    expect(db.items).toHaveLength(4);
    expect(
      findItemsByWord(db, '取り組む', 'トリクム')
        .map((i) => i.listId)
        .sort(),
    ).toEqual(['list-default', 'pol']);
  });

  it('does not grow contexts without bound and does not repeat a sentence', () => {
    let db = freshDb();
    for (let i = 0; i < MAX_CONTEXTS + 10; i++) {
      db = addOrUpdateItem(
        db,
        { ...TORIKUMU, sentence: `文${i}に取り組んだ。`, sentenceOffset: undefined },
        { now: at(i) },
      ).db;
      db = addOrUpdateItem(
        db,
        { ...TORIKUMU, sentence: `文${i}に取り組んだ。`, sentenceOffset: undefined },
        { now: at(i) },
      ).db;
    }
    const item = db.items[0]!;
    expect(item.contexts).toHaveLength(MAX_CONTEXTS);
    expect(new Set(item.contexts!.map((c) => c.sentence)).size).toBe(MAX_CONTEXTS);
    expect(item.contexts!.some((c) => c.sentence === item.sentence)).toBe(false);
  });

  it.each([
    ['offset pointing elsewhere', 2, undefined],
    ['negative offset', -1, undefined],
    ['fractional offset', 1.5, undefined],
    ['correct offset', 6, 6],
  ])('sentence offset: %s', (_name, offset, expected) => {
    const { item } = addOrUpdateItem(freshDb(), { ...TORIKUMU, sentenceOffset: offset });
    expect(item.sentenceOffset).toBe(expected);
  });

  it.each([
    ['javascript: URL', 'javascript:alert(1)', ''],
    ['data: URL', 'data:text/html,x', ''],
    ['not a URL', 'nonsense', ''],
    ['https URL', 'https://example.jp/a', 'https://example.jp/a'],
  ])('source URL: %s', (_n, url, expected) => {
    expect(addOrUpdateItem(freshDb(), { ...TORIKUMU, url }).item.url).toBe(expected);
  });

  it('refuses a reading that is not kana, on add and on edit', () => {
    expect(() => addOrUpdateItem(freshDb(), { ...TORIKUMU, reading: 'torikumu' })).toThrow(/kana/);
    const db = addOrUpdateItem(freshDb(), TORIKUMU, { id: 'a' }).db;
    expect(() => editItem(db, 'a', { reading: '取りくむ' })).toThrow(/kana/);
  });

  it('refuses an empty word and an unknown list', () => {
    expect(() => addOrUpdateItem(freshDb(), { surface: '  ', reading: '' })).toThrow(VocabError);
    expect(() => addOrUpdateItem(freshDb(), { ...TORIKUMU, listId: 'nope' })).toThrow(/No list/);
  });

  it('never mutates the database it is given', () => {
    const db = freeze(addOrUpdateItem(freshDb(), TORIKUMU, { now: at(1), id: 'a' }).db);
    const snapshot = JSON.stringify(db);
    addOrUpdateItem(db, { ...TORIKUMU, sentence: '別の文に取り組んだ。' });
    editItem(db, 'a', { meaning: 'x', tags: ['t'] });
    markKnown(db, 'a');
    deleteItem(db, 'a');
    createList(db, 'New');
    expect(JSON.stringify(db)).toBe(snapshot);
  });
});

describe('lists', () => {
  it('create, rename, set default', () => {
    let db = freshDb();
    const created = createList(db, '  News   words ', { now: T0, id: 'n' });
    expect(created.list).toEqual({ id: 'n', name: 'News words', createdAt: T0, isDefault: false });
    db = renameList(created.db, 'n', 'ニュース');
    db = setDefaultList(db, 'n');
    expect(getDefaultList(db).name).toBe('ニュース');
    expect(db.lists.filter((l) => l.isDefault)).toHaveLength(1);
  });

  it.each([
    ['empty name', ' ', 'invalid-name'],
    ['duplicate name (case-insensitive)', 'default', 'duplicate-name'],
    ['too long', 'x'.repeat(101), 'invalid-name'],
  ])('createList refuses %s', (_n, name, code) => {
    try {
      createList(freshDb(), name);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(VocabError);
      expect((e as VocabError).code).toBe(code);
    }
  });

  it('renaming a list to its own name in other case is allowed', () => {
    expect(renameList(freshDb(), 'list-default', 'DEFAULT').lists[0]!.name).toBe('DEFAULT');
  });

  it('deleting removes the list and its items, restore brings both back; the default cannot go', () => {
    let db = createList(freshDb(), 'Temp', { id: 'tmp' }).db;
    db = addOrUpdateItem(db, { ...TORIKUMU, listId: 'tmp' }, { id: 'x' }).db;
    db = addOrUpdateItem(db, TORIKUMU, { id: 'y' }).db;
    expect(() => deleteList(db, 'list-default')).toThrow(/default list cannot be deleted/);
    const { db: after, deleted } = deleteList(db, 'tmp');
    expect(after.lists.map((l) => l.id)).toEqual(['list-default']);
    expect(after.items.map((i) => i.id)).toEqual(['y']);
    expect(deleted.items.map((i) => i.id)).toEqual(['x']);
    const restored = restoreList(after, deleted);
    expect(restored.lists).toEqual(db.lists);
    expect(restored.items.map((i) => i.id).sort()).toEqual(['x', 'y']);
  });
});

describe('edit, delete, restore, known', () => {
  function twoItems() {
    let db = addOrUpdateItem(freshDb(), TORIKUMU, { now: at(1), id: 'a' }).db;
    db = addOrUpdateItem(
      db,
      { surface: '経済', reading: 'けいざい', meaning: 'economy' },
      { now: at(2), id: 'b' },
    ).db;
    return db;
  }

  it('edits meaning, notes, tags (normalised) and bumps updatedAt', () => {
    const db = editItem(
      twoItems(),
      'a',
      { meaning: 'tackle', notes: 'N1', tags: ['my tag', 'my tag', ' '] },
      { now: at(9) },
    );
    expect(db.items[0]).toMatchObject({ meaning: 'tackle', notes: 'N1', tags: ['my_tag'], updatedAt: at(9) });
  });

  it('refuses an edit that would make two items the same word', () => {
    const db = twoItems();
    expect(() => editItem(db, 'b', { dictionaryForm: '取り組む', reading: 'とりくむ' })).toThrow(
      /already in this list/,
    );
    expect(() => editItem(db, 'zzz', { meaning: '' })).toThrow(/No word/);
  });

  it('delete + restore puts the item back where it was', () => {
    const db = twoItems();
    const { db: after, deleted } = deleteItem(db, 'a');
    expect(after.items.map((i) => i.id)).toEqual(['b']);
    expect(restoreItem(after, deleted)).toEqual(db);
    // Restoring twice changes nothing.
    const once = restoreItem(after, deleted);
    expect(restoreItem(once, deleted)).toBe(once);
  });

  it('restore goes to the default list when the item list is gone, and yields to a re-added word', () => {
    let db = createList(freshDb(), 'Temp', { id: 'tmp' }).db;
    db = addOrUpdateItem(db, { ...TORIKUMU, listId: 'tmp' }, { id: 'a' }).db;
    const { db: noItem, deleted } = deleteItem(db, 'a');
    const noList = deleteList(noItem, 'tmp').db;
    expect(restoreItem(noList, deleted).items[0]!.listId).toBe('list-default');
    const readded = addOrUpdateItem(noList, TORIKUMU, { id: 'new' }).db;
    expect(restoreItem(readded, deleted)).toBe(readded);
  });

  it('markKnown marks the word in every list and in knownWords; unmark reverses both', () => {
    let db = createList(twoItems(), 'Other', { id: 'o' }).db;
    db = addOrUpdateItem(db, { ...TORIKUMU, listId: 'o' }, { id: 'c' }).db;
    db = markKnown(db, 'a', true, { now: at(10) });
    expect(
      db.items
        .filter((i) => i.known)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(db.knownWords).toEqual([{ dictionaryForm: '取り組む', reading: 'とりくむ' }]);
    expect(isKnownWord(db, '取り組む', 'トリクム')).toBe(true);
    // A word captured later is born known.
    const d = addOrUpdateItem(createList(db, 'Third', { id: 't' }).db, { ...TORIKUMU, listId: 't' }).item;
    expect(d.known).toBe(true);
    db = markKnown(db, 'c', false);
    expect(db.items.some((i) => i.known)).toBe(false);
    expect(db.knownWords).toEqual([]);
  });

  it('moveItem moves, or refuses when the target list has the word', () => {
    let db = createList(twoItems(), 'Other', { id: 'o' }).db;
    db = moveItem(db, 'a', 'o');
    expect(db.items.find((i) => i.id === 'a')!.listId).toBe('o');
    db = addOrUpdateItem(db, TORIKUMU, { id: 'again' }).db;
    expect(() => moveItem(db, 'again', 'o')).toThrow(VocabError);
  });

  it('reading corrections replace per surface', () => {
    let db = setReadingCorrection(freshDb(), '間', 'マ');
    db = setReadingCorrection(db, '間', 'あいだ');
    expect(db.readingCorrections).toEqual([{ surface: '間', reading: 'あいだ' }]);
  });
});

describe('queryItems and countItems', () => {
  const words: [string, string, string, number][] = [
    ['経済', 'けいざい', 'economy', 3],
    ['安全保障', 'あんぜんほしょう', 'national security', 1],
    ['サイバー攻撃', 'さいばーこうげき', 'cyber attack', 2],
  ];
  function db3() {
    let db = freshDb();
    for (const [w, r, m, minute] of words) {
      db = addOrUpdateItem(
        db,
        { surface: w, reading: r, meaning: m, tags: ['news'] },
        { now: at(minute), id: w },
      ).db;
    }
    return markKnown(db, '経済');
  }

  it.each([
    ['newest', ['経済', 'サイバー攻撃', '安全保障']],
    ['oldest', ['安全保障', 'サイバー攻撃', '経済']],
    ['word', ['安全保障', '経済', 'サイバー攻撃']],
  ] as const)('sort %s', (sort, expected) => {
    expect(queryItems(db3(), { sort }).map((i) => i.id)).toEqual(expected);
  });

  it.each([
    ['meaning, any case', 'SECURITY', ['安全保障']],
    ['katakana query matches hiragana reading', 'ケイザイ', ['経済']],
    ['full-width Latin', 'ｃｙｂｅｒ', ['サイバー攻撃']],
    ['reading typed in hiragana matches katakana word', 'さいばー', ['サイバー攻撃']],
    ['tag', 'news', ['経済', 'サイバー攻撃', '安全保障']],
    ['nothing', 'zzz', []],
  ])('search: %s', (_n, text, expected) => {
    expect(queryItems(db3(), { text }).map((i) => i.id)).toEqual(expected);
  });

  it('filters by list and known state', () => {
    const db = db3();
    expect(queryItems(db, { known: 'known' }).map((i) => i.id)).toEqual(['経済']);
    expect(queryItems(db, { known: 'unknown' })).toHaveLength(2);
    expect(queryItems(db, { listId: 'elsewhere' })).toEqual([]);
  });

  it('counts per list and overall', () => {
    const db = createList(db3(), 'Empty', { id: 'e' }).db;
    expect(countItems(db)).toEqual({
      all: { total: 3, known: 1, unknown: 2 },
      byList: { 'list-default': { total: 3, known: 1, unknown: 2 }, e: { total: 0, known: 0, unknown: 0 } },
    });
  });
});

describe('5,000 items (sanity run, not a timing assertion)', () => {
  it('adds, searches, sorts, edits, counts and deletes over 5,000 items', () => {
    let db = createList(freshDb(), 'Second', { id: 's' }).db;
    const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねの';
    // Unique kana readings: i written in base 25 with kana digits.
    const kanaNumber = (i: number): string =>
      i < 25 ? kana[i]! : kanaNumber(Math.floor(i / 25)) + kana[i % 25]!;
    for (let i = 0; i < 5000; i++) {
      const reading = kanaNumber(i);
      db = addOrUpdateItem(
        db,
        { surface: `語${i}`, reading, meaning: `meaning ${i}`, listId: i % 2 ? 's' : undefined },
        { now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), id: `i${i}` },
      ).db;
    }
    expect(db.items).toHaveLength(5000);
    // Re-adding an existing word still updates in place.
    db = addOrUpdateItem(db, { surface: '語10', reading: db.items[10]!.reading, sentence: '新しい文' }).db;
    expect(db.items).toHaveLength(5000);
    expect(queryItems(db, { text: 'meaning 4999' }).map((i) => i.id)).toEqual(['i4999']);
    const byWord = queryItems(db, { sort: 'word' });
    for (let i = 1; i < byWord.length; i++) expect(byWord[i - 1]!.reading <= byWord[i]!.reading).toBe(true);
    expect(queryItems(db, { sort: 'newest' })[0]!.id).toBe('i4999');
    db = editItem(db, 'i2500', { meaning: 'edited' });
    db = markKnown(db, 'i2501');
    expect(countItems(db).byList.s).toEqual({ total: 2500, known: 1, unknown: 2499 });
    db = deleteList(db, 's').db;
    expect(db.items).toHaveLength(2500);
  });
});
