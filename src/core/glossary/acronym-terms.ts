/**
 * Latin acronyms beyond the curated keys, the two rules the detector falls back on at a Latin
 * letter: a listed acronym followed by a number (COP28, GPT-5), and an acronym EDICT has in full
 * width (ＦＢＩ). Each rule says where its term ends and what the term is; the detector places it.
 */
import { foldAsciiToFullWidth } from '../text/chars';
import { isLatinAlnum } from './match-text';
import { newsTermFields, type TermFields } from './news-glossary';
import type { TermSources } from './term-sources';

/** A term found at a position of the folded text: where it ends, and what it is. */
interface AcronymMatch {
  end: number;
  fields: TermFields;
}

/**
 * COP28, G20 when only COP / G are listed: the listed acronym followed by a number. With a hyphen
 * (GPT-5, F-35) it is the name of a model or product of that family.
 */
export function acronymWithNumberAt(src: TermSources, norm: string, i: number): AcronymMatch | undefined {
  const m = /^([A-Za-z]+)(-?)([0-9]+)/.exec(norm.slice(i, i + 24));
  if (!m || isLatinAlnum(norm[i + m[0].length])) return undefined;
  const base = src.news.entries(m[1] ?? '').find((e) => e.match === 'whole' && e.kind === 'acronym');
  if (!base) return undefined;
  const end = i + m[0].length;
  if (!m[2]) return { end, fields: newsTermFields(base, norm.slice(i, end), `${base.english} ${m[3]}`) };
  return {
    end,
    fields: { english: m[0], kind: 'product', description: `${m[1]}: ${base.english}`, source: 'news' },
  };
}

/** Acronyms outside the curated list: only when EDICT has the full-width form (ＦＢＩ). */
export function edictAcronymAt(src: TermSources, norm: string, i: number): AcronymMatch | undefined {
  const m = /^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*/.exec(norm.slice(i, i + 16));
  if (!m) return undefined;
  const run = m[0];
  if (isLatinAlnum(norm[i + run.length])) return undefined;
  for (const entry of src.edict.lookup(foldAsciiToFullWidth(run))) {
    const glosses = entry.senses.flatMap((s) => s.glosses);
    const english = glosses.find((g) => g.toUpperCase() !== run && g !== entry.headword);
    if (!english) continue;
    return {
      end: i + run.length,
      fields: {
        english,
        kind: 'acronym',
        description: glosses.filter((g) => g !== english).join('; ') || undefined,
        source: 'edict',
      },
    };
  }
  return undefined;
}
