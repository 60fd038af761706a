/**
 * Lattice and Viterbi search over the compact IPADIC, with kuromoji 0.1.2's exact rules, so the
 * best path (and thus every token) is the one kuromoji finds. What differs is the cost:
 * kuromoji re-encodes the whole rest of the sentence to UTF-8 at every character (quadratic), makes
 * an object per node and per trie match, and scans a character run once per start position when
 * grouping unknown words; here the trie walks the sentence's UTF-16 code units as they are (its keys
 * are the same: unit-trie.ts), nodes live in reused typed arrays, and runs of one character class are
 * found in one right-to-left pass.
 *
 * kuromoji's rules kept on purpose (they decide which path wins):
 *  - positions count code points from 1; a node's length is its key's UTF-16 length;
 *  - known words at every position; unknown words only where no known word starts or the character
 *    class is "always invoke"; a grouping class gives one node spanning its whole run;
 *  - nodes ending at a position are visited in the order they were added; a candidate replaces the
 *    best only if strictly cheaper; the remembered best predecessor is not reset between nodes
 *    (kuromoji's `var` inside the loop), which matters only for unreachable nodes.
 */
import { type CompactIpadic, LAST_IN_GROUP } from './format';
import { forEachPrefix } from './unit-trie';

const BOS = 0;
export const KNOWN = 1;
const UNKNOWN = 2;
const EOS = 3;

const MAX_COST = Number.MAX_VALUE;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Growable scratch arrays, reused by every search (the host tokenizes one text at a time). */
export class Lattice {
  // Per node: kind, dictionary entry, start position (1-based code points), end position, costs…
  kind = new Uint8Array(1024);
  entry = new Int32Array(1024);
  startPos = new Int32Array(1024);
  endPos = new Int32Array(1024);
  left = new Int16Array(1024);
  right = new Int16Array(1024);
  cost = new Int16Array(1024);
  /** UTF-16 range of the node's text in the sentence. */
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  best = new Float64Array(1024);
  prev = new Int32Array(1024);
  /** Next node ending at the same position (insertion order). */
  next = new Int32Array(1024);
  count = 0;
  // Per end position: first and last node of its list (−1: none).
  head = new Int32Array(256).fill(-1);
  tail = new Int32Array(256).fill(-1);
  // Per sentence: code point → UTF-16 index, UTF-16 index → code point (−1 inside a pair).
  cpAt = new Int32Array(256);
  cpOfUnit = new Int32Array(256);
  runEnd = new Int32Array(256);
  /** Highest end position used by the current search (the lists are cleared up to it). */
  private maxEnd = 0;

  constructor(private readonly dic: CompactIpadic) {}

  private growNodes(): void {
    const n = this.kind.length * 2;
    const grow = <T extends Int32Array | Int16Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.kind = grow(this.kind);
    this.entry = grow(this.entry);
    this.startPos = grow(this.startPos);
    this.endPos = grow(this.endPos);
    this.left = grow(this.left);
    this.right = grow(this.right);
    this.cost = grow(this.cost);
    this.from = grow(this.from);
    this.to = grow(this.to);
    this.best = grow(this.best);
    this.prev = grow(this.prev);
    this.next = grow(this.next);
  }

  private add(
    kind: number,
    entry: number,
    startPos: number,
    length: number,
    left: number,
    right: number,
    cost: number,
    from: number,
    to: number,
  ): void {
    if (this.count === this.kind.length) this.growNodes();
    const n = this.count++;
    const end = startPos + length - 1;
    this.kind[n] = kind;
    this.entry[n] = entry;
    this.startPos[n] = startPos;
    this.endPos[n] = end;
    this.left[n] = left;
    this.right[n] = right;
    this.cost[n] = cost;
    this.from[n] = from;
    this.to[n] = to;
    this.best[n] = kind === BOS ? 0 : MAX_COST;
    this.prev[n] = -1;
    this.next[n] = -1;
    if (end >= this.head.length) {
      const size = Math.max(end + 1, this.head.length * 2);
      const h = new Int32Array(size).fill(-1);
      const t = new Int32Array(size).fill(-1);
      h.set(this.head);
      t.set(this.tail);
      this.head = h;
      this.tail = t;
    }
    if (end > this.maxEnd) this.maxEnd = end;
    if (this.head[end] === -1) this.head[end] = n;
    else this.next[this.tail[end]!] = n;
    this.tail[end] = n;
  }

  /** Code points of `s` (a surrogate pair is one), where each starts and ends, and class runs. */
  private prepare(s: string): number {
    const units = s.length;
    if (this.cpAt.length < units + 2) {
      this.cpAt = new Int32Array(units * 2 + 2);
      this.runEnd = new Int32Array(units * 2 + 2);
      this.cpOfUnit = new Int32Array(units * 2 + 2);
    }
    const { cpAt, cpOfUnit } = this;
    let cps = 0;
    for (let u = 0; u < units; u++) {
      cpAt[cps] = u;
      cpOfUnit[u] = cps;
      if (isHigh(s.charCodeAt(u)) && u + 1 < units && isLow(s.charCodeAt(u + 1))) cpOfUnit[++u] = -1;
      cps++;
    }
    cpAt[cps] = units;
    cpOfUnit[units] = cps;
    // runEnd[k]: end (exclusive) of the run of code points with k's character class.
    const { runEnd } = this;
    runEnd[cps] = cps;
    let nextClass = -1;
    for (let k = cps - 1; k >= 0; k--) {
      const cls = this.classAt(s, cpAt[k]!);
      runEnd[k] = cls === nextClass ? runEnd[k + 1]! : k + 1;
      nextClass = cls;
    }
    return cps;
  }

  private classAt(s: string, unit: number): number {
    const c = s.charCodeAt(unit);
    return isHigh(c) ? this.dic.defaultClass : this.dic.charClass[c]!;
  }

  /**
   * Best path through one sentence (kuromoji splits text after 、 and 。 and searches each piece
   * alone). Returns node indexes in text order; empty when kuromoji would find no path.
   */
  search(s: string): number[] {
    const { dic } = this;
    const { classEntries } = dic;
    const { context, cost } = dic.entries;
    this.count = 0;
    const cps = this.prepare(s);
    this.head.fill(-1, 0, this.maxEnd + 1);
    this.tail.fill(-1, 0, this.maxEnd + 1);
    this.maxEnd = 0;
    this.add(BOS, -1, 0, 1, 0, 0, 0, 0, 0); // kuromoji's BOS: start 0, listed as ending at 0
    const { cpAt, cpOfUnit, runEnd } = this;

    for (let pos = 0; pos < cps; pos++) {
      const from = cpAt[pos]!;
      let matches = 0;
      // Common prefix search of the trie from this character on: each key's record is its first entry.
      forEachPrefix(dic, s, from, (to, first) => {
        if (cpOfUnit[to]! < 0) return; // keys are whole characters; never happens with IPADIC
        matches++;
        // The record's entries follow its first up to LAST_IN_GROUP.
        for (let e = first; ; e++) {
          const c = context[e]!;
          const id = c & ~LAST_IN_GROUP; // left and right context ids are equal in IPADIC (format.ts)
          this.add(KNOWN, e, pos + 1, to - from, id, id, cost[e]!, from, to);
          if (c & LAST_IN_GROUP) break;
        }
      });
      const cls = this.classAt(s, from);
      if (matches === 0 || dic.classInvoke[cls] === 1) {
        let endCp = pos + 1;
        if (dic.classGroup[cls] === 1) endCp = runEnd[pos]!;
        const to = cpAt[endCp]!;
        // kuromoji's key stays a one-character object (length 1) unless grouping added a character.
        const length = endCp > pos + 1 ? to - from : 1;
        for (let e = classEntries[cls]!, end = classEntries[cls + 1]!; e < end; e++) {
          const id = context[e]! & ~LAST_IN_GROUP;
          this.add(UNKNOWN, e, pos + 1, length, id, id, cost[e]!, from, to);
        }
      }
    }
    // EOS goes after the last position any node ends at.
    const lastEnd = this.maxEnd;
    const eosPos = Math.max(1, lastEnd) + 1;
    this.add(EOS, -1, eosPos, lastEnd + 1 - eosPos + 1, 0, 0, 0, s.length, s.length);
    return this.viterbi(eosPos);
  }

  private viterbi(eosPos: number): number[] {
    const { head, next, startPos, left, right, cost, best, prev } = this;
    const cc = this.dic.cc;
    const backward = cc[1]!;
    let shortestPrev = -1; // see the module comment: kept across nodes, as in kuromoji
    let eos = -1;
    for (let i = 1; i <= eosPos; i++) {
      for (let n = head[i]!; n !== -1; n = next[n]!) {
        if (i === eosPos && this.kind[n] === EOS) eos = n;
        const before = startPos[n]! - 1;
        let p = before >= 0 && before < head.length ? head[before]! : -1;
        if (p === -1) continue;
        let min = MAX_COST;
        const l = left[n]! + 2;
        const c = cost[n]!;
        for (; p !== -1; p = next[p]!) {
          const total = best[p]! + cc[right[p]! * backward + l]! + c;
          if (total < min) {
            shortestPrev = p;
            min = total;
          }
        }
        prev[n] = shortestPrev;
        best[n] = min;
      }
    }
    const path: number[] = [];
    if (eos === -1) return path;
    let n = prev[eos]!;
    if (n === -1) return path;
    while (this.kind[n] !== BOS) {
      path.push(n);
      n = prev[n]!;
      if (n === -1) return [];
    }
    return path.reverse();
  }
}
