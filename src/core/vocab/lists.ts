/** List operations. Each returns a new database and leaves the one it was given untouched. */
import {
  DEFAULT_LIST_NAME,
  VocabError,
  getList,
  newId,
  nowIso,
  type OpOptions,
  type VocabDatabase,
  type VocabItem,
  type VocabList,
} from './model';
import { VOCAB_LIMITS } from './limits';
import { SCHEMA_VERSION } from './schema';

/** A fresh database: one empty default list. */
export function createEmptyDatabase(options?: OpOptions): VocabDatabase {
  const list: VocabList = {
    id: newId(options),
    name: DEFAULT_LIST_NAME,
    createdAt: nowIso(options),
    isDefault: true,
  };
  return { schemaVersion: SCHEMA_VERSION, lists: [list], items: [], knownWords: [], readingCorrections: [] };
}

const MAX_LIST_NAME = 100;

function cleanName(db: VocabDatabase, name: string, exceptId?: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new VocabError('invalid-name', 'A list needs a name.');
  if (clean.length > MAX_LIST_NAME) {
    throw new VocabError('invalid-name', `A list name can have at most ${MAX_LIST_NAME} characters.`);
  }
  const folded = clean.toLowerCase();
  if (db.lists.some((l) => l.id !== exceptId && l.name.toLowerCase() === folded)) {
    throw new VocabError('duplicate-name', `There is already a list called "${clean}".`);
  }
  return clean;
}

export function createList(
  db: VocabDatabase,
  name: string,
  options?: OpOptions,
): { db: VocabDatabase; list: VocabList } {
  // The import limit: a database a backup could not restore must not be built one list at a time.
  if (db.lists.length >= VOCAB_LIMITS.lists) {
    throw new VocabError('too-many', `There can be at most ${VOCAB_LIMITS.lists} lists.`);
  }
  const list: VocabList = {
    id: newId(options),
    name: cleanName(db, name),
    createdAt: nowIso(options),
    isDefault: false,
  };
  return { db: { ...db, lists: [...db.lists, list] }, list };
}

export function renameList(db: VocabDatabase, listId: string, name: string): VocabDatabase {
  getList(db, listId);
  const clean = cleanName(db, name, listId);
  return { ...db, lists: db.lists.map((l) => (l.id === listId ? { ...l, name: clean } : l)) };
}

export function setDefaultList(db: VocabDatabase, listId: string): VocabDatabase {
  getList(db, listId);
  return { ...db, lists: db.lists.map((l) => ({ ...l, isDefault: l.id === listId })) };
}

/** What deleteList removed, enough to put it back with restoreList. */
export interface DeletedList {
  list: VocabList;
  /** Position of the list among the lists. */
  index: number;
  items: VocabItem[];
}

/**
 * Delete a list and its items (nothing is moved silently to another list). The default list cannot
 * be deleted: make another list the default first.
 */
export function deleteList(db: VocabDatabase, listId: string): { db: VocabDatabase; deleted: DeletedList } {
  const list = getList(db, listId);
  if (list.isDefault) {
    throw new VocabError('default-list', 'The default list cannot be deleted; choose another default first.');
  }
  const items = db.items.filter((i) => i.listId === listId);
  return {
    db: {
      ...db,
      lists: db.lists.filter((l) => l.id !== listId),
      items: db.items.filter((i) => i.listId !== listId),
    },
    deleted: { list, index: db.lists.indexOf(list), items },
  };
}

/** Undo deleteList. A list with the same name created meanwhile makes this fail (names are unique). */
export function restoreList(db: VocabDatabase, deleted: DeletedList): VocabDatabase {
  if (db.lists.some((l) => l.id === deleted.list.id)) return db;
  cleanName(db, deleted.list.name);
  const lists = [...db.lists];
  lists.splice(Math.min(deleted.index, lists.length), 0, { ...deleted.list, isDefault: false });
  const ids = new Set(db.items.map((i) => i.id));
  return { ...db, lists, items: [...db.items, ...deleted.items.filter((i) => !ids.has(i.id))] };
}
