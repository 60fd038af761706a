/**
 * The curated news glossary (dicts/build/compile-news.ts) held in memory: it is small (a few thousand
 * keys), so it is parsed into maps, with keys grouped by first character, longest first, for
 * longest-match scanning. newsTermFields says what a curated entry shows as a term.
 */
import type { GlossaryTerm, TermKind } from '../types';

export interface NewsEntry {
  key: string;
  /** 'whole': a spelling from the source file; 'part': the family name of a ・-joined person name. */
  match: 'whole' | 'part';
  kind: TermKind;
  english: string;
  reading: string;
  region: string;
  description: string;
  japanese: string;
  /** file:line of the source row; shared by all spellings of one entry. */
  id: string;
}

/** What a detection rule says about a term; the detector adds where it is (start, end, surface). */
export type TermFields = Omit<GlossaryTerm, 'start' | 'end' | 'surface'>;

/** A curated entry as a term at `surface`, in `english` (a family name alone, COP28: not the entry's own). */
export function newsTermFields(e: NewsEntry, surface: string, english: string): TermFields {
  // A lone kanji family name (習) reads as the first part of the full reading (しゅう・きんぺい).
  const reading = e.match === 'part' ? e.reading.split('・')[0] : e.reading;
  return {
    english,
    kind: e.kind,
    // Kanji names get their reading; acronyms how they are said (ＮＡＴＯ ナトー).
    ...(reading && (/[\u3400-\u9fff]/.test(surface) || e.kind === 'acronym') ? { reading } : {}),
    description: [e.japanese, e.description].filter(Boolean).join(' — '),
    source: 'news',
  };
}

/** One or two UTF-16 units as a number (a Map key that needs no string slicing). */
function prefixCode(s: string, i: number, units: 1 | 2): number {
  return units === 1 ? s.charCodeAt(i) + 0x10000 * 0x10000 : s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

export class NewsGlossary {
  private readonly byKey = new Map<string, NewsEntry[]>();
  /** Keys grouped by their first two UTF-16 units (one for one-unit keys), longest first. */
  private readonly keysByPrefix = new Map<number, string[]>();

  constructor(text: string) {
    for (const line of text.split('\n')) {
      if (!line) continue;
      const [
        key = '',
        match,
        kind,
        english = '',
        reading = '',
        region = '',
        description = '',
        japanese = '',
        id = '',
      ] = line.split('\t');
      const entry: NewsEntry = {
        key,
        match: match === 'part' ? 'part' : 'whole',
        kind: kind as TermKind,
        english,
        reading,
        region,
        description,
        japanese,
        id,
      };
      const list = this.byKey.get(key);
      if (list) list.push(entry);
      else this.byKey.set(key, [entry]);
    }
    for (const key of this.byKey.keys()) {
      // Two-unit buckets keep the candidates at a text position few (a one-unit bucket for ア or 国
      // holds hundreds of keys, and the detector asks at every word start).
      const prefix = prefixCode(key, 0, key.length >= 2 ? 2 : 1);
      const list = this.keysByPrefix.get(prefix);
      if (list) list.push(key);
      else this.keysByPrefix.set(prefix, [key]);
    }
    for (const list of this.keysByPrefix.values())
      list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  get keyCount(): number {
    return this.byKey.size;
  }

  entries(key: string): readonly NewsEntry[] {
    return this.byKey.get(key) ?? [];
  }

  /** Keys that `text` spells at offset `i`, longest first. */
  keysAt(text: string, i: number): string[] {
    const out: string[] = [];
    if (i + 1 < text.length) {
      for (const key of this.keysByPrefix.get(prefixCode(text, i, 2)) ?? [])
        if (text.startsWith(key, i)) out.push(key);
    }
    for (const key of this.keysByPrefix.get(prefixCode(text, i, 1)) ?? []) out.push(key); // one-unit keys
    return out;
  }

  /** All entries of one source row (its spellings), e.g. to find a person's full name. */
  *allEntries(): IterableIterator<NewsEntry> {
    for (const list of this.byKey.values()) yield* list;
  }
}
