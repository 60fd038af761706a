/**
 * Background entry (Chrome service worker / Firefox background script). Validates every message,
 * routes analysis to the tokenizer host and owns settings and per-tab state. The one place the
 * background's stores and services are built: each once, here, and passed to what uses it.
 */
import browser from 'webextension-polyfill';
import { SettingsStore, followSettings } from '../shared/settings-store';
import { createAnalysisRouter } from './analysis-router';
import { Badges, withLoadingBadge } from './badge';
import { registerCommands } from './commands';
import {
  createKnownWords,
  createKnownWordsHandler,
  followFuriganaPrefs,
  withKnownWords,
} from './known-words';
import { createMessageHandler, createPushState } from './message-handler';
import { createReadingFixes } from './reading-fix';
import { withReadingFixes } from './reading-fix/attach-overrides';
import { restrictStorageToExtension } from './storage-access';
import { TabState } from './tab-state';
import { createVocabRequests } from './vocab';
import { ANKI_ORIGIN } from './vocab/anki-service';
import { registerSelectionMenu } from './vocab/selection-menu';
import { VocabStore } from './vocab/vocab-store';

restrictStorageToExtension();

const badges = new Badges();
const settings = new SettingsStore(browser.storage);
const current = followSettings(settings);
const tabState = new TabState(browser.storage.session, settings);
// The one writer of the vocabulary database; reading corrections live in it too.
const vocabStore = new VocabStore(browser.storage.local);
const readingFixes = createReadingFixes(vocabStore, browser.tabs);
// Load them as the worker starts, while the page's content script is still scanning: the first
// annotate request then does not wait for the vocabulary database to be read (~30 ms for 5,000 words).
void readingFixes.overrides();
const knownWords = createKnownWords(browser.storage.local, browser.tabs, vocabStore);

// Every annotate request reaches the tokenizer host with the reader's reading corrections, and its
// results go back with the reader's known words marked; the toolbar button shows "…" while the
// first one waits for the dictionary.
const analysis = withLoadingBadge(
  withKnownWords(
    withReadingFixes(
      createAnalysisRouter(
        () => current().host.idleMinutes,
        (path) => browser.runtime.getURL(path),
      ),
      readingFixes.overrides,
    ),
    knownWords,
  ),
  badges,
);
const vocab = createVocabRequests({
  store: vocabStore,
  storage: browser.storage.local,
  analysis,
  hasAnkiPermission: () => browser.permissions.contains({ origins: [ANKI_ORIGIN] }),
  fetch: (url, init) => fetch(url, init),
});
const pushState = createPushState(browser.tabs, tabState, badges);

browser.runtime.onMessage.addListener(
  createMessageHandler({
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') },
    analysis,
    settings,
    tabs: browser.tabs,
    tabState,
    pushState,
    badges,
    knownWords,
    handleKnownWords: createKnownWordsHandler(knownWords, settings),
    handleVocab: vocab.handle,
    readingFixes,
  }),
);
registerCommands({ badges, tabState, pushState });
registerSelectionMenu({ analysis, add: vocab.add, tabs: browser.tabs });
followFuriganaPrefs(settings, browser.tabs);
// Settings of an older version move to the current one before anyone reads them.
void settings.migrate();
// The first-run page: what Yomitoki does, on a sample, and where the settings are.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
