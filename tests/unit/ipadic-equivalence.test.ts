/**
 * The compact IPADIC and our lattice give exactly stock kuromoji 0.1.2's tokens: every field the
 * extension reads (KNOWN/UNKNOWN, position, surface, the four POS levels, conjugation type and form,
 * base form, reading) over 20,000+ generated sentences and multi-sentence texts, the core's tokens,
 * and the annotations of the sample article with the glossary stages on. Not compared: `word_id`,
 * an offset into kuromoji's entry file (the compact file renumbers entries so each word's are
 * contiguous; the Viterbi order among them is kept), and `pronunciation`, which the compact file
 * does not store because nothing but this comparison read it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenize } from '../../src/core/types';
import {
  compileIpadicFromDir,
  compactIpadicBytes,
  loadNodeIpadic,
} from '../../src/tokenizer-host/node-dictionary';
import { createAnnotator } from '../../src/tokenizer-host/create-annotator';
import type { IpadicTokenizer } from '../../src/tokenizer-host/ipadic/tokenizer';
import { loadNodeGlossary } from '../../src/tokenizer-host/load-glossary-node';
import { ipadicCorpus } from '../helpers/ipadic-corpus';
import { loadStockKuromoji, toCoreTokens, type IpadicToken } from '../helpers/stock-kuromoji';

const SENTENCES = 20_000;

let stock: (text: string) => IpadicToken[];
/** Stock kuromoji's tokens without the two fields the compact IPADIC does not give (see above). */
const stockContract = (text: string) =>
  stock(text).map(({ word_id: _id, pronunciation: _pron, ...token }) => token);
let compact: IpadicTokenizer;

beforeAll(async () => {
  [stock, compact] = await Promise.all([loadStockKuromoji(), loadNodeIpadic()]);
}, 120_000);

/** Compare text by text; report the first few that differ rather than one giant diff. */
function mismatches<T>(texts: readonly string[], a: (t: string) => T, b: (t: string) => T): string[] {
  const bad: string[] = [];
  for (const t of texts) {
    const x = JSON.stringify(a(t));
    const y = JSON.stringify(b(t));
    if (x !== y && bad.push(`${JSON.stringify(t)}\n  stock:   ${x}\n  compact: ${y}`) >= 5) break;
  }
  return bad;
}

describe('compact IPADIC tokenizer ≡ stock kuromoji', () => {
  const corpus = ipadicCorpus(SENTENCES);

  it('generates the corpus deterministically, with every kind of sentence', () => {
    expect(corpus).toHaveLength(SENTENCES);
    expect(ipadicCorpus(50)).toEqual(corpus.slice(0, 50));
    expect(corpus.some((s) => /[\ud800-\udbff]/.test(s))).toBe(true); // surrogate pairs
    expect(corpus.some((s) => /[ｦ-ﾟ]/.test(s))).toBe(true); // half-width katakana
  });

  it(`gives kuromoji's tokens, every field, and the core's tokens, on ${SENTENCES} sentences`, () => {
    const bad: string[] = [];
    for (const t of corpus) {
      const raw = stock(t);
      const x = JSON.stringify([stockContract(t), toCoreTokens(t, raw)]);
      const y = JSON.stringify([compact.tokenizeIpadic(t), compact.tokenize(t)]);
      if (x !== y && bad.push(`${JSON.stringify(t)}\n  stock:   ${x}\n  compact: ${y}`) >= 5) break;
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it('gives the same tokens on texts of many sentences (positions carry across 、 and 。)', () => {
    const texts: string[] = [];
    for (let i = 0; i + 12 <= 6_000; i += 12) texts.push(corpus.slice(i, i + 12).join(''));
    expect(mismatches(texts, stockContract, (t) => compact.tokenizeIpadic(t))).toEqual([]);
  }, 120_000);

  it('gives the same annotations of the sample article, glossary stages included', async () => {
    const glossary = await loadNodeGlossary();
    const stockTokenize: Tokenize = (t) => toCoreTokens(t, stock(t));
    const a = createAnnotator(stockTokenize, glossary);
    const b = createAnnotator(compact.tokenize, glossary);
    const article = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-article.txt'), 'utf8');
    const paragraphs = [article, ...article.split('\n').filter((p) => p.trim())];
    for (const p of paragraphs) expect(b(p)).toEqual(a(p));
    expect(a(article).ruby.length).toBeGreaterThan(300);
  }, 60_000);
});

/**
 * The compiled file for kuromoji 0.1.2 and format 4, on any machine (CI compiles it fresh after
 * `npm ci`). Changing the format or the kuromoji version changes it: update it with the new checksum.
 */
const COMPILED_SHA256 = '4d4812cb9f3b730fa0d15f76b21d43c1f01897b763b951602aa5ae274a605e47';

describe('compact IPADIC build', () => {
  it('is deterministic: compiling again gives the cached bytes, with the recorded checksum', async () => {
    const [fresh, cached] = await Promise.all([compileIpadicFromDir(), compactIpadicBytes()]);
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(sha(fresh)).toBe(sha(cached));
    expect(sha(fresh)).toBe(COMPILED_SHA256);
    // Far smaller than kuromoji's 100 MB of unpacked buffers.
    expect(fresh.byteLength).toBeLessThan(16 * 1024 * 1024);
  }, 120_000);
});
