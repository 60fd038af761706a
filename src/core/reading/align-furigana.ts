import { isDigitChar, isKana, isKanjiChar, toHiragana } from '../text/chars';
import { letterNames } from './latin-letter-names';

/** A piece of a word: kana/other text stands alone; kanji text carries its reading. */
export interface FuriganaPart {
  /** Offset of the part inside the word. */
  offset: number;
  text: string;
  /** Hiragana reading for a kanji part; undefined for okurigana and other text. */
  reading?: string;
}

type CharClass = 'kanji' | 'kana' | 'other';

function classify(ch: string): CharClass {
  if (isKanjiChar(ch)) return 'kanji';
  if (isKana(ch)) return 'kana';
  return 'other';
}

interface Run {
  offset: number;
  text: string;
  cls: CharClass;
}

/**
 * Split a word into runs of kanji and kana. Digits glued to kanji join the kanji run: their
 * reading is inseparable from the counter's (１日 = ついたち), so they are read as one base.
 */
function toRuns(word: string): Run[] {
  const runs: Run[] = [];
  for (const ch of word) {
    let cls = classify(ch);
    if (cls === 'other' && isDigitChar(ch)) cls = 'kanji';
    const last = runs[runs.length - 1];
    if (last && last.cls === cls) last.text += ch;
    else runs.push({ offset: last ? last.offset + last.text.length : 0, text: ch, cls });
  }
  return runs;
}

/**
 * One step of the alignment: a kanji run takes one or more characters of the reading; a kana run
 * or a Latin letter must match one of its spellings there (in order of preference).
 */
interface Step {
  run: number;
  spellings?: readonly (readonly string[])[];
}

/** Characters a kanji run may never take (they end a reading, as `.` in a regex). */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function spelledAt(reading: readonly string[], at: number, spelling: readonly string[]): boolean {
  if (at + spelling.length > reading.length) return false;
  for (let k = 0; k < spelling.length; k++) if (reading[at + k] !== spelling[k]) return false;
  return true;
}

/**
 * Match the steps against the whole reading, preferring for each step, from the left, the
 * shortest kanji reading and the first spelling — the order a backtracking search would try —
 * but in O(steps × reading × longest spelling): `fits[s][p]` says whether steps s… can read
 * exactly reading[p…], computed once from the right, and the walk from the left only takes
 * choices known to fit. Returns each kanji step's reading, or null when nothing fits.
 */
function matchSteps(steps: readonly Step[], reading: readonly string[]): Map<number, string> | null {
  const n = reading.length;
  const fits: Uint8Array[] = Array.from({ length: steps.length + 1 }, () => new Uint8Array(n + 1));
  fits[steps.length]![n] = 1;
  for (let s = steps.length - 1; s >= 0; s--) {
    const here = fits[s]!;
    const next = fits[s + 1]!;
    const spellings = steps[s]!.spellings;
    for (let p = n; p >= 0; p--) {
      if (spellings === undefined) {
        const take = p < n && !LINE_BREAK.test(reading[p]!);
        here[p] = take && (next[p + 1] === 1 || here[p + 1] === 1) ? 1 : 0;
      } else {
        here[p] = spellings.some((sp) => spelledAt(reading, p, sp) && next[p + sp.length] === 1) ? 1 : 0;
      }
    }
  }
  if (fits[0]![0] !== 1) return null;
  const captured = new Map<number, string>();
  let p = 0;
  for (let s = 0; s < steps.length; s++) {
    const { run, spellings } = steps[s]!;
    const next = fits[s + 1]!;
    if (spellings === undefined) {
      let q = p + 1;
      while (next[q] !== 1) q++;
      captured.set(run, reading.slice(p, q).join(''));
      p = q;
    } else {
      const sp = spellings.find((x) => spelledAt(reading, p, x) && next[p + x.length] === 1)!;
      p += sp.length;
    }
  }
  return captured;
}

/**
 * Distribute a word's reading over its kanji, leaving okurigana bare:
 * 取り組み + とりくみ → 取(と) り 組(く) み. Returns null when the reading cannot be aligned
 * with the kana of the word (then callers put one ruby over the whole word).
 */
export function alignFurigana(word: string, reading: string): FuriganaPart[] | null {
  const hira = toHiragana(reading);
  const runs = toRuns(word);
  if (!runs.some((r) => r.cls === 'kanji')) return runs.map((r) => ({ offset: r.offset, text: r.text }));
  // The common shapes need no regex: all kanji (日本), kanji + okurigana (食べる).
  const only = runs[0]!;
  if (runs.length === 1) return hira ? [{ offset: 0, text: only.text, reading: hira }] : null;
  const tail = runs[1]!;
  if (runs.length === 2 && only.cls === 'kanji' && tail.cls === 'kana') {
    const okurigana = toHiragana(tail.text);
    if (!hira.endsWith(okurigana) || hira.length <= okurigana.length) return null;
    return [
      { offset: 0, text: only.text, reading: hira.slice(0, hira.length - okurigana.length) },
      { offset: tail.offset, text: tail.text },
    ];
  }
  // Kanji runs take a share of the reading, kana runs must appear in it as written. Matching
  // the whole reading makes the split unique for the usual shapes (送り仮名 between kanji,
  // prefix/suffix kana). Latin letters inside a word (ＪＲ東日本) match their spelled-out names
  // and stay bare; other symbols (Ｘ線's digits, punctuation) have readings we cannot place: let
  // the caller decide.
  const steps: Step[] = [];
  for (const [i, r] of runs.entries()) {
    if (r.cls === 'kanji') steps.push({ run: i });
    else if (r.cls === 'kana') steps.push({ run: i, spellings: [Array.from(toHiragana(r.text))] });
    else {
      const letters = letterNames(r.text);
      if (letters === undefined) return null;
      for (const names of letters) steps.push({ run: i, spellings: names.map((x) => Array.from(x)) });
    }
  }
  const captured = matchSteps(steps, Array.from(hira));
  if (captured === null) return null;
  return runs.map((r, i) =>
    r.cls === 'kanji'
      ? { offset: r.offset, text: r.text, reading: captured.get(i) }
      : { offset: r.offset, text: r.text },
  );
}
