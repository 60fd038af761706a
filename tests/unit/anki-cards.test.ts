/**
 * Cards that import the first time: the Yomitoki note type (created once through AnkiConnect), the
 * Anki TSV as Anki's documented header rules read it, readings in the word's own script, the
 * sentence with furigana from the real pipeline, and the "leave out known words" option.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnkiService } from '../../src/background/vocab/anki-service';
import { CURRENT_VOCAB_KEY, MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import { createNodeAnnotator } from '../../src/cli/node-annotator';
import type { RubySpan } from '../../src/core/types';
import {
  addOrUpdateItem,
  ankiFields,
  createEmptyDatabase,
  exportAnkiTsv,
  markKnown,
  NOTE_TYPE_FIELDS,
  YOMITOKI_DECK,
  YOMITOKI_NOTE_TYPE,
  type VocabDatabase,
} from '../../src/core/vocab/index';
import { readingField, sentenceFuriganaField } from '../../src/core/vocab/export/anki-fields';
import type { FetchLike } from '../../src/background/vocab/anki-connect';
import { ankiKana, ankiKanji, notesFor, readAsAnki } from '../helpers/anki-text-import';
import { startAnkiConnectServer, type AnkiConnectServer } from '../helpers/anki-connect-server';

const WORDS = [
  {
    surface: '取り組んだ',
    dictionaryForm: '取り組む',
    reading: 'とりくむ',
    sentence: '政府は問題に取り組んだ。',
  },
  {
    surface: 'パウエル',
    dictionaryForm: 'パウエル',
    reading: 'ぱうえる',
    sentence: 'パウエル議長が会見した。',
  },
  {
    surface: '外相',
    dictionaryForm: '外相',
    reading: 'がいしょう',
    sentence: '王毅外相は５月１日に来日した。',
  },
];

function database(): VocabDatabase {
  let db = createEmptyDatabase();
  WORDS.forEach((w, i) => {
    db = addOrUpdateItem(
      db,
      {
        ...w,
        meaning: `meaning ${i}`,
        notes: '',
        sentenceOffset: w.sentence.indexOf(w.surface),
        pageTitle: 'News',
        url: 'https://news.example/a',
        tags: ['news'],
      },
      { id: `i${i}`, now: `2026-01-0${i + 2}T00:00:00Z` },
    ).db;
  });
  return markKnown(db, 'i2', true);
}

let annotate: Awaited<ReturnType<typeof createNodeAnnotator>>;
beforeAll(async () => {
  annotate = await createNodeAnnotator();
}, 60_000);
const rubyOf = (sentence: string): RubySpan[] => annotate(sentence).ruby;

describe('readings keep the word’s script', () => {
  it.each([
    ['katakana word keeps katakana', 'パウエル', 'ぱうえる', 'パウエル'],
    ['katakana + kanji: only the kanji in hiragana', 'テレビ局', 'てれびきょく', 'テレビきょく'],
    ['kanji word in hiragana', '外相', 'がいしょう', 'がいしょう'],
    ['okurigana', '取り組む', 'とりくむ', 'とりくむ'],
    ['Latin acronym keeps its reading', 'CISA', 'しさ', 'しさ'],
    ['no reading', 'ＮＡＴＯ', '', ''],
  ])('%s: %s', (_name, word, reading, expected) => {
    expect(readingField(word, reading)).toBe(expected);
  });
});

describe('sentence furigana (its own field, for {{furigana:SentenceFurigana}})', () => {
  it('Anki’s filters turn it back into the sentence and into its readings, word in bold', () => {
    const db = database();
    for (const item of db.items) {
      const field = sentenceFuriganaField(item, rubyOf(item.sentence));
      // {{kanji:}} gives the sentence as written, with the word bold like the Sentence field.
      expect(ankiKanji(field)).toBe(ankiFields(item).Sentence);
      expect(field).toMatch(/\[[ぁ-ゖー]+\]/);
    }
    const [first] = db.items;
    expect(ankiKana(sentenceFuriganaField(first!, rubyOf(first!.sentence)))).toBe(
      'せいふはもんだいに<b>とりくんだ</b>。',
    );
  });

  it('a bold edge inside a ruby base moves to the base’s edge (the base stays whole)', () => {
    const item = { ...database().items[0]!, surface: 'り組んだ', sentenceOffset: 7 };
    const field = sentenceFuriganaField(item, [{ start: 6, end: 8, base: '取り', reading: 'とり' }]);
    expect(field).toBe('政府は問題に<b>取り[とり]組んだ</b>。');
  });
});

describe('Anki TSV read by Anki’s header rules', () => {
  it('names the Yomitoki note type and deck; every column maps to a field of that note type', () => {
    const db = database();
    const ruby = new Map(db.items.map((i) => [i.id, rubyOf(i.sentence)]));
    const file = readAsAnki(exportAnkiTsv(db, { sentenceRuby: ruby }));
    expect(file.problems).toEqual([]);
    expect(file.meta).toMatchObject({
      separator: 'tab',
      html: 'true',
      notetype: YOMITOKI_NOTE_TYPE,
      deck: YOMITOKI_DECK,
    });
    const { notes, unmapped } = notesFor(file, NOTE_TYPE_FIELDS);
    expect(unmapped).toEqual([]);
    expect(notes).toHaveLength(db.items.length);
    notes.forEach((note, i) => {
      const item = db.items[i]!;
      const expected = ankiFields(item, ruby.get(item.id));
      for (const f of NOTE_TYPE_FIELDS) expect(note.fields[f]).toBe(expected[f]);
      expect(note.tags).toEqual(['news']);
    });
    expect(notes[1]!.fields.Reading).toBe('パウエル');
  });

  it('a BOM in front would hide the first header from Anki (so the TSV has none)', () => {
    const tsv = exportAnkiTsv(database());
    expect(tsv.startsWith('#separator:tab\n')).toBe(true);
    expect(readAsAnki(`\ufeff${tsv}`).meta.separator).toBeUndefined();
  });

  it('leaves out known words when asked', () => {
    const db = database();
    expect(readAsAnki(exportAnkiTsv(db)).rows).toHaveLength(3);
    const rows = readAsAnki(exportAnkiTsv(db, { excludeKnown: true })).rows;
    expect(rows.map((r) => r[0])).toEqual(['取り組む', 'パウエル']);
  });
});

describe('the Yomitoki note type through AnkiConnect', () => {
  const servers: AnkiConnectServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  async function setup() {
    const server = await startAnkiConnectServer();
    servers.push(server);
    const storage = new MemoryStorage({ [CURRENT_VOCAB_KEY]: database() });
    const anki = createAnkiService({
      store: new VocabStore(storage),
      settings: storage,
      hasPermission: () => Promise.resolve(true),
      fetch: fetch as unknown as FetchLike,
      url: server.url,
      sentenceRuby: async (sentences) => sentences.map(rubyOf),
    });
    return { server, anki };
  }

  it('is created once, on request, with furigana templates; a second request changes nothing', async () => {
    const { server, anki } = await setup();
    const first = await anki({ type: 'anki-create-note-type' });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(server.state.models[YOMITOKI_NOTE_TYPE]).toEqual([...NOTE_TYPE_FIELDS]);
    expect(server.state.decks).toContain(YOMITOKI_DECK);
    const [card] = server.state.templates[YOMITOKI_NOTE_TYPE]!.cards;
    expect(card!.Front).toContain('{{Expression}}');
    expect(card!.Back).toContain('{{furigana:Furigana}}');
    expect(card!.Back).toContain('{{furigana:SentenceFurigana}}');
    const again = await anki({ type: 'anki-create-note-type' });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(server.requests.filter((r) => r.action === 'createModel')).toHaveLength(1);
  });

  it('then sends unknown words to it, every field filled by its namesake, sentence with furigana', async () => {
    const { server, anki } = await setup();
    const made = await anki({ type: 'anki-create-note-type' });
    if (!made.ok) throw new Error(made.message);
    expect(Object.entries(made.settings.fieldMapping).every(([field, ours]) => field === ours)).toBe(true);
    const sent = await anki({ type: 'anki-send' });
    expect(sent).toMatchObject({ ok: true, added: 2 });
    const notes = server.state.notes;
    expect(notes.map((n) => n.fields.Expression)).toEqual(['取り組む', 'パウエル']);
    expect(notes[1]!.fields.Reading).toBe('パウエル');
    expect(ankiKana(notes[0]!.fields.SentenceFurigana!)).toBe('せいふはもんだいに<b>とりくんだ</b>。');
    expect(notes.every((n) => n.deckName === YOMITOKI_DECK && n.modelName === YOMITOKI_NOTE_TYPE)).toBe(true);
  });
});
