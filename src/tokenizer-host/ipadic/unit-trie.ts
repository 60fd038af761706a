/**
 * A double-array trie over UTF-16 code units, built at compile time from the keys of kuromoji's trie.
 * kuromoji's trie walks UTF-8 bytes: a kanji or kana is three steps and the 326k IPADIC keys need
 * 1.36M cells (10.8 MB). Walking code units, mapped first to a dense alphabet (the 5.4k units the
 * keys use, the most frequent first so that busy nodes pack tightly), needs about a third of the
 * steps and half the cells, and the tokenizer no longer encodes every sentence to UTF-8.
 *
 * Layout, as in kuromoji's double array: the child of cell s by code c is t = base[s] + c when
 * check[t] === s; a key ends at s when its terminal child (code 0) t = base[s] has check[t] === s,
 * and then base[t] = −record − 1. A key that no other key continues (most of them) has no children:
 * its node holds base[s] = −record − 1 itself, which saves a cell per such key. The root is cell 0;
 * free cells have check −1.
 */

export interface UnitTrie {
  base: Int32Array;
  check: Int32Array;
  /** UTF-16 code unit → alphabet code (1…); 0: no key contains the unit. */
  unitCode: Uint16Array;
}

/** A key and the record it leads to (an index the entry table resolves). */
export type TrieKey = readonly [key: string, record: number];

/** Codes by frequency (ties by unit), so the most shared units get the smallest offsets. */
function alphabet(keys: readonly TrieKey[]): Uint16Array {
  const counts = new Map<number, number>();
  for (const [key] of keys) {
    for (let i = 0; i < key.length; i++) {
      const u = key.charCodeAt(i);
      counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  }
  const units = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a - b);
  if (units.length >= 0xffff) throw new Error('unit trie: alphabet larger than 16 bits');
  const unitCode = new Uint16Array(65536);
  units.forEach((u, i) => (unitCode[u] = i + 1));
  return unitCode;
}

/** Growable base/check arrays with a doubly linked list of free cells (first-fit placement). */
class Cells {
  base = new Int32Array(1 << 16);
  check = new Int32Array(1 << 16).fill(-1);
  private next = new Int32Array(1 << 16);
  private prev = new Int32Array(1 << 16);
  /** Highest cell in use + 1. */
  used = 1;
  /** First free cell (the list is kept in increasing order); cells ≥ the array length are free too. */
  head: number;

  constructor() {
    this.check[0] = 0; // the root is its own parent, so no child can claim cell 0
    for (let i = 1; i < this.check.length; i++) {
      this.next[i] = i + 1;
      this.prev[i] = i - 1;
    }
    this.head = 1;
  }

  ensure(size: number): void {
    if (size <= this.check.length) return;
    let n = this.check.length;
    while (n < size) n *= 2;
    const old = this.check.length;
    const grow = (a: Int32Array, fill?: number) => {
      const b = new Int32Array(n);
      if (fill !== undefined) b.fill(fill);
      b.set(a);
      return b;
    };
    this.base = grow(this.base);
    this.check = grow(this.check, -1);
    this.next = grow(this.next);
    this.prev = grow(this.prev);
    // Chain the new cells after the old tail: the free list's last cell points past the old end.
    for (let i = old; i < n; i++) {
      this.next[i] = i + 1;
      this.prev[i] = i - 1;
    }
  }

  isFree(i: number): boolean {
    return i >= this.check.length || this.check[i] === -1;
  }

  take(i: number, parent: number): void {
    this.ensure(i + 1);
    const p = this.prev[i]!;
    const n = this.next[i]!;
    if (i === this.head) this.head = n;
    else this.next[p] = n;
    if (n < this.check.length) this.prev[n] = p;
    this.check[i] = parent;
    if (i + 1 > this.used) this.used = i + 1;
  }

  /** Next free cell after `i` (a free cell, or the head when i = -1). */
  nextFree(i: number): number {
    if (i < 0) return this.head;
    return i + 1 >= this.check.length ? i + 1 : this.next[i]!;
  }
}

/**
 * Build from keys (any order; each key once). Deterministic: keys are sorted by code sequence and
 * each node's base is the lowest that fits all its children.
 */
export function buildUnitTrie(input: readonly TrieKey[]): UnitTrie {
  const unitCode = alphabet(input);
  const codes = input.map(([key, record]) => {
    const units: number[] = [];
    for (let i = 0; i < key.length; i++) units.push(unitCode[key.charCodeAt(i)]!);
    return { codes: units, record };
  });
  codes.sort((a, b) => {
    const n = Math.min(a.codes.length, b.codes.length);
    for (let i = 0; i < n; i++) if (a.codes[i] !== b.codes[i]) return a.codes[i]! - b.codes[i]!;
    return a.codes.length - b.codes.length;
  });
  for (let i = 1; i < codes.length; i++) {
    const a = codes[i - 1]!.codes;
    const b = codes[i]!.codes;
    if (a.length === b.length && a.every((c, k) => c === b[k])) throw new Error('unit trie: duplicate key');
  }
  const cells = new Cells();
  // Depth-first over ranges of the sorted keys sharing a prefix: [from, to) at `depth` under `cell`.
  const stack: [cell: number, from: number, to: number, depth: number][] = [[0, 0, codes.length, 0]];
  while (stack.length > 0) {
    const [cell, from, to, depth] = stack.pop()!;
    // Children: code 0 (the key ends here) first, then each distinct next code with its key range.
    const children: [code: number, from: number, to: number][] = [];
    for (let i = from; i < to;) {
      const c = codes[i]!.codes[depth] ?? 0;
      let j = i + 1;
      while (j < to && (codes[j]!.codes[depth] ?? 0) === c) j++;
      children.push([c, i, j]);
      i = j;
    }
    if (children.length === 1 && children[0]![0] === 0) {
      // A key that no other key continues: its record goes in the node itself, no terminal cell.
      cells.base[cell] = -codes[from]!.record - 1;
      continue;
    }
    const first = children[0]![0];
    // Lowest base ≥ 1 with every child's cell free: try bases that put the first child on a free cell.
    let base = 0;
    for (let f = cells.nextFree(-1); ; f = cells.nextFree(f)) {
      base = f - first;
      if (base < 1) continue;
      if (children.every(([c]) => cells.isFree(base + c))) break;
    }
    cells.base[cell] = base;
    for (const [c] of children) cells.take(base + c, cell);
    for (let k = children.length - 1; k >= 0; k--) {
      const [c, f, t] = children[k]!;
      if (c === 0) cells.base[base] = -codes[f]!.record - 1;
      else stack.push([base + c, f, t, depth + 1]);
    }
  }
  return { base: cells.base.slice(0, cells.used), check: cells.check.slice(0, cells.used), unitCode };
}

/**
 * Every key that starts `s` at unit `from`, shortest first (kuromoji's common prefix search):
 * `visit(end, record)` with the key's end (exclusive unit index).
 */
export function forEachPrefix(
  trie: UnitTrie,
  s: string,
  from: number,
  visit: (end: number, record: number) => void,
): void {
  const { base, check, unitCode } = trie;
  let node = 0;
  for (let i = from; i < s.length; i++) {
    const code = unitCode[s.charCodeAt(i)]!;
    if (code === 0) return;
    const child = base[node]! + code;
    if (check[child] !== node) return;
    node = child;
    const b = base[child]!;
    if (b < 0) {
      visit(i + 1, -b - 1);
      return;
    }
    if (check[b] === child) visit(i + 1, -base[b]! - 1);
  }
}
