import { describe, expect, it } from 'vitest';
import { addOrUpdateItem, createEmptyDatabase, createList, type VocabDatabase } from '../../src/core/vocab';
import { SerialQueue } from '../../src/shared/serial-queue';
import {
  CURRENT_VOCAB_KEY,
  MemoryStorage,
  vocabKey,
  type KeyValueStorage,
} from '../../src/background/vocab/vocab-storage';
import { describeWriteError, StorageFailure, VocabStore } from '../../src/background/vocab/vocab-store';
import { CHUNK_SIZE, chunkKey } from '../../src/background/vocab/chunked-layout';

const T0 = '2026-01-02T03:04:05.000Z';
const fresh = () => createEmptyDatabase({ id: 'list-default', now: T0 });

/** Random small delays so concurrent calls interleave the way tabs' messages do. */
const jitter = () => Math.floor(Math.random() * 3);

function add(store: VocabStore, word: string, listId?: string) {
  return store.update((db) => {
    const r = addOrUpdateItem(db, { surface: word, reading: 'よみ', sentence: `${word}の文。`, listId });
    return { db: r.db, value: r.item.id };
  });
}

describe('SerialQueue', () => {
  it('runs tasks one at a time in the order they were queued', async () => {
    const q = new SerialQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string, ms: number) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all([q.run(task('a', 5)), q.run(task('b', 1)), q.run(task('c', 0))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('a failing task rejects for its caller only; the next task still runs', async () => {
    const q = new SerialQueue();
    const failed = q.run(() => Promise.reject(new Error('boom')));
    const next = q.run(() => 'after');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('after');
  });
});

describe('VocabStore: one writer', () => {
  it('two tabs adding 60 words each at the same moment lose none of them', async () => {
    const storage = new MemoryStorage({}, jitter);
    const store = new VocabStore(storage, { createEmpty: fresh });
    const tabA = Array.from({ length: 60 }, (_, i) => add(store, `単語A${i}`));
    const tabB = Array.from({ length: 60 }, (_, i) => add(store, `単語B${i}`));
    await Promise.all([...tabA, ...tabB]);
    // What a restarted background would load.
    const reloaded = await new VocabStore(storage).read();
    expect(reloaded.items).toHaveLength(120);
    expect(new Set(reloaded.items.map((i) => i.dictionaryForm)).size).toBe(120);
  });

  it('without the queue the same interleaving loses words (the test can tell)', async () => {
    // A naive read-modify-write against the same storage, to show the race the queue prevents.
    const storage = new MemoryStorage({ [CURRENT_VOCAB_KEY]: fresh() }, jitter);
    const naiveAdd = async (word: string) => {
      const db = (await storage.get([CURRENT_VOCAB_KEY]))[CURRENT_VOCAB_KEY] as VocabDatabase;
      const r = addOrUpdateItem(db, { surface: word, reading: 'よみ' });
      await storage.set({ [CURRENT_VOCAB_KEY]: r.db });
    };
    await Promise.all(Array.from({ length: 40 }, (_, i) => naiveAdd(`語${i}`)));
    const db = (await storage.get([CURRENT_VOCAB_KEY]))[CURRENT_VOCAB_KEY] as VocabDatabase;
    expect(db.items.length).toBeLessThan(40);
  });

  it('reads see every change queued before them', async () => {
    const store = new VocabStore(new MemoryStorage({}, jitter), { createEmpty: fresh });
    void add(store, '一');
    void add(store, '二');
    const db = await store.read();
    expect(db.items.map((i) => i.dictionaryForm)).toEqual(['一', '二']);
  });

  it('a refused operation writes nothing and is reported to the caller', async () => {
    const storage = new MemoryStorage();
    const store = new VocabStore(storage, { createEmpty: fresh });
    await expect(add(store, '語', 'no-such-list')).rejects.toThrow(/No list/);
    expect(storage.writes).toBe(0);
  });

  it('an unchanged database is not written again', async () => {
    const storage = new MemoryStorage();
    const store = new VocabStore(storage, { createEmpty: fresh });
    await store.update((db) => ({ db, value: null }));
    expect(storage.writes).toBe(0);
  });
});

describe('VocabStore: write failures are reported, never swallowed', () => {
  it.each([
    ['QUOTA_BYTES quota exceeded', 'quota', /storage for Yomitoki is full/],
    ['Resource::kQuotaBytes quota exceeded', 'quota', /full/],
    ['IO error: .../000003.log: Unable to create writable file', 'write', /refused to store/],
  ])('"%s" → %s failure', async (message, kind, shown) => {
    const storage = new MemoryStorage();
    const store = new VocabStore(storage, { createEmpty: fresh });
    await add(store, '前');
    storage.failNextWrite = new Error(message);
    const failed = add(store, '失敗');
    await expect(failed).rejects.toBeInstanceOf(StorageFailure);
    await expect(failed).rejects.toMatchObject({ kind, message: expect.stringMatching(shown) });
    // Neither storage nor the store's copy has the word that failed; the next add works.
    expect((await store.read()).items.map((i) => i.dictionaryForm)).toEqual(['前']);
    await add(store, '後');
    const stored = await new VocabStore(storage).read();
    expect(stored.items.map((i) => i.dictionaryForm)).toEqual(['前', '後']);
  });

  it('Firefox QuotaExceededError (by name) counts as quota', () => {
    const e = new Error('The operation failed');
    e.name = 'QuotaExceededError';
    expect(describeWriteError(e).kind).toBe('quota');
  });

  it('a storage that cannot be read fails every call with the reason', async () => {
    const broken: KeyValueStorage = {
      get: () => Promise.reject(new Error('disk gone')),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    const store = new VocabStore(broken);
    await expect(store.read()).rejects.toMatchObject({ kind: 'read', message: /disk gone/ });
  });
});

describe('VocabStore: loading and migration', () => {
  it('starts with an empty database and writes nothing until a change', async () => {
    const storage = new MemoryStorage();
    const db = await new VocabStore(storage).read();
    expect(db.lists).toHaveLength(1);
    expect(db.items).toHaveLength(0);
    expect(storage.writes).toBe(0);
  });

  it('loads the current key', async () => {
    const withList = createList(fresh(), 'JLPT N2', { id: 'l2', now: T0 }).db;
    const storage = new MemoryStorage({ [CURRENT_VOCAB_KEY]: withList });
    expect((await new VocabStore(storage).read()).lists.map((l) => l.name)).toEqual(['Default', 'JLPT N2']);
  });

  it('migrates a v0 database to the current key and removes the old key only after', async () => {
    const v0 = {
      lists: [{ id: 'L', name: 'Old', default: true, created: Date.parse(T0) }],
      words: [
        { id: 'w1', word: '経済', reading: 'ケイザイ', list: 'L', added: Date.parse(T0), tags: 'news, econ' },
      ],
    };
    const storage = new MemoryStorage({ [vocabKey(0)]: v0 });
    const db = await new VocabStore(storage).read();
    expect(db.items[0]).toMatchObject({
      dictionaryForm: '経済',
      reading: 'けいざい',
      tags: ['news', 'econ'],
    });
    expect(storage.data.has(vocabKey(0))).toBe(false);
    expect((await new VocabStore(storage).read()).items).toHaveLength(1);
  });

  it('a failed write during migration keeps the old data where it was', async () => {
    const v0 = { lists: [{ id: 'L', name: 'Old', created: 0 }], words: [] };
    const storage = new MemoryStorage({ [vocabKey(0)]: v0 });
    storage.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    await expect(new VocabStore(storage).read()).rejects.toMatchObject({ kind: 'quota' });
    expect(storage.data.has(vocabKey(0))).toBe(true);
  });

  it('unreadable data is left untouched and every change is refused with the reasons', async () => {
    const bad = { schemaVersion: 1, lists: [], items: 'nope' };
    const storage = new MemoryStorage({ [CURRENT_VOCAB_KEY]: bad });
    const store = new VocabStore(storage);
    await expect(add(store, '語')).rejects.toMatchObject({
      kind: 'unreadable-data',
      message: expect.stringMatching(/items/),
    });
    expect(storage.data.get(CURRENT_VOCAB_KEY)).toEqual(bad);
    expect(storage.writes).toBe(0);
  });
});

/** Records the keys each write stores. */
class RecordingStorage extends MemoryStorage {
  readonly sets: string[][] = [];
  override async set(items: Record<string, unknown>): Promise<void> {
    this.sets.push(Object.keys(items));
    await super.set(items);
  }
}

describe('VocabStore: chunked layout', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `語${i}`);

  async function storeWith(n: number) {
    const storage = new RecordingStorage();
    const store = new VocabStore(storage, { createEmpty: fresh });
    await store.update((db) => {
      for (const w of words(n)) db = addOrUpdateItem(db, { surface: w, reading: 'ご' }).db;
      return { db, value: null };
    });
    return { storage, store };
  }

  it('adding one word to 1,000 stores only the head and the last chunk', async () => {
    const { storage, store } = await storeWith(1000);
    expect(storage.sets[0]).toHaveLength(1 + 1000 / CHUNK_SIZE);
    await add(store, '新しい');
    expect(storage.sets[1]!.sort()).toEqual([CURRENT_VOCAB_KEY, chunkKey(CURRENT_VOCAB_KEY, 4)].sort());
    // Editing a word in the middle rewrites its chunk only.
    await store.update((db) => {
      const items = [...db.items];
      items[300] = { ...items[300]!, meaning: 'edited' };
      return { db: { ...db, items }, value: null };
    });
    expect(storage.sets[2]!.sort()).toEqual([CURRENT_VOCAB_KEY, chunkKey(CURRENT_VOCAB_KEY, 1)].sort());
    const reloaded = await new VocabStore(storage).read();
    expect(reloaded.items).toHaveLength(1001);
    expect(reloaded.items[300]!.meaning).toBe('edited');
    expect(reloaded.items.at(-1)!.dictionaryForm).toBe('新しい');
  });

  it('after loading, the first change writes only what it changed', async () => {
    const { storage } = await storeWith(600);
    const store = new VocabStore(storage);
    await add(store, '追加');
    expect(storage.sets.at(-1)!.sort()).toEqual([CURRENT_VOCAB_KEY, chunkKey(CURRENT_VOCAB_KEY, 2)].sort());
  });

  it('fewer words free the chunks past the end; a reload reads the right words', async () => {
    const { storage, store } = await storeWith(600);
    await store.update((db) => ({ db: { ...db, items: db.items.slice(0, 100) }, value: null }));
    expect(storage.data.has(chunkKey(CURRENT_VOCAB_KEY, 1))).toBe(false);
    expect(storage.data.has(chunkKey(CURRENT_VOCAB_KEY, 2))).toBe(false);
    expect((await new VocabStore(storage).read()).items.map((i) => i.dictionaryForm)).toEqual(words(100));
  });

  it('a missing chunk is reported, not read as fewer words', async () => {
    const { storage } = await storeWith(600);
    storage.data.delete(chunkKey(CURRENT_VOCAB_KEY, 1));
    await expect(new VocabStore(storage).read()).rejects.toMatchObject({
      kind: 'unreadable-data',
      message: expect.stringMatching(/chunk/),
    });
  });

  it('a whole database under the current key (earlier layout) is read and rewritten in chunks', async () => {
    let db = fresh();
    for (const w of words(300)) db = addOrUpdateItem(db, { surface: w, reading: 'ご' }).db;
    const storage = new MemoryStorage({ [CURRENT_VOCAB_KEY]: db });
    expect((await new VocabStore(storage).read()).items).toHaveLength(300);
    expect(storage.data.has(chunkKey(CURRENT_VOCAB_KEY, 1))).toBe(true);
    expect((await new VocabStore(storage).read()).items).toHaveLength(300);
  });
});
