/**
 * Reading rules as data. A rule names a word (its written surface, possibly spanning several
 * tokens) or a verb/adjective by its dictionary form, the reading to give it, an optional condition on
 * the neighbouring tokens, and why. Rules for one word are tried in table order; the first whose
 * condition holds wins, and a word no rule matches keeps the tokenizer's reading.
 */

/** A test on one neighbouring token. All given fields must hold. */
export interface MorphTest {
  /** The token is one of these surfaces. */
  surface?: readonly string[];
  /** The token's dictionary form is one of these (なる matches なっ, なり…). */
  basic?: readonly string[];
  /** Conjugated form (活用形) is one of these: 連用形 (食べ|方), 基本形 (食べる|方). */
  form?: readonly string[];
  /** Part of speech prefix, e.g. '名詞', '名詞-固有名詞', '助詞-格助詞'. */
  pos?: string;
  /** The token's surface ends with one of these (月 for ４月, 来月). */
  endsWith?: readonly string[];
  /** Script of the token's text: a number (digits, kanji numerals), kanji-led, or kana only. */
  script?: 'number' | 'kanji' | 'kana';
}

export interface RuleCondition {
  /** The token right before the word (undefined there = start of text). */
  prev?: MorphTest;
  /** The second token before the word. */
  prev2?: MorphTest;
  /** The token right after the word. */
  next?: MorphTest;
  /** The second token after the word. */
  next2?: MorphTest;
  /** Nothing is right before the word, or the token before is punctuation/a symbol. */
  atStart?: boolean;
  /** The token before is not this. */
  notPrev?: MorphTest;
  /** The token after is not this. */
  notNext?: MorphTest;
  /**
   * Some token earlier in the same clause passes. The clause reaches back to the last punctuation or
   * verb, so it holds the arguments of this word's predicate (会議を行った, 雪が降った).
   */
  inClauseBefore?: MorphTest;
  /** No token earlier in the same clause passes. */
  notInClauseBefore?: MorphTest;
  /** Some token within the next three passes. */
  soonAfter?: MorphTest;
  /** The word's own token passes (e.g. its part of speech). */
  self?: MorphTest;
}

interface RuleBase {
  when?: RuleCondition;
  /** Why this reading: the grammar or usage behind it, for readers of the table and of tests. */
  why: string;
}

/** A written word (one token or several) read as a whole. */
export interface WordRule extends RuleBase {
  word: string;
  /** Hiragana reading of the whole word. */
  reading: string;
}

/**
 * An inflecting word (verb, adjective) chosen by dictionary form: `stem` is the reading of its
 * kanji, the okurigana comes from the text (降り → ふ + り).
 */
export interface LemmaRule extends RuleBase {
  lemma: string;
  stem: string;
}

export type ReadingRule = WordRule | LemmaRule;
