import { annotate } from '../core/annotate';
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
  const kanjiReadings = glossary
    ? (kanji: string) => {
        const r = glossary.kanjiReadings(kanji);
        return r ? [...r.on, ...r.kun] : undefined;
      }
    : undefined;
  return (text) =>
    annotate(text, tokenize, {
      ...(glossary
        ? { detectTerms: glossary.detectTerms, nameReading: glossary.nameReading, kanjiReadings }
        : {}),
      ...(readingOverrides ? { readingOverrides: readingOverrides() } : {}),
    });
}
