import { toHiragana } from '../../text/chars';
import { kanjiReadingSets, type KanjiReadingsLookup } from '../lookups';

/**
 * Per-kanji ruby for a compound whose reading can be divided with certainty: every kanji gets one of
 * its KANJIDIC readings, allowing the two sound changes of compounds, and exactly one division
 * spells the whole reading. 航空会社 こうくうがいしゃ → こう|くう|がい|しゃ (rendaku か→が),
 * 学校 がっこう → がっ|こう (gemination). Anything else (今日 きょう, two possible divisions) keeps
 * one ruby over the word.
 */

const VOICED: Record<string, string[]> = {
  か: ['が'],
  き: ['ぎ'],
  く: ['ぐ'],
  け: ['げ'],
  こ: ['ご'],
  さ: ['ざ'],
  し: ['じ'],
  す: ['ず'],
  せ: ['ぜ'],
  そ: ['ぞ'],
  た: ['だ'],
  ち: ['ぢ', 'じ'],
  つ: ['づ', 'ず'],
  て: ['で'],
  と: ['ど'],
  は: ['ば', 'ぱ'],
  ひ: ['び', 'ぴ'],
  ふ: ['ぶ', 'ぷ'],
  へ: ['べ', 'ぺ'],
  ほ: ['ぼ', 'ぽ'],
};

/** Godan okurigana → its 連用形 (noun-forming) ending: 取る → 取り (取引 とりひき). */
const U_TO_I: Record<string, string> = {
  う: 'い',
  く: 'き',
  ぐ: 'ぎ',
  す: 'し',
  つ: 'ち',
  ぬ: 'に',
  ぶ: 'び',
  む: 'み',
  る: 'り',
};

const MAX_KANJI = 8;

/**
 * Readings a kanji can take inside a compound, before sound changes. `suffixes: false` leaves out the
 * suffix-only readings (人 -り, 日 -か): KANJIDIC lists them for the irregular words they occur in
 * (一人 ひとり, 二日 ふつか), so they do not make those words regular.
 */
function baseReadings(kanji: string, lookup: KanjiReadingsLookup, suffixes = true): Set<string> {
  const out = new Set<string>();
  const info = kanjiReadingSets(lookup, kanji);
  if (!info) return out;
  for (const on of info.on) {
    const r = toHiragana(on.replace(/-/g, ''));
    if (r) out.add(r);
  }
  for (const kun of info.kun) {
    if (!suffixes && kun.startsWith('-')) continue;
    const k = kun.replace(/-/g, '');
    const dot = k.indexOf('.');
    if (dot < 0) {
      if (k) out.add(k);
      continue;
    }
    const stem = k.slice(0, dot);
    const okuri = k.slice(dot + 1);
    out.add(stem);
    // 取り (とり) as in 取引, 受け (うけ) as in 受付: the stem plus the okurigana's noun form.
    const last = okuri.slice(-1);
    if (U_TO_I[last]) out.add(stem + okuri.slice(0, -1) + U_TO_I[last]);
    if (last === 'る' && okuri.length >= 2) out.add(stem + okuri.slice(0, -1));
  }
  return out;
}

/**
 * Readings with the sound changes a position allows: voicing when not first, っ when not last.
 * `elision`: also an on reading's final ち/つ dropped before another kanji (日本 に|ほん), a regular
 * change for deciding whether a word reads irregularly, too loose for dividing readings with certainty.
 */
function positionReadings(
  base: ReadonlySet<string>,
  first: boolean,
  last: boolean,
  elision = false,
): Set<string> {
  const out = new Set<string>();
  for (const r of base) {
    const forms = [r];
    if (!first) for (const v of VOICED[r[0]!] ?? []) forms.push(v + r.slice(1));
    for (const f of forms) {
      out.add(f);
      if (!last && f.length >= 2 && /[くきちつ]$/.test(f)) out.add(f.slice(0, -1) + 'っ');
      if (elision && !last && f.length >= 2 && /[ちつ]$/.test(f)) out.add(f.slice(0, -1));
    }
  }
  return out;
}

// Divisions are memoised per lookup (a different KANJIDIC table may divide differently).
const caches = new WeakMap<KanjiReadingsLookup, Map<string, readonly string[] | null>>();
const CACHE_LIMIT = 20_000;

/** Reading of each kanji of `word` (all kanji), or undefined when the division is not certain. */
export function splitCompound(
  word: string,
  reading: string,
  lookup: KanjiReadingsLookup,
): readonly string[] | undefined {
  const chars = [...word];
  if (chars.length < 2 || chars.length > MAX_KANJI) return undefined;
  let cache = caches.get(lookup);
  if (!cache) caches.set(lookup, (cache = new Map()));
  const key = `${word}\t${reading}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const result = divide(chars, toHiragana(reading), lookup);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result ?? null);
  return result;
}

/** Each kanji's readings at its position, or undefined when KANJIDIC lacks one of them. */
function positionOptions(
  chars: readonly string[],
  lookup: KanjiReadingsLookup,
  suffixes: boolean,
): Set<string>[] | undefined {
  const n = chars.length;
  const bases: Set<string>[] = [];
  for (let i = 0; i < n; i++) {
    // 々 repeats the kanji before it (人々 ひとびと: voiced like any non-first kanji).
    const ch = chars[i]!;
    bases.push(ch === '々' && i > 0 ? bases[i - 1]! : baseReadings(ch, lookup, suffixes));
    if (bases[i]!.size === 0) return undefined;
  }
  // Without suffix readings (the irregularity check), final ち/つ may also drop (positionReadings), and
  // a lone kanji may be voiced: it follows another word (一日中 → 中 じゅう).
  const lenient = !suffixes;
  return bases.map((b, i) => positionReadings(b, i === 0 && !(lenient && n === 1), i === n - 1, lenient));
}

/** Number of divisions of `reading` by the kanji's options, capped at 2. */
function divisionCounter(options: readonly Set<string>[], reading: string) {
  const n = options.length;
  const memo = new Map<number, number>();
  const count = (i: number, p: number): number => {
    if (i === n) return p === reading.length ? 1 : 0;
    const key = i * 1024 + p;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let total = 0;
    for (const r of options[i]!) {
      if (!reading.startsWith(r, p)) continue;
      total += count(i + 1, p + r.length);
      if (total >= 2) break;
    }
    memo.set(key, Math.min(total, 2));
    return Math.min(total, 2);
  };
  return count;
}

function divide(
  chars: readonly string[],
  reading: string,
  lookup: KanjiReadingsLookup,
): string[] | undefined {
  const n = chars.length;
  const options = positionOptions(chars, lookup, true);
  if (!options) return undefined;
  const count = divisionCounter(options, reading);
  if (count(0, 0) !== 1) return undefined;
  const parts: string[] = [];
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (const r of options[i]!) {
      if (reading.startsWith(r, p) && count(i + 1, p + r.length) === 1) {
        parts.push(r);
        p += r.length;
        break;
      }
    }
  }
  return parts;
}

const regularCaches = new WeakMap<KanjiReadingsLookup, Map<string, boolean>>();

/**
 * Whether `reading` of the kanji run `word` is spelt by its kanji's KANJIDIC readings (with the sound
 * changes of compounds): 学校 がっこう yes; 今日 きょう, 大人 おとな, 一人 ひとり, 下手 へた no — such
 * jukujikun and ateji must be learnt as words. A kanji KANJIDIC does not know, or a run too long to
 * check, counts as regular (nothing says otherwise).
 */
export function readsRegularly(word: string, reading: string, lookup: KanjiReadingsLookup): boolean {
  const chars = [...word];
  if (chars.length === 0 || chars.length > MAX_KANJI) return true;
  let cache = regularCaches.get(lookup);
  if (!cache) regularCaches.set(lookup, (cache = new Map()));
  const key = `${word}\t${reading}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const options = positionOptions(chars, lookup, false);
  const result = !options || divisionCounter(options, toHiragana(reading).replace(/・/g, ''))(0, 0) > 0;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
