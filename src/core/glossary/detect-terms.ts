/**
 * Term detection: foreign names, acronyms and organisations in a text, as sorted, non-overlapping
 * GlossaryTerms. Matching runs on the raw text (folded for width), not on tokens, because kuromoji
 * splits katakana names inconsistently; tokens are only used to keep kanji matches on word
 * boundaries (王毅 yes, 女王毅然 no).
 *
 * Order of trust, per position: the curated news glossary; then, for katakana, ENAMDICT names that
 * are not ordinary EDICT words (or that a title such as 氏 or 外相 marks as a name); then, for
 * ・-joined or titled katakana no dictionary knows, a romanisation marked unverified. Latin
 * acronyms outside the curated list are reported only when EDICT has them (full-width, ＦＢＩ; the
 * Latin rules are in acronym-terms.ts).
 * A katakana/Latin unit (ワシントン・ポスト, スペースＸ) is read whole: a known part of an unknown whole
 * is never shown as the whole. Then the article's own definitions (article-definitions.ts) and what
 * it says about unknown people (name-context.ts) are added.
 */
import type { GlossaryTerm, Token } from '../types';
import {
  isKanji,
  isKatakanaLetter,
  isLatinAlnum,
  isNameSeparator,
  scriptOf,
  foldForMatching,
  insideUnit,
  tokenBoundaries,
  unitEnd,
} from './match-text';
import { acronymWithNumberAt, edictAcronymAt } from './acronym-terms';
import { applyDefinitions } from './article-definitions';
import { describeFromContext } from './name-context';
import { officeEndingAt, titleAt } from './name-titles';
import {
  englishFamilyName,
  GENERIC_FOLLOWERS,
  katakanaWords,
  ORG_SUFFIX,
  wordInfo,
  type WordInfo,
} from './name-words';
import { newsTermFields, type NewsEntry, type TermFields } from './news-glossary';
import type { TermSources } from './term-sources';
import { romaniseKatakanaWord } from './romanise-name';

/** Longest katakana/Latin unit read for terms (a long ・-joined name is ~30 characters). */
const MAX_UNIT = 80;

const FAMILY_NAME_NOTE = 'Family name; the article does not give the full name.';

const UNVERIFIED_NOTE = 'Unverified: romanised from the katakana; no dictionary lists this name.';

class Detector {
  private readonly norm: string;
  private readonly boundaries: Uint8Array | undefined;
  /** Curated people found whole in this text: their family names alone then refer to them. */
  readonly seenPeople = new Set<string>();
  /** Family names of people no list knows, named in full earlier in this text (ザクセンバウム). */
  private readonly namedEarlier = new Map<string, GlossaryTerm>();

  constructor(
    private readonly src: TermSources,
    private readonly text: string,
    tokens: readonly Token[],
  ) {
    this.norm = foldForMatching(text);
    this.boundaries = tokenBoundaries(tokens, text.length);
  }

  run(allowParts: boolean): GlossaryTerm[] {
    const terms: GlossaryTerm[] = [];
    const norm = this.norm;
    let i = 0;
    while (i < norm.length) {
      const script = scriptOf(norm[i]);
      if (script === 'other' || !this.startsWord(i, script)) {
        i++;
        continue;
      }
      if (script === 'katakana' || script === 'latin') {
        // A katakana/Latin unit is read whole: its terms must tile it (ワシントン・ポスト is not
        // Washington; ＧＰＴ－５ is not GPT; ソニー・パナソニック is two companies).
        const end = unitEnd(norm, i);
        // No name or list is this long; a longer unit (ア・ア・ア…) is skipped whole, which keeps the
        // word-by-word tiling linear.
        const unit = end - i <= MAX_UNIT ? this.unitTerms(i, end, allowParts) : [];
        terms.push(...unit);
        i = unit.length > 0 ? Math.max(end, unit[unit.length - 1]!.end) : end;
        continue;
      }
      const term = this.termAt(i, script, allowParts);
      if (term) {
        terms.push(term);
        i = term.end;
      } else i++;
    }
    return terms;
  }

  private termAt(i: number, script: string, allowParts: boolean): GlossaryTerm | undefined {
    const term = this.curatedAt(i, allowParts) ?? (allowParts ? this.fallbackAt(i, script) : undefined);
    return term && !this.insideLongerWord(term) ? term : undefined;
  }

  /**
   * The terms of the unit [start, end): terms that tile it word by word, one term that runs past its
   * end (ヨルダン川西岸), or a name followed by generic words (ボルト・タイフーン・ハッカー). Anything else
   * is an unknown whole whose known part must not be shown as if it were the whole: no terms.
   */
  private unitTerms(start: number, end: number, allowParts: boolean): GlossaryTerm[] {
    const out: GlossaryTerm[] = [];
    let pos = start;
    while (pos < end) {
      const term = this.termAt(pos, scriptOf(this.norm[pos]), allowParts);
      if (!term) {
        const last = out[out.length - 1];
        // A katakana office after a name: アブドルアジズ・エネルギー相 (the Energy Minister).
        const office =
          last?.kind === 'person' &&
          officeEndingAt(this.norm, end) > 0 &&
          !/[・＝]/.test(this.norm.slice(pos, end));
        return out.length > 0 && (office || this.genericWords(pos, end)) ? out : [];
      }
      out.push(term);
      if (term.end >= end) return term.end > end && out.length > 1 ? [] : out;
      if (!isNameSeparator(this.norm[term.end])) return [];
      pos = term.end + 1;
    }
    return out;
  }

  /** [from, end) is only generic ・-joined words that follow a name (ハッカー, グループ). */
  private genericWords(from: number, end: number): boolean {
    return this.norm
      .slice(from, end)
      .split(/[・＝]/)
      .every((w) => GENERIC_FOLLOWERS.has(w));
  }

  /**
   * A place or generic word that is only the start of a longer EDICT word (エボラ出血熱, ジカ熱) is
   * not that place: the kanji after it belong to the word.
   */
  private insideLongerWord(t: GlossaryTerm): boolean {
    if (t.kind !== 'place' && t.kind !== 'other') return false;
    if (!isKatakanaLetter(this.norm[t.end - 1]) || !isKanji(this.norm[t.end])) return false;
    for (let k = 1; k <= 3 && isKanji(this.norm[t.end + k - 1]); k++)
      if (this.src.edict.summary(this.text.slice(t.start, t.end + k)).inEdict) return true;
    return false;
  }

  private startsWord(i: number, script: string): boolean {
    if (script === 'katakana' || script === 'latin') return !insideUnit(this.norm, i);
    const prev = this.norm[i - 1];
    if (script === 'kanji') return !this.boundaries || this.boundaries[i] === 1 || !isKanji(prev);
    return true;
  }

  private endsWord(end: number): boolean {
    const last = this.norm[end - 1];
    const next = this.norm[end];
    const script = scriptOf(last);
    if (script === 'katakana') return !isKatakanaLetter(next);
    if (script === 'latin') return !isLatinAlnum(next) && !(next === '-' && isLatinAlnum(this.norm[end + 1]));
    if (script === 'kanji') return !this.boundaries || this.boundaries[end] === 1 || !isKanji(next);
    return true;
  }

  private term(start: number, end: number, fields: TermFields): GlossaryTerm {
    const t: GlossaryTerm = {
      start,
      end,
      surface: this.text.slice(start, end),
      english: fields.english,
      kind: fields.kind,
      source: fields.source,
    };
    if (fields.reading) t.reading = fields.reading;
    if (fields.description) t.description = fields.description;
    return t;
  }

  private newsTerm(start: number, end: number, e: NewsEntry, english = e.english): GlossaryTerm {
    return this.term(start, end, newsTermFields(e, this.text.slice(start, end), english));
  }

  /** Longest curated key at i that ends on a word boundary. */
  private curatedAt(i: number, allowParts: boolean): GlossaryTerm | undefined {
    const norm = this.norm;
    for (const key of this.src.news.keysAt(norm, i)) {
      if (!this.endsWord(i + key.length)) continue;
      const end = i + key.length;
      const entries = this.src.news.entries(key);
      const wholes = entries.filter((e) => e.match === 'whole');
      const whole = wholes.find((e) => this.seenPeople.has(e.id)) ?? wholes[0];
      if (whole) {
        if (whole.kind === 'person') this.seenPeople.add(whole.id);
        if (this.isEverydayWord(whole, i, end)) return undefined;
        return this.newsTerm(i, end, whole);
      }
      if (!allowParts) continue;
      const part = this.resolvePart(key, entries, end);
      if (part) {
        const term = this.newsTerm(i, end, part.entry, part.english);
        if (part.description) term.description = part.description;
        return term;
      }
    }
    if (scriptOf(norm[i]) !== 'latin') return undefined;
    const numbered = acronymWithNumberAt(this.src, norm, i);
    return numbered && this.term(i, numbered.end, numbered.fields);
  }

  /**
   * Places and generic terms that EDICT already explains (アメリカ, ウクライナ, 北京, ランサムウェア)
   * are left to the hover lookup: marking every country in an article would bury the names that
   * need explaining. Places no dictionary has (ガザ, キーウ, ヨルダン川西岸) stay glossary terms.
   * People, organisations, acronyms, products and events are always marked.
   */
  private isEverydayWord(e: NewsEntry, start: number, end: number): boolean {
    // Named treaties, prizes and peoples (パリ協定) are kind 'other' too, but not generic (GLOBAL).
    if (e.kind !== 'place' && !(e.kind === 'other' && e.region === 'GLOBAL')) return false;
    return this.src.edict.summary(this.text.slice(start, end)).inEdict;
  }

  /**
   * A family name alone (クレバリー): the person named whole earlier in the text, or, when a title
   * follows (クレバリー外相), the curated person(s) with that family name.
   */
  private resolvePart(
    key: string,
    entries: readonly NewsEntry[],
    end: number,
  ): { entry: NewsEntry; english: string; description?: string } | undefined {
    const parts = entries.filter((e) => e.match === 'part');
    const seen = parts.find((e) => this.seenPeople.has(e.id));
    if (seen && (!isKanji(key[0]) || titleAt(this.norm, end) > 0))
      return { entry: seen, english: seen.english };
    const first = parts[0];
    if (!first) return undefined;
    // A lone kanji family name (習) only after its full name has been seen: handled above.
    if (isKanji(key[0])) return undefined;
    // Unseen, a family name alone is a name only before a title (キム alone is too often someone
    // else), and it is only that family name: which person it is, only an earlier full name says.
    if (titleAt(this.norm, end) === 0) return undefined;
    const families = new Set(parts.map((e) => englishFamilyName(e.english)));
    if (families.size !== 1) return undefined;
    return { entry: first, english: [...families][0] as string, description: FAMILY_NAME_NOTE };
  }

  private fallbackAt(i: number, script: string): GlossaryTerm | undefined {
    if (script === 'katakana') return this.katakanaNameAt(i);
    if (script !== 'latin') return undefined;
    const acronym = edictAcronymAt(this.src, this.norm, i);
    return acronym && this.term(i, acronym.end, acronym.fields);
  }

  /** ENAMDICT names and unknown ・-joined or titled katakana names. */
  private katakanaNameAt(i: number): GlossaryTerm | undefined {
    const norm = this.norm;
    const spans = katakanaWords(norm, i);
    const infos = spans.map(([s, e]) => wordInfo(this.src, norm.slice(s, e), this.seenPeople));
    // Ordinary words after a name are not part of it (ボルト・タイフーン・ハッカー).
    const nameOf = (w: WordInfo) => w.partEnglish ?? w.personEnglish;
    // A common word (P) ends the name even when ENAMDICT also lists it as a surname (Hacker).
    const notPartOfName = (w: WordInfo) => w.inEdict && (!nameOf(w) || (w.common && !w.partEnglish));
    while (infos.length > 1 && notPartOfName(infos[infos.length - 1]!)) infos.pop();
    const end = spans[infos.length - 1]![1];
    const titled = titleAt(norm, end) > 0;
    const surface = norm.slice(i, end);

    if (infos.length === 1) {
      const earlier = this.namedEarlier.get(surface);
      if (earlier) return { ...earlier, start: i, end, surface: this.text.slice(i, end) };
      return this.singleKatakanaWord(i, end, infos[0]!, titled);
    }

    // Several ・-joined words: a person's name when every word is a name or unknown to EDICT.
    // Otherwise (an EDICT compound, a list such as ソニー・パナソニック) the words count one by one.
    const first = () => this.singleKatakanaWord(i, spans[0]![1], infos[0]!, false);
    if (
      this.src.edict.summary(surface).inEdict ||
      this.src.edict.summary(surface.replace(/[・＝]/g, '')).inEdict
    )
      return first();
    const nameLike = (w: WordInfo) => !!nameOf(w) || (!w.inEdict && !w.proper) || (titled && !w.common);
    if (!infos.every(nameLike)) return first();
    const romanised = infos.some((w) => !nameOf(w));
    // An unknown name followed by 紙, 社, 党… is a newspaper, company or party, not a person, and
    // a romanisation of it (ロサンゼルス・タイムズ紙) would be no English at all.
    if (romanised && ORG_SUFFIX.test(norm.slice(end, end + 2))) return undefined;
    const english = infos.map((w) => nameOf(w) ?? romaniseKatakanaWord(w.word)).join(' ');
    const person = this.term(i, end, {
      english,
      kind: 'person',
      description: romanised ? UNVERIFIED_NOTE : undefined,
      // The name as a whole is in no curated row even when a part is, so it is never 'news'.
      source: romanised ? 'romanised' : 'enamdict',
    });
    // Later, the family name alone is this person.
    this.namedEarlier.set(infos[infos.length - 1]!.word, person);
    return person;
  }

  /** One katakana word: an ENAMDICT name that is not an ordinary word, or a titled unknown name. */
  private singleKatakanaWord(i: number, end: number, w: WordInfo, titled: boolean): GlossaryTerm | undefined {
    // A company or product name beats a person reading of the same katakana unless a title
    // follows (ローソン: the convenience store; ローソン氏: a Mr Lawson).
    const business = w.proper && w.proper.kind !== 'place' && w.proper.kind !== 'other';
    if (w.proper && !w.inEdict && (!w.personEnglish || (business && !titled))) {
      return this.term(i, end, {
        english: w.proper.english,
        kind: w.proper.kind,
        description: w.proper.note || undefined,
        source: 'enamdict',
      });
    }
    // A curated family name alone was already judged by resolvePart; here only ENAMDICT speaks.
    if (w.personEnglish && (!w.inEdict || (titled && !w.common))) {
      return this.term(i, end, { english: w.personEnglish, kind: 'person', source: 'enamdict' });
    }
    if (w.proper && !w.inEdict) {
      return this.term(i, end, { english: w.proper.english, kind: w.proper.kind, source: 'enamdict' });
    }
    if (titled && !w.inEdict && !w.proper && w.word.length >= 2) {
      return this.term(i, end, {
        english: romaniseKatakanaWord(w.word),
        kind: 'person',
        description: UNVERIFIED_NOTE,
        source: 'romanised',
      });
    }
    return undefined;
  }
}

export function detectTerms(src: TermSources, text: string, tokens: readonly Token[]): GlossaryTerm[] {
  if (!text) return [];
  const detector = new Detector(src, text, tokens);
  // First pass: which curated people appear whole, so their family names alone resolve to them.
  detector.run(false);
  const norm = foldForMatching(text);
  // The article's own definitions (ＩＭＦ＝国際通貨基金) link acronyms and full names.
  const terms = applyDefinitions(src.edict, text, norm, detector.run(true));
  // People no list describes: what the article says about them (office, body).
  terms.forEach((t, k) => {
    if (t.kind !== 'person' || t.source === 'news') return;
    const said = describeFromContext(src.edict, text, norm, t, terms[k - 1]);
    if (said) t.description = t.description ? `${said}. ${t.description}` : said;
  });
  return terms;
}
