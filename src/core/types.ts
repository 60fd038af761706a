/**
 * Shared data shapes of the pure core. Nothing here touches the DOM or browser globals, so the same
 * pipeline runs in the extension's tokenizer host and in the Node CLI.
 */

/** One morpheme, reduced from kuromoji's IPADIC token to what the core needs. Offsets are UTF-16. */
export interface Token {
  surface: string;
  start: number;
  /** Reading in katakana as IPADIC gives it; undefined for unknown words. */
  reading: string | undefined;
  /** Part of speech (品詞) and its three sub-levels, '*' where IPADIC has none. */
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  /** Dictionary form (基本形), '*' when unknown. */
  basic: string;
  conjugatedForm: string;
  known: boolean;
}

/** Synchronous tokenizer: kuromoji's in the extension and CLI, a table in some tests. */
export type Tokenize = (text: string) => Token[];

/** A ruby annotation: `reading` (hiragana) goes over text.slice(start, end) === base. */
export interface RubySpan {
  start: number;
  end: number;
  base: string;
  reading: string;
  /** Dictionary form of the span's word (読んだ → 読む): known words are matched by it. */
  lemma?: string;
  /**
   * Learner level of the word (its hardest kanji, see core/furigana/kanji-level.ts): school grade
   * 1–6, 7 secondary, 8 beyond; JLPT 5 (N5) … 1 (N1), 0 beyond. Absent without KANJIDIC.
   */
  grade?: number;
  jlpt?: number;
  /** The reading is not spelt by its kanji's readings (今日 きょう, 大人 おとな): learnt as a word. */
  irregular?: boolean;
  /** Set by the background from the reader's known words (never by the pipeline): hide in known mode. */
  known?: boolean;
}

/** Kinds of glossary term, declared once: the CLI contract, the dictionary build and the popup use them. */
export const TERM_KINDS = ['person', 'org', 'acronym', 'place', 'product', 'event', 'other'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** A glossary hit: a foreign name, acronym or organisation explained in place. */
export interface GlossaryTerm {
  start: number;
  end: number;
  surface: string;
  english: string;
  kind: TermKind;
  /** Japanese reading of the term where it has one (kanji names, katakana terms). */
  reading?: string;
  /** One-line description for the popup (role of a person, country of an agency…). */
  description?: string;
  /** Where the entry came from: 'news' (curated), 'enamdict', 'edict', 'romanised' (unverified). */
  source: string;
}

export interface Annotation {
  ruby: RubySpan[];
  terms: GlossaryTerm[];
}
