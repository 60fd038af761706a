/**
 * Vocabulary databases and items the tests of the core vocabulary model and of its import and
 * export start from.
 */
import {
  addOrUpdateItem,
  createEmptyDatabase,
  createList,
  editItem,
  markKnown,
  setReadingCorrection,
  type NewVocabItem,
  type VocabDatabase,
} from '../../src/core/vocab/index';

/** A timestamp `minute` minutes into the test morning (at(0) is the start). */
export const at = (minute: number) => `2026-11-25T09:${String(minute).padStart(2, '0')}:00.000Z`;

/** Ids prefix1, prefix2, … in the order they are asked for. */
export function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** An empty database: its default list only. */
export function freshDb(): VocabDatabase {
  return createEmptyDatabase({ now: at(0), id: 'list-default' });
}

/** A word as the page captures it: inflected surface, dictionary form, a katakana reading, its sentence. */
export const TORIKUMU: NewVocabItem = {
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

/** A database with two lists, contexts, known words and corrections: everything a backup holds. */
export function richDb(): VocabDatabase {
  let db = createEmptyDatabase({ now: at(0), id: 'src-default' });
  db = createList(db, 'ニュース', { now: at(0), id: 'src-news' }).db;
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
    { now: at(1), id: 'i1' },
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
    { now: at(2) },
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
    { now: at(3), id: 'i2' },
  ).db;
  db = editItem(db, 'i2', { notes: '@note, with "quotes"\r\nand lines' }, { now: at(4) });
  db = markKnown(db, 'i2', true, { now: at(5) });
  db = setReadingCorrection(db, '間', 'あいだ');
  return db;
}
