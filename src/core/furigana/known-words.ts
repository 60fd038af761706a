/**
 * Known words: the reader's words whose ruby is hidden. Matched by dictionary form (読んだ is known
 * when 読む is), so a list is a set of dictionary forms; a lookup is one Set.has per ruby span.
 */
import type { RubySpan } from '../types';

export const MAX_KNOWN_WORDS = 100_000;
export const MAX_KNOWN_WORD_LENGTH = 64;

/** The key a span is matched by: its word's dictionary form, or its text without one. */
export function knownKey(span: Pick<RubySpan, 'lemma' | 'base'>): string {
  return span.lemma ?? span.base;
}

export function isKnown(span: Pick<RubySpan, 'lemma' | 'base'>, known: ReadonlySet<string>): boolean {
  return known.has(knownKey(span));
}

export interface ParsedKnownWords {
  words: string[];
  /** 1-based numbers of lines that hold no usable word (too long, markup only). */
  skipped: number[];
}

/**
 * One word per line, as typed or pasted, or a text file Anki exports ("Notes in plain text": the
 * first tab-separated field is the word; `#` lines are its headers). Anki's furigana syntax
 * (読[よ]む) and HTML tags are removed so the word is its written form. Blank lines are ignored.
 */
export function parseKnownWords(text: string): ParsedKnownWords {
  const words = new Set<string>();
  const skipped: number[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const word = cleanWord(line.split('\t')[0]!);
    if (!word || word.length > MAX_KNOWN_WORD_LENGTH || words.size >= MAX_KNOWN_WORDS) {
      skipped.push(i + 1);
      continue;
    }
    words.add(word);
  }
  return { words: [...words], skipped };
}

function cleanWord(field: string): string {
  return field
    .replace(/^"(.*)"$/, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/ ?\[[^\]]*\]/g, '')
    .trim()
    .normalize('NFC');
}

/** The list as a file: one word per line, sorted, so an export imports back as the same set. */
export function formatKnownWords(words: Iterable<string>): string {
  return [...words].sort().join('\n') + '\n';
}
