import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import type { Glossary } from '../../src/core/glossary/glossary';
import type { GlossaryTerm, Tokenize } from '../../src/core/types';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';

let glossary: Glossary;
let tokenize: Tokenize;

beforeAll(async () => {
  [glossary, tokenize] = await Promise.all([loadNodeGlossary(), loadNodeTokenizer()]);
}, 60_000);

const detect = (text: string): GlossaryTerm[] => glossary.detectTerms(text, tokenize(text));

describe('detectTerms: what is found, with which English', () => {
  const cases: { text: string; surface: string; english: RegExp; kind?: string; source?: string }[] = [
    // ・-joined names whole, and a family name alone.
    {
      text: '英国のジェームズ・クレバリー外相が',
      surface: 'ジェームズ・クレバリー',
      english: /^James Cleverly$/,
      kind: 'person',
    },
    { text: 'クレバリー氏は中国の', surface: 'クレバリー', english: /Cleverly/, kind: 'person' },
    // Half-width ･ between the parts.
    { text: 'ジェームズ･クレバリー外相', surface: 'ジェームズ･クレバリー', english: /^James Cleverly$/ },
    // Titles never hide a name.
    { text: 'バイデン氏は', surface: 'バイデン', english: /Biden/, kind: 'person' },
    { text: 'バイデン米大統領は', surface: 'バイデン', english: /Biden/ },
    { text: 'テイラー氏は言う', surface: 'テイラー', english: /Taylor/ },
    // Acronyms in half and full width, with numbers.
    {
      text: 'CISAは',
      surface: 'CISA',
      english: /Cybersecurity and Infrastructure Security Agency/,
      kind: 'acronym',
    },
    { text: 'ＣＩＳＡは', surface: 'ＣＩＳＡ', english: /Cybersecurity and Infrastructure Security Agency/ },
    { text: 'Ｇ７サミット', surface: 'Ｇ７', english: /Group of Seven/ },
    { text: 'G7サミット', surface: 'G7', english: /Group of Seven/ },
    { text: 'COP28で', surface: 'COP28', english: /Climate|Conference of the Parties/ },
    { text: 'ファーウェイと5Gに対する', surface: '5G', english: /fifth-generation/i },
    { text: '英国GCHQ長官', surface: 'GCHQ', english: /Government Communications Headquarters/ },
    // Kanji names from the curated list, with their Japanese reading.
    { text: '中国の王毅外相', surface: '王毅', english: /^Wang Yi$/, kind: 'person' },
    { text: '韓正副主席とも', surface: '韓正', english: /Han Zheng/ },
    // Organisations written in katakana.
    { text: 'ファイブ・アイズ安全保障連合', surface: 'ファイブ・アイズ', english: /^Five Eyes$/ },
    {
      text: '中国支援のボルト・タイフーン・ハッカー',
      surface: 'ボルト・タイフーン',
      english: /Volt Typhoon/,
    },
    // ENAMDICT for katakana names outside the curated list, with its English overridden where wrong.
    {
      text: 'アントニオ・グテレス事務総長',
      surface: 'アントニオ・グテレス',
      english: /Guterres/,
      kind: 'person',
    },
    // A middle initial inside a ・-joined name.
    {
      text: 'ジョン・F.ケネディ大統領',
      surface: 'ジョン・F.ケネディ',
      english: /^John F\. Kennedy$/,
      kind: 'person',
    },
    // ENAMDICT: a company name unless a title makes it a person.
    { text: 'ローソンで買った', surface: 'ローソン', english: /^Lawson$/, kind: 'org', source: 'enamdict' },
    { text: 'ローソン氏は', surface: 'ローソン', english: /^Lawson$/, kind: 'person', source: 'enamdict' },
    // An acronym outside the curated list that EDICT has in full width.
    { text: 'ＣＩＳ諸国', surface: 'ＣＩＳ', english: /Commonwealth of Independent States/, kind: 'acronym' },
    // An unknown katakana name marked by a title: romanised, unverified.
    { text: 'ザクセンバウム氏は', surface: 'ザクセンバウム', english: /^Zaksenbaum$/, source: 'romanised' },
  ];
  it.each(cases)('$text → $surface', ({ text, surface, english, kind, source }) => {
    const term = detect(text).find((t) => t.surface === surface);
    expect(term, JSON.stringify(detect(text))).toBeDefined();
    expect(text.slice(term!.start, term!.end)).toBe(surface);
    expect(term!.english).toMatch(english);
    if (kind) expect(term!.kind).toBe(kind);
    if (source) expect(term!.source).toBe(source);
  });

  it('takes a ・-joined list that is not one name word by word', () => {
    expect(detect('ソニー・パナソニック両社').map((t) => [t.surface, t.english, t.kind])).toEqual([
      ['ソニー', 'Sony', 'org'],
      ['パナソニック', 'Panasonic', 'org'],
    ]);
    expect(detect('コンテンツ・モデレーター')).toEqual([]);
  });

  it('marks romanised names as unverified', () => {
    const [term] = detect('ミハイル・ザクセンバウム氏');
    expect(term?.source).toBe('romanised');
    expect(term?.description).toMatch(/unverified/i);
  });

  it('gives kanji names their reading, and a lone family name the family part', () => {
    expect(detect('王毅外相')[0]?.reading).toBe('おう・き');
    const terms = detect('習近平国家主席は会談した。習主席は述べた。');
    expect(terms.map((t) => [t.surface, t.reading])).toEqual([
      ['習近平', 'しゅう・きんぺい'],
      ['習', 'しゅう'],
    ]);
  });
});

describe('detectTerms: what is not a term', () => {
  const negatives = [
    'サイバーセキュリティが最優先の議題',
    'ハッカーらによる',
    'パートナーからのコンテンツ',
    'セキュリティ',
    'テクノロジーチームが',
    'データコラボレーションの力',
    'コミュニケーションチャンネルの強化',
    'シンクタンク',
    'ベンダーとの契約',
    // Unknown upper-case Latin that EDICT does not list either.
    'READ  IBM',
    // Inside a longer katakana word, inside a kanji word, a kanji family name without its full name.
    'メタボリック',
    '女王毅然と',
    '習氏は',
    '学習主席',
  ];
  it.each(negatives)('%s', (text) => {
    const terms = detect(text).filter((t) => t.surface !== 'IBM');
    expect(terms).toEqual([]);
  });
});

describe('detectTerms on the seed article', () => {
  it('finds every name and acronym with the right English, sorted and non-overlapping', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
    const terms = detect(text);
    for (let k = 1; k < terms.length; k++) expect(terms[k]!.start).toBeGreaterThanOrEqual(terms[k - 1]!.end);
    for (const t of terms) expect(text.slice(t.start, t.end)).toBe(t.surface);
    const english = new Map<string, Set<string>>();
    for (const t of terms) english.set(t.surface, (english.get(t.surface) ?? new Set()).add(t.english));
    const expected: [string, RegExp][] = [
      ['ジェームズ・クレバリー', /^James Cleverly$/],
      ['クレバリー', /Cleverly/],
      ['王毅', /^Wang Yi$/],
      ['韓正', /^Han Zheng$/],
      ['ファイブ・アイズ', /^Five Eyes$/],
      ['ボルト・タイフーン', /^Volt Typhoon$/],
      ['ジェーン・イースタリー', /Easterly/],
      ['CISA', /Cybersecurity and Infrastructure Security Agency/],
      ['GCHQ', /Government Communications Headquarters/],
      ['ジェレミー・フレミング', /^Jeremy Fleming$/],
      ['ネクスペリア', /^Nexperia$/],
      ['ニューポート・ウェーファー・ファブ', /^Newport Wafer Fab$/],
      ['チャタム・ハウス', /^Chatham House$/],
      ['エミリー・テイラー', /^Emily Taylor$/],
      ['テイラー', /Taylor/],
      ['キャメロン', /Cameron/],
      ['オズボーン', /Osborne/],
      ['ファーウェイ', /^Huawei$/],
      ['5G', /fifth-generation/i],
      ['NISC', /Cybersecurity/],
      ['IBM', /International Business Machines/],
    ];
    for (const [surface, re] of expected) {
      const found = english.get(surface);
      expect(found, `${surface} not detected`).toBeDefined();
      for (const e of found!) expect(e, surface).toMatch(re);
    }
    // Common loanwords of the article are not terms.
    for (const word of [
      'サイバー',
      'サイバーセキュリティ',
      'セキュリティ',
      'ハッカー',
      'コンテンツ',
      'テクノロジー',
    ]) {
      expect(
        terms.some((t) => t.surface === word),
        word,
      ).toBe(false);
    }
  });
});

describe('detectTerms and lookupAt on arbitrary text', () => {
  it('never throw; terms are sorted, non-overlapping and match the text', async () => {
    const fc = await import('fast-check');
    const pieces = [
      'ジェームズ',
      '・',
      'クレバリー',
      '氏',
      'CISA',
      'ＣＩＳＡ',
      'G7',
      '5G',
      '王毅',
      '習',
      '主席',
      'ー',
      '･',
      '＝',
      'A.',
      'ハッカー',
      '呼んだ',
      '\ud800',
      '😀',
      ' ',
      '。',
      'F',
      '9',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const terms = glossary.detectTerms(t, []);
        let prevEnd = 0;
        for (const term of terms) {
          if (
            term.start < prevEnd ||
            term.end <= term.start ||
            t.slice(term.start, term.end) !== term.surface
          )
            return false;
          prevEnd = term.end;
        }
        const r = glossary.lookupAt(t, t.length ? n % t.length : 0);
        return r === null || (r.start <= r.end && r.end <= t.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('places and generic words that EDICT explains are left to the hover lookup', () => {
  it.each([
    ['アメリカとイギリスが合意した', []],
    ['ウクライナ情勢について', []],
    ['ガザで停戦', ['ガザ']],
    ['キーウを訪問した', ['キーウ']],
    ['ランサムウェア攻撃', []],
  ])('%s → %j', async (text, expected) => {
    const g = await loadNodeGlossary();
    expect(g.detectTerms(text, []).map((t) => t.surface)).toEqual(expected);
  });
});
