/**
 * The curated news glossary (dicts/build/compile-news.ts) held in memory: it is small (a few thousand
 * keys), so it is parsed into maps, with keys grouped by first character, longest first, for
 * longest-match scanning.
 */
import type { TermKind } from '../types';

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

export class NewsGlossary {
  private readonly byKey = new Map<string, NewsEntry[]>();
  private readonly keysByFirstChar = new Map<string, string[]>();

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
      // Grouped by the first UTF-16 unit: the detector looks keys up by text[i].
      const first = key[0] ?? '';
      const list = this.keysByFirstChar.get(first);
      if (list) list.push(key);
      else this.keysByFirstChar.set(first, [key]);
    }
    for (const list of this.keysByFirstChar.values())
      list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  get keyCount(): number {
    return this.byKey.size;
  }

  entries(key: string): readonly NewsEntry[] {
    return this.byKey.get(key) ?? [];
  }

  /** Keys whose first UTF-16 unit is `firstUnit` (text[i]), longest first. */
  keysStartingWith(firstUnit: string): readonly string[] {
    return this.keysByFirstChar.get(firstUnit) ?? [];
  }

  /** All entries of one source row (its spellings), e.g. to find a person's full name. */
  *allEntries(): IterableIterator<NewsEntry> {
    for (const list of this.byKey.values()) yield* list;
  }
}
