import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
    expect(noNewline.find('b')).toEqual(['b\t2']);
    expect(noNewline.find('a')).toEqual(['a\t1']);
  });
});

describe('SortedTable search by byte position', () => {
  // Keys from a small alphabet so that equal keys, prefixes and neighbours are common; values of
  // very different lengths so that probes land anywhere in a line.
  const key = fc.string({ unit: fc.constantFrom('a', 'b', 'か', '漢', 'Ｚ'), minLength: 1, maxLength: 4 });
  const rowsArb = fc.array(
    fc.tuple(
      key,
      fc.string({ maxLength: 40 }).map((v) => v.replace(/[\t\n]/g, ' ')),
    ),
    {
      maxLength: 60,
    },
  );

  it('finds exactly the lines of a key, in file order, and answers has/hasPrefix like a scan', () => {
    fc.assert(
      fc.property(rowsArb, key, (rows, probe) => {
        const sorted = sortRowsByBytes(rows.map(([k, v]) => [k, v]));
        const t = new SortedTable(encodePacked(rowsToText(sorted)));
        const lines = sorted.map((r) => r.join('\t'));
        expect(t.find(probe)).toEqual(lines.filter((l) => l.split('\t')[0] === probe));
        expect(t.has(probe)).toBe(sorted.some((r) => r[0] === probe));
        expect(t.hasPrefix(probe)).toBe(sorted.some((r) => r[0]!.startsWith(probe)));
      }),
      { numRuns: 300 },
    );
  });
});
