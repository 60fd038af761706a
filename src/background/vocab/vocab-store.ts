/**
 * The one writer of the vocabulary database. The background holds one VocabStore; every change goes
 * through `update`, which runs in a SerialQueue: load (and migrate) once, apply a pure core operation,
 * write the result, and only then make it current. A failed write leaves both storage and the
 * in-memory copy as they were, and the caller gets a StorageFailure with a message for the user.
 */
import { createEmptyDatabase, migrate, VocabSchemaError, type VocabDatabase } from '../../core/vocab';
import {
  EMPTY_LAYOUT,
  chunkKeys,
  isStoredHead,
  joinStored,
  planWrite,
  type StoredLayout,
} from './chunked-layout';
import { SerialQueue } from '../../shared/serial-queue';
import { CURRENT_VOCAB_KEY, olderVocabKeys, type KeyValueStorage } from './vocab-storage';

export type StorageFailureKind = 'quota' | 'write' | 'read' | 'unreadable-data';

/** Storage could not be read or written; `message` is fit to show to the user. */
export class StorageFailure extends Error {
  constructor(
    readonly kind: StorageFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'StorageFailure';
  }
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Chrome says "QUOTA_BYTES quota exceeded" / "Resource::kQuotaBytes…", Firefox "QuotaExceededError". */
export function describeWriteError(error: unknown): StorageFailure {
  const text = detail(error);
  if (/quota/i.test(text) || (error instanceof Error && /quota/i.test(error.name))) {
    return new StorageFailure(
      'quota',
      `Not saved: the browser's storage for Yomitoki is full (${text}). Export a JSON backup, then delete ` +
        'lists or words you no longer need.',
    );
  }
  return new StorageFailure('write', `Not saved: the browser refused to store the vocabulary (${text}).`);
}

export interface VocabStoreOptions {
  /** A fresh database when storage holds none (tests pass fixed ids/dates). */
  createEmpty?: () => VocabDatabase;
}

export class VocabStore {
  private db: VocabDatabase | undefined;
  /** What storage holds now, so a write stores only the chunks that changed. */
  private layout: StoredLayout = EMPTY_LAYOUT;
  private readonly queue = new SerialQueue();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly options: VocabStoreOptions = {},
  ) {}

  /** The current database, after every change queued before this call. */
  read(): Promise<VocabDatabase> {
    return this.queue.run(() => this.load());
  }

  /**
   * Apply `op` to the current database and persist the result. `op` may throw (a refused core
   * operation): nothing is written then. Returning the same database skips the write.
   */
  update<T>(op: (db: VocabDatabase) => { db: VocabDatabase; value: T }): Promise<T> {
    return this.queue.run(async () => {
      const current = await this.load();
      const { db, value } = op(current);
      if (db !== current) {
        await this.write(db);
        this.db = db;
      }
      return value;
    });
  }

  private async write(db: VocabDatabase): Promise<void> {
    const plan = planWrite(CURRENT_VOCAB_KEY, db, this.layout);
    try {
      await this.storage.set(plan.set);
    } catch (error) {
      throw describeWriteError(error);
    }
    this.layout = plan.after;
    // Leftover chunks are never read again (the head counts its chunks); failing to free them loses
    // nothing, so that error is not the user's problem.
    if (plan.remove.length) await this.storage.remove(plan.remove).catch(() => undefined);
  }

  /**
   * First use: the current key, else the newest older key migrated (and written under the current
   * key before the old one is removed), else an empty database. Data that cannot be migrated is left
   * untouched in storage and every call fails with the reasons, rather than being replaced.
   */
  private async load(): Promise<VocabDatabase> {
    if (this.db) return this.db;
    const keys = [CURRENT_VOCAB_KEY, ...olderVocabKeys()];
    let stored: Record<string, unknown>;
    try {
      stored = await this.storage.get(keys);
    } catch (error) {
      throw new StorageFailure('read', `Could not read your vocabulary from the browser (${detail(error)}).`);
    }
    const key = keys.find((k) => stored[k] !== undefined);
    if (key === undefined) {
      this.db = (this.options.createEmpty ?? createEmptyDatabase)();
      return this.db;
    }
    let raw = stored[key];
    if (isStoredHead(raw)) {
      const head = raw;
      try {
        const chunks = await this.storage.get(chunkKeys(key, head));
        raw = joinStored(key, head, chunks);
      } catch (error) {
        throw new StorageFailure(
          'read',
          `Could not read your vocabulary from the browser (${detail(error)}).`,
        );
      }
    }
    let db: VocabDatabase;
    try {
      db = migrate(raw);
    } catch (error) {
      const issues = error instanceof VocabSchemaError ? error.issues.slice(0, 5).map((i) => i.message) : [];
      throw new StorageFailure(
        'unreadable-data',
        `Your saved vocabulary could not be read (${issues.join('; ') || detail(error)}). It was left ` +
          'untouched; nothing can be saved until this is fixed.',
      );
    }
    if (key !== CURRENT_VOCAB_KEY || !isStoredHead(stored[key])) {
      // An older version, or the whole database in one value: write it in the current layout.
      await this.write(db);
      if (key !== CURRENT_VOCAB_KEY) await this.storage.remove([key]).catch(() => undefined);
    } else {
      // Storage holds exactly these items now; later writes compare against them.
      this.layout = planWrite(CURRENT_VOCAB_KEY, db, EMPTY_LAYOUT).after;
    }
    this.db = db;
    return db;
  }
}
