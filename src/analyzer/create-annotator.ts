import { annotate, type AnnotateOptions } from '../core/annotate';
import type { Glossary } from '../core/glossary/glossary';
import type { Annotation, Tokenize } from '../core/types';

/**
 * The pipeline wired to its data, once for every host (CLI, offscreen document, service worker,
 * Firefox background): tokenizer + glossary (terms, name readings, KANJIDIC) + user corrections.
 */
export function createAnnotator(
  tokenize: Tokenize,
  glossary: Glossary | undefined,
  readingOverrides?: () => ReadonlyMap<string, string>,
): (text: string) => Annotation {
  const options: AnnotateOptions = glossary
    ? {
        detectTerms: glossary.detectTerms,
        nameReading: glossary.nameReading,
        kanjiReadings: glossary.kanjiReadings,
      }
    : {};
  if (!readingOverrides) return (text) => annotate(text, tokenize, options);
  return (text) => annotate(text, tokenize, { ...options, readingOverrides: readingOverrides() });
}
