/** The vocabulary model, lists: create, rename, set default, delete and restore. */
import { describe, expect, it } from 'vitest';
import {
  VocabError,
  addOrUpdateItem,
  createList,
  deleteList,
  getDefaultList,
  renameList,
  restoreList,
  setDefaultList,
} from '../../src/core/vocab/index';
import { at, freshDb, TORIKUMU } from '../helpers/vocab-fixtures';

describe('lists', () => {
  it('create, rename, set default', () => {
    let db = freshDb();
    const created = createList(db, '  News   words ', { now: at(0), id: 'n' });
    expect(created.list).toEqual({ id: 'n', name: 'News words', createdAt: at(0), isDefault: false });
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
