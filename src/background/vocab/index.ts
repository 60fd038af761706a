/**
 * Background side of the vocabulary lists: one VocabStore over browser.storage.local (the only writer),
 * the request handlers, the context-menu capture and Send to Anki. Thin wiring; the logic is in the
 * modules it imports, which take their browser dependencies as parameters.
 */
import browser from 'webextension-polyfill';
import type { RubySpan } from '../../core/types';
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
/** The tokenizer host, once the background has wired it (registerVocab). */
let analysisRouter: AnalysisRouter | undefined;
const vocab = createVocabService(store, {
  sentenceRuby: (sentences) => sentenceRuby(analysisRouter, sentences),
});
const anki = createAnkiService({
  store,
  settings: storage,
  hasPermission: () => browser.permissions.contains({ origins: [ANKI_ORIGIN] }),
  // The only network request the extension makes, and only for anki-* requests the user started.
  fetch: (url, init) => fetch(url, init),
  sentenceRuby: (sentences) => sentenceRuby(analysisRouter, sentences),
});

function isAnkiRequest(msg: VocabRequest): msg is AnkiRequest {
  return msg.type.startsWith('anki-');
}

/** Answers a vocabulary request; who may send which was checked by the message handler (sender.ts). */
export async function handleVocabRequest(msg: VocabRequest): Promise<Responses[VocabRequest['type']]> {
  return isAnkiRequest(msg) ? anki(msg) : vocab(msg);
}

/** Readings of sentences through the tokenizer host, in batches the message schema accepts. */
async function sentenceRuby(
  analysis: AnalysisRouter | undefined,
  sentences: string[],
): Promise<RubySpan[][]> {
  const out: RubySpan[][] = [];
  for (let i = 0; i < sentences.length; i += 200) {
    const texts = sentences.slice(i, i + 200).map((s) => s.slice(0, 2000));
    const res = analysis ? await analysis({ type: 'annotate', texts }) : null;
    for (let k = 0; k < texts.length; k++) out.push(res?.ok ? (res.results[k]?.ruby ?? []) : []);
  }
  return out;
}

export function registerVocab(analysis: AnalysisRouter): void {
  analysisRouter = analysis;
  registerSelectionMenu({ analysis, add: (msg) => vocab(msg) });
}
