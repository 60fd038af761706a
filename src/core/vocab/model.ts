/**
 * Data shapes of the vocabulary store and the small helpers every operation shares. Pure: no DOM, no
 * storage. The background owns one `VocabDatabase` and replaces it with what the operations return.
 */
import { toHiragana } from '../text/chars';

/** Where a word was met: the sentence around it and the page it came from. */
export interface VocabContext {
  /** The form as it appeared in this sentence (inflected: 取り組んだ). */
  surface: string;
  /** The exact sentence the word came from. */
  sentence: string;
  /** UTF-16 offset of `surface` inside `sentence`, for highlighting; absent when unknown. */
  sentenceOffset?: number;
  pageTitle: string;
  url: string;
  /** ISO 8601 time the word was captured from this sentence. */
  addedAt: string;
}

export interface VocabItem {
  id: string;
  /** The form as it appeared on the page (for the latest context). */
  surface: string;
  /** Dictionary form (基本形); the identity of the word together with `reading`. */
  dictionaryForm: string;
  /** Reading of the dictionary form in hiragana; '' when the word has none (Latin acronyms). */
  reading: string;
  /** Editable by the user; a re-add never overwrites a non-empty meaning. */
  meaning: string;
  notes: string;
  /** The exact sentence of the latest capture. */
  sentence: string;
  sentenceOffset?: number;
  pageTitle: string;
  url: string;
  addedAt: string;
  updatedAt: string;
  listId: string;
  tags: string[];
  known: boolean;
  /** Earlier captures kept when the same word is added again, newest first. */
  contexts?: VocabContext[];
}

export interface VocabList {
  id: string;
  name: string;
  createdAt: string;
  /** Exactly one list is the default: captures without an explicit list go there. */
  isDefault: boolean;
}

/** A word the user knows (furigana/popups may be hidden for it); '' reading matches any reading. */
export interface KnownWord {
  dictionaryForm: string;
  reading: string;
}

/** The user's own reading for a surface form, applied before the analyzer's reading. */
export interface ReadingCorrection {
  surface: string;
  reading: string;
}

export interface VocabDatabase {
  schemaVersion: number;
  lists: VocabList[];
  items: VocabItem[];
  knownWords: KnownWord[];
  readingCorrections: ReadingCorrection[];
}

/** Keeps re-added words from growing without bound; the newest contexts are the useful ones. */
export const MAX_CONTEXTS = 20;

export const DEFAULT_LIST_NAME = 'Default';

export type VocabErrorCode =
  | 'unknown-list'
  | 'unknown-item'
  | 'invalid-name'
  | 'duplicate-name'
  | 'default-list'
  | 'duplicate-item'
  | 'invalid-item'
  | 'too-many';

/** A refused operation (unknown id, empty name…); `message` is fit to show to the user. */
export class VocabError extends Error {
  constructor(
    readonly code: VocabErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VocabError';
  }
}

/** Time and id sources, injectable so tests (and imports) are deterministic. */
export interface OpOptions {
  /** ISO 8601 time of the operation; defaults to now. */
  now?: string;
  /** Id for a created object; defaults to a random UUID. */
  id?: string;
}

export function nowIso(options: OpOptions | undefined): string {
  return options?.now ?? new Date().toISOString();
}

export function newId(options?: OpOptions): string {
  if (options?.id) return options.id;
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Fallback for runtimes without Web Crypto: ids only need to be unique within one database.
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Normalised reading used for identity: hiragana, no surrounding space. */
export function normalizeReading(reading: string): string {
  return toHiragana(reading.trim());
}

/**
 * Identity of a word inside a list: adding the same dictionary form + reading to the same list updates
 * the existing item. Katakana and hiragana readings are the same word.
 */
function itemKey(listId: string, dictionaryForm: string, reading: string): string {
  return `${listId}\u0000${dictionaryForm}\u0000${normalizeReading(reading)}`;
}

export function keyOfItem(item: Pick<VocabItem, 'listId' | 'dictionaryForm' | 'reading'>): string {
  return itemKey(item.listId, item.dictionaryForm, item.reading);
}

/** Tags are single tokens (Anki splits tags on whitespace): inner whitespace becomes '_'. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const tag of tags) {
    const t = tag.trim().replace(/\s+/g, '_');
    if (t) out.add(t);
  }
  return [...out];
}

export function getDefaultList(db: VocabDatabase): VocabList {
  const list = db.lists.find((l) => l.isDefault) ?? db.lists[0];
  // Every database made by createEmptyDatabase/migrate has a default list; this guards hand-built ones.
  if (!list) throw new VocabError('unknown-list', 'The database has no list.');
  return list;
}

export function getList(db: VocabDatabase, listId: string): VocabList {
  const list = db.lists.find((l) => l.id === listId);
  if (!list) throw new VocabError('unknown-list', `No list with id "${listId}".`);
  return list;
}
