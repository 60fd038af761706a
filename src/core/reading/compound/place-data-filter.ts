import { PLACE_TAGS } from '../../glossary/names';
import { toHiragana } from '../../text/chars';
import type { Token, Tokenize } from '../../types';
import { morphsFromTokens } from '../morph';
import { readDictionaryCompounds } from './dictionary-compounds';

/**
 * For the dictionary build: which ENAMDICT place names the dictionary-compounds stage needs. IPADIC
 * lacks most place and facility names and reads their pieces one by one (X城 X島 X公園); ENAMDICT
 * has ~120k of them with a single reading, but only those the stage would change are worth shipping.
 * Keep a place when
 *  - ENAMDICT tags it a place or station, and gives the surface exactly one reading;
 *  - the stage, run on IPADIC's tokens of the surface, replaces IPADIC's reading with it (so IPADIC
 *    splits it into compound pieces, reads it otherwise, and no common word inside it changes).
 * IPADIC splits a word differently at the end of the text than before a particle (三宅島 is one
 * token alone, 三宅 + 島 before で), and in running text a particle usually follows: both are tried.
 * `readings` are all of ENAMDICT's readings of the surface, `tags` all its entries' tags.
 */
export function isPlaceWorthShipping(
  surface: string,
  readings: readonly string[],
  tags: readonly string[],
  tokenize: Tokenize,
): boolean {
  if (!tags.some((t) => PLACE_TAGS.has(t))) return false;
  const distinct = new Set(readings.map((r) => toHiragana(r)));
  if (distinct.size !== 1) return false;
  const reading = [...distinct][0]!;
  return (
    stageReads(surface, reading, tokenize(surface)) ||
    stageReads(surface, reading, tokensOf(surface, tokenize(surface + 'の')))
  );
}

/** The tokens that cover exactly the first `surface.length` characters, or [] when one straddles. */
function tokensOf(surface: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.start >= surface.length) break;
    if (t.start + t.surface.length > surface.length) return [];
    out.push(t);
  }
  return out;
}

function stageReads(surface: string, reading: string, tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  const read = readDictionaryCompounds(morphsFromTokens(tokens), (s) =>
    s === surface ? [reading] : undefined,
  );
  return read.length === 1 && read[0]!.reading === reading;
}
