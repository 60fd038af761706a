import type { Morph } from '../morph';
import type { ReadingRule } from './rule-types';

/**
 * 日本: news says にほん; にっぽん survives in fixed names. IPADIC often has にっぽん, inside words
 * too (日本人 ニッポンジン, 東日本 ヒガシニッポン), so besides the rules for the word 日本 there is a
 * respelling of every word that contains it.
 */
export const NIPPON_NAMES: readonly string[] = [
  '日本銀行',
  '日本放送協会',
  '日本武道館',
  '日本郵便',
  '日本体育大学',
];

const NIPPON_FOLLOWERS = ['銀行', '武道館', '放送協会', '郵便', '体育大学'];

export const NIHON_RULES: readonly ReadingRule[] = [
  {
    word: '日本',
    reading: 'にっぽん',
    when: { next: { surface: NIPPON_FOLLOWERS } },
    why: 'fixed names: 日本銀行, 日本武道館',
  },
  { word: '日本', reading: 'にほん', why: 'news reads 日本 にほん' },
];

export function preferNihon(morphs: readonly Morph[]): Morph[] {
  let out: Morph[] | undefined;
  for (let i = 0; i < morphs.length; i++) {
    const m = morphs[i]!;
    const respell =
      !m.decided &&
      m.reading?.includes('にっぽん') &&
      m.surface.includes('日本') &&
      !NIPPON_NAMES.includes(m.surface);
    if (respell && !out) out = morphs.slice(0, i);
    if (out) out.push(respell ? { ...m, reading: m.reading!.replace('にっぽん', 'にほん') } : m);
  }
  return out ?? (morphs as Morph[]);
}
