import { describe, expect, it } from 'vitest';
import type { WordLookup } from '../../src/core/glossary/glossary';
import type { GlossaryTerm } from '../../src/core/types';
import { dictionaryReading, fixTarget } from '../../src/content/reading-fix/fix-target';
import type { PageRuby } from '../../src/content/popup/text-at-point';

/** A page paragraph written with ruby as 漢字[かんじ] (each bracket is one ruby element over the kanji before it). */
function page(marked: string): { text: string; ruby: PageRuby[] } {
  let text = '';
  const ruby: PageRuby[] = [];
  for (const m of marked.matchAll(/([^[\]]+?)\[([^\]]+)\]|([^[\]]+)/g)) {
    if (m[3] !== undefined) {
      text += m[3];
      continue;
    }
    // The ruby's base is the kanji run at the end of the chunk before the bracket.
    const chunk = m[1]!;
    const base = /[\u4e00-\u9fff々]+$/.exec(chunk)![0];
    text += chunk.slice(0, chunk.length - base.length);
    ruby.push({ start: text.length, end: text.length + base.length, reading: m[2]! });
    text += base;
  }
  return { text, ruby };
}

function word(text: string, at: string, surface: string, headword: string, reading: string): WordLookup {
  const start = text.indexOf(at);
  return {
    start,
    end: start + surface.length,
    surface,
    entries: [
      {
        entry: { headword, reading, conjugation: [], common: true, senses: [] },
        ...(headword !== surface ? { deinflection: { dictionaryForm: headword, reasons: [] } } : {}),
      },
    ],
  };
}

function term(text: string, surface: string, reading?: string, kind: GlossaryTerm['kind'] = 'person') {
  const start = text.indexOf(surface);
  const t: GlossaryTerm = { start, end: start + surface.length, surface, english: 'x', kind, source: 'news' };
  if (reading) t.reading = reading;
  return { start, end: start + 1, surface: surface.slice(0, 1), entries: [], term: t } satisfies WordLookup;
}

const P1 = page('会議[かいぎ]が行[おこな]われる。日本[にほん]の会社[かいしゃ]');
const P2 = page('王[おう]毅[き]外相と5月[がつ]にクレバリー氏[し]');

describe('which word "Fix reading" corrects, and the reading it starts from', () => {
  it.each([
    [
      'a word whose ruby the pointer is on',
      P1,
      word(P1.text, '会議', '会議', '会議', 'かいぎ'),
      '会議',
      'かいぎ',
      true,
    ],
    [
      'the second kanji of a one-ruby word (lookup starts at 本): the whole word shown',
      P1,
      word(P1.text, '本', '本', '本', 'ほん'),
      '日本',
      'にほん',
      true,
    ],
    [
      'an inflected verb: the written form, read as ruby + the kana written',
      P1,
      word(P1.text, '行われる', '行われる', '行う', 'おこなう'),
      '行われる',
      'おこなわれる',
      true,
    ],
    [
      'a name term split into per-kanji ruby: the term, readings joined',
      P2,
      term(P2.text, '王毅', 'おう・き'),
      '王毅',
      'おうき',
      true,
    ],
    [
      'a digit without ruby: the dictionary reading instead (none for 5月 here)',
      P2,
      word(P2.text, '5月', '5月', '五月', 'ごがつ'),
      '5月',
      '',
      false,
    ],
  ])('%s', (_why, pg, lookup, surface, reading, shown) => {
    expect(fixTarget({ lookup, page: pg })).toEqual({ surface, reading, shown });
  });

  it.each([
    ['an acronym', term('CISAは', 'CISA', undefined, 'acronym')],
    ['a katakana name', term(P2.text, 'クレバリー')],
    ['a word without kanji', word('ひらがな', 'ひらがな', 'ひらがな', 'ひらがな', 'ひらがな')],
    ['a word longer than 30 characters', word('漢'.repeat(31), '漢', '漢'.repeat(31), '漢', 'かん')],
  ])('nothing to fix for %s', (_why, lookup) => {
    expect(fixTarget({ lookup, page: { text: lookup.surface, ruby: [] } })).toBeNull();
  });

  it('without page ruby (keyboard or no furigana) starts from the dictionary', () => {
    const lookup = word(P1.text, '行われる', '行われる', '行う', 'おこなう');
    expect(fixTarget({ lookup })).toEqual({ surface: '行われる', reading: 'おこなわれる', shown: false });
    expect(fixTarget({ lookup: term(P2.text, '王毅', 'おう・き') })).toEqual({
      surface: '王毅',
      reading: 'おう・き',
      shown: false,
    });
  });

  it.each([
    ['会議', '会議', 'かいぎ', 'かいぎ'],
    ['行われる', '行う', 'おこなう', 'おこなわれる'],
    ['食べた', '食べる', 'たべる', 'たべた'],
    ['勉強した', '勉強する', 'べんきょうする', 'べんきょうした'],
    ['行われる', '行う', 'おこない', null],
    ['書類', '書く', 'かく', null],
  ])('dictionary reading of %s from %s (%s) → %s', (surface, headword, reading, expected) => {
    expect(dictionaryReading(word(surface, surface, surface, headword, reading), surface)).toBe(expected);
  });
});
