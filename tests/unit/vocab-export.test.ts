import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  CSV_COLUMNS,
  SCHEMA_VERSION,
  addOrUpdateItem,
  ankiFields,
  createEmptyDatabase,
  createList,
  exportAnkiTsv,
  exportCsv,
  exportFile,
  exportFileName,
  exportJsonBackup,
  furiganaField,
  slugify,
  type NewVocabItem,
  type VocabDatabase,
  type VocabItem,
} from '../../src/core/vocab/index';
import { sentenceField, sourceField, tagsField } from '../../src/core/vocab/export/anki-fields';
import { escapeHtml, textToHtml } from '../../src/core/vocab/export/html';
import { parseCsv } from '../../src/core/vocab/csv/rfc4180';
import { ankiKana, ankiKanji, ankiRubyPairs, ankiTags, readAsAnki } from '../helpers/anki-text-import';

const NOW = '2026-11-25T09:00:00.000Z';

function item(overrides: Partial<VocabItem> = {}): VocabItem {
  return {
    id: 'x',
    surface: '取り組んだ',
    dictionaryForm: '取り組む',
    reading: 'とりくむ',
    meaning: 'to tackle',
    notes: '',
    sentence: '政府は問題に取り組んだ。',
    sentenceOffset: 6,
    pageTitle: 'NHK',
    url: 'https://www3.nhk.or.jp/news/',
    addedAt: NOW,
    updatedAt: NOW,
    listId: 'l',
    tags: [],
    known: false,
    ...overrides,
  };
}

// ---- fields ---------------------------------------------------------------------------------------

describe('furiganaField (Anki 漢字[かんじ] syntax)', () => {
  it.each([
    ['okurigana stay outside, space before a kanji after kana', '取り組み', 'とりくみ', '取[と]り 組[く]み'],
    ['katakana reading is written in hiragana', '取り組み', 'トリクミ', '取[と]り 組[く]み'],
    ['one kanji run', '日本', 'にほん', '日本[にほん]'],
    ['kana prefix', 'お茶', 'おちゃ', 'お 茶[ちゃ]'],
    ['verb', '食べる', 'たべる', '食[た]べる'],
    ['two runs', '見え隠れ', 'みえがくれ', '見[み]え 隠[がく]れ'],
    ['iteration mark', '人々', 'ひとびと', '人々[ひとびと]'],
    ['kana-only word has no brackets', 'ファーウェイ', 'ふぁーうぇい', 'ファーウェイ'],
    ['no reading', '経済', '', '経済'],
    ['reading that does not fit the kana: whole word', '取り組み', 'あいう', '取り組み[あいう]'],
    ['a spelled-out Latin letter stays bare', 'Ｘ線', 'えっくすせん', 'Ｘ 線[せん]'],
    [
      'symbols whose reading cannot be placed: whole word',
      'Ｃ＋＋言語',
      'しーぷらすぷらすげんご',
      'Ｃ＋＋言語[しーぷらすぷらすげんご]',
    ],
    ['a space would split the base: no brackets', 'A B', 'えーびー', 'A B'],
    ['HTML characters are escaped', 'A&B', 'えーあんどびー', 'A&amp;B'],
  ])('%s: %s', (_n, word, reading, expected) => {
    expect(furiganaField(word, reading)).toBe(expected);
  });

  it.each([
    ['取り組み', 'とりくみ'],
    ['お茶', 'おちゃ'],
    ['見え隠れ', 'みえがくれ'],
    ['日本', 'にほん'],
    ['申し込む', 'もうしこむ'],
    ['Ｃ＋＋言語', 'しーぷらすぷらすげんご'],
  ])('Anki renders %s back to its word and reading', (word, reading) => {
    const field = furiganaField(word, reading);
    expect(ankiKanji(field)).toBe(word);
    expect(ankiKana(field).replace(/ /g, '')).toBe(reading);
  });

  it('each kanji run gets exactly its own reading in Anki', () => {
    expect(ankiRubyPairs(furiganaField('取り組み', 'とりくみ'))).toEqual([
      ['取', 'と'],
      ['組', 'く'],
    ]);
  });
});

describe('HTML fields', () => {
  it('escapes every HTML-special character and turns line breaks into <br>', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(textToHtml('a\r\nb\nc\rd\te')).toBe('a<br>b<br>c<br>d&#9;e');
  });

  it.each([
    ['stored offset', item(), '政府は問題に<b>取り組んだ</b>。'],
    ['stale offset falls back to a search', item({ sentenceOffset: 0 }), '政府は問題に<b>取り組んだ</b>。'],
    [
      'no offset: search for the surface',
      item({ sentenceOffset: undefined }),
      '政府は問題に<b>取り組んだ</b>。',
    ],
    [
      'surface absent: dictionary form',
      item({ surface: '取り組め', sentence: '取り組むべきだ', sentenceOffset: undefined }),
      '<b>取り組む</b>べきだ',
    ],
    [
      'word not in the sentence: no highlight',
      item({ sentence: '別の文。', sentenceOffset: undefined }),
      '別の文。',
    ],
    [
      'sentence HTML is escaped around the highlight',
      item({ surface: 'R&D', sentence: '<p>R&D\n"x"</p>', sentenceOffset: 3 }),
      '&lt;p&gt;<b>R&amp;D</b><br>&quot;x&quot;&lt;/p&gt;',
    ],
  ])('Sentence: %s', (_n, it_, expected) => {
    expect(sentenceField(it_)).toBe(expected);
  });

  it.each([
    [
      'title linked, URL attribute escaped',
      { pageTitle: 'A "B" <C>', url: "https://x.jp/?a=1&b='2'" },
      "<a href='https://x.jp/?a=1&amp;b=&#39;2&#39;'>A &quot;B&quot; &lt;C&gt;</a>",
    ],
    [
      'no title: the URL is the text',
      { pageTitle: ' ', url: 'https://x.jp/' },
      "<a href='https://x.jp/'>https://x.jp/</a>",
    ],
    ['file URL: not a link', { pageTitle: 'Local', url: 'file:///tmp/a.html' }, 'Local'],
    ['no URL', { pageTitle: 'Book', url: '' }, 'Book'],
  ])('Source: %s', (_n, source, expected) => {
    expect(sourceField(source)).toBe(expected);
  });

  it('Tags: space separated, inner spaces become underscores', () => {
    expect(tagsField(['news', 'my tag', '  two  words ', 'news'])).toBe('news my_tag two_words');
  });

  it.each([
    ['a tag that is an element', ['<img src=x onerror=alert(1)>'], '&lt;img_src=x_onerror=alert(1)&gt;'],
    ['a closing tag and an entity', ['</div>&amp;'], '&lt;/div&gt;&amp;amp;'],
    ['quotes stay text', ['say"hi"'], 'say"hi"'],
  ])('Tags: markup is escaped (%s)', (_n, tags, expected) => {
    expect(tagsField(tags)).toBe(expected);
    expect(tagsField(tags)).not.toMatch(/[<>]/);
  });
});

// ---- Anki TSV -----------------------------------------------------------------------------------------

function sampleDb(extra: NewVocabItem[] = []): VocabDatabase {
  let db = createEmptyDatabase({ now: NOW, id: 'default' });
  db = createList(db, 'ニュース 2026', { now: NOW, id: 'news' }).db;
  const add = (input: NewVocabItem, id: string) => {
    db = addOrUpdateItem(db, input, { now: NOW, id }).db;
  };
  add(
    {
      surface: '取り組んだ',
      dictionaryForm: '取り組む',
      reading: 'とりくむ',
      meaning: 'to tackle;\n"deal" with <sth> & more',
      sentence: '政府は問題に取り組んだ。',
      sentenceOffset: 6,
      pageTitle: 'NHK "ニュース"',
      url: 'https://www3.nhk.or.jp/news/html/a.html?x=1&y=2',
      tags: ['news', 'N2 level'],
      listId: 'news',
    },
    'a',
  );
  add(
    { surface: '#MeToo', reading: 'みーつー', meaning: 'tab\there, comma, "quote"', sentence: '#MeToo運動' },
    'b',
  );
  add({ surface: '=SUM(A1)', reading: '', meaning: '-1', notes: '@note\nline 2' }, 'c');
  extra.forEach((input, i) => add(input, `e${i}`));
  return db;
}

describe('exportAnkiTsv', () => {
  it('starts with the headers Anki reads, in order, and no BOM', () => {
    const tsv = exportAnkiTsv(sampleDb(), { deckName: 'Japanese\nNews' });
    expect(tsv.split('\n').slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Yomitoki',
      '#deck:Japanese News',
      '#columns:Expression\tReading\tFurigana\tMeaning\tSentence\tSentenceFurigana\tSource\tTags',
      '#tags column:8',
    ]);
    expect(tsv.charCodeAt(0)).toBe('#'.charCodeAt(0));
    expect(tsv.endsWith('\n')).toBe(true);
  });

  it('writes one row per item whose fields are the Anki fields (golden row built from the rules)', () => {
    const db = sampleDb();
    const tsv = exportAnkiTsv(db, { listId: 'news' });
    const rows = tsv.split('\n').filter((l) => l && !l.startsWith('#'));
    const expected = [
      '取り組む',
      'とりくむ',
      '取[と]り 組[く]む',
      'to tackle;<br>&quot;deal&quot; with &lt;sth&gt; &amp; more',
      '政府は問題に<b>取り組んだ</b>。',
      // Without the sentence's readings (no tokenizer here) the furigana sentence is the plain one.
      '政府は問題に<b>取り組んだ</b>。',
      "<a href='https://www3.nhk.or.jp/news/html/a.html?x=1&amp;y=2'>NHK &quot;ニュース&quot;</a>",
      'news N2_level',
    ].join('\t');
    expect(rows).toEqual([expected]);
  });

  it('reads back through an Anki-style reader: one note per item, every field intact', () => {
    const db = sampleDb([
      { surface: '引用', reading: 'いんよう', tags: ['say"hi"'], sentence: '"引用"\tです' },
      { surface: '改行', reading: 'かいぎょう', meaning: 'a\r\nb', sentence: 'x\ny' },
    ]);
    const { meta, rows } = readAsAnki(exportAnkiTsv(db));
    expect(meta).toMatchObject({ separator: 'tab', html: 'true', 'tags column': '8' });
    const columns = meta.columns!.split('\t');
    expect(rows).toHaveLength(db.items.length);
    rows.forEach((row, i) => {
      const fields = ankiFields(db.items[i]!);
      expect(row).toHaveLength(columns.length);
      columns.forEach((name, c) => expect(row[c]).toBe(fields[name as keyof typeof fields]));
      expect(ankiTags(row[7]!)).toEqual(db.items[i]!.tags);
    });
  });

  it('quotes a field that would start a comment line', () => {
    const tsv = exportAnkiTsv(sampleDb());
    expect(tsv).toContain('\n"#MeToo"\t');
  });

  it('refuses an unknown list', () => {
    expect(() => exportAnkiTsv(sampleDb(), { listId: 'zzz' })).toThrow(/No list/);
  });
});

// ---- CSV --------------------------------------------------------------------------------------------

describe('exportCsv', () => {
  it('is RFC 4180: header, CRLF records, quotes doubled, line breaks and commas quoted', () => {
    const csv = exportCsv(sampleDb(), { listId: 'news' });
    const records = csv.split('\r\n');
    expect(records[0]).toBe(`\ufeff${CSV_COLUMNS.join(',')}`);
    expect(records.at(-1)).toBe('');
    expect(csv).toContain('"to tackle;\r\n""deal"" with <sth> & more"'.replace('\r\n', '\n'));
    expect(csv).toContain(',"NHK ""ニュース""",');
  });

  it('starts with a BOM by default (Excel reads UTF-8 then); a switch leaves it out', () => {
    expect(exportCsv(sampleDb()).startsWith('\ufefflist,')).toBe(true);
    expect(exportCsv(sampleDb(), { bom: true }).startsWith('\ufefflist,')).toBe(true);
    expect(exportCsv(sampleDb(), { bom: false }).startsWith('list,')).toBe(true);
  });

  it('guards cells spreadsheets would run as formulas', () => {
    const parsed = parseCsv(exportCsv(sampleDb()));
    if (!parsed.ok) throw new Error(parsed.reason);
    const header = parsed.records[0]!.fields;
    const row = parsed.records.find((r) => r.fields.includes("'=SUM(A1)"))!.fields;
    expect(row[header.indexOf('meaning')]).toBe("'-1");
    expect(row[header.indexOf('notes')]).toBe("'@note\nline 2");
  });

  it('every value parses back to what was written, one record per item', () => {
    const db = sampleDb();
    const parsed = parseCsv(exportCsv(db, { bom: false }));
    if (!parsed.ok) throw new Error(parsed.reason);
    const [header, ...rows] = parsed.records;
    expect(header!.fields).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(db.items.length);
    const meaning = CSV_COLUMNS.indexOf('meaning');
    expect(rows[0]!.fields[meaning]).toBe(db.items[0]!.meaning);
    expect(rows[1]!.fields[meaning]).toBe('tab\there, comma, "quote"');
    expect(rows[0]!.fields[CSV_COLUMNS.indexOf('list')]).toBe('ニュース 2026');
  });
});

// ---- JSON ---------------------------------------------------------------------------------------------

describe('exportJsonBackup', () => {
  it('is complete and versioned', () => {
    let db = sampleDb();
    db = {
      ...db,
      knownWords: [{ dictionaryForm: '経済', reading: 'けいざい' }],
      readingCorrections: [{ surface: '間', reading: 'あいだ' }],
    };
    const backup = JSON.parse(exportJsonBackup(db, NOW));
    expect(backup).toEqual({
      format: BACKUP_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: NOW,
      lists: db.lists,
      items: db.items,
      knownWords: db.knownWords,
      readingCorrections: db.readingCorrections,
    });
  });
});

// ---- file names ---------------------------------------------------------------------------------------

describe('file names', () => {
  const day = new Date(2026, 10, 25, 23, 30); // local time: the user's evening stays the 25th

  it.each([
    ['ASCII is lower-cased, spaces become dashes', 'My Words', 'my-words'],
    ['Japanese letters stay', 'ニュース 単語', 'ニュース-単語'],
    ['characters illegal in file names are dropped', 'a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['control characters and dots', '..\u0000hidden.', 'hidden'],
    ['nothing left', '???', 'list'],
    ['long names are cut', 'あ'.repeat(80), 'あ'.repeat(40)],
  ])('slug: %s', (_n, name, expected) => {
    expect(slugify(name)).toBe(expected);
  });

  it.each([
    ['Default', 'anki-tsv', 'yomitoki-default-2026-11-25.tsv'],
    ['ニュース', 'csv', 'yomitoki-ニュース-2026-11-25.csv'],
    [undefined, 'json', 'yomitoki-all-2026-11-25.json'],
  ] as const)('%s as %s', (name, format, expected) => {
    expect(exportFileName(name, format, day)).toBe(expected);
  });

  it('exportFile bundles name, type and content', () => {
    const db = sampleDb();
    const file = exportFile(db, 'anki-tsv', { listId: 'news', date: day });
    expect(file.fileName).toBe('yomitoki-ニュース-2026-2026-11-25.tsv');
    expect(file.mimeType).toMatch(/^text\/tab-separated-values/);
    expect(file.content).toBe(exportAnkiTsv(db, { listId: 'news' }));
    const json = exportFile(db, 'json', { listId: 'news', date: day });
    expect(json.fileName).toBe('yomitoki-all-2026-11-25.json');
    expect(JSON.parse(json.content).items).toHaveLength(db.items.length);
    expect(exportFile(db, 'csv', { bom: true, date: day }).content.startsWith('\ufeff')).toBe(true);
  });
});
