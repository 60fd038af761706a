/**
 * Background side of the vocabulary lists: the request handlers over the one VocabStore (the only
 * writer) and Send to Anki. Thin wiring; the logic is in the modules it imports, which take their
 * browser dependencies as parameters. The context-menu capture is registered by the entry
 * (selection-menu.ts) with `add`.
 */
import type { RubySpan } from '../../core/types';
import type { Responses } from '../../shared/messages';
import type { VocabAddRequest, VocabRequest } from '../../shared/vocab-messages';
import type { AnalysisRouter } from '../analysis-router';
import { createAnkiService, type AnkiRequest } from './anki-service';
import { createVocabService } from './vocab-service';
import type { KeyValueStorage } from './vocab-storage';
import type { VocabStore } from './vocab-store';

export interface VocabDeps {
  /** The one writer of the vocabulary database, shared with reading corrections (they live in it). */
  store: VocabStore;
  /** Where Send to Anki keeps its settings (storage.local). */
  storage: KeyValueStorage;
  /** The tokenizer host: readings of the saved sentences. */
  analysis: AnalysisRouter;
  /** Whether the reader allowed talking to AnkiConnect. */
  hasAnkiPermission: () => Promise<boolean>;
  /** The only network request the extension makes, and only for anki-* requests the user started. */
  fetch: typeof fetch;
}

export type VocabHandler = (msg: VocabRequest) => Promise<Responses[VocabRequest['type']]>;

export function createVocabRequests(deps: VocabDeps): {
  /** Answers a vocabulary request; who may send which was checked by the message handler (sender.ts). */
  handle: VocabHandler;
  /** Saves a word (the context menu's capture). */
  add: (msg: VocabAddRequest) => Promise<Responses['vocab-add']>;
} {
  const sentences = (texts: string[]) => sentenceRuby(deps.analysis, texts);
  const vocab = createVocabService(deps.store, { sentenceRuby: sentences });
  const anki = createAnkiService({
    store: deps.store,
    settings: deps.storage,
    hasPermission: deps.hasAnkiPermission,
    fetch: deps.fetch,
    sentenceRuby: sentences,
  });
  return {
    handle: async (msg) => (isAnkiRequest(msg) ? anki(msg) : vocab(msg)),
    add: (msg) => vocab(msg),
  };
}

function isAnkiRequest(msg: VocabRequest): msg is AnkiRequest {
  return msg.type.startsWith('anki-');
}

/** Readings of sentences through the tokenizer host, in batches the message schema accepts. */
async function sentenceRuby(analysis: AnalysisRouter, sentences: string[]): Promise<RubySpan[][]> {
  const out: RubySpan[][] = [];
  for (let i = 0; i < sentences.length; i += 200) {
    const texts = sentences.slice(i, i + 200).map((s) => s.slice(0, 2000));
    const res = await analysis({ type: 'annotate', texts });
    for (let k = 0; k < texts.length; k++) out.push(res.ok ? (res.results[k]?.ruby ?? []) : []);
  }
  return out;
}
