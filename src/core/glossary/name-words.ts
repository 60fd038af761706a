/**
 * The words of a katakana name and what the dictionaries say about each (ENAMDICT person or proper
 * name, EDICT word, family name of a curated person), for the detector's name rules.
 */
import type { TermKind } from '../types';
import type { TermSources } from './term-sources';
import { isKatakanaLetter, isNameSeparator } from './match-text';
import { PERSON_TAGS, type NameEntry, type NameSense } from './names';

/** Kind of a term from ENAMDICT's tags. */
function kindOfNameTags(tags: readonly string[]): TermKind {
  if (tags.some((t) => t === 'c' || t === 'o')) return 'org';
  if (tags.includes('pr')) return 'product';
  if (tags.includes('ev')) return 'event';
  if (tags.some((t) => t === 'p' || t === 'st')) return 'place';
  if (tags.some((t) => PERSON_TAGS.has(t))) return 'person';
  return 'other';
}

/** "Newport (Britain)" → { english: 'Newport', note: 'Britain' }. */
function splitEnglish(s: string): { english: string; note: string } {
  const m = /^(.*?)\s*\(([^)]*)\)$/.exec(s);
  return m && m[1] ? { english: m[1], note: m[2] ?? '' } : { english: s, note: '' };
}

/** The family name in an English name: "Joe Biden" → Biden, "Martin Luther King Jr." → King. */
export function englishFamilyName(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, '')
    .split(/[\s,]+/)
    .filter((w) => w && !/^(Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  return words[words.length - 1] ?? name;
}

export interface WordInfo {
  word: string;
  /** English of the word as a person's name according to ENAMDICT. */
  personEnglish?: string;
  /** English family name when the word is the family name of a curated person (used inside longer names). */
  partEnglish?: string;
  /** An EDICT headword (an ordinary word, e.g. ハッカー). */
  inEdict: boolean;
  common: boolean;
  /** ENAMDICT entry that is not a person (place, company…), with its kind. */
  proper?: { english: string; note: string; kind: TermKind };
}

/** What the dictionaries say about one katakana word of a name. */
export function wordInfo(src: TermSources, word: string, seenPeople: ReadonlySet<string>): WordInfo {
  if (/^[A-Z]\.?$/.test(word)) return { word, personEnglish: word[0] + '.', inEdict: false, common: false };
  const info: WordInfo = { word, ...src.edict.summary(word) };
  // EDICT's first sense of a person's name (ピカソ "(person) Picasso") is a name, not a common word,
  // even when EDICT marks it (P): it may stand inside a longer name (パブロ・ピカソ).
  if (info.common && src.edict.lookup(word)[0]?.senses[0]?.tags.includes('person')) info.common = false;
  const parts = src.news.entries(word).filter((e) => e.match === 'part');
  const seenPart = parts.find((e) => seenPeople.has(e.id)) ?? parts[0];
  if (seenPart) info.partEnglish = englishFamilyName(seenPart.english);
  const senses: NameSense[] = src.names.lookup(word).flatMap((e: NameEntry) => e.senses);
  // ENAMDICT's unclassified entries include lower-case common nouns (レクサス: "lexus"): not names.
  const named = (s: NameSense) => /^[A-Z\u00c0-\u024f]/.test(s.english[0] ?? '');
  const person = senses.find((s) => s.tags.some((t) => PERSON_TAGS.has(t)) && named(s));
  if (person) {
    info.personEnglish = splitEnglish(person.english[0] ?? '').english;
  }
  const proper = senses.find((s) => !s.tags.some((t) => PERSON_TAGS.has(t)) && named(s));
  if (proper) {
    const { english, note } = splitEnglish(proper.english[0] ?? '');
    info.proper = { english, note, kind: kindOfNameTags(proper.tags) };
  }
  return info;
}

/** The words of the katakana run at i: ジェーン・イースタリー → [[i, i+4], [i+5, i+11]]. */
export function katakanaWords(norm: string, i: number): [number, number][] {
  const words: [number, number][] = [];
  let s = i;
  for (;;) {
    let e = s;
    while (isKatakanaLetter(norm[e])) e++;
    words.push([s, e]);
    if (!isNameSeparator(norm[e])) return words;
    // A middle initial: ジョージ・W・ブッシュ, ジョン・F.ケネディ.
    const initial = /^[A-Z]\.?[・＝]?/.exec(norm.slice(e + 1, e + 4))?.[0];
    if (initial && initial.length > 1 && isKatakanaLetter(norm[e + 1 + initial.length])) {
      const dot = norm[e + 2] === '.' ? 1 : 0;
      words.push([e + 1, e + 2 + dot]);
      s = e + 1 + initial.length;
      if (!isNameSeparator(norm[s - 1])) s = e + 2 + dot;
      continue;
    }
    if (isKatakanaLetter(norm[e + 1])) s = e + 1;
    else return words;
  }
}

/** Generic words a name can be followed by inside one ・-joined unit (ボルト・タイフーン・ハッカー). */
export const GENERIC_FOLLOWERS: ReadonlySet<string> = new Set([
  'ハッカー',
  'グループ',
  'チーム',
  'ファン',
  'ショック',
]);

/** Words after a name that make it an organisation: newspaper, magazine, company, agency, party… */
export const ORG_SUFFIX = /^(紙|誌|社|通信|党|軍|航空|銀行|大学|財団|協会|機構|研究所|グループ)/;
