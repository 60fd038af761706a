import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenize } from '../../src/core/types';
import { ipadic, readingOver } from './reading-helpers';

/** A user's corrections (surface → reading) apply everywhere the surface is a whole word, over every rule. */
let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

describe('readingOverrides', () => {
  it('applies a correction to every occurrence', () => {
    const overrides = new Map([['間', 'ま']]);
    const ruby = readingOver(tok, '東京と大阪の間', '間', { readingOverrides: overrides });
    expect(readingOver(tok, '東京と大阪の間', '間')).toBe('あいだ');
    expect(ruby).toBe('ま');
  });

  it('beats the counter rules and matches ASCII digits as typed', () => {
    const overrides = new Map([['1日', 'いちにち']]);
    expect(readingOver(tok, '1日に', '1日', { readingOverrides: overrides })).toBe('いちにち');
  });

  it('covers a name the tokenizer splits into several tokens', () => {
    const overrides = new Map([['舩後', 'ふなご']]);
    expect(readingOver(tok, '舩後さんが話した', '舩後', { readingOverrides: overrides })).toBe('ふなご');
  });

  it('accepts katakana readings and stores hiragana', () => {
    expect(
      readingOver(tok, '日本の会社', '日本', { readingOverrides: new Map([['日本', 'ニッポン']]) }),
    ).toBe('にっぽん');
  });

  it('does not reach inside a longer word (日本 does not change 日本人)', () => {
    const overrides = new Map([['日本', 'にっぽん']]);
    expect(readingOver(tok, '日本人の選手', '日本人', { readingOverrides: overrides })).toBe('にほんじん');
  });

  it('ignores entries whose reading is not kana', () => {
    const overrides = new Map([
      ['間', 'ma'],
      ['', 'あ'],
    ]);
    expect(readingOver(tok, '東京と大阪の間', '間', { readingOverrides: overrides })).toBe('あいだ');
  });
});
