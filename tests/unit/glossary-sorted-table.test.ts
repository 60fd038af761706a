import { describe, expect, it } from 'vitest';
import { rowsToText, sortRowsByBytes } from '../../dicts/build/sorted-tsv';
import { encodePacked } from '../../src/core/glossary/packed-text';
import { SortedTable } from '../../src/core/glossary/sorted-table';

const table = (rows: string[][]) => new SortedTable(encodePacked(rowsToText(sortRowsByBytes(rows))));

describe('SortedTable', () => {
  // Keys chosen so that prefixes, multi-byte UTF-8 and surrogate pairs sit next to each other.
  const rows = [
    ['ab', '1'],
    ['a', '2'],
    ['abc', '3'],
    ['ab', '4'],
    ['行う', '5'],
    ['行', '6'],
    ['ｚ', '7'],
    ['𠮷野家', '8'],
    ['Ａ', '9'],
    ['b', '10'],
  ];
  const t = table(rows);

  it.each(rows.map(([k]) => k as string))('finds every line of key %s and only those', (key) => {
    const expected = rows
      .filter(([k]) => k === key)
      .map((r) => r.join('\t'))
      .sort();
    expect(t.find(key).sort()).toEqual(expected);
  });

  it.each(['', 'abcd', 'aa', '行き', 'c', '𠮷', 'Ｂ'])('finds nothing for %j', (key) => {
    expect(t.find(key)).toEqual([]);
  });

  it.each([
    ['a', true],
    ['ab', true],
    ['abcd', false],
    ['行', true],
    ['𠮷', true],
    ['c', false],
  ] as const)('hasPrefix(%j) = %s', (prefix, expected) => {
    expect(t.hasPrefix(prefix)).toBe(expected);
  });

  it('handles an empty table and a last line without a newline', () => {
    expect(new SortedTable(new Uint8Array()).find('a')).toEqual([]);
    const noNewline = new SortedTable(encodePacked('a\t1\nb\t2'));
    expect(noNewline.lineCount).toBe(2);
    expect(noNewline.find('b')).toEqual(['b\t2']);
  });
});
