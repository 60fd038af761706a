import type { Edict } from './edict';
import type { Names } from './names';
import type { NewsGlossary } from './news-glossary';

/** The dictionaries term detection reads: the curated news glossary, ENAMDICT names and EDICT. */
export interface TermSources {
  news: NewsGlossary;
  names: Names;
  edict: Edict;
}
