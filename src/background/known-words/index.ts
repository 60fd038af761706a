/**
 * Background side of the furigana preferences and known words: answers the requests, marks known
 * words in annotation results, and tells every open tab when either changed (the one message
 * protocol: content scripts need no storage access for this). Thin wiring over KnownWordsStore.
 */
import type { Annotation } from '../../core/types';
import { furiganaPrefsFrom } from '../../shared/furigana-prefs';
import { type KnownWordsRequest } from '../../shared/known-words-messages';
import type { HostRequest, Responses } from '../../shared/messages';
import { defaultSettings, type SettingsStore } from '../../shared/settings-store';
import type { AnalysisRouter } from '../analysis-router';
import { broadcast, type TabsApi } from '../tab-messaging';
import type { KeyValueStorage } from '../vocab/vocab-storage';
import type { VocabStore } from '../vocab/vocab-store';
import { KnownWordsStore } from './known-words-store';

/** The reader's known words over `storage`; every open tab is told when the list changed. */
export function createKnownWords(
  storage: KeyValueStorage,
  tabs: TabsApi,
  vocab: VocabStore,
): KnownWordsStore {
  return new KnownWordsStore(
    storage,
    () => void broadcast(tabs, { type: 'known-words-changed' }),
    // Words marked known in the vocabulary lists before the known-words list existed.
    async () => (await vocab.read()).items.filter((i) => i.known).map((i) => i.dictionaryForm),
  );
}

export type KnownWordsHandler = (msg: KnownWordsRequest) => Promise<Responses[KnownWordsRequest['type']]>;

export function createKnownWordsHandler(
  knownWords: KnownWordsStore,
  settings: SettingsStore,
): KnownWordsHandler {
  return async (msg) => {
    switch (msg.type) {
      case 'reader-prefs':
        return { ok: true, prefs: (await settings.read()).furigana };
      case 'known-words-check':
        return { ok: true, known: await knownWords.check(msg.words) };
      case 'known-words-set': {
        const r = await knownWords.set(msg.words, msg.known);
        return { ok: true, count: r.count };
      }
      case 'known-words-import':
        return { ok: true, ...(await knownWords.import(msg.text, msg.replace)) };
      case 'known-words-export':
        return { ok: true, ...(await knownWords.export()) };
    }
  };
}

/** Annotation results leave the background with each ruby span's `known` set from the reader's list. */
export function withKnownWords(route: AnalysisRouter, knownWords: KnownWordsStore): AnalysisRouter {
  const mark = async (res: unknown): Promise<unknown> => {
    const r = res as { ok?: boolean; results?: Annotation[] };
    if (!r.ok || !r.results) return res;
    const known = await knownWords.snapshot();
    if (known.size === 0) return res;
    for (const ann of r.results) {
      for (const span of ann.ruby) if (known.has(span.lemma ?? span.base)) span.known = true;
    }
    return res;
  };
  return async <R extends HostRequest>(req: R) => {
    const res = await route(req);
    return (req.type === 'annotate' ? await mark(res) : res) as Responses[R['type']];
  };
}

/** Open tabs follow a change of the furigana preferences, whoever wrote them (popup, settings page). */
export function followFuriganaPrefs(store: SettingsStore, tabs: TabsApi): void {
  let before = JSON.stringify(defaultSettings().furigana);
  void store.read().then((s) => (before = JSON.stringify(s.furigana)));
  store.onChange((settings, changed) => {
    if (!changed.includes('furigana')) return;
    const after = JSON.stringify(settings.furigana);
    if (after === before) return;
    before = after;
    void broadcast(tabs, { type: 'apply-furigana-prefs', prefs: furiganaPrefsFrom(settings.furigana) });
  });
}
