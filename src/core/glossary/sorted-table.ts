/**
 * A compiled table kept as the bytes of its packaged file (packed-text.ts: ASCII one byte, kana and
 * kanji two): lines sorted by the bytes of their first tab-separated field. Lookups binary-search
 * those bytes and decode only the lines they return, so a 15 MB dictionary costs 15 MB of
 * ArrayBuffer plus one Uint32Array of line starts — no per-entry JS objects. The packed byte order
 * equals code point order, which is what the build sorted by.
 */
import { decodePacked, encodePacked } from './packed-text';

const TAB = 0x09;
const NEWLINE = 0x0a;

function grow(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

export class SortedTable {
  private readonly bytes: Uint8Array;
  /** Byte offset of the start of each line; one extra entry marks the end of the data. */
  private readonly starts: Uint32Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    // One pass with the engine's native byte search (a JS loop over every byte took most of the
    // start-up time), into an array grown by doubling and trimmed at the end.
    let starts = new Uint32Array(Math.max(16, bytes.length >> 5));
    let n = 0;
    let lineStart = 0;
    for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) {
      if (n + 2 > starts.length) starts = grow(starts);
      starts[n++] = lineStart;
      lineStart = i + 1;
    }
    if (n + 2 > starts.length) starts = grow(starts);
    if (lineStart < bytes.length) starts[n++] = lineStart;
    starts[n] = bytes.length;
    this.starts = starts.slice(0, n + 1);
  }

  get lineCount(): number {
    return this.starts.length - 1;
  }

  /** The whole line `i` (without its newline), decoded. */
  line(i: number): string {
    const start = this.starts[i] ?? 0;
    let end = this.starts[i + 1] ?? start;
    if (end > start && this.bytes[end - 1] === NEWLINE) end--;
    return decodePacked(this.bytes, start, end);
  }

  /** Compares line i's key (its bytes up to the first tab) with `key`: <0, 0, >0 like a comparator. */
  private compareKey(i: number, key: Uint8Array, prefixOnly: boolean): number {
    const bytes = this.bytes;
    let p = this.starts[i] ?? 0;
    const end = this.starts[i + 1] ?? p;
    for (let k = 0; k < key.length; k++, p++) {
      const b = p < end ? (bytes[p] as number) : NEWLINE;
      // The key field ends at a tab or newline; both sort below every byte a key can contain.
      const lineByte = b === TAB || b === NEWLINE ? -1 : b;
      const diff = lineByte - (key[k] as number);
      if (diff !== 0) return diff;
    }
    if (prefixOnly) return 0;
    const b = p < end ? bytes[p] : NEWLINE;
    return b === TAB || b === NEWLINE ? 0 : 1;
  }

  /** First line whose key is >= key (or, with prefixOnly, whose key starts with >= key). */
  private lowerBound(key: Uint8Array, prefixOnly: boolean): number {
    let lo = 0;
    let hi = this.lineCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareKey(mid, key, prefixOnly) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Line numbers whose key equals `key`, in file order. */
  findLines(key: string): number[] {
    if (!key) return [];
    const k = encodePacked(key);
    const out: number[] = [];
    for (let i = this.lowerBound(k, false); i < this.lineCount && this.compareKey(i, k, false) === 0; i++) {
      out.push(i);
    }
    return out;
  }

  /** Whole lines whose key equals `key`, decoded. */
  find(key: string): string[] {
    return this.findLines(key).map((i) => this.line(i));
  }

  /** True when some key starts with `prefix`: lets longest-match scans stop extending early. */
  hasPrefix(prefix: string): boolean {
    if (!prefix) return this.lineCount > 0;
    const k = encodePacked(prefix);
    const i = this.lowerBound(k, true);
    return i < this.lineCount && this.compareKey(i, k, true) === 0;
  }
}
