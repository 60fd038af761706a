import { describe, expect, it } from 'vitest';
import { formatKnownWords, isKnown, parseKnownWords } from '../../src/core/furigana/known-words';

describe('known words are matched by dictionary form', () => {
  const known = new Set(['読む', '学校', '上手い']);
  it.each([
    ['読んだ: the span 読 of the word 読む', { base: '読', lemma: '読む' }, true],
    ['読まない: same word', { base: '読', lemma: '読む' }, true],
    ['学校', { base: '学校', lemma: '学校' }, true],
    ['上手く (adverbial form of 上手い)', { base: '上手', lemma: '上手い' }, true],
    ['読書 is another word', { base: '読書', lemma: '読書' }, false],
    ['a span without a dictionary form is matched by its text', { base: '学校' }, true],
  ])('%s', (_why, span, expected) => {
    expect(isKnown(span, known)).toBe(expected);
  });
});

describe('importing a known-words list', () => {
  it('one word per line, blank lines ignored, duplicates once', () => {
    expect(parseKnownWords('読む\n\n学校\r\n読む\n')).toEqual({ words: ['読む', '学校'], skipped: [] });
  });
  it('an Anki plain-text export: headers skipped, first field, furigana syntax and HTML removed', () => {
    const text = '#separator:tab\n#html:true\n読[よ]む\tto read\n<b>学校</b>\tschool\n"中国"\tChina\n';
    expect(parseKnownWords(text).words).toEqual(['読む', '学校', '中国']);
  });
  it('a line too long to be a word is reported, not imported', () => {
    const r = parseKnownWords(`学校\n${'あ'.repeat(65)}\n`);
    expect(r).toEqual({ words: ['学校'], skipped: [2] });
  });
  it('exports round-trip', () => {
    const words = ['政府', '外相', '読む'];
    expect(new Set(parseKnownWords(formatKnownWords(words)).words)).toEqual(new Set(words));
  });
});
