/**
 * The glossary tables' byte encoding: text comes back unchanged, kana and kanji take two bytes, and
 * what SortedTable relies on holds (byte order is code point order; no tab or newline inside a
 * character; a prefix of the text is a prefix of the bytes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePacked, encodePacked } from '../../src/core/glossary/packed-text';

const compareBytes = (a: Uint8Array, b: Uint8Array) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};
const compareCodePoints = (a: string, b: string) => {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

describe('packed text', () => {
  it.each([
    ['ASCII, one byte each', 'CISA\t(n) agency/', 'CISA\t(n) agency/'.length],
    ['kana, two bytes each', 'ひらがなカタカナ', 16],
    ['kanji and CJK punctuation, two bytes each', '東京都。', 8],
    ['full-width letters, two bytes each', 'ＦＢＩ', 6],
    ['Greek and Latin-1, four bytes each', 'αé', 8],
    ['a character beyond the BMP, four bytes', '𠮷', 4],
    ['the last kanji of the block', '\u9fff', 2],
    ['the first character after it', '\ua000', 4],
  ])('%s: %s', (_what, text, size) => {
    const bytes = encodePacked(text);
    expect(bytes.length).toBe(size);
    expect(decodePacked(bytes)).toBe(text);
  });

  it('round-trips any text of whole characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => decodePacked(encodePacked(s)) === s));
  });

  it('orders bytes as code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        if (/[\ud800-\udfff]/.test(a + b)) return true; // lone surrogates have no code point order
        return (
          Math.sign(compareBytes(encodePacked(a), encodePacked(b))) === Math.sign(compareCodePoints(a, b))
        );
      }),
    );
  });

  it('never puts a tab or a newline inside a character', () => {
    for (let cp = 0x80; cp < 0x110000; cp += cp < 0x10000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const bytes = encodePacked(String.fromCodePoint(cp));
      expect(bytes.includes(0x09) || bytes.includes(0x0a)).toBe(false);
    }
  });

  it('decodes a range of a buffer, and a cut character as U+FFFD', () => {
    const bytes = encodePacked('語\t読む\n');
    expect(decodePacked(bytes, 3, 7)).toBe('読む');
    expect(decodePacked(bytes, 0, 1)).toBe('\ufffd');
  });
});
