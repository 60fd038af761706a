/**
 * What an article itself says about a person no list knows: the office in the title after the name
 * and the body before it (ＩＭＦのゲオルギエワ専務理事 → "Managing director, IMF"; モロッコのブリタ外相
 * → "Foreign Minister, Morocco"). Office and body words are translated with EDICT; nothing is
 * guessed beyond what EDICT says. Bounded: it looks at most a few characters around the name.
 */
import type { GlossaryTerm } from '../types';
import type { Edict } from './edict';
import { isKanji, isKatakanaLetter } from './match-text';
import { HONORIFICS, titleAt } from './name-titles';

/** Offices whose first EDICT sense is not the office (監督 "supervision"). */
const OFFICE_ENGLISH: Record<string, string> = {
  監督: 'manager (sports) or director',
  選手: 'player',
  代表: 'representative',
  容疑者: 'suspect',
  被告: 'defendant',
};

const MAX_BODY = 12;

/** EDICT's first gloss without its bracketed notes: "president (of a nation)" → "president". */
function firstGloss(edict: Edict, word: string): string | undefined {
  for (const entry of edict.lookup(word)) {
    if (entry.headword !== word && entry.reading !== word) continue;
    const gloss = entry.senses[0]?.glosses[0]?.replace(/\s*\([^)]*\)/g, '').trim();
    if (gloss) return gloss;
  }
  return undefined;
}

function office(edict: Edict, title: string): string | undefined {
  if (!title || HONORIFICS.has(title)) return undefined;
  const known = OFFICE_ENGLISH[title] ?? firstGloss(edict, title);
  if (known) return known;
  // A prefix the list allows (元, 前, 米…) or a qualifier EDICT lacks: the office at the end.
  for (let k = 1; k < title.length; k++) {
    const rest = title.slice(k);
    const english = OFFICE_ENGLISH[rest] ?? firstGloss(edict, rest);
    if (english) return english;
  }
  return undefined;
}

/** The body named right before "の" ahead of the name: a term of the article, or a word EDICT knows as a proper noun. */
function body(
  edict: Edict,
  text: string,
  start: number,
  previous: GlossaryTerm | undefined,
): string | undefined {
  if (text[start - 1] !== 'の') return undefined;
  const end = start - 1;
  if (previous && previous.end === end)
    return previous.kind === 'acronym' ? previous.surface.normalize('NFKC') : previous.english;
  const same = isKatakanaLetter(text[end - 1])
    ? isKatakanaLetter
    : isKanji(text[end - 1])
      ? isKanji
      : undefined;
  if (!same) return undefined;
  let from = end;
  while (from > 0 && end - from < MAX_BODY && same(text[from - 1])) from--;
  const gloss = firstGloss(edict, text.slice(from, end));
  // Only proper nouns (countries, bodies): "Morocco", not "meeting".
  return gloss && /^[A-Z]/.test(gloss) ? gloss : undefined;
}

/** "Managing director, IMF (as the article says)", or undefined when the article says neither. */
export function describeFromContext(
  edict: Edict,
  text: string,
  norm: string,
  term: GlossaryTerm,
  previous: GlossaryTerm | undefined,
): string | undefined {
  // Titles are found on the width-folded text (ＣＥＯ → CEO) and translated from the page's spelling.
  const title = text.slice(term.end, term.end + titleAt(norm, term.end));
  const role = office(edict, title);
  const where = body(edict, text, term.start, previous);
  if (!role && !where) return undefined;
  const said = [role && role[0]!.toUpperCase() + role.slice(1), where].filter(Boolean).join(', ');
  return `${said} (as the article says)`;
}
