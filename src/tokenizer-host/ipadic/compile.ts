/**
 * Compile kuromoji's IPADIC files (already gunzipped) into the compact container (format.ts).
 * Pure and deterministic: the same input bytes give the same output bytes. What changes, and why:
 *  - kuromoji's trie over UTF-8 bytes (1.36M cells, 10.8 MB) becomes a trie of the same keys over
 *    UTF-16 code units (unit-trie.ts: 0.5M cells, 4.2 MB; and the tokenizer need not encode text);
 *    the unk*.dat buffers (23 MB of zero padding) shrink to their few hundred entries;
 *  - each entry's feature line ("surface,pos,…,reading,pronunciation", 42 MB of UTF-8 in tid_pos.dat)
 *    becomes ids of its base form and reading in one pool of distinct strings; the part of speech
 *    follows from the context id; the surface is the matched text (kuromoji's builder makes the trie
 *    keys of feature 0, so a known entry's surface is its key) and the pronunciation is not kept;
 *  - the target maps (kuromoji builds a JS object of arrays from them) go away: entries are
 *    renumbered so each trie record's are contiguous, the trie leaf points at the first and a bit of
 *    `context` marks the last; the unknown-word templates are found by class in a small offset array.
 * Every read mirrors kuromoji's own (little-endian, signed shorts, out-of-range reads as 0), so the
 * tokenizer over this data gives kuromoji's tokens; tests/unit/ipadic-equivalence.test.ts proves it.
 */
import { type CompactIpadic, type EntryTable, LAST_IN_GROUP, NO_STRING, SAME_AS_SURFACE } from './format';
import { buildUnitTrie, type TrieKey } from './unit-trie';

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

/** kuromoji's loadTargetMap: key → entry ids (byte offset / 10 in tid.dat), in file order. */
function readTargetMap(buf: Uint8Array): Map<number, number[]> {
  const b = new Bytes(buf);
  const map = new Map<number, number[]>();
  let p = 4; // the declared key count, unused by kuromoji's reader
  while (buf.length >= p + 1) {
    const key = b.int(p);
    const n = b.int(p + 4);
    p += 8;
    if (key < 0) throw new Error(`IPADIC target map: negative key ${key}`);
    for (let i = 0; i < n; i++, p += 4) {
      const offset = b.int(p);
      if (offset % 10 !== 0 || offset < 0) throw new Error(`IPADIC target map: ${offset} is not an entry`);
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(offset / 10);
    }
  }
  return map;
}

/**
 * Builds the one entry table, group by group (a trie record's words, a character class's templates),
 * each group's entries contiguous and in the target map's order. Readings are pooled only in
 * `finish`, after every base form, so that base forms get the small ids their 16 bits can hold.
 */
class EntryTableBuilder {
  private readonly context: number[] = [];
  private readonly cost: number[] = [];
  private readonly basic: number[] = [];
  private readonly readings: (string | undefined)[] = [];
  /** Context id → its six part-of-speech string ids (joined, to compare). */
  private readonly posOfContext = new Map<number, string>();

  constructor(private readonly strings: StringPool) {}

  get size(): number {
    return this.context.length;
  }

  /** Appends the entries `ids` of tid/tidPos; `known`: their surface is the trie key (feature 0). */
  addGroup(tid: Bytes, tidPos: Bytes, ids: readonly number[], known: boolean): void {
    for (const id of ids) {
      const at = id * 10;
      const context = tid.short(at);
      if (tid.short(at + 2) !== context || context < 0 || context >= LAST_IN_GROUP) {
        throw new Error(`IPADIC entry ${id}: left and right context ids differ or are out of range`);
      }
      const f = tidPos.string(tid.int(at + 6))[0].split(',');
      const pos = [1, 2, 3, 4, 5, 6].map((i) => this.strings.id(f[i])).join(',');
      if ((this.posOfContext.get(context) ?? pos) !== pos) {
        throw new Error(`IPADIC: context id ${context} has more than one part of speech`);
      }
      this.posOfContext.set(context, pos);
      const sameAsSurface = known && f[7] === f[0];
      const basic = sameAsSurface ? SAME_AS_SURFACE : this.strings.id(f[7]);
      if (f[7] === undefined || (!sameAsSurface && basic >= SAME_AS_SURFACE)) {
        throw new Error(`IPADIC entry ${id}: no base form, or its string id needs more than 16 bits`);
      }
      this.context.push(context);
      this.cost.push(tid.short(at + 4));
      this.basic.push(basic);
      this.readings.push(f[8]);
    }
    if (ids.length > 0) this.context[this.context.length - 1]! |= LAST_IN_GROUP;
  }

  finish(): { entries: EntryTable; contextPos: Uint32Array } {
    const contexts = Math.max(...this.posOfContext.keys()) + 1;
    const contextPos = new Uint32Array(contexts * 6).fill(NO_STRING);
    for (const [context, pos] of this.posOfContext) contextPos.set(pos.split(',').map(Number), context * 6);
    return {
      entries: {
        context: Uint16Array.from(this.context),
        cost: Int16Array.from(this.cost),
        basic: Uint16Array.from(this.basic),
        reading: Uint32Array.from(this.readings, (r) => this.strings.id(r)),
      },
      contextPos,
    };
  }
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

/**
 * Every key of kuromoji's byte trie with the first entry of its record (entries are renumbered so a
 * record's are contiguous). Children are found from the check array in one pass (a cell t > 0 with
 * check[t] = s ≥ 0 is the child of s by byte t − base[s]), then keys are spelled depth-first; a key
 * ends where its terminator (byte 0) holds −1 − its record. A record without entries could not be
 * pointed at (kuromoji would count it as a match that adds no word), so it is refused.
 */
function trieKeys(base: Int32Array, check: Int32Array, firstEntry: Map<number, number>): TrieKey[] {
  const children = new Map<number, number[]>();
  for (let t = 1; t < check.length; t++) {
    const s = check[t]!;
    if (s < 0 || s === t) continue;
    let list = children.get(s);
    if (!list) children.set(s, (list = []));
    list.push(t);
  }
  const keys: TrieKey[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const bytes: number[] = [];
  const visit = (s: number): void => {
    for (const t of children.get(s) ?? []) {
      const byte = t - base[s]!;
      if (byte === 0) {
        const first = firstEntry.get(-base[t]! - 1);
        if (first === undefined) throw new Error(`IPADIC trie: record ${-base[t]! - 1} has no entries`);
        keys.push([utf8.decode(Uint8Array.from(bytes)), first]);
      } else {
        bytes.push(byte);
        visit(t);
        bytes.pop();
      }
    }
  };
  visit(0);
  return keys;
}

export function compileIpadic(files: Record<IpadicSourceFile, Uint8Array>, source: string): CompactIpadic {
  const strings = new StringPool();
  const entries = new EntryTableBuilder(strings);
  // Known words, record by record in key order (the order does not matter, only being deterministic).
  const knownMap = readTargetMap(files['tid_map.dat.gz']);
  const tid = new Bytes(files['tid.dat.gz']);
  const tidPos = new Bytes(files['tid_pos.dat.gz']);
  const firstEntry = new Map<number, number>();
  for (const record of [...knownMap.keys()].sort((a, b) => a - b)) {
    firstEntry.set(record, entries.size);
    entries.addGroup(tid, tidPos, knownMap.get(record)!, true);
  }

  const classes = readClasses(files['unk_invoke.dat.gz']);
  const unknownMap = readTargetMap(files['unk_map.dat.gz']);
  const unk = new Bytes(files['unk.dat.gz']);
  const unkPos = new Bytes(files['unk_pos.dat.gz']);
  const classEntries = new Uint32Array(classes.names.length + 1);
  for (let c = 0; c < classes.names.length; c++) {
    classEntries[c] = entries.size;
    entries.addGroup(unk, unkPos, unknownMap.get(c) ?? [], false);
  }
  classEntries[classes.names.length] = entries.size;
  for (const c of unknownMap.keys()) {
    if (c >= classes.names.length) throw new Error(`IPADIC: templates for undefined character class ${c}`);
  }

  const int32 = (b: Uint8Array) => new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  const base = int32(files['base.dat.gz']);
  const check = int32(files['check.dat.gz']);
  // doublearray's shrink(): keep up to the last used node, plus one.
  let last = check.length - 1;
  while (last >= 0 && check[last]! < 0) last--;
  const trieLength = Math.min(check.length, last + 2);
  const trie = buildUnitTrie(
    trieKeys(base.subarray(0, trieLength), check.subarray(0, trieLength), firstEntry),
  );

  const { entries: entryTable, contextPos } = entries.finish(); // before strings.finish(): readings
  const cc = files['cc.dat.gz'];
  const charClass = files['unk_char.dat.gz'].slice(0, 65536);
  const defaultClass = classes.names.indexOf('DEFAULT');
  if (defaultClass < 0) throw new Error('IPADIC: no DEFAULT character class');
  for (const c of charClass) {
    if (c >= classes.names.length) throw new Error(`IPADIC: character class ${c} is not defined`);
  }
  return {
    source,
    base: trie.base,
    check: trie.check,
    unitCode: trie.unitCode,
    entries: entryTable,
    classEntries,
    cc: new Int16Array(cc.buffer.slice(cc.byteOffset, cc.byteOffset + cc.byteLength)),
    charClass,
    classInvoke: Uint8Array.from(classes.invoke),
    classGroup: Uint8Array.from(classes.group),
    defaultClass,
    contextPos,
    ...strings.finish(),
  };
}
