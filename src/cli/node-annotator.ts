import { createAnnotator } from '../tokenizer-host/create-annotator';
import { loadNodeTokenizer } from '../tokenizer-host/node-dictionary';
import type { Annotation } from '../core/types';
import { loadNodeGlossary } from '../tokenizer-host/load-glossary-node';

/** The core pipeline wired to Node's dictionary loaders. */
export async function createNodeAnnotator(): Promise<(text: string) => Annotation> {
  const [tokenize, glossary] = await Promise.all([loadNodeTokenizer(), loadNodeGlossary()]);
  return createAnnotator(tokenize, glossary);
}
