import { loadNodeTokenizer } from '../../src/tokenizer-host/node-dictionary';
import { annotate, type AnnotateOptions } from '../../src/core/annotate';
import type { Tokenize } from '../../src/core/types';

let tokenize: Tokenize | undefined;

/** The real IPADIC tokenizer, loaded once per test file (about a second). */
export async function ipadic(): Promise<Tokenize> {
  tokenize ??= await loadNodeTokenizer();
  return tokenize;
}

/** The pipeline's ruby for `text` as `base=reading` strings, in text order. */
export function rubyOf(tok: Tokenize, text: string, options: AnnotateOptions = {}): string[] {
  return annotate(text, tok, options).ruby.map((r) => `${r.base}=${r.reading}`);
}

/** The reading the pipeline puts over `base` (the first ruby whose base it is), or undefined. */
export function readingOver(
  tok: Tokenize,
  text: string,
  base: string,
  options: AnnotateOptions = {},
): string | undefined {
  return annotate(text, tok, options).ruby.find((r) => r.base === base)?.reading;
}
