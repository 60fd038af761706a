/**
 * What deinflection must not do: forms that look inflected but are not that word in that class, and
 * input too long or repetitive to be one word (it must stay bounded).
 */
import { describe, expect, it } from 'vitest';
import { deinflect, entryMatchesClass } from '../../src/core/glossary/deinflect';

describe('what deinflection must not do', () => {
  const WRONG: [string, string, string][] = [
    // [form, a dictionary form it is not, with that class]
    ['書った', '書く', 'v5k'], // only 行く has った among く-verbs
    ['買うた', '買う', 'v5u'], // うた belongs to 問う/請う (v5u-s)
    ['食べった', '食べる', 'v1'],
    ['高いた', '高い', 'adj-i'],
    ['書かない', '書く', 'v1'], // the class decides: 書く is godan
    ['問題ない', '問題ある', 'v5r-i'], // ない → ある only for ない itself
  ];
  it.each(WRONG)('%s is not %s (%s)', (surface, dict, tag) => {
    expect(deinflect(surface).some((c) => c.word === dict && entryMatchesClass(c, [tag]))).toBe(false);
  });

  it('returns an input too long to be one word as it is', () => {
    const long = '行われた'.repeat(20);
    expect(deinflect(long)).toEqual([{ word: long, wordClass: expect.any(Number), reasons: [] }]);
  });

  it('stays bounded on long or repetitive input', () => {
    for (const input of [
      'させられ'.repeat(9) + 'た',
      'ていて'.repeat(13),
      'させ'.repeat(500) + 'られた',
      'ていて'.repeat(1000),
      'ない'.repeat(2000),
      'あ'.repeat(10_000),
    ]) {
      const cands = deinflect(input);
      expect(cands.length).toBeLessThanOrEqual(600);
    }
  });
});
