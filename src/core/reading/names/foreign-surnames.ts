import { isKanjiChar, toHiragana } from '../../text/chars';
import type { Morph } from '../morph';
import { kanjiReadingSets, type KanjiReadingsLookup } from '../lookups';

/** Titles that follow a person's name (蔡さん, 習主席, 李首相). */
const PERSON_TITLES = new Set([
  'さん',
  '氏',
  '選手',
  '主席',
  '国家主席',
  '総統',
  '首相',
  '大統領',
  '委員長',
  '外相',
  '大使',
  '議員',
  '代表',
  '書記長',
  '総書記',
  '監督',
  '容疑者',
  '被告',
]);

/**
 * Stage: a single kanji the tokenizer cannot read, right before a person's title, is a Chinese (or
 * Korean) surname: 蔡さん, 柯さん, 習主席. Japanese media read those by the kanji's on reading
 * (さい, か, しゅう), the first one KANJIDIC lists.
 */
export function readForeignSurnames(morphs: readonly Morph[], kanjiReadings: KanjiReadingsLookup): Morph[] {
  let out: Morph[] | undefined;
  for (let i = 0; i < morphs.length; i++) {
    const m = morphs[i]!;
    const reading = surnameReading(morphs, i, kanjiReadings);
    if (reading !== undefined && !out) out = morphs.slice(0, i);
    if (out) out.push(reading !== undefined ? { ...m, reading, decided: `foreign surname ${m.surface}` } : m);
  }
  return out ?? (morphs as Morph[]);
}

function surnameReading(
  morphs: readonly Morph[],
  i: number,
  kanjiReadings: KanjiReadingsLookup,
): string | undefined {
  const m = morphs[i]!;
  if (m.decided || m.surface.length !== 1 || !isKanjiChar(m.surface)) return undefined;
  const next = morphs[i + 1];
  if (!next || next.start !== m.end || !PERSON_TITLES.has(next.surface)) return undefined;
  // Only where IPADIC cannot read the kanji: one it reads (森さん もり) is a Japanese name it knows.
  if (m.known && m.reading !== undefined) return undefined;
  const prev = morphs[i - 1];
  if (prev && prev.end === m.start && /[\u3400-\u9fff]/.test(prev.surface.slice(-1))) return undefined;
  const on = kanjiReadingSets(kanjiReadings, m.surface)?.on[0];
  return on ? toHiragana(on).replace(/[-.]/g, '') : undefined;
}
