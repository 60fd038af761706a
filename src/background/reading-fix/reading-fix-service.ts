/**
 * Answers the reading-correction requests with the core operations on the one VocabStore (the
 * corrections live in the vocabulary database, so they travel with its JSON backup), and gives the
 * corrections to attach to annotate requests. No browser API here: tests pass a store over MemoryStorage.
 */
import { removeReadingCorrection, setReadingCorrection, type ReadingCorrection } from '../../core/vocab';
import type { Responses } from '../../shared/messages';
import {
  fixReadingProblem,
  fixSurfaceProblem,
  type ReadingFix,
  type ReadingFixRequest,
} from '../../shared/reading-fix-messages';
import { vocabFailure } from '../vocab/vocab-service';
import type { VocabStore } from '../vocab/vocab-store';

/**
 * Corrections the core can apply. A backup may bring entries the popup would never have saved (no
 * kanji, a reading that is not kana); they stay listed in the settings so they can be removed, but
 * are not sent to the tokenizer host.
 */
export function usableFixes(corrections: readonly ReadingCorrection[]): ReadingFix[] {
  return corrections
    .filter((c) => fixSurfaceProblem(c.surface) === null && fixReadingProblem(c.reading) === null)
    .map((c) => ({ surface: c.surface, reading: c.reading }));
}

/** The requests on stored corrections (proposals and their confirmation are handled in index.ts). */
export type StoredFixRequest = Extract<
  ReadingFixRequest,
  { type: 'reading-fix-set' | 'reading-fix-remove' | 'reading-fix-list' }
>;

export interface ReadingFixServiceOptions {
  /** Where a failure to read the corrections is reported (annotation goes on without them). */
  warn?: (message: string) => void;
}

export function createReadingFixService(store: VocabStore, options: ReadingFixServiceOptions = {}) {
  // Derived from the store's current database, never kept apart from it: a set, a remove, a backup
  // import and a service-worker restart (the store re-reads storage) are all seen on the next request.
  // The core's operations return a new array on every change, so identity tells when to recompute.
  let cached: { source: readonly ReadingCorrection[]; fixes: ReadingFix[] } | undefined;

  /** The corrections to attach to an annotate request; [] when storage cannot be read. */
  async function overrides(): Promise<ReadingFix[]> {
    let corrections: readonly ReadingCorrection[];
    try {
      corrections = (await store.read()).readingCorrections;
    } catch (error) {
      // Furigana without the reader's corrections beats no furigana; the settings page shows the error.
      options.warn?.(`Reading corrections not applied: ${error instanceof Error ? error.message : error}`);
      return [];
    }
    if (cached?.source !== corrections) cached = { source: corrections, fixes: usableFixes(corrections) };
    return cached.fixes;
  }

  async function handle<R extends StoredFixRequest>(msg: R): Promise<Responses[R['type']]>;
  async function handle(msg: StoredFixRequest): Promise<Responses[StoredFixRequest['type']]> {
    try {
      return await dispatch(msg);
    } catch (error) {
      return vocabFailure(error);
    }
  }

  async function dispatch(msg: StoredFixRequest): Promise<Responses[StoredFixRequest['type']]> {
    switch (msg.type) {
      case 'reading-fix-set': {
        const fix = await store.update((db) => {
          const next = setReadingCorrection(db, msg.surface, msg.reading);
          return { db: next, value: next.readingCorrections.find((c) => c.surface === msg.surface)! };
        });
        return { ok: true, fix: { surface: fix.surface, reading: fix.reading } };
      }
      case 'reading-fix-remove': {
        const removed = await store.update((db) => {
          if (!db.readingCorrections.some((c) => c.surface === msg.surface)) return { db, value: false };
          return { db: removeReadingCorrection(db, msg.surface), value: true };
        });
        return { ok: true, removed };
      }
      case 'reading-fix-list': {
        const db = await store.read();
        return {
          ok: true,
          fixes: db.readingCorrections.map((c) => ({ surface: c.surface, reading: c.reading })),
        };
      }
    }
  }

  return { handle, overrides };
}

export type ReadingFixService = ReturnType<typeof createReadingFixService>;
