/**
 * The Yomitoki note type: the fields our Anki export fills (in the TSV's column order, without the
 * tags column) and one card, word on the front, reading, meaning and the sentence with furigana on
 * the back. AnkiConnect creates it once when the reader asks (Settings → Send to Anki); the TSV names
 * it in `#notetype:` so Anki's import preselects it and maps every column to its field by name.
 */
import { ANKI_FIELD_NAMES } from './anki-fields';

export const YOMITOKI_NOTE_TYPE = 'Yomitoki';
export const YOMITOKI_DECK = 'Yomitoki';

export const NOTE_TYPE_FIELDS = ANKI_FIELD_NAMES.filter((f) => f !== 'Tags');

const NOTE_TYPE_FRONT = [
  '<div class="word">{{Expression}}</div>',
  '{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}',
].join('\n');

const NOTE_TYPE_BACK = [
  '<div class="word">{{furigana:Furigana}}</div>',
  '<div class="reading">{{Reading}}</div>',
  '<hr id="answer">',
  '<div class="meaning">{{Meaning}}</div>',
  '{{#SentenceFurigana}}<div class="sentence">{{furigana:SentenceFurigana}}</div>{{/SentenceFurigana}}',
  '{{^SentenceFurigana}}{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}{{/SentenceFurigana}}',
  '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}',
].join('\n');

const NOTE_TYPE_CSS = `.card { font-family: "Hiragino Sans", "Noto Sans CJK JP", "IPAGothic", sans-serif;
  font-size: 22px; text-align: center; color: black; background: white; }
.nightMode .card, .card.nightMode { color: #eee; background: #222; }
.word { font-size: 2em; margin: 0.3em 0; }
.reading { color: #666; }
.meaning { margin: 0.6em 0; }
.sentence { font-size: 0.95em; margin-top: 0.8em; line-height: 2.2; }
.sentence b { color: #b4540a; }
.source { font-size: 0.6em; margin-top: 1em; color: #888; }
ruby rt { font-size: 0.5em; }`;

/** AnkiConnect's createModel parameters for the note type. */
export function createModelParams(): Record<string, unknown> {
  return {
    modelName: YOMITOKI_NOTE_TYPE,
    inOrderFields: [...NOTE_TYPE_FIELDS],
    css: NOTE_TYPE_CSS,
    isCloze: false,
    cardTemplates: [{ Name: 'Word', Front: NOTE_TYPE_FRONT, Back: NOTE_TYPE_BACK }],
  };
}
