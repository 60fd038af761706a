/**
 * The Anki note fields of a vocabulary item, as HTML. Shared by the Anki TSV export and the
 * AnkiConnect client so a card looks the same whichever way it reached Anki.
 */
import { alignFurigana } from '../../reading/align-furigana';
import { isAllKana } from '../../text/chars';
import type { RubySpan } from '../../types';
import { normalizeTags, type VocabItem } from '../model';
import { escapeHtml, textToHtml } from './html';

export const ANKI_FIELD_NAMES = [
  'Expression',
  'Reading',
  'Furigana',
  'Meaning',
  'Sentence',
  'SentenceFurigana',
  'Source',
  'Tags',
] as const;
export type AnkiFieldName = (typeof ANKI_FIELD_NAMES)[number];
export type AnkiFields = Record<AnkiFieldName, string>;

/** Characters that would break Anki's `base[reading]` syntax if they were inside a base. */
const UNSAFE_BASE_RE = /[\s[\]<>&"']/;

/**
 * The word in Anki's furigana syntax: each kanji run carries its reading, okurigana stay bare
 * (取[と]り 組[く]み). Anki's furigana filter takes everything back to the previous space or `>` as
 * the base, so a kanji run that follows other text gets a space before it; the filter removes it.
 * When the reading cannot be split over the kanji, the whole word gets the reading.
 */
export function furiganaField(word: string, reading: string): string {
  if (!reading) return escapeHtml(word);
  const parts = alignFurigana(word, reading);
  if (parts === null) {
    return UNSAFE_BASE_RE.test(word) ? escapeHtml(word) : `${word}[${escapeHtml(reading)}]`;
  }
  let out = '';
  for (const part of parts) {
    if (part.reading === undefined) out += escapeHtml(part.text);
    else out += `${out ? ' ' : ''}${part.text}[${escapeHtml(part.reading)}]`;
  }
  return out;
}

/**
 * The reading as the word writes its kana: katakana stays katakana (パウエル → パウエル, not
 * ぱうえる; テレビ局 → テレビきょく), only kanji get hiragana. Stored readings are all hiragana (the
 * dictionary's), so the kana runs of the word are taken from the word itself.
 */
export function readingField(word: string, reading: string): string {
  if (!reading) return '';
  const parts = alignFurigana(word, reading);
  if (!parts || parts.some((p) => p.reading === undefined && !isAllKana(p.text))) {
    return escapeHtml(reading);
  }
  return escapeHtml(parts.map((p) => p.reading ?? p.text).join(''));
}

/** Where the word sits in the sentence: the stored offset if it still points at it, else a search. */
function highlightRange(item: VocabItem): { start: number; end: number } | null {
  const { sentence, surface, sentenceOffset } = item;
  if (surface && sentenceOffset !== undefined && sentence.startsWith(surface, sentenceOffset)) {
    return { start: sentenceOffset, end: sentenceOffset + surface.length };
  }
  for (const form of [surface, item.dictionaryForm]) {
    const at = form ? sentence.indexOf(form) : -1;
    if (at >= 0) return { start: at, end: at + form.length };
  }
  return null;
}

export function sentenceField(item: VocabItem): string {
  const range = highlightRange(item);
  if (!range) return textToHtml(item.sentence);
  const s = item.sentence;
  return `${textToHtml(s.slice(0, range.start))}<b>${textToHtml(s.slice(range.start, range.end))}</b>${textToHtml(s.slice(range.end))}`;
}

/**
 * The sentence in Anki's furigana syntax (` 漢字[かんじ]`, for `{{furigana:SentenceFurigana}}`), with
 * the word in bold like the Sentence field. `ruby` are the sentence's readings (from the tokenizer at
 * export time); without them the field is the plain sentence. A bold edge inside a ruby base moves to
 * the base's edge, so the base stays whole.
 */
export function sentenceFuriganaField(item: VocabItem, ruby: readonly RubySpan[] | undefined): string {
  const s = item.sentence;
  const spans = [...(ruby ?? [])]
    .filter((r) => r.start >= 0 && r.end <= s.length && r.start < r.end && r.reading)
    .sort((a, b) => a.start - b.start);
  const range = highlightRange(item);
  let bStart = range?.start;
  let bEnd = range?.end;
  for (const r of spans) {
    if (bStart !== undefined && r.start < bStart && bStart < r.end) bStart = r.start;
    if (bEnd !== undefined && r.start < bEnd && bEnd < r.end) bEnd = r.end;
  }
  let out = '';
  let i = 0;
  const text = (to: number) => {
    while (i < to) {
      const edge = [bStart, bEnd, to].filter((x): x is number => x !== undefined && x > i);
      const next = Math.min(...edge);
      out += textToHtml(s.slice(i, next));
      i = next;
      if (i === bStart) out += '<b>';
      if (i === bEnd) out += '</b>';
    }
  };
  if (bStart === 0) out += '<b>';
  for (const r of spans) {
    if (r.start < i) continue;
    text(r.start);
    const base = s.slice(r.start, r.end);
    if (UNSAFE_BASE_RE.test(base)) {
      text(r.end);
      continue;
    }
    // The filter takes the base back to the previous space or '>': a space marks where it starts.
    out += `${out && !out.endsWith('>') ? ' ' : ''}${base}[${escapeHtml(r.reading)}]`;
    i = r.end;
    if (i === bEnd) out += '</b>';
    if (i === bStart) out += '<b>';
  }
  text(s.length);
  return out;
}

/** Page title linked to the page. Only http(s) links become <a href>; anything else stays text. */
export function sourceField(item: Pick<VocabItem, 'pageTitle' | 'url'>): string {
  const title = item.pageTitle.trim() || item.url;
  // Single-quoted attribute (the URL's ' is escaped): keeps double quotes out of the field, so the
  // TSV row needs no quoting even for readers that split on tabs naively.
  if (/^https?:\/\//i.test(item.url)) return `<a href='${escapeHtml(item.url)}'>${textToHtml(title)}</a>`;
  return textToHtml(title);
}

/**
 * Tags as Anki gets them: whitespace-separated tokens (spaces inside a tag become underscores), with
 * the markup characters escaped. Card templates show {{Tags}} as HTML, so a tag saved from a page
 * (`<img onerror=…>`) must reach the card as text. Quotes stay: outside an attribute they are text.
 */
export function ankiTags(tags: readonly string[]): string[] {
  return normalizeTags(tags).map((t) => t.replace(/[&<>]/g, (c) => escapeHtml(c)));
}

export function tagsField(tags: readonly string[]): string {
  return ankiTags(tags).join(' ');
}

/** `sentenceRuby`: the sentence's readings, when the caller could get them from the tokenizer. */
export function ankiFields(item: VocabItem, sentenceRuby?: readonly RubySpan[]): AnkiFields {
  return {
    Expression: textToHtml(item.dictionaryForm),
    Reading: readingField(item.dictionaryForm, item.reading),
    Furigana: furiganaField(item.dictionaryForm, item.reading),
    Meaning: textToHtml(item.meaning),
    Sentence: sentenceField(item),
    SentenceFurigana: sentenceFuriganaField(item, sentenceRuby),
    Source: sourceField(item),
    Tags: tagsField(item.tags),
  };
}
