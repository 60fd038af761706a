/**
 * The vocabulary model, adding a word (addOrUpdateItem): a new item, a re-add that updates it, what
 * is refused, and that the database given is never changed.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_CONTEXTS,
  VocabError,
  addOrUpdateItem,
  createList,
  deleteItem,
  editItem,
  findItemsByWord,
  markKnown,
} from '../../src/core/vocab/index';
import { at, freshDb, TORIKUMU } from '../helpers/vocab-fixtures';

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
    const { db: withList, list } = createList(freshDb(), 'Politics', { now: at(0), id: 'pol' });
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
