/**
 * The compiled tables store repeated text once (EDICT senses shared between the spellings and
 * readings of one entry, ENAMDICT's "(tags) " repeating the tags column); lookups must read exactly
 * what the full text gave. Real EDICT and ENAMDICT lines (2021 Debian files).
 */
import { describe, expect, it } from 'vitest';
import { compileEdict, parseEdictLine, shareRepeatedSenses } from '../../dicts/build/compile-edict';
import { compileEnamdict } from '../../dicts/build/compile-enamdict';
import { rowsToText, sortRowsByBytes, type Row } from '../../dicts/build/sorted-tsv';
import { Edict, SENSES_REFERENCE } from '../../src/core/glossary/edict';
import { packEdict } from '../../src/core/glossary/packed-tables';
import { encodePacked } from '../../src/core/glossary/packed-text';
import { Names } from '../../src/core/glossary/names';

/** A table as the hosts keep it (the packed encoding of the build's text). */
const packed = (rows: readonly Row[]) => encodePacked(rowsToText(rows));
const utf8 = (rows: readonly Row[]) => new TextEncoder().encode(rowsToText(rows));
/** EDICT's tables as the hosts read them (packed, references as byte offsets). */
const edictOf = (entries: readonly Row[], index: readonly Row[]) => {
  const t = packEdict(utf8(entries), utf8(index));
  return new Edict(t.entries, t.index);
};

const UMAI =
  '/(adj-i) (1) (uk) skillful/skilful/clever/expert/wise/successful/(adj-i) (2) (uk) delicious/appetizing/appetising/tasty/(adj-i) (3) (uk) fortunate/splendid/promising/(P)/';
const HIKIAGERU =
  '/(v1,vt) (1) to pull up/to drag up/to lift up/(v1,vt) (2) to increase/to raise (e.g. taxes)/(v1,vt) (3) to withdraw/to leave/to pull out/to retire/(v1,vt) (4) to promote (someone to a higher position)/(v1,vi) (5) to return home/(v1,vt) (6) (arch) to expedite the schedule/';
const TORIKUMU =
  '/(v5m,vi) (1) to grapple with/to wrestle with/to engage in a bout/to be matched against/(v5m,vi) (2) to tackle (e.g. a problem)/to come to grips with/to work hard on/';
const EDICT_LINES = [
  `引きあげる [ひきあげる] ${HIKIAGERU}`,
  `引き上げる [ひきあげる] ${HIKIAGERU}(P)/`,
  `引上げる [ひきあげる] ${HIKIAGERU}(P)/`,
  `巧い [うまい] ${UMAI}`,
  '子ども [こども] /(n) child/(P)/',
  '子供 [こども] /(n) child/(P)/',
  `旨い [うまい] ${UMAI}`,
  `取り組む [とりくむ] ${TORIKUMU}(P)/`,
  `取組む [とりくむ] ${TORIKUMU}`,
  `上手い [うまい] ${UMAI}`,
  '日本 [にっぽん] /(n) Japan/',
  '日本 [にほん] /(n) Japan/(P)/',
  `美味い [うまい] ${UMAI}`,
];

describe('EDICT senses written once per entry', () => {
  const tables = compileEdict(['header', ...EDICT_LINES, ''].join('\n'));
  const shared = edictOf(tables.entries, tables.index);
  // The same lines with every senses text written out, as the table was before it was shared.
  const full = sortRowsByBytes(EDICT_LINES.map((l) => parseEdictLine(l) as Row));
  const plain = edictOf(full, tables.index);

  it('writes each distinct senses text on one line; the others refer to it', () => {
    const texts = tables.entries.map((r) => r[4] ?? '');
    expect(texts.filter((t) => !t.startsWith(SENSES_REFERENCE))).toHaveLength(5);
    expect(texts.filter((t) => t.includes('to pull up'))).toHaveLength(1);
    expect(tables.entries.map((r) => r.slice(0, 4))).toEqual(full.map((r) => r.slice(0, 4)));
  });

  it.each([
    // key, headwords found (in order), first gloss of each
    ['ひきあげる', ['引きあげる', '引き上げる', '引上げる'], 'to pull up'],
    ['引上げる', ['引上げる'], 'to pull up'],
    ['うまい', ['上手い', '巧い', '旨い', '美味い'], 'skillful'],
    ['美味い', ['美味い'], 'skillful'],
    ['取組む', ['取組む'], 'to grapple with'],
    ['とりくむ', ['取り組む', '取組む'], 'to grapple with'],
    ['こども', ['子ども', '子供'], 'child'],
    ['日本', ['日本', '日本'], 'Japan'],
    ['にっぽん', ['日本'], 'Japan'],
  ])('%s reads the same entries as the full text', (key, headwords, gloss) => {
    const entries = shared.lookup(key);
    expect(entries.map((e) => e.headword)).toEqual(headwords);
    for (const e of entries) expect(e.senses[0]?.glosses[0]).toBe(gloss);
    expect(entries).toEqual(plain.lookup(key));
  });

  it('refuses senses that would read as a reference', () => {
    expect(() => shareRepeatedSenses([['語', 'ご', '', '', `${SENSES_REFERENCE}1`]])).toThrow(/reference/);
  });
});

describe("ENAMDICT senses without the tags column's repeat", () => {
  const text = [
    'header',
    'あいはら友子 [あいはらともこ] /(h) Aihara Tomoko (1954.7-)/',
    'アキバ /(p) (colloquial shortening of) Akihabara/',
    'アキレス /(c,s) Achilles/',
    'アスク /(s) Aske/(c) Ask Corporation/',
    'ローソン /(c) Lawson (convenience store)/(s) Lawson/Rawson/Rowthon/',
    'ジョー・バイデン /Joe Biden (1942.11.20-; US politician)/',
    '舩後 [ふなご] /(s) Funago/',
    '',
  ].join('\n');
  // Every kanji name asked about is kept (for its reading only, without English).
  const { rows } = compileEnamdict(text, [], '', () => true);
  const names = new Names(packed(rows));

  it.each([
    // surface, senses column as stored, senses as read
    ['あいはら友子', 'Aihara Tomoko (1954.7-)', [{ tags: ['h'], english: ['Aihara Tomoko (1954.7-)'] }]],
    // What follows the tags starts with '(': stored whole, so it cannot read as a left-out prefix.
    [
      'アキバ',
      '(p) (colloquial shortening of) Akihabara',
      [{ tags: ['p'], english: ['(colloquial shortening of) Akihabara'] }],
    ],
    ['アキレス', 'Achilles', [{ tags: ['c', 's'], english: ['Achilles'] }]],
    // The first sense's tags are not the whole tags column: stored whole.
    [
      'アスク',
      '(s) Aske/(c) Ask Corporation',
      [
        { tags: ['s'], english: ['Aske'] },
        { tags: ['c'], english: ['Ask Corporation'] },
      ],
    ],
    [
      'ローソン',
      '(c) Lawson (convenience store)/(s) Lawson/Rawson/Rowthon',
      [
        { tags: ['c'], english: ['Lawson (convenience store)'] },
        { tags: ['s'], english: ['Lawson', 'Rawson', 'Rowthon'] },
      ],
    ],
    // Untagged: nothing to leave out, and nothing put back.
    ['ジョー・バイデン', 'Joe Biden (1942.11.20-; US politician)', []],
    // Kept for its reading: no senses, and none put back.
    ['舩後', '', []],
  ])('%s', (surface, stored, senses) => {
    expect(rows.find((r) => r[0] === surface)?.[3]).toBe(stored);
    expect(names.lookup(surface).map((e) => e.senses)).toEqual([senses]);
  });

  it("refuses a tagged name whose senses do not start with '('", () => {
    expect(() => compileEnamdict('header\nアスク /Aske/(c) Ask Corporation/\n', [])).toThrow(/must start/);
  });
});
