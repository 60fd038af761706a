/**
 * The glossary engine: term detection, hover lookup, name readings and kanji readings over the
 * compiled dictionaries. Pure: the caller supplies the decompressed files (see src/tokenizer-host for the
 * Node and browser loaders), so the same code runs in the extension's background and in the CLI.
 */
import type { GlossaryTerm, Token } from '../types';
import type { CompiledFileId } from './compiled-files';
import { detectTerms } from './detect-terms';
import type { TermSources } from './term-sources';
import { Edict } from './edict';
import { kanjiAt, kanjiCardOf, type KanjiCard } from './kanji-card';
import { KanjiReadings, type KanjiInfo } from './kanji-readings';
import { Names, PLACE_TAGS } from './names';
import { NewsGlossary } from './news-glossary';
import { lookupWordAt, withoutTermDuplicates, type WordMatch } from './word-lookup';

export type { KanjiCard } from './kanji-card';

/** The decompressed compiled files (dicts/compiled/*.gz), one per COMPILED_FILES entry. */
export type GlossaryData = Record<CompiledFileId, Uint8Array>;

export interface WordLookup {
  /** The text the EDICT entries cover: text.slice(start, end). */
  start: number;
  end: number;
  surface: string;
  /** EDICT entries for the longest match, exact forms first, then deinflected ones. */
  entries: WordMatch[];
  /** The glossary term the offset is inside, if any (it may be longer than the EDICT match). */
  term?: GlossaryTerm;
  /** KANJIDIC's card for the hovered character when it is a kanji (shown on request). */
  kanji?: KanjiCard;
}

export interface Glossary {
  /** Foreign names, acronyms, organisations in the text → sorted, non-overlapping terms. */
  detectTerms(text: string, tokens: readonly Token[]): GlossaryTerm[];
  /** Hover lookup at a UTF-16 offset: the longest EDICT match starting there, and the term around it. */
  lookupAt(text: string, offset: number): WordLookup | null;
  /** Reading (hiragana) of a name from the curated glossary or ENAMDICT: 王毅 → おう・き. */
  nameReading(surface: string): string | undefined;
  /**
   * Every reading (kana) of the word or place written exactly `surface`: EDICT headwords and ENAMDICT
   * place and station names (鯨類 → [げいるい]). For compounds the tokenizer splits into pieces.
   */
  compoundReadings(surface: string): string[];
  /** KANJIDIC on (katakana) and kun (hiragana) readings of one kanji. */
  kanjiReadings(kanji: string): { on: string[]; kun: string[] } | undefined;
  /** Everything KANJIDIC2 says about one kanji that we ship (grade, JLPT, nanori, meanings). */
  kanjiInfo(kanji: string): KanjiInfo | undefined;
}

const isPlace = (tags: readonly string[]) => tags.some((t) => PLACE_TAGS.has(t));

/** How far around the hovered offset term detection looks (a term is never this long). */
const TERM_CONTEXT = 64;

const decoder = new TextDecoder('utf-8');

export function createGlossary(data: GlossaryData): Glossary {
  const sources: TermSources = {
    edict: new Edict(data.edictEntries, data.edictIndex),
    names: new Names(data.names),
    news: new NewsGlossary(decoder.decode(data.news)),
  };
  const kanji = new KanjiReadings(data.kanji);

  const termAt = (text: string, offset: number): GlossaryTerm | undefined => {
    // Detect on a window around the offset; the window starts at a line or sentence boundary when
    // one is near so a name is not cut in half.
    let from = Math.max(0, offset - TERM_CONTEXT);
    const cut = text.slice(from, offset).search(/[。\n]/);
    if (cut >= 0) from += cut + 1;
    const to = Math.min(text.length, offset + TERM_CONTEXT);
    const terms = detectTerms(sources, text.slice(from, to), []);
    const hit = terms.find((t) => t.start + from <= offset && offset < t.end + from);
    return hit ? { ...hit, start: hit.start + from, end: hit.end + from } : undefined;
  };

  return {
    detectTerms: (text, tokens) => detectTerms(sources, text, tokens),

    lookupAt(text, offset) {
      if (offset < 0 || offset >= text.length) return null;
      const match = lookupWordAt(sources, text, offset);
      const term = termAt(text, offset);
      const entries = withoutTermDuplicates(match?.matches ?? [], term);
      const ch = kanjiAt(text, offset);
      const info = ch ? kanji.info(ch) : undefined;
      if (entries.length === 0 && !term && !info) return null;
      const start = match && entries.length ? match.start : offset;
      const end = match && entries.length ? match.start + match.length : offset;
      return {
        start,
        end,
        surface: text.slice(start, end),
        entries,
        ...(term ? { term } : {}),
        ...(info ? { kanji: kanjiCardOf(info) } : {}),
      };
    },

    nameReading(surface) {
      for (const e of sources.news.entries(surface)) if (e.match === 'whole' && e.reading) return e.reading;
      const names = sources.names.lookup(surface).filter((n) => n.reading);
      // Prefer full names (h), then any entry; ENAMDICT lists the usual reading first.
      const best = names.find((n) => n.tags.includes('h')) ?? names[0];
      return best?.reading;
    },

    compoundReadings(surface) {
      const readings: string[] = [];
      const add = (r: string) => {
        if (r && !readings.includes(r)) readings.push(r);
      };
      for (const e of sources.edict.lookup(surface)) if (e.headword === surface) add(e.reading);
      for (const n of sources.names.lookup(surface)) if (isPlace(n.tags)) add(n.reading);
      return readings;
    },

    kanjiReadings(ch) {
      const info = kanji.info(ch);
      return info ? { on: info.on, kun: info.kun } : undefined;
    },

    kanjiInfo: (ch) => kanji.info(ch),
  };
}
