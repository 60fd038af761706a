/**
 * Background entry (Chrome service worker / Firefox background script). Validates every message,
 * routes analysis to the tokenizer host and owns settings and per-tab state.
 */
import browser from 'webextension-polyfill';
import { createAnalysisRouter } from './analysis-router';
import { registerCommands } from './commands';
import { createMessageHandler } from './message-handler';
import { registerVocab } from './vocab';

const analysis = createAnalysisRouter();
browser.runtime.onMessage.addListener(createMessageHandler(analysis));
registerCommands();
registerVocab(analysis);
