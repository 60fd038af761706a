import { loadNodeTokenizer } from '../analyzer/node-dictionary';
import { annotate } from '../core/annotate';
import type { Annotation } from '../core/types';
import { loadNodeGlossary } from '../dictionaries/load-glossary-node';

/** The core pipeline wired to Node's dictionary loaders. */
export async function createNodeAnnotator(): Promise<(text: string) => Annotation> {
  const [tokenize, glossary] = await Promise.all([loadNodeTokenizer(), loadNodeGlossary()]);
  return (text) => annotate(text, tokenize, { detectTerms: glossary.detectTerms });
}
