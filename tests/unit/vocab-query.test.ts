/**
 * The vocabulary model, reading the lists: queryItems (search, filters, sort) and countItems, also
 * over 5,000 items.
 */
import { describe, expect, it } from 'vitest';
import {
  addOrUpdateItem,
  countItems,
  createList,
  deleteList,
  editItem,
  markKnown,
  queryItems,
} from '../../src/core/vocab/index';
import { at, freshDb } from '../helpers/vocab-fixtures';

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
