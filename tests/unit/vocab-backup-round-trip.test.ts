/**
 * JSON backups: export → import gives back the same database, a re-import changes nothing, a merge
 * into a used database keeps the newer version, and older schema versions are migrated.
 */
import { describe, expect, it } from 'vitest';
import {
  addOrUpdateItem,
  checkDatabase,
  createEmptyDatabase,
  createList,
  editItem,
  exportJsonBackup,
  importVocab,
} from '../../src/core/vocab/index';
import { at, counter, richDb } from '../helpers/vocab-fixtures';

describe('JSON backup round trip', () => {
  it('export → import into an empty database gives identical lists, items, known words, corrections', () => {
    const db = richDb();
    const fresh = createEmptyDatabase({ now: at(30), id: 'fresh-default' });
    const outcome = importVocab(fresh, exportJsonBackup(db, at(40)), { makeId: counter('new') });
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
    let target = createEmptyDatabase({ now: at(0), id: 'tgt-default' });
    target = createList(target, 'ニュース', { id: 'tgt-news' }).db;
    target = createList(target, 'Mine', { id: 'tgt-mine' }).db;
    // Same word as backup i2 (same list by name), edited *later* than the backup: must be kept.
    target = addOrUpdateItem(
      target,
      { surface: '経済', reading: 'けいざい', meaning: 'my newer meaning', listId: 'tgt-news' },
      { now: at(50), id: 't1' },
    ).db;
    // Item id collides with the backup's i1 but is another word: the imported one needs a new id.
    target = addOrUpdateItem(
      target,
      { surface: '猫', reading: 'ねこ', listId: 'tgt-mine' },
      { now: at(1), id: 'i1' },
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
    const newer = editItem(base, 'i1', { meaning: 'newer meaning', tags: ['imported'] }, { now: at(59) });
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
    const later = editItem(base, 'i1', { meaning: 'edited after the backup' }, { now: at(59) });
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
