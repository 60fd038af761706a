import { readingUnits, type ReadingLookups } from './reading/reading-pipeline';
import { rubyFromUnits } from './reading/ruby-from-units';
import { foldDigitsToFullWidth, replaceLoneSurrogates } from './text/chars';
import type { Annotation, GlossaryTerm, Token, Tokenize } from './types';

/**
 * Optional stages plugged into the pipeline by the extension and the CLI. The reading lookups
 * (`nameReading`, `kanjiReadings`, `readingOverrides`) improve readings when the host has the data.
 */
export interface AnnotateOptions extends ReadingLookups {
  /** Glossary detection over the original text and its tokens. */
  detectTerms?: (text: string, tokens: readonly Token[]) => GlossaryTerm[];
}

/**
 * The one pipeline: text → ruby spans (+ glossary terms). Offsets are UTF-16 indices into `text`.
 * Never throws on odd input (lone surrogates, emoji, Latin, tokens without readings).
 */
export function annotate(text: string, tokenize: Tokenize, options: AnnotateOptions = {}): Annotation {
  if (text.length === 0) return { ruby: [], terms: [] };
  // Length-preserving fold so IPADIC sees counters (５月 → がつ); offsets stay valid for `text`.
  const folded = replaceLoneSurrogates(foldDigitsToFullWidth(text));
  const tokens = tokenize(folded);
  const units = readingUnits(tokens, options);
  const ruby = rubyFromUnits(units, options.kanjiReadings, options.kanjiLevel);
  // The spans are new objects: their base is set to the original text (not the folded one) in place.
  for (const r of ruby) r.base = text.slice(r.start, r.end);
  const terms = options.detectTerms ? options.detectTerms(text, tokens) : [];
  return { ruby, terms };
}
