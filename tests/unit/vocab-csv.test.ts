import { describe, expect, it } from 'vitest';
import { formatCsvField, parseCsv } from '../../src/core/vocab/csv/rfc4180';
import { protectFormula, unprotectFormula } from '../../src/core/vocab/csv/columns';

describe('RFC 4180 fields', () => {
  it.each([
    ['plain', 'abc', 'abc'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['LF', 'a\nb', '"a\nb"'],
    ['CR', 'a\rb', '"a\rb"'],
    ['empty', '', ''],
    ['Japanese, no quoting needed', '経済、政治', '経済、政治'],
  ])('%s', (_n, value, expected) => {
    expect(formatCsvField(value)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it.each([
    [
      'CRLF',
      'a,b\r\nc,d\r\n',
      [
        [1, ['a', 'b']],
        [2, ['c', 'd']],
      ],
    ],
    [
      'LF, no final break',
      'a,b\nc,d',
      [
        [1, ['a', 'b']],
        [2, ['c', 'd']],
      ],
    ],
    [
      'CR only (old Mac)',
      'a\rb\r',
      [
        [1, ['a']],
        [2, ['b']],
      ],
    ],
    [
      'quoted CRLF counts as one line break',
      '"x\r\ny",z\r\nnext\r\n',
      [
        [1, ['x\r\ny', 'z']],
        [3, ['next']],
      ],
    ],
    ['empty fields and trailing delimiter', ',,\r\n', [[1, ['', '', '']]]],
    ['empty quoted field', '"",a', [[1, ['', 'a']]]],
    ['doubled quotes', '"a""b"', [[1, ['a"b']]]],
    [
      'blank line is a one-field record',
      'a\r\n\r\nb',
      [
        [1, ['a']],
        [2, ['']],
        [3, ['b']],
      ],
    ],
    ['empty text', '', []],
  ])('%s', (_n, text, expected) => {
    const parsed = parseCsv(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.records.map((r) => [r.line, r.fields])).toEqual(expected);
  });

  it.each([
    ['unterminated quote', 'a\n"b\nc', 2, 'quoted field is never closed (file truncated?)'],
    ['text after closing quote', '"a"b', 1, 'unexpected "b" after a closing quote'],
    ['quote inside unquoted field', 'ab"c', 1, 'a quote inside an unquoted field (quote the whole field)'],
  ])('refuses %s with its line', (_n, text, line, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, line, reason });
  });
});

describe('formula guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+81 3', "'+81 3"],
    ['-5', "'-5"],
    ['@user', "'@user"],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    ['経済', '経済'],
    ['', ''],
  ])('%s ↔ %s', (value, written) => {
    expect(protectFormula(value)).toBe(written);
    expect(unprotectFormula(written)).toBe(value);
  });
});
