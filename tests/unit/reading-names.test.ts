import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotateOptions } from '../../src/core/annotate';
import type { Tokenize } from '../../src/core/types';
import { ipadic, readingOver, rubyOf } from './reading-helpers';

/**
 * Names: readings come from the host's name data (injected), but only where the tokenizer was unsure
 * (it split the name or had no reading); single kanji IPADIC cannot read before a title are foreign
 * surnames read by their on reading. Small stand-in tables play the glossary here.
 */
const NAMES: Record<string, string> = { 王毅: 'おう・き', 習近平: 'しゅう・きんぺい', 鬼塚: 'きづか' };
const KANJI: Record<string, { on: string[]; kun: string[] }> = {
  蔡: { on: ['サイ'], kun: [] },
  柯: { on: ['カ'], kun: ['え'] },
  森: { on: ['シン'], kun: ['もり'] },
};
const lookups: AnnotateOptions = {
  nameReading: (s) => NAMES[s],
  kanjiReadings: (k) => KANJI[k],
};

let tok: Tokenize;
beforeAll(async () => {
  tok = await ipadic();
});

describe('names', () => {
  it.each([
    ['a Chinese name IPADIC splits, from the name data', '王毅外相が話した', '王毅', 'おうき'],
    ['a three-kanji Chinese name', '習近平国家主席', '習近平', 'しゅうきんぺい'],
    ['a single unreadable kanji before さん is a surname read on', '蔡さんが来た', '蔡', 'さい'],
    ['the same before a title (氏)', '柯氏が勝った', '柯', 'か'],
  ])('%s: %s', (_rule, text, base, reading) => {
    expect(readingOver(tok, text, base, lookups)).toBe(reading);
  });

  it('keeps the reading of a name IPADIC knows as one word, whatever the name table lists', () => {
    const ipadicReading = readingOver(tok, '鬼塚さん', '鬼塚');
    expect(ipadicReading).toBeDefined();
    expect(readingOver(tok, '鬼塚さん', '鬼塚', lookups)).toBe(ipadicReading);
  });

  it('keeps a Japanese surname IPADIC reads (森さん is もり, not the on reading しん)', () => {
    expect(readingOver(tok, '森さんが来た', '森', lookups)).toBe('もり');
  });

  it('without lookups a name stays as the tokenizer reads it, and nothing throws', () => {
    expect(() => rubyOf(tok, '王毅外相と蔡さん')).not.toThrow();
    expect(readingOver(tok, '王毅外相', '王毅')).toBeUndefined();
  });
});
