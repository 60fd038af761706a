/**
 * Stock kuromoji 0.1.2 over its own gzipped IPADIC files, built the way kuromoji's loader builds it:
 * the reference the compact IPADIC tokenizer is proven equal to (tests/unit/ipadic-equivalence) and
 * the baseline of `npm run bench`. Never shipped.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Tokenizer, { type IpadicToken } from 'kuromoji/src/Tokenizer.js';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import type { Token } from '../../src/core/types';
import { kuromojiDictDir } from '../../src/tokenizer-host/node-dictionary';

export type { IpadicToken };

export async function loadStockKuromoji(dir = kuromojiDictDir()): Promise<(text: string) => IpadicToken[]> {
  const read = async (name: string) => {
    const raw = gunzipSync(await readFile(join(dir, `${name}.dat.gz`)));
    return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
  };
  const names = [
    'base',
    'check',
    'tid',
    'tid_pos',
    'tid_map',
    'cc',
    'unk',
    'unk_pos',
    'unk_map',
    'unk_char',
    'unk_compat',
    'unk_invoke',
  ];
  const b = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await read(n)] as const)),
  ) as Record<string, ArrayBuffer>;
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(b.base!), new Int32Array(b.check!));
  dic.loadTokenInfoDictionaries(
    new Uint8Array(b.tid!),
    new Uint8Array(b.tid_pos!),
    new Uint8Array(b.tid_map!),
  );
  dic.loadConnectionCosts(new Int16Array(b.cc!));
  dic.loadUnknownDictionaries(
    new Uint8Array(b.unk!),
    new Uint8Array(b.unk_pos!),
    new Uint8Array(b.unk_map!),
    new Uint8Array(b.unk_char!),
    new Uint32Array(b.unk_compat!),
    new Uint8Array(b.unk_invoke!),
  );
  const tokenizer = new Tokenizer(dic);
  return (text) => tokenizer.tokenize(text);
}

/** The adapter the extension used over stock kuromoji: UTF-16 offsets found from the surfaces. */
export function toCoreTokens(text: string, raw: readonly IpadicToken[]): Token[] {
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
