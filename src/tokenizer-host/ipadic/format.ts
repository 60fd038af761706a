/**
 * The compact IPADIC container: one uncompressed file of typed-array sections that is used in place
 * (views on the fetched/read buffer; no gunzip, no per-entry JS objects). Layout:
 *   8 bytes magic "YMTKIPA1" · u32 JSON header length · JSON header · zero padding to 8 · sections
 * The JSON header names each section's element type, byte offset and element count, and says which
 * kuromoji release it was compiled from (the Node cache recompiles when that changes).
 * Sections are little-endian (every platform the extension and CLI run on); the loader checks.
 */

const MAGIC = 'YMTKIPA1';
/** The compiled file's name wherever it is shipped or cached. */
export const IPADIC_FILE = 'ipadic.bin';
/** Bump when the layout or the meaning of a section changes: cached files are then recompiled. */
export const FORMAT_VERSION = 4;

const ARRAY_TYPES = {
  i32: Int32Array,
  u32: Uint32Array,
  i16: Int16Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;
type ElementType = keyof typeof ARRAY_TYPES;
type AnyTypedArray = Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array;

/** String id of a feature kuromoji leaves undefined (a short feature line). */
export const NO_STRING = 0xffffffff;
/**
 * `basic` of a known word whose base form is its surface (250,782 of IPADIC's 392,126 entries): the
 * surface is the text the trie matched, so the string need not be stored.
 */
export const SAME_AS_SURFACE = 0xffff;
/** Bit of `context` set on the last entry of a group (the rest is the context id, < 1316). */
export const LAST_IN_GROUP = 0x8000;

/**
 * The dictionary entries: IPADIC's known words, then the unknown-word templates. Entries are
 * renumbered so that each trie record's entries (and each character class's templates) are
 * contiguous, in kuromoji's order (it decides Viterbi ties). Neither a surface nor a pronunciation
 * is stored: a known word's surface is the matched text (kuromoji's surface_form is the trie key),
 * an unknown word's is the text its class spans, and nothing of ours reads the pronunciation.
 */
export interface EntryTable {
  /**
   * Context id | LAST_IN_GROUP. In IPADIC an entry's left and right context ids are the same, and
   * the id decides the part of speech (contextPos), so one column stands for three (the compiler
   * checks both).
   */
  context: Uint16Array;
  cost: Int16Array;
  /**
   * String id of the base form, or SAME_AS_SURFACE. The pool holds the 16,364 distinct other base
   * forms (and the part-of-speech strings) before any reading, so 16 bits suffice.
   */
  basic: Uint16Array;
  /** String id of the reading (NO_STRING when the feature line has none). */
  reading: Uint32Array;
}

export interface CompactIpadic {
  source: string;
  /**
   * Double-array trie over UTF-16 code units (unit-trie.ts) with kuromoji's keys; a key leads to
   * −1 − (the first entry of its record).
   */
  base: Int32Array;
  check: Int32Array;
  /** UTF-16 code unit → the trie's alphabet code (0: in no key). */
  unitCode: Uint16Array;
  entries: EntryTable;
  /** Unknown-word templates of character class c: entries[classEntries[c] .. classEntries[c+1]). */
  classEntries: Uint32Array;
  /** Connection costs: [0] forward size, [1] backward size, then right×backward + left. */
  cc: Int16Array;
  /** UTF-16 code unit → character class id (IPADIC char.def as kuromoji compiled it). */
  charClass: Uint8Array;
  classInvoke: Uint8Array;
  classGroup: Uint8Array;
  defaultClass: number;
  /** Six string ids per context id: part of speech ×4, conjugation type, conjugation form. */
  contextPos: Uint32Array;
  /** String pool: UTF-16 code units, string i is chars[offsets[i] .. offsets[i+1]). */
  strOffsets: Uint32Array;
  strChars: Uint16Array;
}

const TABLE_FIELDS = ['context', 'cost', 'basic', 'reading'] as const;
const TOP_FIELDS = [
  'base',
  'check',
  'unitCode',
  'classEntries',
  'cc',
  'charClass',
  'classInvoke',
  'classGroup',
  'contextPos',
  'strOffsets',
  'strChars',
] as const;

function typeOf(a: AnyTypedArray): ElementType {
  for (const [name, ctor] of Object.entries(ARRAY_TYPES)) if (a instanceof ctor) return name as ElementType;
  throw new Error('compact IPADIC: unsupported array type');
}

function sections(d: CompactIpadic): [string, AnyTypedArray][] {
  const out: [string, AnyTypedArray][] = TOP_FIELDS.map((f) => [f, d[f]]);
  for (const f of TABLE_FIELDS) out.push([`entries.${f}`, d.entries[f]]);
  return out;
}

const align8 = (n: number) => (n + 7) & ~7;

/** Serialise (deterministic: fixed section order, zero padding). */
export function writeCompactIpadic(d: CompactIpadic): Uint8Array {
  const list = sections(d);
  const entries: Record<string, [ElementType, number, number]> = {};
  // Offsets are relative to the end of the header, so the header can be sized after they are known.
  let offset = 0;
  for (const [name, arr] of list) {
    entries[name] = [typeOf(arr), offset, arr.length];
    offset = align8(offset + arr.byteLength);
  }
  const header = new TextEncoder().encode(
    JSON.stringify({ source: d.source, defaultClass: d.defaultClass, sections: entries }),
  );
  const dataStart = align8(12 + header.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, 12);
  for (const [name, arr] of list) {
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), dataStart + entries[name]![1]);
  }
  return out;
}

class CompactFormatError extends Error {
  override name = 'CompactFormatError';
}

/** The `source` a file says it was compiled from, or undefined when it is not a compact IPADIC. */
export function compactIpadicSource(bytes: Uint8Array): string | undefined {
  try {
    return readHeader(bytes).header.source;
  } catch {
    return undefined;
  }
}

interface Header {
  source: string;
  defaultClass: number;
  sections: Record<string, [ElementType, number, number]>;
}

function readHeader(bytes: Uint8Array): { header: Header; dataStart: number } {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw new CompactFormatError('not a compact IPADIC file');
  }
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (12 + len > bytes.length) throw new CompactFormatError('truncated header');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + len))) as Header;
  return { header, dataStart: align8(12 + len) };
}

/** Views on `bytes` (no copy when it starts 8-byte aligned, which fetch and fs buffers of this size do). */
export function readCompactIpadic(input: Uint8Array): CompactIpadic {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
    throw new CompactFormatError('big-endian platforms are not supported');
  }
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const { header, dataStart } = readHeader(bytes);
  const view = (name: string): AnyTypedArray => {
    const s = header.sections[name];
    if (!s) throw new CompactFormatError(`missing section ${name}`);
    const [type, off, count] = s;
    const ctor = ARRAY_TYPES[type];
    const start = bytes.byteOffset + dataStart + off;
    if (start + count * ctor.BYTES_PER_ELEMENT > bytes.byteOffset + bytes.byteLength) {
      throw new CompactFormatError(`section ${name} runs past the end of the file`);
    }
    return new ctor(bytes.buffer as ArrayBuffer, start, count);
  };
  return {
    ...(Object.fromEntries(TOP_FIELDS.map((f) => [f, view(f)])) as Pick<
      CompactIpadic,
      (typeof TOP_FIELDS)[number]
    >),
    source: header.source,
    defaultClass: header.defaultClass,
    entries: Object.fromEntries(TABLE_FIELDS.map((f) => [f, view(`entries.${f}`)])) as unknown as EntryTable,
  };
}
