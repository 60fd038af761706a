import Tokenizer, { type IpadicToken } from 'kuromoji/src/Tokenizer.js';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import type { Token, Tokenize } from '../core/types';

/** The 12 IPADIC files shipped by the kuromoji package (gzipped). */
export const KUROMOJI_DICT_FILES = [
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
  'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
] as const;
export type KuromojiDictFile = (typeof KUROMOJI_DICT_FILES)[number];

/** Reads one dictionary file and returns its *decompressed* bytes. */
export type ReadDictFile = (name: KuromojiDictFile) => Promise<ArrayBuffer>;

export class DictionaryLoadError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `Could not load the Japanese dictionary file ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'DictionaryLoadError';
  }
}

/**
 * Build kuromoji's tokenizer from the IPADIC files, read by a platform-specific `read`
 * (fetch + DecompressionStream in browsers, fs + zlib in Node). Fails with DictionaryLoadError
 * naming the file, never with a half-built tokenizer.
 */
export async function buildKuromojiTokenizer(read: ReadDictFile): Promise<Tokenize> {
  const buffers = await Promise.all(
    KUROMOJI_DICT_FILES.map(async (name) => {
      try {
        const buf = await read(name);
        if (buf.byteLength === 0) throw new Error('empty file');
        return buf;
      } catch (err) {
        throw new DictionaryLoadError(name, err);
      }
    }),
  );
  const b = Object.fromEntries(KUROMOJI_DICT_FILES.map((n, i) => [n, buffers[i]!])) as Record<
    KuromojiDictFile,
    ArrayBuffer
  >;
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(b['base.dat.gz']), new Int32Array(b['check.dat.gz']));
  dic.loadTokenInfoDictionaries(
    new Uint8Array(b['tid.dat.gz']),
    new Uint8Array(b['tid_pos.dat.gz']),
    new Uint8Array(b['tid_map.dat.gz']),
  );
  dic.loadConnectionCosts(new Int16Array(b['cc.dat.gz']));
  dic.loadUnknownDictionaries(
    new Uint8Array(b['unk.dat.gz']),
    new Uint8Array(b['unk_pos.dat.gz']),
    new Uint8Array(b['unk_map.dat.gz']),
    new Uint8Array(b['unk_char.dat.gz']),
    new Uint32Array(b['unk_compat.dat.gz']),
    new Uint8Array(b['unk_invoke.dat.gz']),
  );
  const tokenizer = new Tokenizer(dic);
  return (text: string) => toTokens(text, tokenizer.tokenize(text));
}

/** Convert IPADIC tokens, computing UTF-16 offsets from the surfaces (kuromoji counts code points). */
function toTokens(text: string, raw: IpadicToken[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const t of raw) {
    const at = text.startsWith(t.surface_form, cursor) ? cursor : text.indexOf(t.surface_form, cursor);
    const start = at < 0 ? cursor : at;
    tokens.push({
      surface: t.surface_form,
      start,
      reading: t.reading && t.reading !== '*' ? t.reading : undefined,
      pos: t.pos,
      pos1: t.pos_detail_1,
      pos2: t.pos_detail_2,
      pos3: t.pos_detail_3,
      basic: t.basic_form,
      conjugatedForm: t.conjugated_form,
      known: t.word_type === 'KNOWN',
    });
    cursor = start + t.surface_form.length;
  }
  return tokens;
}
