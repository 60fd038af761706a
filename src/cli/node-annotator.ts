import { loadNodeTokenizer } from '../analyzer/node-dictionary';
import { annotate } from '../core/annotate';
import type { Annotation } from '../core/types';

/** The core pipeline wired to Node's dictionary loaders. */
export async function createNodeAnnotator(): Promise<(text: string) => Annotation> {
  const tokenize = await loadNodeTokenizer();
  return (text) => annotate(text, tokenize);
}
