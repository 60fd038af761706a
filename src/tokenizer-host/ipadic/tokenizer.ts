/**
 * Tokens from the compact IPADIC: the core's `Token`s, and kuromoji's own token shape (used by the
 * equivalence test against stock kuromoji). Text is cut after every 、 and 。 and each piece searched
 * alone, as kuromoji does.
 */
import type { Token, Tokenize } from '../../core/types';
import { type CompactIpadic, LAST_IN_GROUP, NO_STRING, SAME_AS_SURFACE } from './format';
import { KNOWN, Lattice } from './lattice';

/**
 * kuromoji's token (IpadicFormatter) without `word_id` (an offset into kuromoji's own entry file: our
 * entries are renumbered) and `pronunciation` (not stored); unknown words have no reading.
 */
interface IpadicToken {
  word_type: 'KNOWN' | 'UNKNOWN';
  word_position: number;
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  pos_detail_3: string;
  conjugated_type: string;
  conjugated_form: string;
  basic_form: string;
  reading?: string;
}

export interface IpadicTokenizer {
  tokenize: Tokenize;
  tokenizeIpadic(text: string): IpadicToken[];
}

/** Sentence pieces: each ends after 、 or 。 (kept), the last one at the end of the text. */
function* pieces(text: string): Generator<[string, number]> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x3002) {
      yield [text.slice(start, i + 1), start];
      start = i + 1;
    }
  }
  if (start < text.length) yield [text.slice(start), start];
}

export function createIpadicTokenizer(dic: CompactIpadic): IpadicTokenizer {
  const lattice = new Lattice(dic);
  const { strOffsets, strChars } = dic;
  // Decoded strings are few (the words of the texts seen); the cap keeps a long session bounded.
  const decoded = new Map<number, string>();
  const str = (id: number): string | undefined => {
    if (id === NO_STRING) return undefined;
    let s = decoded.get(id);
    if (s === undefined) {
      s = String.fromCharCode.apply(null, strChars.subarray(strOffsets[id]!, strOffsets[id + 1]!) as never);
      if (decoded.size >= 50_000) decoded.clear();
      decoded.set(id, s);
    }
    return s;
  };
  const contextPos: (string | undefined)[][] = [];
  for (let i = 0; i < dic.contextPos.length; i += 6) {
    contextPos.push(Array.from(dic.contextPos.subarray(i, i + 6), (id) => str(id)));
  }
  const { entries } = dic;
  const features = (e: number) => contextPos[entries.context[e]! & ~LAST_IN_GROUP]!;
  const basicOf = (e: number, surface: string) => {
    const id = entries.basic[e]!;
    return (id === SAME_AS_SURFACE ? surface : str(id)) as string;
  };

  function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let cursor = 0;
    for (const [piece] of pieces(text)) {
      for (const n of lattice.search(piece)) {
        const e = lattice.entry[n]!;
        const isKnown = lattice.kind[n] === KNOWN;
        const surface = piece.slice(lattice.from[n]!, lattice.to[n]!);
        const f = features(e);
        const reading = isKnown ? str(entries.reading[e]!) : undefined;
        // Offsets from the surfaces, as the stock tokenizer's adapter did (kuromoji counts code points).
        const at = text.startsWith(surface, cursor) ? cursor : text.indexOf(surface, cursor);
        const start = at < 0 ? cursor : at;
        tokens.push({
          surface,
          start,
          reading: reading && reading !== '*' ? reading : undefined,
          pos: f[0] as string,
          pos1: f[1] as string,
          pos2: f[2] as string,
          pos3: f[3] as string,
          basic: basicOf(e, surface),
          conjugatedForm: f[5] as string,
          known: isKnown,
        });
        cursor = start + surface.length;
      }
    }
    return tokens;
  }

  function tokenizeIpadic(text: string): IpadicToken[] {
    const tokens: IpadicToken[] = [];
    for (const [piece] of pieces(text)) {
      // kuromoji offsets each piece by the *start* of the previous piece's last token.
      const lastPos = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
      for (const n of lattice.search(piece)) {
        const e = lattice.entry[n]!;
        const isKnown = lattice.kind[n] === KNOWN;
        const f = features(e);
        const surface = piece.slice(lattice.from[n]!, lattice.to[n]!);
        const token: IpadicToken = {
          word_type: isKnown ? 'KNOWN' : 'UNKNOWN',
          word_position: lastPos + lattice.startPos[n]!,
          surface_form: surface,
          pos: f[0] as string,
          pos_detail_1: f[1] as string,
          pos_detail_2: f[2] as string,
          pos_detail_3: f[3] as string,
          conjugated_type: f[4] as string,
          conjugated_form: f[5] as string,
          basic_form: basicOf(e, surface),
        };
        if (isKnown) token.reading = str(entries.reading[e]!);
        tokens.push(token);
      }
    }
    return tokens;
  }

  return { tokenize, tokenizeIpadic };
}
