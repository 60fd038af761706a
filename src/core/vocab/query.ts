/** Search, sort and counts for the list view. Linear in the number of items; 5,000 items take ~ms. */
import { toHiragana } from '../text/chars';
import type { VocabDatabase, VocabItem } from './model';

export type VocabSort = 'newest' | 'oldest' | 'word' | 'updated';

export interface VocabQuery {
  /** Only this list; all lists when absent. */
  listId?: string;
  /** Matches word, reading, meaning, notes and tags; kana-, width- and case-insensitive. */
  text?: string;
  known?: 'all' | 'known' | 'unknown';
  sort?: VocabSort;
}

/** Folding for search: NFKC (full-width → ASCII), lower case, katakana → hiragana. */
function foldForSearch(text: string): string {
  return toHiragana(text.normalize('NFKC').toLowerCase());
}

// Items are never mutated (operations replace them), so a folded haystack per item object stays valid.
const haystacks = new WeakMap<VocabItem, string>();

function haystackOf(item: VocabItem): string {
  let h = haystacks.get(item);
  if (h === undefined) {
    h = foldForSearch(
      [item.surface, item.dictionaryForm, item.reading, item.meaning, item.notes, item.tags.join(' ')].join(
        '\n',
      ),
    );
    haystacks.set(item, h);
  }
  return h;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Word order: by reading (hiragana code points follow the gojūon order closely enough for a list, and
 * unlike locale collation they give the same order in every browser), then by written form.
 */
function compareByWord(a: VocabItem, b: VocabItem): number {
  return (
    compareStrings(a.reading || a.dictionaryForm, b.reading || b.dictionaryForm) ||
    compareStrings(a.dictionaryForm, b.dictionaryForm)
  );
}

const SORTS: Record<VocabSort, (a: VocabItem, b: VocabItem) => number> = {
  newest: (a, b) => compareStrings(b.addedAt, a.addedAt),
  oldest: (a, b) => compareStrings(a.addedAt, b.addedAt),
  updated: (a, b) => compareStrings(b.updatedAt, a.updatedAt),
  word: compareByWord,
};

export function queryItems(db: VocabDatabase, query: VocabQuery = {}): VocabItem[] {
  const needle = query.text ? foldForSearch(query.text.trim()) : '';
  const known = query.known ?? 'all';
  const result = db.items.filter(
    (item) =>
      (query.listId === undefined || item.listId === query.listId) &&
      (known === 'all' || item.known === (known === 'known')) &&
      (needle === '' || haystackOf(item).includes(needle)),
  );
  return result.sort(SORTS[query.sort ?? 'newest']);
}

export interface ListCounts {
  total: number;
  known: number;
  unknown: number;
}

/** Counts per list id, plus `all` over every list. */
export function countItems(db: VocabDatabase): { all: ListCounts; byList: Record<string, ListCounts> } {
  const byList: Record<string, ListCounts> = {};
  for (const list of db.lists) byList[list.id] = { total: 0, known: 0, unknown: 0 };
  const all: ListCounts = { total: 0, known: 0, unknown: 0 };
  for (const item of db.items) {
    const c = (byList[item.listId] ??= { total: 0, known: 0, unknown: 0 });
    for (const target of [c, all]) {
      target.total++;
      if (item.known) target.known++;
      else target.unknown++;
    }
  }
  return { all, byList };
}
