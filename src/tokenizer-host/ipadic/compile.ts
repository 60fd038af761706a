/**
 * Compile kuromoji's IPADIC files (already gunzipped) into the compact container (format.ts).
 * Pure and deterministic: the same input bytes give the same output bytes. What changes, and why:
 *  - the trie arrays are cut where kuromoji's own loader cuts them (its `shrink`), not at the file's
 *    padded capacity; the unk*.dat buffers (23 MB of zero padding) shrink to their few hundred entries;
 *  - each entry's feature line ("surface,pos,…,reading,pronunciation", 42 MB of UTF-8 in tid_pos.dat)
 *    becomes a part-of-speech tuple index plus four ids into one pool of distinct strings;
 *  - the target maps (kuromoji builds a JS object of arrays from them) become offset/entry arrays.
 * Every read mirrors kuromoji's own (little-endian, signed shorts, out-of-range reads as 0), so the
 * tokenizer over this data gives kuromoji's tokens; tests/unit/ipadic-equivalence.test.ts proves it.
 */
import type { CompactIpadic, EntryTable } from './format';

/** The kuromoji dictionary files the compiler reads (unk_compat.dat is never used by its tokenizer). */
export const IPADIC_SOURCE_FILES = [
  'base.dat.gz',
  'check.dat.gz',
  'tid.dat.gz',
  'tid_pos.dat.gz',
  'tid_map.dat.gz',
  'cc.dat.gz',
  'unk.dat.gz',
  'unk_pos.dat.gz',
  'unk_map.dat.gz',
  'unk_char.dat.gz',
  'unk_invoke.dat.gz',
] as const;
export type IpadicSourceFile = (typeof IPADIC_SOURCE_FILES)[number];

/** String id of a feature kuromoji leaves undefined (a short feature line). */
export const NO_STRING = 0xffffffff;

const utf8 = new TextDecoder('utf-8', { fatal: true });

class Bytes {
  private readonly dv: DataView;
  constructor(readonly b: Uint8Array) {
    this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  /** kuromoji's ByteBuffer returns 0 for reads past the end. */
  int(i: number): number {
    return i + 4 <= this.b.length ? this.dv.getInt32(i, true) : 0;
  }
  short(i: number): number {
    return i + 2 <= this.b.length ? this.dv.getInt16(i, true) : 0;
  }
  /** NUL-terminated UTF-8 string at `i` and the position after its terminator. */
  string(i: number): [string, number] {
    let end = i;
    while (end < this.b.length && this.b[end] !== 0) end++;
    return [utf8.decode(this.b.subarray(i, end)), end + 1];
  }
}

class StringPool {
  private readonly ids = new Map<string, number>();
  private chars = new Uint16Array(1 << 20);
  private length = 0;
  private readonly offsets: number[] = [0];

  id(s: string | undefined): number {
    if (s === undefined) return NO_STRING;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.offsets.length - 1;
      this.ids.set(s, id);
      while (this.length + s.length > this.chars.length) {
        const grown = new Uint16Array(this.chars.length * 2);
        grown.set(this.chars);
        this.chars = grown;
      }
      for (let i = 0; i < s.length; i++) this.chars[this.length++] = s.charCodeAt(i);
      this.offsets.push(this.length);
    }
    return id;
  }

  finish(): { strOffsets: Uint32Array; strChars: Uint16Array } {
    return { strOffsets: Uint32Array.from(this.offsets), strChars: this.chars.slice(0, this.length) };
  }
}

/** kuromoji's loadTargetMap: key → entry byte offsets, in file order. */
function readTargetMap(buf: Uint8Array): Map<number, number[]> {
  const b = new Bytes(buf);
  const map = new Map<number, number[]>();
  let p = 4; // the declared key count, unused by kuromoji's reader
  while (buf.length >= p + 1) {
    const key = b.int(p);
    const n = b.int(p + 4);
    p += 8;
    for (let i = 0; i < n; i++, p += 4) {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(b.int(p));
    }
  }
  return map;
}

function compileTable(
  tid: Uint8Array,
  tidPos: Uint8Array,
  tidMap: Uint8Array,
  strings: StringPool,
  posIndex: Map<string, number>,
  posTuples: number[],
): EntryTable {
  const map = readTargetMap(tidMap);
  let maxKey = -1;
  let maxEntry = -1;
  for (const [key, ids] of map) {
    if (key < 0) throw new Error(`IPADIC target map: negative key ${key}`);
    maxKey = Math.max(maxKey, key);
    for (const id of ids) {
      if (id % 10 !== 0 || id < 0) throw new Error(`IPADIC target map: entry offset ${id} is not an entry`);
      maxEntry = Math.max(maxEntry, id / 10);
    }
  }
  const mapOffsets = new Uint32Array(maxKey + 2);
  const mapEntries: number[] = [];
  for (let k = 0; k <= maxKey; k++) {
    mapOffsets[k] = mapEntries.length;
    for (const id of map.get(k) ?? []) mapEntries.push(id / 10);
  }
  mapOffsets[maxKey + 1] = mapEntries.length;

  const n = maxEntry + 1;
  const t = {
    mapOffsets,
    mapEntries: Uint32Array.from(mapEntries),
    left: new Int16Array(n),
    right: new Int16Array(n),
    cost: new Int16Array(n),
    pos: new Uint16Array(n),
    surface: new Uint32Array(n),
    basic: new Uint32Array(n),
    reading: new Uint32Array(n),
    pron: new Uint32Array(n),
  };
  const d = new Bytes(tid);
  const p = new Bytes(tidPos);
  for (let e = 0; e < n; e++) {
    const at = e * 10;
    t.left[e] = d.short(at);
    t.right[e] = d.short(at + 2);
    t.cost[e] = d.short(at + 4);
    const f = p.string(d.int(at + 6))[0].split(',');
    const tuple = [1, 2, 3, 4, 5, 6].map((i) => strings.id(f[i]));
    const key = tuple.join(',');
    let pos = posIndex.get(key);
    if (pos === undefined) {
      pos = posIndex.size;
      posIndex.set(key, pos);
      posTuples.push(...tuple);
    }
    t.pos[e] = pos;
    t.surface[e] = strings.id(f[0]);
    t.basic[e] = strings.id(f[7]);
    t.reading[e] = strings.id(f[8]);
    t.pron[e] = strings.id(f[9]);
  }
  if (posIndex.size > 0xffff) throw new Error('IPADIC: too many part-of-speech tuples for 16 bits');
  return t;
}

/** Character classes of unk_invoke.dat (the file is zero-padded: the list ends at the first nameless class). */
function readClasses(buf: Uint8Array) {
  const b = new Bytes(buf);
  const invoke: number[] = [];
  const group: number[] = [];
  const names: string[] = [];
  let p = 0;
  while (p + 1 < buf.length) {
    const [name, next] = b.string(p + 6);
    if (name === '') break;
    invoke.push(buf[p]!);
    group.push(buf[p + 1]!);
    names.push(name);
    p = next;
  }
  if (new Set(names).size !== names.length) throw new Error('IPADIC: duplicate character class names');
  return { invoke, group, names };
}

export function compileIpadic(files: Record<IpadicSourceFile, Uint8Array>, source: string): CompactIpadic {
  const strings = new StringPool();
  const posIndex = new Map<string, number>();
  const posTuples: number[] = [];
  const known = compileTable(
    files['tid.dat.gz'],
    files['tid_pos.dat.gz'],
    files['tid_map.dat.gz'],
    strings,
    posIndex,
    posTuples,
  );
  const unknown = compileTable(
    files['unk.dat.gz'],
    files['unk_pos.dat.gz'],
    files['unk_map.dat.gz'],
    strings,
    posIndex,
    posTuples,
  );

  const int32 = (b: Uint8Array) => new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  const base = int32(files['base.dat.gz']);
  const check = int32(files['check.dat.gz']);
  // doublearray's shrink(): keep up to the last used node, plus one.
  let last = check.length - 1;
  while (last >= 0 && check[last]! < 0) last--;
  const trieLength = Math.min(check.length, last + 2);

  const cc = files['cc.dat.gz'];
  const charClass = files['unk_char.dat.gz'].slice(0, 65536);
  const classes = readClasses(files['unk_invoke.dat.gz']);
  const defaultClass = classes.names.indexOf('DEFAULT');
  if (defaultClass < 0) throw new Error('IPADIC: no DEFAULT character class');
  for (const c of charClass) {
    if (c >= classes.names.length) throw new Error(`IPADIC: character class ${c} is not defined`);
  }
  return {
    source,
    base: base.slice(0, trieLength),
    check: check.slice(0, trieLength),
    known,
    unknown,
    cc: new Int16Array(cc.buffer.slice(cc.byteOffset, cc.byteOffset + cc.byteLength)),
    charClass,
    classInvoke: Uint8Array.from(classes.invoke),
    classGroup: Uint8Array.from(classes.group),
    defaultClass,
    posTuples: Uint32Array.from(posTuples),
    ...strings.finish(),
  };
}
