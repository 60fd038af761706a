/**
 * The compile-time trie over UTF-16 code units: every key is found with its record, every prefix
 * match of a text is found shortest first (as kuromoji's common prefix search), and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { buildUnitTrie, forEachPrefix, type TrieKey } from '../../src/tokenizer-host/ipadic/unit-trie';

const KEYS: TrieKey[] = [
  ['東', 1],
  ['東京', 2],
  ['東京都', 3],
  ['京都', 4],
  ['都', 5],
  ['に', 6],
  ['行く', 7],
  ['行', 8],
  ['𠮷', 9], // a surrogate pair: two code units
  ['𠮷野家', 10],
  ['ａ', 11],
];

function prefixes(text: string, from = 0): [string, number][] {
  const out: [string, number][] = [];
  forEachPrefix(trie, text, from, (end, record) => out.push([text.slice(from, end), record]));
  return out;
}

const trie = buildUnitTrie(KEYS);

describe('unit trie', () => {
  it.each(KEYS)('finds the key %s with its record', (key, record) => {
    expect(prefixes(key).at(-1)).toEqual([key, record]);
  });

  it.each([
    [
      '東京都に行く',
      0,
      [
        ['東', 1],
        ['東京', 2],
        ['東京都', 3],
      ],
    ],
    ['東京都に行く', 1, [['京都', 4]]],
    [
      '東京都に行く',
      4,
      [
        ['行', 8],
        ['行く', 7],
      ],
    ],
    [
      '𠮷野家で',
      0,
      [
        ['𠮷', 9],
        ['𠮷野家', 10],
      ],
    ],
    ['西京', 0, []],
    ['東西', 0, [['東', 1]]],
    ['', 0, []],
  ] as [string, number, [string, number][]][])('%s from %i: %j', (text, from, expected) => {
    expect(prefixes(text, from)).toEqual(expected);
  });

  it('is the same for the same keys in any order', () => {
    const again = buildUnitTrie([...KEYS].reverse());
    expect(again.base).toEqual(trie.base);
    expect(again.check).toEqual(trie.check);
  });

  it('refuses a key given twice', () => {
    expect(() => buildUnitTrie([...KEYS, ['東京', 12]])).toThrow(/duplicate key/);
  });
});
