import { describe, expect, it } from 'vitest';
import { KnownWordsStore } from '../../src/background/known-words/known-words-store';
import { MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { markKnownAction } from '../../src/content/known-words/mark-known-action';
import type { PopupContext } from '../../src/content/popup/popup-view';
import type { Send } from '../../src/shared/send';
import type { WordLookup } from '../../src/core/glossary/glossary';

/** 行われる on a page, deinflected to 行う: "Mark known" stores the dictionary form. */
const SENTENCE = '二国間協議は、この背景で行われる。';
const AT = SENTENCE.indexOf('行われる');
const lookup: WordLookup = {
  start: AT,
  end: AT + 4,
  surface: '行われる',
  entries: [
    {
      entry: {
        headword: '行う',
        reading: 'おこなう',
        conjugation: [],
        common: true,
        senses: [{ tags: [], glosses: ['to perform'] }],
      },
      deinflection: { dictionaryForm: '行う', reasons: ['passive'] },
    },
  ],
};
const ctx: PopupContext = { lookup, sentence: SENTENCE, sentenceOffset: AT };

function withStore() {
  const store = new KnownWordsStore(new MemoryStorage());
  const send = (async (msg: { type: string; words: string[]; known?: boolean }) => {
    if (msg.type === 'known-words-check') return { ok: true, known: await store.check(msg.words) };
    if (msg.type === 'known-words-set')
      return { ok: true, count: (await store.set(msg.words, msg.known!)).count };
    return { ok: false, code: 'internal', message: msg.type };
  }) as unknown as Send;
  return { store, action: markKnownAction(send) };
}

describe('Mark known in the word popup', () => {
  const ui = { showPanel: () => undefined, closePanel: () => undefined };

  it('marks the dictionary form known, says so, and offers to unmark it', async () => {
    const { store, action } = withStore();
    expect(await action.state!(ctx)).toEqual({ label: 'Mark known' });
    expect(await action.run(ctx, ui)).toBe('“行う” is known: its furigana is hidden.');
    expect(await store.check(['行う', '行われる'])).toEqual(['行う']);
    expect(await action.state!(ctx)).toEqual({ label: 'Known ✓ — unmark' });
  });

  it('pressed on a known word, unmarks it', async () => {
    const { store, action } = withStore();
    await store.set(['行う'], true);
    expect(await action.run(ctx, ui)).toBe('“行う” is no longer marked known.');
    expect(await store.check(['行う'])).toEqual([]);
  });
});
