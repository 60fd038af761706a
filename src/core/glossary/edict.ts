/**
 * EDICT reader over the compiled tables (see dicts/build/compile-edict.ts for the format): headwords
 * are found in the sorted entries table, readings of kanji headwords through the reading index.
 * Keys are headwords and readings exactly as EDICT writes them; acronyms are full-width (ＦＢＩ).
 */
import { SortedTable } from './sorted-table';

export interface EdictSense {
  /** Part-of-speech and field tags of the sense, e.g. ['v5b', 'vt'] or ['n', 'comp']. */
  tags: string[];
  glosses: string[];
}

export interface EdictEntry {
  headword: string;
  /** Kana reading; '' when the headword is itself kana. */
  reading: string;
  /** Inflection classes (JMdict tags v1, v5k, adj-i, vs…) that the deinflector checks against. */
  conjugation: string[];
  /** EDICT's (P) marker: the word is in one of the common-word lists. */
  common: boolean;
  senses: EdictSense[];
}

/** Splits EDICT's '/'-separated fields into senses; "(1)", "(2)" start numbered senses. */
function parseSenses(text: string): EdictSense[] {
  const senses: EdictSense[] = [];
  for (const field of text.split('/')) {
    if (!field) continue;
    const lead = /^(?:\([^)]*\)\s*)+/.exec(field);
    const tags: string[] = [];
    let numbered = false;
    if (lead) {
      for (const g of lead[0].matchAll(/\(([^)]*)\)/g)) {
        const inner = g[1] ?? '';
        if (/^\d+$/.test(inner)) numbered = true;
        else if (/^[a-zA-Z0-9,-]+$/.test(inner)) tags.push(...inner.split(','));
      }
    }
    // A parenthesis that is not a tag list (e.g. "(eng: cyber terror)") stays part of the gloss.
    const gloss = lead && (numbered || tags.length > 0) ? field.slice(lead[0].length).trim() : field.trim();
    const last = senses[senses.length - 1];
    if (!last || numbered || (tags.length > 0 && !tags.every((t) => last.tags.includes(t)))) {
      senses.push({ tags, glosses: gloss ? [gloss] : [] });
    } else if (gloss) {
      last.glosses.push(gloss);
    }
  }
  return senses;
}

/**
 * An entries line whose senses field starts with this holds, after it, the line number (base 36) of
 * the line whose senses it repeats (dicts/build/compile-edict.ts). EDICT senses start with '('.
 */
export const SENSES_REFERENCE = '@';

function parseEntryFields(fields: readonly string[]): EdictEntry {
  const [headword = '', reading = '', conj = '', common = '', senses = ''] = fields;
  return {
    headword,
    reading,
    conjugation: conj ? conj.split(',') : [],
    common: common === 'P',
    senses: parseSenses(senses),
  };
}

const MAX_SUMMARIES = 20_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class Edict {
  private readonly entries: SortedTable;
  private readonly index: SortedTable;
  private readonly summaries = new Map<string, { inEdict: boolean; common: boolean }>();
  private readonly parsed = new Map<string, readonly EdictEntry[]>();

  constructor(entriesBytes: Uint8Array, indexBytes: Uint8Array) {
    this.entries = new SortedTable(entriesBytes);
    this.index = new SortedTable(indexBytes);
  }

  /**
   * Entries whose headword or reading is exactly `key`: headword matches first, then reading matches.
   * News repeats its words and every stage asks about them: parsed entries are kept (bounded, like
   * the summaries) and frozen, so no caller can change what the next one gets.
   */
  lookup(key: string): readonly EdictEntry[] {
    let entries = this.parsed.get(key);
    if (!entries) {
      entries = deepFreeze(this.parse(key));
      if (this.parsed.size >= MAX_SUMMARIES) this.parsed.clear();
      this.parsed.set(key, entries);
    }
    return entries;
  }

  private parse(key: string): EdictEntry[] {
    const starts = this.entries.findStarts(key);
    const indexLine = this.index.find(key)[0];
    if (indexLine !== undefined) {
      // The index's ids are byte offsets of entry lines (packed-tables.ts).
      for (const id of indexLine.slice(indexLine.indexOf('\t') + 1).split(',')) {
        const start = parseInt(id, 36);
        if (!starts.includes(start)) starts.push(start);
      }
    }
    return starts.map((start) => this.entryAt(start));
  }

  /** The entry line at `start`, its senses read from the line it refers to when it repeats another's. */
  private entryAt(start: number): EdictEntry {
    const fields = this.entries.lineAt(start).split('\t');
    const senses = fields[4] ?? '';
    if (senses.startsWith(SENSES_REFERENCE)) {
      // The holder's byte offset (packed-tables.ts).
      const holder = parseInt(senses.slice(SENSES_REFERENCE.length), 36);
      fields[4] = this.entries.lineAt(holder).split('\t')[4] ?? '';
    }
    return parseEntryFields(fields);
  }

  /**
   * Whether `word` is an EDICT headword or reading, and whether a common one. Term detection asks
   * this for every katakana word of every text, and news repeats its words: answers are cached
   * (bounded, so a long session cannot grow it without limit).
   */
  summary(word: string): { inEdict: boolean; common: boolean } {
    let s = this.summaries.get(word);
    if (!s) {
      const entries = this.lookup(word).filter((e) => e.headword === word || e.reading === word);
      s = { inEdict: entries.length > 0, common: entries.some((e) => e.common) };
      if (this.summaries.size >= MAX_SUMMARIES) this.summaries.clear();
      this.summaries.set(word, s);
    }
    return s;
  }

  has(key: string): boolean {
    return this.entries.has(key) || this.index.has(key);
  }

  /** True when some headword or reading starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    return this.entries.hasPrefix(prefix) || this.index.hasPrefix(prefix);
  }
}
