/**
 * The reader's known words (dictionary forms), one Set in memory over one storage key. The background
 * is the only writer; writes are serialised. Storage is passed in, so this is unit-tested with a Map.
 */
import { MAX_KNOWN_WORDS, parseKnownWords, formatKnownWords } from '../../core/furigana/known-words';
import { SerialQueue } from '../../shared/serial-queue';
import type { KeyValueStorage } from '../vocab/vocab-storage';

export const KNOWN_WORDS_KEY = 'knownWords';

export class KnownWordsStore {
  private words: Promise<Set<string>> | undefined;
  private readonly writes = new SerialQueue();

  /**
   * `onChange` runs as soon as the list in memory changed, before it is stored: open tabs can ask
   * about their words at once (writing a 50,000-word list takes longer than the reader should wait).
   * A failed write puts the old list back and runs it again.
   */
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly onChange: () => void = () => undefined,
    /** Words known before this list existed (vocabulary items marked known), taken once. */
    private readonly seed: () => Promise<readonly string[]> = () => Promise.resolve([]),
  ) {}

  /** The set, loaded once (a worker that was stopped loads it again on its first request). */
  private load(): Promise<Set<string>> {
    this.words ??= this.storage.get([KNOWN_WORDS_KEY]).then(async (r) => {
      const raw = r[KNOWN_WORDS_KEY];
      if (raw === undefined) return new Set(await this.seed().catch(() => []));
      const list = Array.isArray(raw) ? raw.filter((w): w is string => typeof w === 'string') : [];
      return new Set(list);
    });
    return this.words;
  }

  /** Which of `words` are known: one Set lookup each, whatever the size of the list. */
  async check(words: readonly string[]): Promise<string[]> {
    const set = await this.load();
    return words.filter((w) => set.has(w));
  }

  /** The set itself, for marking annotation results (read only). */
  snapshot(): Promise<ReadonlySet<string>> {
    return this.load();
  }

  /** Mark or unmark; resolves with the new count once stored. False when nothing changed. */
  set(words: readonly string[], known: boolean): Promise<{ changed: boolean; count: number }> {
    return this.writes.run(async () => {
      const set = await this.load();
      const next = new Set(set);
      for (const w of words) {
        if (known && next.size < MAX_KNOWN_WORDS) next.add(w);
        else if (!known) next.delete(w);
      }
      const changed = next.size !== set.size || words.some((w) => next.has(w) !== set.has(w));
      if (changed) await this.save(next);
      return { changed, count: next.size };
    });
  }

  /** Add a list (one word per line) or replace the list with it; bad lines are reported, not stored. */
  import(text: string, replace: boolean): Promise<{ added: number; count: number; skippedLines: number[] }> {
    return this.writes.run(async () => {
      const parsed = parseKnownWords(text);
      const set = await this.load();
      const next = replace ? new Set<string>() : new Set(set);
      let added = 0;
      for (const w of parsed.words) {
        if (next.size >= MAX_KNOWN_WORDS) break;
        if (!next.has(w)) {
          next.add(w);
          if (!set.has(w)) added++;
        }
      }
      await this.save(next);
      return { added, count: next.size, skippedLines: parsed.skipped };
    });
  }

  async export(): Promise<{ text: string; count: number }> {
    const set = await this.load();
    return { text: formatKnownWords(set), count: set.size };
  }

  /** Swapped in, announced, then stored; a failed write restores the list as it was (and throws). */
  private async save(next: Set<string>): Promise<void> {
    const before = this.words;
    this.words = Promise.resolve(next);
    this.onChange();
    try {
      await this.storage.set({ [KNOWN_WORDS_KEY]: [...next] });
    } catch (err) {
      this.words = before;
      this.onChange();
      throw err;
    }
  }
}
