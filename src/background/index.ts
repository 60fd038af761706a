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
import { restrictStorageToExtension } from './storage-access';
import { registerVocab } from './vocab';

restrictStorageToExtension();

// Every annotate request reaches the tokenizer host with the reader's reading corrections.
const analysis = withReadingFixes(createAnalysisRouter(), readingFixOverrides);
browser.runtime.onMessage.addListener(createMessageHandler(analysis));
registerCommands();
registerVocab(analysis);
