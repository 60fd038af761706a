import { hasKanji, isHiraganaReading, isKanjiChar, toHiragana } from '../../text/chars';
import { NIPPON_NAMES } from '../context/prefer-nihon';
import { mergeMorphs, type Morph } from '../morph';

/** Every reading a dictionary gives the word written `surface` (empty or undefined: not a headword). */
export type CompoundReadingsLookup = (surface: string) => readonly string[] | undefined;

/** Longest compound tried, in tokens and in characters (EDICT compounds are rarely longer). */
const MAX_COMPOUND_MORPHS = 4;
const MAX_COMPOUND_CHARS = 8;

/**
 * Can this token be part of a compound noun? Nouns, prefixes (接頭詞) and suffixes (名詞,接尾) with
 * kanji, the pieces IPADIC splits an unknown compound into. Numbers and counters are left to the
 * counters stage; pronouns and dependent nouns (こと, ため) are grammar, not parts of a word; particles
 * and verb forms end the run, so a compound never swallows a sentence's grammar.
 */
function isCompoundPiece(m: Morph): boolean {
  if (m.decided || !hasKanji(m.surface)) return false;
  if (m.pos === '接頭詞') return true;
  if (m.pos !== '名詞') return false;
  return m.pos1 !== '数' && m.pos1 !== '代名詞' && m.pos1 !== '非自立' && m.pos2 !== '助数詞';
}

/** The one reading the dictionary gives, in hiragana, or undefined when it gives none or several. */
function soleReading(readings: readonly string[] | undefined): string | undefined {
  if (!readings || readings.length === 0) return undefined;
  const first = toHiragana(readings[0]!);
  for (let k = 1; k < readings.length; k++) if (toHiragana(readings[k]!) !== first) return undefined;
  return isHiraganaReading(first) ? first : undefined;
}

/**
 * Stage: compounds the dictionary knows as one word. IPADIC lacks many compounds (place and facility
 * names, rarer words) and reads their pieces one by one, each by its most frequent reading, which
 * misses the compound's own reading (鯨類 げいるい, not くじら+るい). Where two or more adjacent
 * compound pieces spell a dictionary headword that has exactly one reading, and IPADIC's reading of
 * the pieces differs from it, the span becomes one word with the dictionary's reading. The longest
 * headword wins; a headword with several readings (研究所 けんきゅうしょ/じょ) keeps IPADIC's, and so
 * does one whose reading changes a common word of several kanji inside it (`keepsWordReadings`).
 * Runs after the names stage (names IPADIC tagged as such keep the name data's reading) and before
 * the user's corrections.
 */
export function readDictionaryCompounds(morphs: readonly Morph[], lookup: CompoundReadingsLookup): Morph[] {
  let out: Morph[] | undefined;
  let i = 0;
  while (i < morphs.length) {
    const found = isCompoundPiece(morphs[i]!) ? longestCompoundAt(morphs, i, lookup) : undefined;
    if (found === undefined) {
      out?.push(morphs[i]!);
      i++;
      continue;
    }
    out ??= morphs.slice(0, i);
    if (found.morph) out.push(found.morph);
    else for (let k = i; k < found.next; k++) out.push(morphs[k]!);
    i = found.next;
  }
  return out ?? (morphs as Morph[]);
}

/**
 * The longest headword starting at `i`: `morph` is the merged word when its reading replaces IPADIC's,
 * undefined when IPADIC's pieces stay (same reading, or the dictionary is not sure); `next` is where
 * the scan continues (past the headword either way: its pieces are not words of their own there).
 */
function longestCompoundAt(
  morphs: readonly Morph[],
  i: number,
  lookup: CompoundReadingsLookup,
): { morph: Morph | undefined; next: number } | undefined {
  let j = i;
  let chars = morphs[i]!.surface.length;
  while (j + 1 < morphs.length && j - i + 1 < MAX_COMPOUND_MORPHS) {
    const next = morphs[j + 1]!;
    if (next.start !== morphs[j]!.end || !isCompoundPiece(next)) break;
    if (chars + next.surface.length > MAX_COMPOUND_CHARS) break;
    chars += next.surface.length;
    j++;
  }
  for (let last = j; last > i; last--) {
    const span = morphs.slice(i, last + 1);
    let surface = '';
    for (const m of span) surface += m.surface;
    const readings = cachedReadings(lookup, surface);
    if (readings.length === 0) continue;
    const reading = soleReading(readings);
    if (reading === undefined) return { morph: undefined, next: last + 1 };
    const dictionary = preferNihon(surface, reading);
    const ipadic = span.every((m) => m.reading !== undefined)
      ? preferNihon(surface, span.map((m) => m.reading).join(''))
      : undefined;
    if (ipadic === dictionary || !keepsWordReadings(span, dictionary))
      return { morph: undefined, next: last + 1 };
    return { morph: mergeMorphs(span, dictionary, `dictionary compound ${surface}`), next: last + 1 };
  }
  return undefined;
}

/** 日本 compounds follow the にほん rule like every other 日本 (a dictionary may list にっぽん). */
function preferNihon(surface: string, reading: string): string {
  return surface.includes('日本') && !NIPPON_NAMES.includes(surface)
    ? reading.replace('にっぽん', 'にほん')
    : reading;
}

// News repeats its compounds, and each run of nouns asks for several spans: the host's lookup is a
// binary search plus parsing, so answers are memoised per lookup function (bounded).
const caches = new WeakMap<CompoundReadingsLookup, Map<string, readonly string[]>>();
const CACHE_LIMIT = 20_000;
const NONE: readonly string[] = [];

function cachedReadings(lookup: CompoundReadingsLookup, surface: string): readonly string[] {
  let cache = caches.get(lookup);
  if (!cache) caches.set(lookup, (cache = new Map()));
  let hit = cache.get(surface);
  if (hit === undefined) {
    hit = lookup(surface) ?? NONE;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(surface, hit);
  }
  return hit;
}

/** Voiced forms a kana takes at the start of a later element of a compound (rendaku): か → が, は → ば/ぱ. */
function rendaku(ch: string): string {
  const c = ch.charCodeAt(0);
  // か…ぢ rows: the voiced kana follows its plain one (か が き ぎ … ち ぢ), つ/て/と likewise.
  if ((c >= 0x304b && c <= 0x3061 && c % 2 === 1) || c === 0x3064 || c === 0x3066 || c === 0x3068) {
    const voiced = String.fromCharCode(c + 1);
    return ch === 'ち' ? '[ちぢじ]' : ch === 'つ' ? '[つづず]' : `[${ch}${voiced}]`;
  }
  // は ひ ふ へ ほ: plain, voiced, half-voiced.
  if (c >= 0x306f && c <= 0x307b && (c - 0x306f) % 3 === 0) {
    return `[${ch}${String.fromCharCode(c + 1)}${String.fromCharCode(c + 2)}]`;
  }
  return ch;
}

/**
 * Does the dictionary's reading keep the reading IPADIC gives each piece of two or more kanji? In a
 * compound, a word of several kanji keeps its reading apart from the compound sound changes: voicing
 * of its first kana when it is not the first element (会社 → 航空がいしゃ) and a final く/き/ち/つ
 * turning into っ before the next element (三角 → 三角形 さんかっけい). IPADIC's piecewise misses come
 * from single kanji (on or kun reading) and from proper nouns, whose reading IPADIC guesses (a
 * surname inside a place name): those pieces may read anything. A dictionary reading that rewrites a
 * common word of several kanji is more likely a different word or a dictionary slip (EDICT has such
 * slips, a long vowel dropped) than a better reading.
 */
function keepsWordReadings(span: readonly Morph[], reading: string): boolean {
  let pattern = '^';
  span.forEach((m, k) => {
    const r = m.reading;
    if (!r || m.pos1 === '固有名詞' || !isKanjiWord(m.surface) || r.length < 2 || !isHiraganaReading(r)) {
      pattern += '.+';
      return;
    }
    const first = r[0]!;
    const final = r[r.length - 1]!;
    const head = k > 0 ? rendaku(first) : first;
    const tail = k < span.length - 1 && 'くきちつ'.includes(final) ? `[${final}っ]` : final;
    pattern += head + r.slice(1, -1) + tail;
  });
  return new RegExp(pattern + '$').test(reading);
}

/** Two or more kanji and nothing else: a word with a reading of its own. */
function isKanjiWord(surface: string): boolean {
  if (surface.length < 2) return false;
  for (const ch of surface) if (!isKanjiChar(ch)) return false;
  return true;
}
