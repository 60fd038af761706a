/**
 * Background side of the vocabulary lists: one VocabStore over browser.storage.local (the only writer),
 * the request handlers, the context-menu capture and Send to Anki. Thin wiring; the logic is in the
 * modules it imports, which take their browser dependencies as parameters.
 */
import browser from 'webextension-polyfill';
import type { Responses } from '../../shared/messages';
import type { VocabRequest } from '../../shared/vocab-messages';
import type { AnalysisRouter } from '../analysis-router';
import { ANKI_ORIGIN, createAnkiService, type AnkiRequest } from './anki-service';
import { registerSelectionMenu } from './selection-menu';
import { createVocabService } from './vocab-service';
import type { KeyValueStorage } from './vocab-storage';
import { VocabStore } from './vocab-store';

const storage: KeyValueStorage = {
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};

const store = new VocabStore(storage);
/** The one writer of the vocabulary database, shared with reading corrections (they live in it). */
export { store as vocabStore };
const vocab = createVocabService(store);
const anki = createAnkiService({
  store,
  settings: storage,
  hasPermission: () => browser.permissions.contains({ origins: [ANKI_ORIGIN] }),
  // The only network request the extension makes, and only for anki-* requests the user started.
  fetch: (url, init) => fetch(url, init),
});

function isAnkiRequest(msg: VocabRequest): msg is AnkiRequest {
  return msg.type.startsWith('anki-');
}

/** Answers a vocabulary request; who may send which was checked by the message handler (sender.ts). */
export async function handleVocabRequest(msg: VocabRequest): Promise<Responses[VocabRequest['type']]> {
  return isAnkiRequest(msg) ? anki(msg) : vocab(msg);
}

export function registerVocab(analysis: AnalysisRouter): void {
  registerSelectionMenu({ analysis, add: (msg) => vocab(msg) });
}
