/**
 * Background entry (Chrome service worker / Firefox background script). Validates every message,
 * routes analysis to the tokenizer host and owns settings and per-tab state.
 */
import browser from 'webextension-polyfill';
import { settingsStore } from '../shared/settings-store';
import { createAnalysisRouter } from './analysis-router';
import { Badges, withLoadingBadge } from './badge';
import { registerCommands } from './commands';
import { createMessageHandler } from './message-handler';
import { readingFixOverrides } from './reading-fix';
import { withReadingFixes } from './reading-fix/attach-overrides';
import { followFuriganaPrefs, withKnownWords } from './known-words';
import { restrictStorageToExtension } from './storage-access';
import { registerVocab } from './vocab';
import { followSettings } from '../shared/settings-store';

restrictStorageToExtension();

const badges = new Badges();
const settings = settingsStore();
const current = followSettings(settings);
// Every annotate request reaches the tokenizer host with the reader's reading corrections, and its
// results go back with the reader's known words marked; the toolbar button shows "…" while the
// first one waits for the dictionary.
const analysis = withLoadingBadge(
  withKnownWords(
    withReadingFixes(
      createAnalysisRouter(() => current().host.idleMinutes),
      readingFixOverrides,
    ),
  ),
  badges,
);
browser.runtime.onMessage.addListener(createMessageHandler(analysis, badges));
registerCommands(badges);
registerVocab(analysis);
followFuriganaPrefs(settings);
// Settings of an older version move to the current one before anyone reads them.
void settings.migrate();
// The first-run page: what Yomitoki does, on a sample, and where the settings are.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
