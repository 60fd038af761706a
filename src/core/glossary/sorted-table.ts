/**
 * A compiled table kept as the bytes of its packaged file (packed-text.ts: ASCII one byte, kana and
 * kanji two): lines sorted by the bytes of their first tab-separated field. Lookups binary-search
 * those bytes by position (a probe moves to the next line start) and decode only the lines they
 * return: no per-entry JS objects and no index of line starts, so a table is ready as soon as its
 * bytes are (a scan of every line was most of the host's start-up after the files arrived). The
 * packed byte order equals code point order, which is what the build sorted by. Lines that refer to
 * other lines (EDICT's index and shared senses) hold their byte offsets (packed-tables.ts).
 */
import { decodePacked, encodePacked } from './packed-text';

const TAB = 0x09;
const NEWLINE = 0x0a;

export class SortedTable {
  constructor(private readonly bytes: Uint8Array) {}

  /** Start of the line after the one holding byte `p` (the end of the data after the last line). */
  private nextLine(p: number): number {
    const nl = this.bytes.indexOf(NEWLINE, p);
    return nl === -1 ? this.bytes.length : nl + 1;
  }

  /** The line that starts at byte `start` (without its newline), decoded. */
  lineAt(start: number): string {
    let end = this.nextLine(start);
    if (end > start && this.bytes[end - 1] === NEWLINE) end--;
    return decodePacked(this.bytes, start, end);
  }

  /** Compares the key of the line at `start` (its bytes up to the first tab) with `key`: <0, 0, >0. */
  private compareKey(start: number, key: Uint8Array, prefixOnly: boolean): number {
    const bytes = this.bytes;
    let p = start;
    for (let k = 0; k < key.length; k++, p++) {
      const b = p < bytes.length ? (bytes[p] as number) : NEWLINE;
      // The key field ends at a tab or newline; both sort below every byte a key can contain.
      const lineByte = b === TAB || b === NEWLINE ? -1 : b;
      const diff = lineByte - (key[k] as number);
      if (diff !== 0) return diff;
    }
    if (prefixOnly) return 0;
    const b = p < bytes.length ? bytes[p] : NEWLINE;
    return b === TAB || b === NEWLINE ? 0 : 1;
  }

  /**
   * Start of the first line whose key is >= key (or, with prefixOnly, whose key starts with >= key);
   * the end of the data when there is none. `lo` is always a line start with every line before it
   * smaller, `hi` a line start (or the end) with every line from it on not smaller.
   */
  private lowerBound(key: Uint8Array, prefixOnly: boolean): number {
    let lo = 0;
    let hi = this.bytes.length;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >>> 1);
      let probe = mid === lo ? lo : this.nextLine(mid - 1);
      // No line starts in (lo, hi) past the middle: decide on the line at lo itself.
      if (probe >= hi) probe = lo;
      if (this.compareKey(probe, key, prefixOnly) < 0) lo = this.nextLine(probe);
      else hi = probe;
    }
    return lo;
  }

  /** Byte offsets of the lines whose key equals `key`, in file order. */
  findStarts(key: string): number[] {
    if (!key) return [];
    const k = encodePacked(key);
    const out: number[] = [];
    for (
      let p = this.lowerBound(k, false);
      p < this.bytes.length && this.compareKey(p, k, false) === 0;
      p = this.nextLine(p)
    ) {
      out.push(p);
    }
    return out;
  }

  /** Whole lines whose key equals `key`, decoded. */
  find(key: string): string[] {
    return this.findStarts(key).map((p) => this.lineAt(p));
  }

  has(key: string): boolean {
    if (!key) return false;
    const k = encodePacked(key);
    const p = this.lowerBound(k, false);
    return p < this.bytes.length && this.compareKey(p, k, false) === 0;
  }

  /** True when some key starts with `prefix`: lets longest-match scans stop extending early. */
  hasPrefix(prefix: string): boolean {
    if (!prefix) return this.bytes.length > 0;
    const k = encodePacked(prefix);
    const p = this.lowerBound(k, true);
    return p < this.bytes.length && this.compareKey(p, k, true) === 0;
  }
}
