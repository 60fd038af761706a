/**
 * Background side of reading corrections, wired: the service over the vocabulary store (the one
 * writer of the vocabulary database, shared with the lists) and the propose → confirm flow that
 * keeps pages from planting corrections (fix-flow.ts, fix-proposals.ts). Who may send which request
 * is checked by the message handler (sender.ts) before anything here runs.
 */
import browser from 'webextension-polyfill';
import { vocabStore } from '../vocab';
import { createReadingFixHandler } from './fix-flow';
import { FixProposals } from './fix-proposals';
import { createReadingFixService } from './reading-fix-service';

const service = createReadingFixService(vocabStore, { warn: (m) => console.warn(`Yomitoki: ${m}`) });

/** The corrections to attach to annotate requests (see withReadingFixes). */
export const readingFixOverrides = service.overrides;

// Load them as the worker starts, while the page's content script is still scanning: the first
// annotate request then does not wait for the vocabulary database to be read (~30 ms for 5,000 words).
void service.overrides();

export const handleReadingFixRequest = createReadingFixHandler(
  service,
  new FixProposals(),
  (to, nonce, outcome) => {
    // Back to the frame the proposing content script runs in: close the form, or annotate again.
    void browser.tabs
      .sendMessage(to.tabId, { type: 'reading-fix-outcome', nonce, outcome }, { frameId: to.frameId })
      .catch(() => undefined);
  },
);
