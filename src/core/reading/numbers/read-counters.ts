import { isKana } from '../../text/chars';
import { mergeMorphs, sliceMorph, type Morph } from '../morph';
import { counterRule, type CounterRule } from './counter-table';
import { nativeCountReading } from './native-counts';
import {
  geminate,
  hasKanjiNumeral,
  isFullWidthDigit,
  isNumeralText,
  numberTail,
  numeralCharReadings,
  numeralValue,
} from './numerals';

/**
 * Stage: numbers followed by counters. Decides the counter's reading from the number's ending
 * (３本 ぼん, ３分 ぷん), reads kanji numerals with their sound changes (三百 さんびゃく, 一回 いっかい),
 * and fuses digit + counter into one ruby where the count is a native word (１日 ついたち, ２人 ふたり).
 */
export function readCounters(input: readonly Morph[]): Morph[] {
  if (!input.some(mayStartCount)) return input as Morph[];
  const morphs = splitFusedCounts(input);
  const out: Morph[] = [];
  let i = 0;
  while (i < morphs.length) {
    const m = morphs[i]!;
    if (!isNumberMorph(m)) {
      out.push(m);
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < morphs.length &&
      morphs[j]!.start === morphs[j - 1]!.end &&
      (isNumberMorph(morphs[j]!) || isMyriadAfterNumber(morphs[j]!))
    )
      j++;
    const counterMorph = morphs[j];
    const counter =
      counterMorph && counterMorph.start === morphs[j - 1]!.end ? matchCounter(counterMorph) : undefined;
    if (!counter) {
      // A bare number: kanji numerals still need their sound changes (三百 さんびゃく).
      out.push(...readNumeralMorphs(morphs.slice(i, j), undefined));
      i = j;
      continue;
    }
    out.push(...readCount(morphs, i, j, counter.rule, counter.rest));
    i = j + 1;
  }
  return out;
}

/** Only sentences with a number token or a fused count (５月) need this stage. */
function mayStartCount(m: Morph): boolean {
  const c = m.surface[0];
  return m.pos1 === '数' || (c !== undefined && (isFullWidthDigit(c) || KANJI_MONTH_DIGITS.includes(c)));
}

/** A number token: digits, kanji numerals, 何/数 standing for a number (IPADIC tags them 名詞-数). */
function isNumberMorph(m: Morph): boolean {
  return m.pos1 === '数' && isNumeralText(m.surface);
}

/** IPADIC tags 京 (10^16) as the city: after a number it is the myriad (３京 さんけい). */
function isMyriadAfterNumber(m: Morph): boolean {
  return m.surface === '京' || m.surface === '兆' || m.surface === '億' || m.surface === '万';
}

/** A counter morph: exactly a counter in the table, or a counter + kana that IPADIC fused (分の). */
function matchCounter(m: Morph): { rule: CounterRule; rest: string } | undefined {
  const exact = counterRule(m.surface);
  if (exact) return { rule: exact, rest: '' };
  for (let n = m.surface.length - 1; n > 0; n--) {
    const rule = counterRule(m.surface.slice(0, n));
    const rest = m.surface.slice(n);
    if (rule && [...rest].every(isKana)) return { rule, rest };
  }
  return undefined;
}

/**
 * IPADIC knows some counts as single words (５月/ゴガツ, １０月/ジュウガツ). News style rubies only the
 * counter (月=がつ), so split them into number + counter and let the counter stage read them.
 */
function splitFusedCounts(morphs: readonly Morph[]): Morph[] {
  let out: Morph[] | undefined;
  for (let i = 0; i < morphs.length; i++) {
    const m = morphs[i]!;
    const split = m.pos1 === '数' ? undefined : splitCount(m);
    if (split && !out) out = morphs.slice(0, i);
    if (out) out.push(...(split ?? [m]));
  }
  return out ?? (morphs as Morph[]);
}

const KANJI_MONTH_DIGITS = '一二三四五六七八九十';

function splitCount(m: Morph): Morph[] | undefined {
  const s = m.surface;
  // Cheap rejection first: almost no token starts with a numeral.
  if (s.length < 2 || (!isFullWidthDigit(s[0]!) && !KANJI_MONTH_DIGITS.includes(s[0]!))) return undefined;
  let n = 0;
  while (n < s.length && isFullWidthDigit(s[n]!)) n++;
  // Kanji months too (四月 しがつ): IPADIC reads them right, but the counter stage keeps them uniform.
  if (n === 0 && s.endsWith('月') && [...s.slice(0, -1)].every((c) => KANJI_MONTH_DIGITS.includes(c)))
    n = s.length - 1;
  if (n === 0 || n === s.length || !counterRule(s.slice(n))) return undefined;
  const num: Morph = { ...sliceMorph(m, 0, n, undefined), pos: '名詞', pos1: '数', pos2: '*', pos3: '*' };
  const ctr: Morph = {
    ...sliceMorph(m, n, m.surface.length, undefined),
    pos: '名詞',
    pos1: '接尾',
    pos2: '助数詞',
    pos3: '*',
  };
  return [num, ctr];
}

function readCount(
  morphs: readonly Morph[],
  first: number,
  counterIndex: number,
  rule: CounterRule,
  rest: string,
): Morph[] {
  const numberMorphs = morphs.slice(first, counterIndex);
  const counterMorph = morphs[counterIndex]!;
  const numeral = numberMorphs.map((m) => m.surface).join('');
  const tail = numberTail(numeral);
  const ctx = { morphs, first, counter: counterIndex };
  const native = nativeCountReading(rule.counter, numeralValue(numeral), ctx);
  if (native !== undefined) {
    // One ruby over number + counter (１日=ついたち); a fused remainder keeps its own reading
    // (１０日間: １０日=とおか + 間=かん).
    const counterEnd = rule.counter === '日間' ? 1 : rule.counter.length;
    const counterPart = sliceMorph(counterMorph, 0, counterEnd, undefined);
    const fused = mergeMorphs(
      [...numberMorphs, counterPart],
      native,
      `native count ${numeral}${rule.counter}`,
    );
    const remainder = counterMorph.surface.slice(counterEnd);
    if (!remainder) return [fused];
    const remainderReading = rule.counter === '日間' ? 'かん' + rest : rest;
    return [
      fused,
      {
        ...sliceMorph(counterMorph, counterEnd, counterMorph.surface.length, remainderReading),
        decided: 'counter remainder',
      },
    ];
  }
  const counterReading = isFraction(morphs, counterIndex, rule)
    ? 'ぶん'
    : tail
      ? (rule.after[tail] ?? rule.reading)
      : rule.reading;
  const readCounter: Morph = {
    ...counterMorph,
    reading: counterReading + rest,
    decided: `counter ${rule.counter}`,
  };
  return [...readNumeralMorphs(numberMorphs, rule), readCounter];
}

/** ３分の１ (one third): 分 is a fraction, read ぶん, when の and a number follow. */
function isFraction(morphs: readonly Morph[], counterIndex: number, rule: CounterRule): boolean {
  if (rule.counter !== '分') return false;
  const m = morphs[counterIndex]!;
  const next = morphs[counterIndex + 1];
  if (m.surface === '分の') return next !== undefined && isNumberMorph(next);
  const after = morphs[counterIndex + 2];
  return next?.surface === 'の' && after !== undefined && isNumberMorph(after);
}

/**
 * Kanji numerals get readings with their sound changes, per morph (digits stay bare: news style
 * leaves them without ruby). `rule` is the counter that follows, if any.
 */
function readNumeralMorphs(numberMorphs: readonly Morph[], rule: CounterRule | undefined): Morph[] {
  const numeral = numberMorphs.map((m) => m.surface).join('');
  if (!hasKanjiNumeral(numeral)) return [...numberMorphs];
  const charReadings = numeralCharReadings(numeral, (plain, tail) => {
    if (!rule) return plain;
    const special = rule.numberForms?.[tail];
    if (special) return special;
    return rule.geminating.includes(tail) ? geminate(plain) : plain;
  });
  const out: Morph[] = [];
  let k = 0;
  for (const m of numberMorphs) {
    const n = [...m.surface].length;
    const reading = charReadings.slice(k, k + n).join('');
    k += n;
    out.push(reading ? { ...m, reading, decided: 'kanji numeral' } : m);
  }
  return out;
}
