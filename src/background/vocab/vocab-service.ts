/**
 * Answers the vocabulary requests of the message protocol with the core operations on the one
 * VocabStore. No browser API here: the background passes the store, tests pass one over MemoryStorage.
 */
import {
  addOrUpdateItem,
  countItems,
  createList,
  deleteItem,
  deleteList,
  editItem,
  exportedItems,
  exportFile,
  findItemsByWord,
  getList,
  importVocab,
  markKnown,
  newId,
  queryItems,
  renameList,
  restoreItem,
  setDefaultList,
  VocabError,
  type DeletedItem,
  type VocabDatabase,
} from '../../core/vocab';
import type { RubySpan } from '../../core/types';
import type { Failure, Responses } from '../../shared/messages';
import type { ImportResult, VocabRequest } from '../../shared/vocab-messages';
import { StorageFailure, type VocabStore } from './vocab-store';

export type VocabListRequest = Exclude<VocabRequest, { type: `anki-${string}` }>;

/** How many recent item deletions can still be undone (the popup shows Undo for a few seconds). */
const MAX_UNDO = 50;

export interface VocabServiceOptions {
  /** Export dates (file names) and operation times; defaults to now. */
  now?: () => Date;
  /** Readings of sentences (the tokenizer host), for the Anki export's SentenceFurigana column. */
  sentenceRuby?: SentenceRuby;
}

/** Sentences → their ruby spans, in order (an empty list where none could be had). */
export type SentenceRuby = (sentences: string[]) => Promise<RubySpan[][]>;

/** Refused operations and storage failures become failures with a message for the user. */
export function vocabFailure(error: unknown): Failure {
  if (error instanceof VocabError) return { ok: false, code: 'vocab-refused', message: error.message };
  if (error instanceof StorageFailure) return { ok: false, code: 'storage-failed', message: error.message };
  throw error;
}

export function createVocabService(store: VocabStore, options: VocabServiceOptions = {}) {
  const now = options.now ?? (() => new Date());
  // Deleted items by undo token. In memory: an undo is offered for seconds, well inside the lifetime
  // of a service worker that just handled the deletion.
  const undo = new Map<string, DeletedItem>();

  const op = (db: VocabDatabase) => ({ now: now().toISOString(), db });

  async function handle<R extends VocabListRequest>(msg: R): Promise<Responses[R['type']]>;
  async function handle(msg: VocabListRequest): Promise<Responses[VocabListRequest['type']]> {
    try {
      return await dispatch(msg);
    } catch (error) {
      return vocabFailure(error);
    }
  }

  async function dispatch(msg: VocabListRequest): Promise<Responses[VocabListRequest['type']]> {
    switch (msg.type) {
      case 'vocab-add':
        return {
          ok: true,
          ...(await store.update((db) => {
            const r = addOrUpdateItem(db, msg.item, { now: op(db).now });
            return {
              db: r.db,
              value: { item: r.item, created: r.created, listName: getList(r.db, r.item.listId).name },
            };
          })),
        };
      case 'vocab-find': {
        const db = await store.read();
        const places = findItemsByWord(db, msg.dictionaryForm, msg.reading).map((i) => ({
          itemId: i.id,
          listId: i.listId,
          listName: db.lists.find((l) => l.id === i.listId)?.name ?? '',
          known: i.known,
        }));
        return { ok: true, places };
      }
      case 'vocab-overview': {
        const db = await store.read();
        return { ok: true, lists: db.lists, counts: countItems(db) };
      }
      case 'vocab-query': {
        const db = await store.read();
        const all = queryItems(db, { listId: msg.listId, text: msg.text, sort: msg.sort, known: msg.known });
        return { ok: true, items: all.slice(msg.offset, msg.offset + msg.limit), total: all.length };
      }
      case 'vocab-edit': {
        const item = await store.update((db) => {
          const next = editItem(db, msg.itemId, msg.patch, { now: op(db).now });
          return { db: next, value: next.items.find((i) => i.id === msg.itemId)! };
        });
        return { ok: true, item };
      }
      case 'vocab-delete-item': {
        const deleted = await store.update((db) => {
          const r = deleteItem(db, msg.itemId);
          return { db: r.db, value: r.deleted };
        });
        const undoToken = newId();
        undo.set(undoToken, deleted);
        if (undo.size > MAX_UNDO) undo.delete(undo.keys().next().value!);
        return { ok: true, undoToken, word: deleted.item.dictionaryForm };
      }
      case 'vocab-undo': {
        const deleted = undo.get(msg.token);
        if (!deleted) {
          return { ok: false, code: 'vocab-refused', message: 'This deletion can no longer be undone.' };
        }
        await store.update((db) => ({ db: restoreItem(db, deleted), value: null }));
        undo.delete(msg.token);
        return { ok: true };
      }
      case 'vocab-mark-known': {
        const item = await store.update((db) => {
          const next = markKnown(db, msg.itemId, msg.known, { now: op(db).now });
          return { db: next, value: next.items.find((i) => i.id === msg.itemId)! };
        });
        return { ok: true, item };
      }
      case 'vocab-list-create': {
        const list = await store.update((db) => {
          const r = createList(db, msg.name, { now: op(db).now });
          return { db: r.db, value: r.list };
        });
        return { ok: true, list };
      }
      case 'vocab-list-rename':
        await store.update((db) => ({ db: renameList(db, msg.listId, msg.name), value: null }));
        return { ok: true };
      case 'vocab-list-delete': {
        const deletedItems = await store.update((db) => {
          const r = deleteList(db, msg.listId);
          return { db: r.db, value: r.deleted.items.length };
        });
        return { ok: true, deletedItems };
      }
      case 'vocab-list-default':
        await store.update((db) => ({ db: setDefaultList(db, msg.listId), value: null }));
        return { ok: true };
      case 'vocab-export': {
        const db = await store.read();
        const base = { listId: msg.listId, bom: msg.bom, excludeKnown: msg.excludeKnown, date: now() };
        if (msg.format !== 'anki-tsv' || !options.sentenceRuby) {
          return { ok: true, ...exportFile(db, msg.format, base) };
        }
        // The sentences' readings come from the tokenizer now: items saved by any version get them.
        const items = exportedItems(db, base);
        const ruby = await options.sentenceRuby(items.map((i) => i.sentence)).catch(() => null);
        const sentenceRuby = new Map(ruby ? items.map((item, k) => [item.id, ruby[k] ?? []]) : []);
        return { ok: true, ...exportFile(db, msg.format, { ...base, sentenceRuby }) };
      }
      case 'vocab-import': {
        if (!msg.apply) {
          const r = importVocab(await store.read(), msg.text, { now: now().toISOString() });
          return r.ok
            ? { ok: true, valid: true, preview: r.preview, applied: false }
            : { ok: true, valid: false, errors: r.errors };
        }
        // Re-run on the database as it is now (a word may have been added since the preview); on
        // any problem the database is returned unchanged and nothing is written.
        const result = await store.update<ImportResult>((db) => {
          const r = importVocab(db, msg.text, { now: now().toISOString() });
          return r.ok
            ? { db: r.db, value: { valid: true, preview: r.preview, applied: true } }
            : { db, value: { valid: false, errors: r.errors } };
        });
        return { ok: true, ...result };
      }
    }
  }

  return handle;
}
