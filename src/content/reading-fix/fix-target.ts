/**
 * Which word "Fix reading" corrects, and the reading to start the input with. No DOM here: it works
 * on the popup's context (the lookup, the paragraph's text and the ruby shown in it).
 */
import type { WordLookup } from '../../core/glossary/glossary';
import { isKana, isKanjiChar, toHiragana } from '../../core/text/chars';
import { fixReadingProblem, fixSurfaceProblem } from '../../shared/reading-fix-messages';
import type { PopupContext } from '../popup/popup-view';
import type { PageRuby } from '../popup/text-at-point';

export interface FixTarget {
  /** The word the correction is stored under (what the core matches on the page's text). */
  surface: string;
  /** What the input starts with: the reading the page shows, else the dictionary's, else ''. */
  reading: string;
  /** Whether `reading` is the one shown on the page (so saving it unchanged would change nothing). */
  shown: boolean;
}

type Page = NonNullable<PopupContext['page']>;

/** Where `surface` sits in the text: at `hint` when it is there, else the occurrence around `near`. */
function locate(text: string, surface: string, hint: number, near: number): number {
  if (text.startsWith(surface, hint)) return hint;
  for (let at = Math.max(0, near - surface.length + 1); at <= near; at++) {
    if (text.startsWith(surface, at)) return at;
  }
  return -1;
}

/**
 * The reading the page shows for text.slice(from, to): ruby readings, plus kana read as written.
 * Null when a part has no reading on the page (a kanji without ruby, a digit, a ruby that runs past
 * the word), so the caller falls back to the dictionary.
 */
function readingShown(page: Page, from: number, to: number): string | null {
  let out = '';
  let i = from;
  while (i < to) {
    const r: PageRuby | undefined = page.ruby.find((s) => s.start === i);
    if (r) {
      if (r.end > to) return null;
      out += r.reading;
      i = r.end;
      continue;
    }
    const ch = page.text[i]!;
    if (!isKana(ch)) return null;
    out += ch;
    i++;
  }
  return out || null;
}

/** The dictionary's reading of `surface`: the term's, the entry's, or the entry's stem + the kana written. */
export function dictionaryReading(lookup: WordLookup, surface: string): string | null {
  const kana = (r: string | undefined) => (r && fixReadingProblem(r) === null ? r : null);
  if (lookup.term) return kana(lookup.term.reading);
  const entry = lookup.entries[0]?.entry;
  if (!entry) return null;
  if (entry.headword === surface) return kana(entry.reading);
  // 行われる from 行う/おこなう: the kanji part of the headword keeps its reading (おこな), the kana
  // after it on the page are read as written (われる).
  let k = 0;
  while (k < entry.headword.length && isKanjiChar(entry.headword[k]!)) k++;
  const okurigana = toHiragana(entry.headword.slice(k));
  const rest = surface.slice(k);
  if (k === 0 || !surface.startsWith(entry.headword.slice(0, k)) || ![...rest].every(isKana)) return null;
  const reading = toHiragana(entry.reading);
  if (!reading.endsWith(okurigana) || reading.length === okurigana.length) return null;
  return kana(reading.slice(0, reading.length - okurigana.length) + rest);
}

/**
 * The word to correct and its current reading, or null when the popup's word has nothing to fix
 * (no kanji, too long).
 *
 * - A glossary term (a name like 王毅): the term's surface, as the glossary matched it.
 * - Any other word: the text as the page shows it, from the lookup (行われる, not the dictionary form
 *   行う), widened to the edges of the ruby it starts or ends inside (the pointer on 本 of 日本 looks
 *   up from 本; the word shown is 日本).
 *
 * Why an inflected verb keeps its whole written form (行われる) rather than the kanji stem the ruby
 * covers (行): the core applies a correction to whole tokens only, and the tokenizer never makes the
 * bare stem a token (行われる is 行わ|れる), so a fix stored under 行 would never show. Matching the
 * stem inside tokens instead would rewrite every verb written with that kanji (行く's 行き, 行った),
 * which is not what the reader corrected. The written form is always whole tokens, so the fix shows
 * here at once and on every page where that form appears; the input holds the reading of the whole
 * form (おこなわれる), the ruby plus the kana written after it, so what is typed is what is stored.
 */
export function fixTarget(ctx: Pick<PopupContext, 'lookup' | 'page'>): FixTarget | null {
  const { lookup, page } = ctx;
  let surface: string;
  let start = -1;
  if (lookup.term) {
    surface = lookup.term.surface;
    if (page) start = locate(page.text, surface, lookup.term.start, lookup.start);
  } else if (page && page.text.slice(lookup.start, lookup.end) === lookup.surface) {
    start = lookup.start;
    let end = lookup.end;
    for (const r of page.ruby) {
      if (r.start < start && start < r.end) start = r.start;
      if (r.start < end && end < r.end) end = r.end;
    }
    surface = page.text.slice(start, end);
  } else {
    surface = lookup.surface;
  }
  if (fixSurfaceProblem(surface) !== null) return null;
  const shown = page && start >= 0 ? readingShown(page, start, start + surface.length) : null;
  if (shown !== null) return { surface, reading: shown, shown: true };
  return { surface, reading: dictionaryReading(lookup, surface) ?? '', shown: false };
}
