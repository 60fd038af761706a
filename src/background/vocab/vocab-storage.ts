/**
 * Where the vocabulary database lives: browser.storage.local in the extension, a Map in tests. The
 * store only needs these three calls, so it is unit-tested without a browser.
 *
 * One key per schema version (`vocab.v1`): an older build reading storage never sees a shape it does
 * not know, and data of an older version stays under its own key until the migrated copy is written.
 */
import { SCHEMA_VERSION } from '../../core/vocab';

export interface KeyValueStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export function vocabKey(version: number): string {
  return `vocab.v${version}`;
}

export const CURRENT_VOCAB_KEY = vocabKey(SCHEMA_VERSION);

/** Keys of older versions, newest first (the newest one present is the one to migrate). */
export function olderVocabKeys(): string[] {
  const keys: string[] = [];
  for (let v = SCHEMA_VERSION - 1; v >= 0; v--) keys.push(vocabKey(v));
  return keys;
}

/** A storage kept in memory, for tests and benchmarks; `failNextWrite` provokes write errors. */
export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, unknown>();
  writes = 0;
  /** When set, the next `set` rejects with this error. */
  failNextWrite: Error | undefined;

  constructor(
    initial: Record<string, unknown> = {},
    /** Milliseconds each call waits, so interleavings happen as in a real browser. */
    private readonly delay: () => number = () => 0,
  ) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, structuredClone(v));
  }

  private async pause(): Promise<void> {
    const ms = this.delay();
    await new Promise((r) => setTimeout(r, ms));
  }

  async get(keys: string[]): Promise<Record<string, unknown>> {
    await this.pause();
    const out: Record<string, unknown> = {};
    for (const k of keys) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.pause();
    const error = this.failNextWrite;
    if (error) {
      this.failNextWrite = undefined;
      throw error;
    }
    this.writes++;
    // A copy, as a real storage serialises: later changes to the object must not leak into it.
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string[]): Promise<void> {
    await this.pause();
    for (const k of keys) this.data.delete(k);
  }
}
