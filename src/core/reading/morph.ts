import { toHiragana } from '../text/chars';
import type { Token } from '../types';

/**
 * A token while its reading is being decided. Stages may split tokens (５月 → ５ + 月), merge them
 * (１ + 日 → １日 read ついたち) or replace readings; `end` is kept so a merge needs no recount.
 */
export interface Morph extends Pick<
  Token,
  'surface' | 'start' | 'pos' | 'pos1' | 'pos2' | 'pos3' | 'basic' | 'known'
> {
  end: number;
  /** Hiragana (the token's is katakana); undefined when nothing knows how to read it. */
  reading: string | undefined;
  /** Conjugated form (活用形) of verbs and adjectives: 基本形, 連用形, 連用タ接続…; '*' otherwise. */
  form: string;
  /**
   * Set by a stage that decided the reading from grammar or data (a counter, a rule, a name). Later
   * heuristic stages leave it alone; only a user's override replaces it.
   */
  decided?: string;
}

export function morphsFromTokens(tokens: readonly Token[]): Morph[] {
  const out: Morph[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = {
      surface: t.surface,
      start: t.start,
      end: t.start + t.surface.length,
      reading: t.reading && t.reading !== '*' ? toHiragana(t.reading) : undefined,
      pos: t.pos,
      pos1: t.pos1,
      pos2: t.pos2,
      pos3: t.pos3,
      basic: t.basic,
      form: t.conjugatedForm,
      known: t.known,
    };
  }
  return out;
}

/** A piece of `m` from `from` to `to` (offsets inside its surface), read `reading`. */
export function sliceMorph(m: Morph, from: number, to: number, reading: string | undefined): Morph {
  return { ...m, surface: m.surface.slice(from, to), start: m.start + from, end: m.start + to, reading };
}

/** One morph over `parts` (adjacent, in order), read `reading` and marked decided by `why`. */
export function mergeMorphs(parts: readonly Morph[], reading: string, why: string): Morph {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return {
    ...last,
    surface: parts.map((p) => p.surface).join(''),
    start: first.start,
    end: last.end,
    reading,
    decided: why,
  };
}
