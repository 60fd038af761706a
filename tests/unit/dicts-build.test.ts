import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEdictLine, compileEdict } from '../../dicts/build/compile-edict';
import { compileEnamdict, orderSpellings, parseEnamdictOverrides } from '../../dicts/build/compile-enamdict';
import { compileKanjidic2 } from '../../dicts/build/compile-kanjidic';
import { familyNameParts } from '../../dicts/build/compile-news';
import { parseCuratedTsv } from '../../dicts/build/curated-tsv';
import { gzipDeterministic, rowsToText } from '../../dicts/build/sorted-tsv';
import { Edict } from '../../src/core/glossary/edict';
import { Names } from '../../src/core/glossary/names';
import { packEdict } from '../../src/core/glossary/packed-tables';
import { encodePacked } from '../../src/core/glossary/packed-text';

/** A table as the hosts keep it (the packed encoding of the build's UTF-8 text). */
const utf8 = (s: string) => encodePacked(s);

describe('EDICT compilation', () => {
  it.each([
    [
      '呼ぶ [よぶ] /(v5b,vt) (1) to call out (to)/to call/(v5b,vt) (2) to summon/(P)/',
      ['呼ぶ', 'よぶ', 'v5b', 'P'],
    ],
    ['ハッカー /(n) (comp) hacker/(P)/', ['ハッカー', '', '', 'P']],
    ['高い [たかい] /(adj-i) (1) high/tall/', ['高い', 'たかい', 'adj-i', '']],
    ['勉強 [べんきょう] /(n,vs) study/', ['勉強', 'べんきょう', 'vs', '']],
  ])('%s', (line, [head, reading, conj, common]) => {
    const row = parseEdictLine(line);
    expect(row?.slice(0, 4)).toEqual([head, reading, conj, common]);
    expect(row?.[4]).not.toContain('(P)');
  });

  it('sorts entries by headword bytes and indexes readings of kanji headwords', () => {
    const text = [
      'header',
      '行う [おこなう] /(v5u,vt) to perform/(P)/',
      'あい /(n) love/',
      '愛 [あい] /(n) love/(P)/',
      '',
    ].join('\n');
    const tables = compileEdict(text);
    expect(tables.entries.map((r) => r[0])).toEqual(['あい', '愛', '行う']);
    const packed = packEdict(
      new TextEncoder().encode(rowsToText(tables.entries)),
      new TextEncoder().encode(rowsToText(tables.index)),
    );
    const edict = new Edict(packed.entries, packed.index);
    expect(edict.lookup('あい').map((e) => e.headword)).toEqual(['あい', '愛']);
    expect(edict.lookup('おこなう')[0]?.common).toBe(true);
    expect(edict.lookup('行う')[0]?.conjugation).toEqual(['v5u']);
    expect(edict.lookup('行')).toEqual([]);
    expect(edict.hasPrefix('行')).toBe(true);
  });
});

describe('ENAMDICT subset', () => {
  const text = [
    'header',
    'クレバリー /(u) Cleobury/',
    'ジェームズ /(m) James/Jaimz/',
    '華為 [ファーウェイ] /(c) Huawei/',
    '田中 [たなか] /(s) Tanaka/',
    '岸田文雄 [きしだふみお] /(h) Kishida Fumio (1957.7.29-)/',
    '',
  ].join('\n');
  const overrides = parseEnamdictOverrides('# comment\nクレバリー\ts\tCleverly/Cleobury\n');

  it('keeps the kanji names the readings engine asks for, with every reading of the surface, without English', () => {
    const asked: [string, readonly string[]][] = [];
    const { rows, kanjiNamesKept } = compileEnamdict(
      text + '田中 [でんちゅう] /(s) Denchuu/\n舩後 [ふなご] /(s) Funago/\n',
      [],
      '',
      (surface, readings) => {
        asked.push([surface, readings]);
        return readings.length === 1;
      },
    );
    expect(asked).toEqual([
      ['田中', ['たなか', 'でんちゅう']],
      ['舩後', ['ふなご']],
    ]);
    expect(kanjiNamesKept).toBe(1);
    expect(rows.find((r) => r[0] === '舩後')).toEqual(['舩後', 'ふなご', 's', '']);
    expect(rows.some((r) => r[0] === '田中')).toBe(false);
  });

  it('keeps katakana names, companies and full names, drops kanji surnames, applies overrides', () => {
    const { rows, overridden } = compileEnamdict(text, overrides);
    expect(rows.map((r) => r[0])).toEqual(['クレバリー', 'ジェームズ', '岸田文雄', '華為']);
    expect(overridden).toBe(1);
    const names = new Names(utf8(rowsToText(rows)));
    expect(names.lookup('クレバリー')[0]?.senses).toEqual([
      { tags: ['s'], english: ['Cleverly', 'Cleobury'] },
    ]);
    expect(names.lookup('ジェームズ')[0]?.senses[0]?.english).toEqual(['James', 'Jaimz']);
    expect(names.has('田中')).toBe(false);
  });
});

describe('ENAMDICT spelling order and removals', () => {
  it('puts the spelling whose words are most frequent first, keeping order on ties', () => {
    const counts = new Map([
      ['William', 70],
      ['Wiliam', 1],
      ['Lawson', 3],
    ]);
    expect(orderSpellings('(u) Wiliam/William', counts)).toBe('(u) William/Wiliam');
    expect(orderSpellings('(c) Lawson (store)/(s) Rawson/Lawson', counts)).toBe(
      '(c) Lawson (store)/(s) Lawson/Rawson',
    );
    expect(orderSpellings('(s) Abc/Def', counts)).toBe('(s) Abc/Def');
  });

  it("drops entries overridden with tag '-'", () => {
    const { rows, overridden } = compileEnamdict(
      'header\nシーア /(u) Sier/\nジョン /(m) John/\n',
      parseEnamdictOverrides('シーア\t-\tnot a name\n'),
    );
    expect(rows.map((r) => r[0])).toEqual(['ジョン']);
    expect(overridden).toBe(1);
  });
});

describe('KANJIDIC2 compilation', () => {
  it('keeps grade, JLPT, readings, English meanings and the stroke count', () => {
    const xml = `<kanjidic2><header><file_version>4</file_version><database_version>2022-1</database_version></header>
<character><literal>行</literal><misc><grade>2</grade><stroke_count>6</stroke_count><stroke_count>7</stroke_count><freq>20</freq><jlpt>4</jlpt></misc><reading_meaning><rmgroup>
<reading r_type="pinyin">xing2</reading><reading r_type="ja_on">コウ</reading><reading r_type="ja_on">ギョウ</reading>
<reading r_type="ja_kun">い.く</reading><meaning>going</meaning><meaning m_lang="fr">aller</meaning></rmgroup>
<nanori>ゆき</nanori></reading_meaning></character></kanjidic2>`;
    const { rows, header } = compileKanjidic2(xml);
    expect(header).toContain('2022-1');
    expect(rows).toEqual([['行', '2', '4', 'コウ ギョウ', 'い.く', 'ゆき', 'going', '6']]);
  });
});

describe('curated TSV reading and family names', () => {
  it('reads the header after comments and maps cells by column name', () => {
    const f = parseCuratedTsv('x.tsv', '# c\nsurfaces\tenglish\n王毅|ワン・イー\tWang Yi\n');
    expect(f.columns).toEqual(['surfaces', 'english']);
    expect(f.rows[0]).toEqual({
      line: 3,
      fields: { surfaces: '王毅|ワン・イー', english: 'Wang Yi' },
      cellCount: 2,
    });
  });

  it.each([
    [['ジェームズ・クレバリー', 'クレバリー'], 'UK', ['クレバリー']],
    [['習近平'], 'CN', ['習']],
    [['キム・ジョンウン'], 'KP', []],
    [['尹錫悦', 'ユン・ソンニョル'], 'KR', ['尹']],
  ])('%j (%s) → %j', (surfaces, region, parts) => {
    expect(familyNameParts(surfaces, region)).toEqual(parts);
  });
});

describe('npm run dicts', () => {
  it('gzips deterministically', () => {
    expect(gzipDeterministic('a\tb\n').equals(gzipDeterministic('a\tb\n'))).toBe(true);
  });

  it('says clearly that the Debian dictionaries are missing and exits non-zero', () => {
    const root = join(import.meta.dirname, '..', '..');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'dicts/build/build-dicts.ts'], {
      cwd: root,
      env: { ...process.env, YOMITOKI_EDICT_DIR: '/nonexistent-edict-dir' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not found/);
    expect(r.stderr).toMatch(/apt-get install -y edict enamdict kanjidic/);
  }, 30_000);
});
