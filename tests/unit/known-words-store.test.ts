import { describe, expect, it } from 'vitest';
import { KNOWN_WORDS_KEY, KnownWordsStore } from '../../src/background/known-words/known-words-store';
import { MemoryStorage } from '../../src/background/vocab/vocab-storage';

describe('the known-words store', () => {
  it('marks, unmarks and says which words are known; tells its listener before the write', async () => {
    const storage = new MemoryStorage();
    let changes = 0;
    const store = new KnownWordsStore(storage, () => changes++);
    expect(await store.set(['読む', '学校'], true)).toEqual({ changed: true, count: 2 });
    expect(await store.check(['読む', '書く', '学校'])).toEqual(['読む', '学校']);
    expect(await store.set(['読む'], true)).toEqual({ changed: false, count: 2 });
    expect(await store.set(['読む'], false)).toEqual({ changed: true, count: 1 });
    expect(changes).toBe(2);
    expect(storage.data.get(KNOWN_WORDS_KEY)).toEqual(['学校']);
    // A new store (a restarted service worker) reads the same list.
    expect(await new KnownWordsStore(storage).check(['学校'])).toEqual(['学校']);
  });

  it('starts from the vocabulary words already marked known, once', async () => {
    const storage = new MemoryStorage();
    const store = new KnownWordsStore(storage, undefined, () => Promise.resolve(['読む']));
    expect(await store.check(['読む'])).toEqual(['読む']);
    await store.set(['読む'], false);
    expect(
      await new KnownWordsStore(storage, undefined, () => Promise.resolve(['読む'])).check(['読む']),
    ).toEqual([]);
  });

  it('a failed write leaves the list as it was', async () => {
    const storage = new MemoryStorage();
    const store = new KnownWordsStore(storage);
    await store.set(['学校'], true);
    storage.failNextWrite = new Error('quota');
    await expect(store.set(['政府'], true)).rejects.toThrow('quota');
    expect(await store.check(['学校', '政府'])).toEqual(['学校']);
  });

  it('imports add to the list or replace it; stored garbage reads as an empty list', async () => {
    const storage = new MemoryStorage({ [KNOWN_WORDS_KEY]: 'not a list' });
    const store = new KnownWordsStore(storage);
    expect(await store.import('学校\n政府\n', false)).toEqual({ added: 2, count: 2, skippedLines: [] });
    expect(await store.import('政府\n外相\n', false)).toMatchObject({ added: 1, count: 3 });
    expect(await store.import('外相\n', true)).toMatchObject({ added: 0, count: 1 });
    expect((await store.export()).text).toBe('外相\n');
  });
});
