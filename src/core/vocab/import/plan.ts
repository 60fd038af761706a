/**
 * Merge a validated import into a database, computing the preview at the same time. Same identity as
 * adding a word (list + dictionary form + reading); the newer version of a word wins (mergeImported).
 *
 * Lists match by id, then by name (case-insensitive); unmatched lists are added. A fresh database
 * (one empty list, no words) takes a JSON backup's lists as they are, so restoring a backup into a new
 * browser profile gives back identical lists, default included.
 */
import { mergeImported } from '../merge';
import { getDefaultList, keyOfItem, type VocabDatabase, type VocabItem, type VocabList } from '../model';
import { DEFAULT_LIST_REF, type ImportBatch } from './batch';

export interface ImportPreview {
  /** Words not in the database yet. */
  new: number;
  /** Words already there that the import changes (the file's version is as recent or newer). */
  updated: number;
  /** Words already there, unchanged (identical, or the database's version is newer). */
  skipped: number;
  /** Names of the lists the import creates. */
  newLists: string[];
  knownWords: number;
  readingCorrections: number;
}

export function emptyPreview(): ImportPreview {
  return { new: 0, updated: 0, skipped: 0, newLists: [], knownWords: 0, readingCorrections: 0 };
}

function isFresh(db: VocabDatabase): boolean {
  return db.items.length === 0 && db.lists.length === 1;
}

export function planImport(
  db: VocabDatabase,
  batch: ImportBatch,
  makeId: () => string,
): { db: VocabDatabase; preview: ImportPreview } {
  const preview = emptyPreview();
  const replaceFresh = batch.source === 'json' && isFresh(db) && batch.lists.some((l) => l.isDefault);
  const lists: VocabList[] = replaceFresh ? [] : [...db.lists];

  // Batch list id → database list id. Lists are found by id and by folded name through maps (each
  // name folded once), so a file with many lists costs linear time, not lists × lists.
  const listMap = new Map<string, string>();
  listMap.set(DEFAULT_LIST_REF, getDefaultList(db).id);
  const byId = new Map<string, VocabList>();
  const byName = new Map<string, VocabList>();
  const remember = (l: VocabList) => {
    if (!byId.has(l.id)) byId.set(l.id, l);
    const folded = l.name.toLowerCase();
    if (!byName.has(folded)) byName.set(folded, l);
  };
  lists.forEach(remember);
  for (const incoming of batch.lists) {
    const match = byId.get(incoming.id) ?? byName.get(incoming.name.toLowerCase());
    if (match) {
      listMap.set(incoming.id, match.id);
      continue;
    }
    const id = byId.has(incoming.id) ? makeId() : incoming.id;
    const added = { ...incoming, id, isDefault: replaceFresh && incoming.isDefault };
    lists.push(added);
    remember(added);
    listMap.set(incoming.id, id);
    preview.newLists.push(incoming.name);
  }
  if (replaceFresh) listMap.set(DEFAULT_LIST_REF, (lists.find((l) => l.isDefault) ?? lists[0]!).id);

  const items: VocabItem[] = [...db.items];
  const byKey = new Map<string, number>();
  const ids = new Set<string>();
  items.forEach((item, i) => {
    byKey.set(keyOfItem(item), i);
    ids.add(item.id);
  });
  for (const incoming of batch.items) {
    const listId = listMap.get(incoming.listId) ?? listMap.get(DEFAULT_LIST_REF)!;
    const item = { ...incoming, listId };
    const key = keyOfItem(item);
    const at = byKey.get(key);
    if (at !== undefined) {
      const merged = mergeImported(items[at]!, item);
      items[at] = merged.item;
      preview[merged.outcome]++;
      continue;
    }
    if (ids.has(item.id)) item.id = makeId();
    ids.add(item.id);
    byKey.set(key, items.length);
    items.push(item);
    preview.new++;
  }

  const knownKeys = new Set(db.knownWords.map((w) => `${w.dictionaryForm}\u0000${w.reading}`));
  const knownWords = [...db.knownWords];
  for (const w of batch.knownWords) {
    const k = `${w.dictionaryForm}\u0000${w.reading}`;
    if (knownKeys.has(k)) continue;
    knownKeys.add(k);
    knownWords.push(w);
    preview.knownWords++;
  }

  const corrections = new Map(db.readingCorrections.map((c) => [c.surface, c]));
  for (const c of batch.readingCorrections) {
    if (corrections.get(c.surface)?.reading === c.reading) continue;
    corrections.set(c.surface, c);
    preview.readingCorrections++;
  }

  return {
    db: { ...db, lists, items, knownWords, readingCorrections: [...corrections.values()] },
    preview,
  };
}
