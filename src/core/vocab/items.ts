/** Item operations. Each returns a new database and leaves the one it was given untouched. */
import { readingProblem, urlProblem } from './fields';
import { applyCapture } from './merge';
import {
  VocabError,
  getDefaultList,
  getList,
  keyOfItem,
  newId,
  normalizeReading,
  normalizeTags,
  nowIso,
  type KnownWord,
  type OpOptions,
  type VocabDatabase,
  type VocabItem,
} from './model';

/** What a capture (popup "add" button, context menu) provides. */
export interface NewVocabItem {
  surface: string;
  /** Defaults to `surface`. */
  dictionaryForm?: string;
  /** Kana; stored as hiragana. */
  reading: string;
  meaning?: string;
  notes?: string;
  sentence?: string;
  /** Where `surface` starts in `sentence`; dropped when it does not point at `surface`. */
  sentenceOffset?: number;
  pageTitle?: string;
  url?: string;
  tags?: string[];
  /** Defaults to the default list. */
  listId?: string;
}

/** Readings are kana only (stored as hiragana), the same rule imports enforce. */
function checkedReading(reading: string): string {
  const normalized = normalizeReading(reading);
  const problem = readingProblem(normalized);
  if (problem) throw new VocabError('invalid-item', `The reading must be written in kana (${problem}).`);
  return normalized;
}

function validOffset(sentence: string, surface: string, offset: number | undefined): number | undefined {
  if (offset === undefined || !Number.isInteger(offset) || offset < 0) return undefined;
  return sentence.startsWith(surface, offset) ? offset : undefined;
}

/**
 * Save a word. The same dictionary form + reading in the same list updates the existing item: the new
 * sentence becomes current, earlier ones are kept in `contexts`, an edited meaning is kept.
 */
export function addOrUpdateItem(
  db: VocabDatabase,
  input: NewVocabItem,
  options?: OpOptions,
): { db: VocabDatabase; item: VocabItem; created: boolean } {
  const surface = input.surface.trim();
  const dictionaryForm = (input.dictionaryForm ?? '').trim() || surface;
  if (!dictionaryForm) throw new VocabError('invalid-item', 'A word needs its text.');
  const listId = input.listId ?? getDefaultList(db).id;
  getList(db, listId);
  const reading = checkedReading(input.reading);
  const now = nowIso(options);
  const url = (input.url ?? '').trim();
  const sentence = input.sentence ?? '';
  const offset = validOffset(sentence, surface, input.sentenceOffset);
  const capture = {
    surface: surface || dictionaryForm,
    sentence,
    pageTitle: input.pageTitle ?? '',
    // Pages we cannot link to safely (javascript:, data:, extension pages) are not recorded as sources.
    url: urlProblem(url) === null ? url : '',
    meaning: input.meaning ?? '',
    tags: input.tags ?? [],
    ...(offset !== undefined ? { sentenceOffset: offset } : {}),
  };

  // Stored readings are already normalised, so fields compare directly (no key strings per item).
  const index = db.items.findIndex(
    (i) => i.listId === listId && i.dictionaryForm === dictionaryForm && i.reading === reading,
  );
  if (index >= 0) {
    const item = applyCapture(db.items[index]!, capture, now);
    const items = [...db.items];
    items[index] = item;
    return { db: { ...db, items }, item, created: false };
  }
  const item: VocabItem = {
    id: newId(options),
    surface: capture.surface,
    dictionaryForm,
    reading,
    meaning: capture.meaning,
    notes: input.notes ?? '',
    sentence,
    ...(offset !== undefined ? { sentenceOffset: offset } : {}),
    pageTitle: capture.pageTitle,
    url: capture.url,
    addedAt: now,
    updatedAt: now,
    listId,
    tags: normalizeTags(capture.tags),
    known: isKnownWord(db, dictionaryForm, reading),
  };
  return { db: { ...db, items: [...db.items, item] }, item, created: true };
}

/** Fields the user edits in the list view. */
export interface ItemPatch {
  meaning?: string;
  notes?: string;
  tags?: string[];
  reading?: string;
  dictionaryForm?: string;
}

function indexOfItem(db: VocabDatabase, itemId: string): number {
  const index = db.items.findIndex((i) => i.id === itemId);
  if (index < 0) throw new VocabError('unknown-item', `No word with id "${itemId}".`);
  return index;
}

export function editItem(
  db: VocabDatabase,
  itemId: string,
  patch: ItemPatch,
  options?: OpOptions,
): VocabDatabase {
  const index = indexOfItem(db, itemId);
  const old = db.items[index]!;
  const item: VocabItem = { ...old, updatedAt: nowIso(options) };
  if (patch.meaning !== undefined) item.meaning = patch.meaning;
  if (patch.notes !== undefined) item.notes = patch.notes;
  if (patch.tags !== undefined) item.tags = normalizeTags(patch.tags);
  if (patch.reading !== undefined) item.reading = checkedReading(patch.reading);
  if (patch.dictionaryForm !== undefined) {
    const form = patch.dictionaryForm.trim();
    if (!form) throw new VocabError('invalid-item', 'A word needs its text.');
    item.dictionaryForm = form;
  }
  const key = keyOfItem(item);
  if (key !== keyOfItem(old) && db.items.some((i) => i.id !== itemId && keyOfItem(i) === key)) {
    throw new VocabError(
      'duplicate-item',
      `"${item.dictionaryForm}" (${item.reading}) is already in this list.`,
    );
  }
  const items = [...db.items];
  items[index] = item;
  return { ...db, items };
}

/** What deleteItem removed, enough to undo it with restoreItem. */
export interface DeletedItem {
  item: VocabItem;
  index: number;
}

export function deleteItem(db: VocabDatabase, itemId: string): { db: VocabDatabase; deleted: DeletedItem } {
  const index = indexOfItem(db, itemId);
  const item = db.items[index]!;
  return { db: { ...db, items: db.items.filter((i) => i.id !== itemId) }, deleted: { item, index } };
}

/**
 * Undo deleteItem: the item returns to its place. If its list is gone it goes to the default list; if
 * the same word was added again meanwhile, the newer item stays and the restore changes nothing.
 */
export function restoreItem(db: VocabDatabase, deleted: DeletedItem): VocabDatabase {
  if (db.items.some((i) => i.id === deleted.item.id)) return db;
  const listId = db.lists.some((l) => l.id === deleted.item.listId)
    ? deleted.item.listId
    : getDefaultList(db).id;
  const item = { ...deleted.item, listId };
  const key = keyOfItem(item);
  if (db.items.some((i) => keyOfItem(i) === key)) return db;
  const items = [...db.items];
  items.splice(Math.min(deleted.index, items.length), 0, item);
  return { ...db, items };
}

function knownKey(w: KnownWord): string {
  return `${w.dictionaryForm}\u0000${w.reading}`;
}

export function isKnownWord(db: VocabDatabase, dictionaryForm: string, reading: string): boolean {
  const r = normalizeReading(reading);
  return db.knownWords.some(
    (w) => w.dictionaryForm === dictionaryForm && (w.reading === '' || w.reading === r),
  );
}

/**
 * Mark a word known (or not): the item, every item of the same word in other lists, and the known-word
 * set that the reader uses to hide furigana.
 */
export function markKnown(
  db: VocabDatabase,
  itemId: string,
  known = true,
  options?: OpOptions,
): VocabDatabase {
  const target = db.items[indexOfItem(db, itemId)]!;
  const word: KnownWord = { dictionaryForm: target.dictionaryForm, reading: target.reading };
  const now = nowIso(options);
  const items = db.items.map((i) =>
    i.dictionaryForm === word.dictionaryForm && i.reading === word.reading && i.known !== known
      ? { ...i, known, updatedAt: now }
      : i,
  );
  const key = knownKey(word);
  const others = db.knownWords.filter((w) => knownKey(w) !== key);
  return { ...db, items, knownWords: known ? [...others, word] : others };
}

/** Items of one word in any list: lets a popup show "already saved (in list X)". */
export function findItemsByWord(db: VocabDatabase, dictionaryForm: string, reading: string): VocabItem[] {
  const r = normalizeReading(reading);
  return db.items.filter((i) => i.dictionaryForm === dictionaryForm && i.reading === r);
}

/** Move an item to another list; if that list already has the word, the move is refused. */
export function moveItem(
  db: VocabDatabase,
  itemId: string,
  listId: string,
  options?: OpOptions,
): VocabDatabase {
  getList(db, listId);
  const index = indexOfItem(db, itemId);
  const item = { ...db.items[index]!, listId, updatedAt: nowIso(options) };
  const key = keyOfItem(item);
  if (db.items.some((i) => i.id !== itemId && keyOfItem(i) === key)) {
    throw new VocabError('duplicate-item', `"${item.dictionaryForm}" is already in that list.`);
  }
  const items = [...db.items];
  items[index] = item;
  return { ...db, items };
}

/** Remember the user's reading for a surface form (replaces an earlier correction of it). */
export function setReadingCorrection(db: VocabDatabase, surface: string, reading: string): VocabDatabase {
  const others = db.readingCorrections.filter((c) => c.surface !== surface);
  return { ...db, readingCorrections: [...others, { surface, reading: checkedReading(reading) }] };
}

export function removeReadingCorrection(db: VocabDatabase, surface: string): VocabDatabase {
  return { ...db, readingCorrections: db.readingCorrections.filter((c) => c.surface !== surface) };
}
