import { annotate, type AnnotateOptions } from '../core/annotate';
import type { Glossary } from '../core/glossary/glossary';
import type { Annotation, Tokenize } from '../core/types';

/** Text → annotation; `overrides` are the reader's corrections for this call (surface → reading). */
export type Annotator = (text: string, overrides?: ReadonlyMap<string, string>) => Annotation;

/**
 * The pipeline wired to its data, once for every host (CLI, offscreen document, service worker,
 * Firefox background): tokenizer + glossary (terms, name readings, readings of compounds and places,
 * KANJIDIC) + user corrections, either per call (the tokenizer host gets them with each request) or from
 * `readingOverrides`.
 */
export function createAnnotator(
  tokenize: Tokenize,
  glossary: Glossary | undefined,
  readingOverrides?: () => ReadonlyMap<string, string>,
): Annotator {
  const options: AnnotateOptions = glossary
    ? {
        detectTerms: glossary.detectTerms,
        nameReading: glossary.nameReading,
        kanjiReadings: glossary.kanjiReadings,
        compoundReadings: glossary.compoundReadings,
      }
    : {};
  return (text, overrides) => {
    const corrections = overrides ?? readingOverrides?.();
    return annotate(text, tokenize, corrections ? { ...options, readingOverrides: corrections } : options);
  };
}
