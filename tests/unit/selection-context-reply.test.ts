import { describe, expect, it } from 'vitest';
import { selectionContextFrom } from '../../src/shared/vocab-messages';
import { VOCAB_LIMITS } from '../../src/core/vocab/limits';

/** The content script's reply to "what is selected?" comes from a page's process: only a valid one is used. */
describe('a selection context from a page is validated where it is received', () => {
  const ok = { text: '会見', sentence: '首相は会見で述べた。', sentenceOffset: 3 };
  it.each([
    ['a well-formed reply', ok, ok],
    ['no reply (no content script in the tab)', undefined, null],
    ['null (nothing selected)', null, null],
    ['a string', '会見', null],
    [
      'a sentence longer than a saved field may be',
      { ...ok, sentence: 'あ'.repeat(VOCAB_LIMITS.field + 1) },
      null,
    ],
    ['an offset outside the sentence', { ...ok, sentenceOffset: 99 }, null],
    ['a negative offset', { ...ok, sentenceOffset: -1 }, null],
    ['a fractional offset', { ...ok, sentenceOffset: 1.5 }, null],
    ['text that is not a string', { ...ok, text: 42 }, null],
  ])('%s', (_, reply, expected) => {
    expect(selectionContextFrom(reply)).toEqual(expected);
  });
});
