import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES } from '../../src/core/reading/context/context-rules';
import { INSTITUTION_RULES } from '../../src/core/reading/context/institution-readings';
import { NEWS_LEXICON } from '../../src/core/reading/context/news-lexicon';
import { NIHON_RULES } from '../../src/core/reading/context/prefer-nihon';
import type { ReadingRule } from '../../src/core/reading/context/rule-types';
import { NEWS_NAME_RULES } from '../../src/core/reading/names/news-names';
import { COUNTER_RULES } from '../../src/core/reading/numbers/counter-table';

/** The rule tables are data: every row must be readable and reachable. */
const HIRAGANA = /^[\u3041-\u309f]+$/;
const ALL: Array<[string, readonly ReadingRule[]]> = [
  ['news lexicon', NEWS_LEXICON],
  ['context rules', CONTEXT_RULES],
  ['日本 rules', NIHON_RULES],
  ['institutions in 所', INSTITUTION_RULES],
  ['names in the news', NEWS_NAME_RULES],
];

const keyOf = (r: ReadingRule) => ('word' in r ? `word:${r.word}` : `lemma:${r.lemma}`);

describe.each(ALL)('%s', (_name, rules) => {
  it('give hiragana readings and say why', () => {
    for (const r of rules) {
      expect('word' in r ? r.reading : r.stem, keyOf(r)).toMatch(HIRAGANA);
      expect(r.why.length, keyOf(r)).toBeGreaterThan(3);
    }
  });

  it('put a word’s unconditional rule last, so every conditional rule before it can fire', () => {
    const seenDefault = new Set<string>();
    for (const r of rules) {
      expect(seenDefault.has(keyOf(r)), `${keyOf(r)} comes after its default`).toBe(false);
      if (!r.when) seenDefault.add(keyOf(r));
    }
  });
});

describe('counter table', () => {
  it('has one row per counter, hiragana readings and a why', () => {
    const seen = new Set<string>();
    for (const c of COUNTER_RULES) {
      expect(seen.has(c.counter), c.counter).toBe(false);
      seen.add(c.counter);
      expect(c.reading, c.counter).toMatch(HIRAGANA);
      for (const r of Object.values(c.after)) expect(r, c.counter).toMatch(HIRAGANA);
      expect(c.why.length).toBeGreaterThan(3);
    }
  });
});
