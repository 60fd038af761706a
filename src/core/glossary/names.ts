/**
 * ENAMDICT subset reader (dicts/build/compile-enamdict.ts): katakana names, organisations, companies,
 * products and kanji full names, keyed by surface.
 */
import { SortedTable } from './sorted-table';

export interface NameSense {
  tags: string[];
  /** English spellings, best first. */
  english: string[];
}

export interface NameEntry {
  surface: string;
  /** Hiragana reading for kanji names; '' for katakana names (the surface is its own reading). */
  reading: string;
  tags: string[];
  senses: NameSense[];
}

export const PERSON_TAGS: ReadonlySet<string> = new Set(['s', 'g', 'm', 'f', 'h', 'u']);

/** Places: place names (p) and railway stations (st). */
export const PLACE_TAGS: ReadonlySet<string> = new Set(['p', 'st']);

/**
 * A row's senses usually start with "(tags) " repeating its tags column; the build leaves that out
 * (dicts/build/compile-enamdict.ts, ~0.5 MB of a table kept in memory). Every stored sense list
 * of a tagged row otherwise starts with '(', so one that does not had it left out.
 */
export function restoreRepeatedTags(tags: string, senses: string): string {
  return tags && senses && !senses.startsWith('(') ? `(${tags}) ${senses}` : senses;
}

function parseNameLine(line: string): NameEntry {
  const [surface = '', reading = '', tags = '', stored = ''] = line.split('\t');
  const body = restoreRepeatedTags(tags, stored);
  const senses: NameSense[] = [];
  for (const field of body.split('/')) {
    const m = /^\(([a-z,]+)\)\s*(.*)$/.exec(field);
    if (m) senses.push({ tags: (m[1] ?? '').split(','), english: m[2] ? [m[2]] : [] });
    else if (field && senses.length > 0) senses[senses.length - 1]?.english.push(field);
  }
  return { surface, reading, tags: tags ? tags.split(',') : [], senses };
}

export class Names {
  private readonly cache = new Map<string, NameEntry[]>();
  private readonly table: SortedTable;

  constructor(bytes: Uint8Array) {
    this.table = new SortedTable(bytes);
  }

  /** Entries for a surface. Cached (bounded): detection asks for the same katakana words again and again. */
  lookup(surface: string): NameEntry[] {
    let entries = this.cache.get(surface);
    if (!entries) {
      entries = this.table.find(surface).map(parseNameLine);
      if (this.cache.size >= 20_000) this.cache.clear();
      this.cache.set(surface, entries);
    }
    return entries;
  }

  has(surface: string): boolean {
    return this.table.has(surface);
  }
}
