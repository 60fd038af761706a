import type { GlossaryTerm } from '../../core/types';
import type { KanjiCard, WordLookup } from '../../core/glossary/glossary';

/**
 * Builds the popup's content from a lookup result with DOM calls only (page text is never parsed
 * as HTML). Pure with respect to the page: takes a document to create nodes in, returns a node.
 */
const KIND_LABEL: Record<GlossaryTerm['kind'], string> = {
  person: 'person',
  org: 'organisation',
  acronym: 'acronym',
  place: 'place',
  product: 'product',
  event: 'event',
  other: 'term',
};

const SOURCE_LABEL: Record<string, string> = {
  news: 'Yomitoki news glossary',
  enamdict: 'ENAMDICT',
  edict: 'EDICT',
  romanised: 'romanised from katakana (unverified)',
};

const CREDIT =
  'Dictionary data: EDICT, ENAMDICT and KANJIDIC by the Electronic Dictionary Research and Development Group (EDRDG), CC BY-SA 3.0.';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderTerm(doc: Document, term: GlossaryTerm): HTMLElement {
  const box = el(doc, 'section', 'term');
  box.setAttribute('aria-label', 'Glossary');
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'surface', term.surface));
  if (term.reading) head.append(el(doc, 'span', 'reading', term.reading));
  head.append(el(doc, 'span', 'badge', KIND_LABEL[term.kind]));
  if (term.source === 'romanised') head.append(el(doc, 'span', 'badge unverified', 'unverified'));
  box.append(head, el(doc, 'div', 'english', term.english));
  if (term.description) box.append(el(doc, 'p', 'description', term.description));
  box.append(el(doc, 'div', 'from', `Source: ${SOURCE_LABEL[term.source] ?? term.source}`));
  return box;
}

function renderEntries(doc: Document, lookup: WordLookup, maxEntries: number): HTMLElement[] {
  return lookup.entries.slice(0, maxEntries).map(({ entry, deinflection, source }) => {
    const box = el(doc, 'section', 'entry');
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', 'surface', entry.headword));
    if (entry.reading) head.append(el(doc, 'span', 'reading', entry.reading));
    if (entry.common) head.append(el(doc, 'span', 'badge common', 'common'));
    if (source === 'enamdict') head.append(el(doc, 'span', 'badge', 'name'));
    box.append(head);
    if (deinflection) {
      // The whole inflected text the entry covers, marked, then the form looked up and the steps.
      const from = el(doc, 'div', 'from');
      from.append(
        el(doc, 'mark', 'span', lookup.surface),
        ` ← ${deinflection.dictionaryForm} (${deinflection.reasons.join(', ')})`,
      );
      box.append(from);
    }
    const ol = el(doc, 'ol');
    for (const sense of entry.senses.slice(0, 5)) {
      const li = el(doc, 'li');
      if (sense.tags.length) li.append(el(doc, 'span', 'tags', sense.tags.join(', ')));
      li.append(doc.createTextNode(sense.glosses.join('; ')));
      ol.append(li);
    }
    box.append(ol);
    if (source === 'enamdict') box.append(el(doc, 'div', 'from', `Source: ${SOURCE_LABEL.enamdict}`));
    return box;
  });
}

/** KANJIDIC's card for one kanji: meanings, readings, grade, JLPT level, strokes. */
function renderKanjiCard(doc: Document, card: KanjiCard): HTMLElement {
  const box = el(doc, 'section', 'kanji-card');
  box.setAttribute('aria-label', `Kanji ${card.kanji}`);
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'kanji', card.kanji));
  if (card.meanings.length) head.append(el(doc, 'span', 'english', card.meanings.join(', ')));
  box.append(head);
  const dl = el(doc, 'dl');
  const row = (label: string, value: string) => {
    if (!value) return;
    dl.append(el(doc, 'dt', undefined, label), el(doc, 'dd', undefined, value));
  };
  row('On', card.on.join('、'));
  row('Kun', card.kun.join('、'));
  row('Names', card.nanori.slice(0, 8).join('、'));
  row('Grade', card.grade ?? '');
  row('JLPT', card.jlpt ?? '');
  row('Strokes', card.strokes !== undefined ? String(card.strokes) : '');
  box.append(dl, el(doc, 'div', 'from', 'Source: KANJIDIC'));
  return box;
}

/** What the popup shows: the word (glossary term and dictionary entries) or the hovered kanji. */
export type PopupMode = 'word' | 'kanji';

/**
 * The popup body: glossary term first (what the reader most needs), then dictionary entries; in
 * kanji mode the kanji card of the hovered character instead (the word when there is no kanji).
 */
export function renderLookup(
  doc: Document,
  lookup: WordLookup,
  maxEntries = 4,
  mode: PopupMode = 'word',
): DocumentFragment {
  const frag = doc.createDocumentFragment();
  if (mode === 'kanji' && lookup.kanji) {
    frag.append(renderKanjiCard(doc, lookup.kanji), el(doc, 'div', 'credit', CREDIT));
    return frag;
  }
  if (lookup.term) frag.append(renderTerm(doc, lookup.term));
  frag.append(...renderEntries(doc, lookup, maxEntries));
  frag.append(el(doc, 'div', 'credit', CREDIT));
  return frag;
}
