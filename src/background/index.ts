/**
 * Background entry (Chrome service worker / Firefox background script). Validates every message,
 * routes analysis to the tokenizer host and owns settings and per-tab state.
 */
import browser from 'webextension-polyfill';
import { createAnalysisRouter } from './analysis-router';
import { registerCommands } from './commands';
import { createMessageHandler } from './message-handler';
import { readingFixOverrides } from './reading-fix';
import { withReadingFixes } from './reading-fix/attach-overrides';
import { followFuriganaPrefs, withKnownWords } from './known-words';
import { registerVocab } from './vocab';
import { followSettings } from '../shared/settings-store';

// Every annotate request reaches the tokenizer host with the reader's reading corrections.
// …and its results go back with the reader's known words marked.
const settings = followSettings();
const analysis = withKnownWords(
  withReadingFixes(
    createAnalysisRouter(() => settings().hostIdleMinutes),
    readingFixOverrides,
  ),
);
browser.runtime.onMessage.addListener(createMessageHandler(analysis));
registerCommands();
registerVocab(analysis);
followFuriganaPrefs();
