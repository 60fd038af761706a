/**
 * A deterministic corpus for proving the compact IPADIC tokenizer equal to stock kuromoji, built
 * only from what every checkout has (so CI has it): the seed article's sentences; windows of it cut
 * at arbitrary points; sentences assembled from EDICT headwords (dicts/compiled) with particles,
 * numbers and punctuation; and character soup mixing every character class kuromoji treats apart
 * (kanji, kana, half-width katakana, Latin, digits both widths, symbols, spaces, surrogate pairs).
 * A seeded generator makes the same sentences on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..', '..');

/** Mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { int, pick };
}

const PARTICLES = [
  'は',
  'が',
  'を',
  'に',
  'で',
  'と',
  'の',
  'も',
  'へ',
  'から',
  'まで',
  'より',
  'や',
  'など',
];
const ENDINGS = ['。', 'です。', 'した。', 'している。', 'と述べた。', 'だという。', '、', '？', '！', ''];
const SOUP = [
  '日本語漢字東京都政府外相会談発表経済',
  'ひらがなのかなをまぜる',
  'カタカナデータセンターサービス',
  'ｶﾀｶﾅﾃﾞｰﾀ',
  'ABCxyz NATO G7 iPhone',
  'ＡＢＣＸＹＺ',
  '0123456789',
  '０１２３４５６７８９',
  '〇一二三四五六七八九十百千万億',
  '・ー〜「」『』（）()[]!?％%＆&＋+',
  '　 \t',
  '𠮷𩸽😀🇯🇵',
  'αβγ абв 한국어 中国语',
  '々ヶヵゝゞ',
];

export function ipadicCorpus(size: number): string[] {
  const { int, pick } = rng(20261129);
  const article = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-article.txt'), 'utf8');
  const sentences = article
    .split(/(?<=[。\n])/)
    .map((s) => s.trim())
    .filter(Boolean);
  const headwords = gunzipSync(readFileSync(join(ROOT, 'dicts', 'compiled', 'edict-entries.tsv.gz')))
    .toString('utf8')
    .split('\n')
    .map((l) => l.slice(0, l.indexOf('\t')))
    .filter((h) => h.length > 0 && h.length <= 12);
  const flat = article.replace(/\s+/g, '');

  const out: string[] = [...sentences];
  while (out.length < size) {
    switch (out.length % 4) {
      case 0: {
        // A window of the article, cut anywhere (mid-word, mid-number).
        const from = int(flat.length);
        out.push(flat.slice(from, from + 1 + int(60)));
        break;
      }
      case 1:
      case 2: {
        // Headwords joined by particles: real dictionary words in sentence-like order.
        const words = 1 + int(6);
        let s = '';
        for (let i = 0; i < words; i++) s += pick(headwords) + (int(3) > 0 ? pick(PARTICLES) : '');
        if (int(4) === 0) s = `${1 + int(31)}日、` + s;
        out.push(s + pick(ENDINGS));
        break;
      }
      default: {
        // Character soup: runs of every class, with boundaries between classes inside runs.
        let s = '';
        const parts = 1 + int(5);
        for (let i = 0; i < parts; i++) {
          const chars = Array.from(pick(SOUP));
          const from = int(chars.length);
          s += chars.slice(from, from + 1 + int(8)).join('');
        }
        out.push(s);
      }
    }
  }
  return out.slice(0, size);
}
