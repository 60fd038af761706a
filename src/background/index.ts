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
import { registerVocab } from './vocab';

const badges = new Badges();
// Every annotate request reaches the tokenizer host with the reader's reading corrections; the
// toolbar button shows "…" while the first one waits for the dictionary.
const analysis = withLoadingBadge(withReadingFixes(createAnalysisRouter(), readingFixOverrides), badges);
browser.runtime.onMessage.addListener(createMessageHandler(analysis, badges));
registerCommands(badges);
registerVocab(analysis);
// Settings of an older version move to the current one before anyone reads them.
void settingsStore().migrate();
// The first-run page: what Yomitoki does, on a sample, and where the settings are.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
