import type { Morph } from '../morph';

/**
 * Counts read with native Japanese numbers, where digit and counter fuse into one word and news
 * style puts one ruby over both: days of the month and spans of days (ふつか … とおか, はつか),
 * one and two people (ひとり, ふたり), twenty years of age (はたち).
 */

/** Native readings of day counts; every other day number is regular (１１日 じゅういちにち). */
const DAY_COUNT_READINGS: ReadonlyMap<number, string> = new Map([
  [2, 'ふつか'],
  [3, 'みっか'],
  [4, 'よっか'],
  [5, 'いつか'],
  [6, 'むいか'],
  [7, 'なのか'],
  [8, 'ようか'],
  [9, 'ここのか'],
  [10, 'とおか'],
  [14, 'じゅうよっか'],
  [20, 'はつか'],
  [24, 'にじゅうよっか'],
]);

const PERSON_COUNT_READINGS: ReadonlyMap<number, string> = new Map([
  [1, 'ひとり'],
  [2, 'ふたり'],
]);

/** Where a counted expression sits: the morphs before the number and after the counter. */
export interface CountContext {
  morphs: readonly Morph[];
  /** Index of the number's first morph. */
  first: number;
  /** Index of the counter's morph. */
  counter: number;
}

function isNumeric(m: Morph | undefined): boolean {
  return m !== undefined && m.pos1 === '数';
}

/**
 * Words after １日 that make it a span of one day (いちにち) rather than the first of a month:
 * １日中 (all day), １日で (in a day), １日か２日 (a day or two), １日も (even one day), １日当たり.
 */
const ONE_DAY_SPAN_NEXT = new Set([
  '中',
  'じゅう',
  'で',
  'か',
  'も',
  '当たり',
  'あたり',
  '平均',
  'ぶり',
  '以上',
  '以内',
  'おき',
  '目',
  '間',
  'だけ',
]);

/**
 * １日: ついたち (the 1st) in dates, いちにち (one day) when it measures time. A date follows a month
 * (４月１日, 来月１日) or stands alone as the news dateline (政府は１日、…); a span is followed by
 * words of quantity (１日で, １日中) or by a rate (１日に３回, １日２回).
 */
function readsOneDayAsSpan(ctx: CountContext): boolean {
  const before = ctx.morphs[ctx.first - 1];
  if (before && before.surface.endsWith('月')) return false;
  // News writes dates in digits; 一日 in kanji is one day (一日も早く, 一日一回).
  if (ctx.morphs[ctx.first]?.surface === '一') return true;
  const next = ctx.morphs[ctx.counter + 1];
  if (!next) return false;
  if (ONE_DAY_SPAN_NEXT.has(next.surface)) return true;
  if (isNumeric(next)) return true;
  if (next.surface === 'に' && isNumeric(ctx.morphs[ctx.counter + 2])) return true;
  return false;
}

/**
 * ２０歳: はたち for turning twenty (２０歳になる) and for this year's twenty-year-olds at coming-of-age
 * (ことし２０歳の人); counted ages stay さい (２０歳以上, ２０歳代, ２０歳の男性).
 */
function readsTwentyAsHatachi(ctx: CountContext): boolean {
  const next = ctx.morphs[ctx.counter + 1];
  const after = ctx.morphs[ctx.counter + 2];
  if (next?.surface === 'に' && after?.basic === 'なる') return true;
  const before = ctx.morphs[ctx.first - 1];
  return before !== undefined && (before.surface === 'ことし' || before.surface === '今年');
}

/** Reading of number + counter as one native word, or undefined when the count reads regularly. */
export function nativeCountReading(
  counter: string,
  value: number | undefined,
  ctx: CountContext,
): string | undefined {
  if (value === undefined) return undefined;
  if (counter === '日' || counter === '日間') {
    // １日間 is always a span (いちにちかん); a lone １日 may be a date.
    if (value === 1) return counter === '日' && !readsOneDayAsSpan(ctx) ? 'ついたち' : undefined;
    return DAY_COUNT_READINGS.get(value);
  }
  if (counter === '人') return PERSON_COUNT_READINGS.get(value);
  if ((counter === '歳' || counter === '才') && value === 20)
    return readsTwentyAsHatachi(ctx) ? 'はたち' : undefined;
  return undefined;
}
