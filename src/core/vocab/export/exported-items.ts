import { getList, type VocabDatabase, type VocabItem } from '../model';

/** The items an export covers: one list or all (an unknown list id throws), optionally without known words. */
export function exportedItems(
  db: VocabDatabase,
  options: { listId?: string; excludeKnown?: boolean },
): VocabItem[] {
  if (options.listId !== undefined) getList(db, options.listId);
  return db.items.filter(
    (i) =>
      (options.listId === undefined || i.listId === options.listId) && !(options.excludeKnown && i.known),
  );
}
