import { isHiraganaReading, isKanjiChar, toHiragana } from '../../text/chars';
import { mergeMorphs, type Morph } from '../morph';

/** Longest name tried, in tokens: 宮崎 + 駿, 習 + 近 + 平, 稀勢 + の + 里. */
const MAX_NAME_MORPHS = 5;

/** Kana that belong inside names written in kanji: 稀勢の里, 貴ノ岩, 霞ヶ関. */
const NAME_LINKS = new Set(['の', 'ノ', 'ヶ', 'ケ', 'が']);

/**
 * Can this token be part of a name written in kanji? Nouns with kanji (IPADIC tags names 固有名詞
 * but splits rare ones into common nouns: 舩 + 後), or unknown kanji tokens with no reading.
 */
function isNamePiece(m: Morph): boolean {
  if (m.pos !== '名詞' || m.pos1 === '数' || m.pos1 === '代名詞' || m.pos1 === '非自立') return false;
  let kanji = false;
  for (const c of m.surface) {
    if (isKanjiChar(c)) kanji = true;
    else if (!NAME_LINKS.has(c)) return false;
  }
  return kanji;
}

/** A token the tokenizer knows as a name, or does not know at all. */
function isNameEvidence(m: Morph): boolean {
  return m.pos1 === '固有名詞' || !m.known || m.reading === undefined;
}

/**
 * Evidence IPADIC did not read the span as a name it knows: it split a name (one piece at least is
 * tagged a name or unknown: 宮崎 + 駿, 舩 + 後), or it has no reading for it.
 */
export function tokenizerUnsure(span: readonly Morph[]): boolean {
  if (span.length > 1) return span.some(isNameEvidence);
  const m = span[0]!;
  return !m.known || m.reading === undefined;
}

/** A name reading as ruby text: ENAMDICT/glossary readings separate family and given name with ・. */
function cleanNameReading(reading: string): string {
  return toHiragana(reading).replace(/[・\s=＝]/g, '');
}

/**
 * Stage: readings of names from the host's name data (curated news names, ENAMDICT full names:
 * 王毅 おうき, 習近平 しゅうきんぺい). The longest run of name-like tokens found in the data wins,
 * but only where the tokenizer was unsure (it split the name or had no reading): a name IPADIC knows
 * as one word keeps its reading, since a name table lists every possible reading of a surname.
 */
export function readNames(
  morphs: readonly Morph[],
  nameReading: (surface: string) => string | undefined,
): Morph[] {
  const out: Morph[] = [];
  let i = 0;
  while (i < morphs.length) {
    const m = morphs[i]!;
    if (m.decided || !isNamePiece(m)) {
      out.push(m);
      i++;
      continue;
    }
    const found = longestNameAt(morphs, i, nameReading);
    if (found) {
      out.push(found.morph);
      i = found.next;
    } else {
      out.push(m);
      i++;
    }
  }
  return out;
}

function longestNameAt(
  morphs: readonly Morph[],
  i: number,
  nameReading: (surface: string) => string | undefined,
): { morph: Morph; next: number } | undefined {
  // Collect the run of adjacent name pieces (linking kana allowed inside, not at the ends).
  let j = i;
  while (j + 1 < morphs.length && j - i + 1 < MAX_NAME_MORPHS) {
    const next = morphs[j + 1]!;
    if (next.start !== morphs[j]!.end || next.decided) break;
    if (!isNamePiece(next) && !NAME_LINKS.has(next.surface)) break;
    j++;
  }
  // Without a token tagged as a name (or unknown) in the run, IPADIC read it as ordinary words.
  let evidence = false;
  for (let k = i; k <= j && !evidence; k++) evidence = isNameEvidence(morphs[k]!);
  if (!evidence) return undefined;
  for (let last = j; last >= i; last--) {
    if (NAME_LINKS.has(morphs[last]!.surface)) continue;
    const span = morphs.slice(i, last + 1);
    if (!tokenizerUnsure(span)) continue;
    let surface = '';
    for (const s of span) surface += s.surface;
    const reading = cachedNameReading(nameReading, surface);
    if (!reading) continue;
    const clean = cleanNameReading(reading);
    if (!isHiraganaReading(clean)) continue;
    return { morph: mergeMorphs(span, clean, `name ${surface}`), next: last + 1 };
  }
  return undefined;
}

// Names repeat within an article and across a page; the host's lookup is a binary search.
const nameCaches = new WeakMap<(surface: string) => string | undefined, Map<string, string | null>>();
const NAME_CACHE_LIMIT = 10_000;

function cachedNameReading(
  nameReading: (surface: string) => string | undefined,
  surface: string,
): string | undefined {
  let cache = nameCaches.get(nameReading);
  if (!cache) nameCaches.set(nameReading, (cache = new Map()));
  const hit = cache.get(surface);
  if (hit !== undefined) return hit ?? undefined;
  const r = nameReading(surface);
  if (cache.size >= NAME_CACHE_LIMIT) cache.clear();
  cache.set(surface, r ?? null);
  return r;
}
