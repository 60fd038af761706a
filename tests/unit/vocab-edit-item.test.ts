/** The vocabulary model, after adding: edit, delete and restore an item, mark it known, move it. */
import { describe, expect, it } from 'vitest';
import {
  VocabError,
  addOrUpdateItem,
  createList,
  deleteItem,
  deleteList,
  editItem,
  isKnownWord,
  markKnown,
  moveItem,
  restoreItem,
  setReadingCorrection,
} from '../../src/core/vocab/index';
import { at, freshDb, TORIKUMU } from '../helpers/vocab-fixtures';

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
