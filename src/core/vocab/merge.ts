/**
 * How two versions of the same word (same list, dictionary form and reading) become one. Used by a
 * re-add from a page and by import, so both follow one rule set.
 */
import { MAX_CONTEXTS, normalizeTags, type VocabContext, type VocabItem } from './model';

/** The latest capture of an item as a context entry. */
function contextOf(item: VocabItem): VocabContext {
  return {
    surface: item.surface,
    sentence: item.sentence,
    ...(item.sentenceOffset !== undefined ? { sentenceOffset: item.sentenceOffset } : {}),
    pageTitle: item.pageTitle,
    url: item.url,
    addedAt: item.updatedAt,
  };
}

function sameContext(a: VocabContext, b: VocabContext): boolean {
  return (
    a.surface === b.surface &&
    a.sentence === b.sentence &&
    a.sentenceOffset === b.sentenceOffset &&
    a.pageTitle === b.pageTitle &&
    a.url === b.url &&
    a.addedAt === b.addedAt
  );
}

function sameContexts(a: readonly VocabContext[] = [], b: readonly VocabContext[] = []): boolean {
  return a.length === b.length && a.every((ctx, i) => sameContext(ctx, b[i]!));
}

/**
 * Contexts newest first, without the item's own sentence, one per sentence, at most MAX_CONTEXTS.
 * Empty sentences carry nothing worth keeping.
 */
function mergeContexts(
  currentSentence: string,
  ...groups: (readonly VocabContext[] | undefined)[]
): VocabContext[] {
  const seen = new Set<string>([currentSentence]);
  const all: VocabContext[] = [];
  for (const group of groups) {
    for (const ctx of group ?? []) {
      if (!ctx.sentence || seen.has(ctx.sentence)) continue;
      seen.add(ctx.sentence);
      all.push(ctx);
    }
  }
  // Stable sort keeps the group order for equal times.
  all.sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0));
  return all.slice(0, MAX_CONTEXTS);
}

function withContexts(item: VocabItem, contexts: VocabContext[]): VocabItem {
  const { contexts: _old, ...rest } = item;
  return contexts.length > 0 ? { ...rest, contexts } : rest;
}

/** A new capture of the word: the new sentence becomes current, the old one joins the contexts. */
export interface Capture {
  surface: string;
  sentence: string;
  sentenceOffset?: number;
  pageTitle: string;
  url: string;
  meaning: string;
  tags: string[];
}

export function applyCapture(existing: VocabItem, capture: Capture, now: string): VocabItem {
  const previous = existing.sentence ? [contextOf(existing)] : [];
  const next: VocabItem = {
    ...existing,
    surface: capture.surface,
    sentence: capture.sentence,
    pageTitle: capture.pageTitle,
    url: capture.url,
    // The user may have edited the meaning: a capture only fills it when it is empty.
    meaning: existing.meaning.trim() ? existing.meaning : capture.meaning,
    tags: normalizeTags([...existing.tags, ...capture.tags]),
    updatedAt: now,
  };
  delete next.sentenceOffset;
  if (capture.sentenceOffset !== undefined) next.sentenceOffset = capture.sentenceOffset;
  return withContexts(next, mergeContexts(capture.sentence, previous, existing.contexts));
}

function sameContent(a: VocabItem, b: VocabItem): boolean {
  return (
    a.surface === b.surface &&
    a.meaning === b.meaning &&
    a.notes === b.notes &&
    a.sentence === b.sentence &&
    a.sentenceOffset === b.sentenceOffset &&
    a.pageTitle === b.pageTitle &&
    a.url === b.url &&
    a.known === b.known &&
    a.tags.join(' ') === b.tags.join(' ') &&
    sameContexts(a.contexts, b.contexts)
  );
}

/**
 * Import rule: the incoming version wins when it is at least as recent as the stored one (a
 * deliberate import of an edited file), otherwise the stored one stays. Tags and contexts are united
 * either way only when the incoming version wins, so an older file never changes anything.
 */
export function mergeImported(
  existing: VocabItem,
  incoming: VocabItem,
): { item: VocabItem; outcome: 'updated' | 'skipped' } {
  if (incoming.updatedAt < existing.updatedAt) return { item: existing, outcome: 'skipped' };
  const olderSentence =
    existing.sentence && existing.sentence !== incoming.sentence ? [contextOf(existing)] : [];
  const merged: VocabItem = withContexts(
    {
      ...incoming,
      id: existing.id,
      listId: existing.listId,
      addedAt: existing.addedAt < incoming.addedAt ? existing.addedAt : incoming.addedAt,
      tags: normalizeTags([...existing.tags, ...incoming.tags]),
    },
    mergeContexts(incoming.sentence, incoming.contexts, olderSentence, existing.contexts),
  );
  if (sameContent(existing, merged)) return { item: existing, outcome: 'skipped' };
  return { item: merged, outcome: 'updated' };
}
