/**
 * CSV import and export: the same words in the same lists after a round trip, line ends and BOM
 * either way, a hand-made CSV read by its header.
 */
import { describe, expect, it } from 'vitest';
import {
  createEmptyDatabase,
  exportCsv,
  importVocab,
  type VocabDatabase,
  type VocabItem,
} from '../../src/core/vocab/index';
import { at, counter, richDb } from '../helpers/vocab-fixtures';

/** Fields the CSV carries (ids and contexts are JSON-only). */
function csvView(item: VocabItem) {
  const { id: _id, listId: _listId, contexts: _contexts, ...rest } = item;
  return rest;
}

describe('CSV round trip', () => {
  it('export → import into an empty database gives the same words in the same lists', () => {
    const db = richDb();
    const fresh = createEmptyDatabase({ now: at(30), id: 'fresh' });
    for (const bom of [false, true]) {
      const outcome = importVocab(fresh, exportCsv(db, { bom }), { makeId: counter('c'), now: at(31) });
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
    const outcome = importVocab(db, csv, { now: at(7), makeId: counter('m') });
    expect(outcome.errors).toEqual([]);
    expect(outcome.preview).toMatchObject({ new: 2, newLists: ['Politics'] });
    expect(
      outcome.db.items.map((i) => [i.dictionaryForm, i.reading, i.meaning, i.listId, i.addedAt]),
    ).toEqual([
      ['経済', 'けいざい', 'economy', 'd', at(7)],
      ['政治', 'せいじ', 'politics, government', 'm2', at(7)], // m1 is the first item's id
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
