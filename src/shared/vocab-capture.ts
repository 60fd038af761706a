/**
 * What a capture saves, built from a hover lookup: shared by the popup's "Add to list" button (content
 * script) and the context-menu entry (background), so both save a word the same way.
 */
import type { WordLookup } from '../core/glossary/glossary';
import type { EdictSense } from '../core/glossary/edict';
import { isKanaReading } from '../core/text/chars';
import { readingProblem } from '../core/vocab/fields';
import type { NewVocabItem } from '../core/vocab';

export interface CaptureSource {
  sentence: string;
  /** Where the looked-up text starts inside `sentence`. */
  sentenceOffset: number;
  pageTitle: string;
  url: string;
}

/** Senses shown in the popup are many; the first few glosses make a usable, editable meaning. */
const MAX_SENSES = 3;

function meaningOfSenses(senses: readonly EdictSense[]): string {
  const used = senses.slice(0, MAX_SENSES).filter((s) => s.glosses.length > 0);
  if (used.length === 1) return used[0]!.glosses.join('; ');
  return used.map((s, i) => `(${i + 1}) ${s.glosses.join('; ')}`).join(' ');
}

/** Kana readings only (the store refuses anything else); a reading that is not kana is left out. */
function kanaOr(reading: string | undefined, fallback = ''): string {
  const r = (reading ?? '').trim();
  return r && readingProblem(r) === null ? r : fallback;
}

/**
 * The item for a lookup: a glossary term (name, acronym…) when the popup shows one, else the first
 * dictionary entry, saved under its dictionary form (行われた → 行う) with that form's reading.
 * Returns null when the lookup has nothing to save.
 */
export function captureFromLookup(lookup: WordLookup, source: CaptureSource): NewVocabItem | null {
  const base = {
    sentence: source.sentence,
    sentenceOffset: source.sentenceOffset,
    pageTitle: source.pageTitle,
    url: source.url,
  };
  const term = lookup.term;
  if (term) {
    return {
      ...base,
      surface: term.surface,
      dictionaryForm: term.surface,
      reading: kanaOr(term.reading, isKanaReading(term.surface) ? term.surface : ''),
      meaning: term.description ? `${term.english} — ${term.description}` : term.english,
      tags: [term.kind],
    };
  }
  const first = lookup.entries[0];
  if (!first) return null;
  const { entry, deinflection } = first;
  const dictionaryForm = deinflection?.dictionaryForm ?? entry.headword;
  let reading = entry.reading || entry.headword;
  // 勉強した → 勉強する: the entry is the noun 勉強; its reading gets the kana the form adds.
  if (dictionaryForm !== entry.headword && dictionaryForm.startsWith(entry.headword)) {
    reading += dictionaryForm.slice(entry.headword.length);
  } else if (dictionaryForm !== entry.headword && isKanaReading(dictionaryForm)) {
    // Written in kana on the page (おこなわれる → おこなう): the form is its own reading.
    reading = dictionaryForm;
  }
  return {
    ...base,
    surface: lookup.surface,
    dictionaryForm,
    reading: kanaOr(reading),
    meaning: meaningOfSenses(entry.senses),
    tags: [],
  };
}

export interface SelectionSource {
  /** The selected text as the context menu reports it. */
  text: string;
  /** The sentence around the selection, when the page's content script could tell. */
  context: { sentence: string; sentenceOffset: number } | null;
  /** A dictionary lookup at the start of the selection, when one was possible. */
  lookup: WordLookup | null;
  pageTitle: string;
  url: string;
}

/** Longest selection saved as a word; a longer one is probably a sentence, cut to this length. */
const MAX_SELECTION = 100;

/**
 * Item for a context-menu capture. When the lookup at the selection covers exactly the selected text
 * (a word, a name), it is saved like a popup capture; otherwise the selection itself is the word,
 * with its reading when it is written in kana, and the user fills in the rest.
 */
export function captureFromSelection(src: SelectionSource): NewVocabItem | null {
  const surface = src.text.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  if (!surface) return null;
  const sentence = src.context?.sentence ?? surface;
  const sentenceOffset = src.context?.sentenceOffset ?? 0;
  const page = { sentence, sentenceOffset, pageTitle: src.pageTitle, url: src.url };
  const lookup = src.lookup;
  if (lookup) {
    if (lookup.term?.surface === surface) return captureFromLookup(lookup, page);
    if (lookup.surface === surface && lookup.entries.length > 0) {
      return captureFromLookup({ ...lookup, term: undefined }, page);
    }
  }
  return {
    ...page,
    surface,
    dictionaryForm: surface,
    reading: isKanaReading(surface) ? surface : '',
    meaning: '',
    tags: [],
  };
}
