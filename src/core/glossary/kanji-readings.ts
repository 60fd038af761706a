/** KANJIDIC2 subset reader (dicts/build/compile-kanjidic.ts): one line per kanji. */
import { SortedTable } from './sorted-table';

export interface KanjiInfo {
  kanji: string;
  /** School grade 1–6, 8 (secondary jōyō), 9–10 (jinmeiyō); undefined when KANJIDIC gives none. */
  grade: number | undefined;
  /** Old JLPT level 1–4 (4 easiest); undefined when none. */
  jlpt: number | undefined;
  /** On readings in katakana. */
  on: string[];
  /** Kun readings in hiragana; '.' marks where okurigana starts, '-' an affix. */
  kun: string[];
  /** Readings used only in names (nanori). */
  nanori: string[];
  meanings: string[];
  /** Stroke count; undefined when KANJIDIC gives none. */
  strokes: number | undefined;
}

const words = (s: string | undefined): string[] => (s ? s.split(' ') : []);
const num = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);

export class KanjiReadings {
  private readonly table: SortedTable;
  /** Parsed entries: at most one per kanji (13k), and the reading stage asks for the same few often. */
  private readonly cache = new Map<string, KanjiInfo | undefined>();

  constructor(bytes: Uint8Array) {
    this.table = new SortedTable(bytes);
  }

  info(kanji: string): KanjiInfo | undefined {
    if (this.cache.has(kanji)) return this.cache.get(kanji);
    const info = this.parse(kanji);
    this.cache.set(kanji, info);
    return info;
  }

  private parse(kanji: string): KanjiInfo | undefined {
    const line = this.table.find(kanji)[0];
    if (line === undefined) return undefined;
    const [literal = '', grade, jlpt, on, kun, nanori, meanings, strokes] = line.split('\t');
    return {
      kanji: literal,
      grade: num(grade),
      jlpt: num(jlpt),
      on: words(on),
      kun: words(kun),
      nanori: words(nanori),
      meanings: meanings ? meanings.split(';') : [],
      strokes: num(strokes),
    };
  }
}
