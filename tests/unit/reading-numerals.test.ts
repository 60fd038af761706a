import { describe, expect, it } from 'vitest';
import {
  geminate,
  numberTail,
  numeralCharReadings,
  numeralValue,
} from '../../src/core/reading/numbers/numerals';

/** How a written number ends when spoken (what a counter's sound change depends on), and its value. */
describe('numberTail', () => {
  it.each([
    ['１', '1'],
    ['３', '3'],
    ['１０', '10'],
    ['２０', '10'],
    ['３００', '100'],
    ['３０００', '1000'],
    ['２００００', 'myriad'],
    ['１５６', '6'],
    ['１．０', '0'],
    ['０', '0'],
    ['三', '3'],
    ['二十', '10'],
    ['六百', '100'],
    ['三千', '1000'],
    ['五万', 'myriad'],
    ['何', 'how-many'],
    ['数', 'several'],
    ['１，０００', '1000'],
  ])('%s ends in %s', (numeral, tail) => {
    expect(numberTail(numeral)).toBe(tail);
  });
});

describe('numeralValue', () => {
  it.each([
    ['２４', 24],
    ['二十四', 24],
    ['十四', 14],
    ['二十', 20],
    ['三百', 300],
    ['２万５０００', 25000],
    ['一万', 10000],
  ])('%s = %i', (numeral, value) => {
    expect(numeralValue(numeral)).toBe(value);
  });

  it.each(['何', '１．５', '数'])('%s has no exact value', (numeral) => {
    expect(numeralValue(numeral)).toBeUndefined();
  });
});

describe('kanji numeral readings', () => {
  it.each([
    ['三百', ['さん', 'びゃく']],
    ['六百', ['ろっ', 'ぴゃく']],
    ['八百', ['はっ', 'ぴゃく']],
    ['三千', ['さん', 'ぜん']],
    ['八千', ['はっ', 'せん']],
    ['二十一', ['に', 'じゅう', 'いち']],
    ['何百', ['なん', 'びゃく']],
    ['３百', ['', 'びゃく']],
  ])('%s → %j', (numeral, readings) => {
    expect(numeralCharReadings(numeral)).toEqual(readings);
  });

  it('geminates the final mora when a counter asks for it', () => {
    expect(geminate('いち')).toBe('いっ');
    expect(geminate('じゅう')).toBe('じゅっ');
    expect(geminate('ひゃく')).toBe('ひゃっ');
    expect(geminate('に')).toBe('に');
  });
});
