/**
 * How the database is laid out in storage: a small head under `vocab.v1` (lists, known words, reading
 * corrections, the number of item chunks) and the items in chunks of CHUNK_SIZE under
 * `vocab.v1.items.N`. Operations replace only the items they change, so a write compares chunks by
 * identity and stores only the chunks that differ: adding a word to 5,000 rewrites one chunk and the
 * head, not the whole list. Head and changed chunks go in one `set` call, which browsers apply as one
 * transaction.
 */
import type { VocabDatabase, VocabItem } from '../../core/vocab';

export const CHUNK_SIZE = 250;

export interface StoredHead {
  schemaVersion: number;
  lists: VocabDatabase['lists'];
  knownWords: VocabDatabase['knownWords'];
  readingCorrections: VocabDatabase['readingCorrections'];
  /** How many `items.N` chunks hold the items, in order. */
  itemChunks: number;
}

export function chunkKey(headKey: string, index: number): string {
  return `${headKey}.items.${index}`;
}

/** What is in storage after the last write (or load), to know which chunks a new database changes. */
export interface StoredLayout {
  chunks: readonly (readonly VocabItem[])[];
}

export const EMPTY_LAYOUT: StoredLayout = { chunks: [] };

function chunksOf(items: readonly VocabItem[]): VocabItem[][] {
  const out: VocabItem[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) out.push(items.slice(i, i + CHUNK_SIZE));
  return out;
}

function sameChunk(a: readonly VocabItem[] | undefined, b: readonly VocabItem[]): boolean {
  return !!a && a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The `set` and `remove` calls that bring storage from `before` to `db`. */
export function planWrite(
  headKey: string,
  db: VocabDatabase,
  before: StoredLayout,
): { set: Record<string, unknown>; remove: string[]; after: StoredLayout } {
  const chunks = chunksOf(db.items);
  const head: StoredHead = {
    schemaVersion: db.schemaVersion,
    lists: db.lists,
    knownWords: db.knownWords,
    readingCorrections: db.readingCorrections,
    itemChunks: chunks.length,
  };
  const set: Record<string, unknown> = { [headKey]: head };
  chunks.forEach((chunk, i) => {
    if (!sameChunk(before.chunks[i], chunk)) set[chunkKey(headKey, i)] = chunk;
  });
  // Chunks past the end are no longer read (the head says how many there are); removing them only
  // frees space, so it happens after the new head is safely written.
  const remove = before.chunks.slice(chunks.length).map((_, i) => chunkKey(headKey, chunks.length + i));
  return { set, remove, after: { chunks } };
}

export function isStoredHead(value: unknown): value is StoredHead {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { itemChunks?: unknown }).itemChunks === 'number' &&
    !('items' in value)
  );
}

/** The keys of a head's chunks. */
export function chunkKeys(headKey: string, head: StoredHead): string[] {
  const n = Number.isInteger(head.itemChunks) && head.itemChunks > 0 ? head.itemChunks : 0;
  return Array.from({ length: n }, (_, i) => chunkKey(headKey, i));
}

/**
 * The stored object `migrate` validates: head + chunks joined. A missing or malformed chunk becomes
 * a value the schema check reports (never silently an empty list of words).
 */
export function joinStored(headKey: string, head: StoredHead, stored: Record<string, unknown>): unknown {
  const items: unknown[] = [];
  for (const key of chunkKeys(headKey, head)) {
    const chunk = stored[key];
    if (!Array.isArray(chunk)) return { ...head, items: `missing or damaged chunk ${key}` };
    items.push(...(chunk as unknown[]));
  }
  const { itemChunks: _chunks, ...rest } = head;
  return { ...rest, items };
}
