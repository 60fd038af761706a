/**
 * Background side of reading corrections, wired: the service over the vocabulary store (the one
 * writer of the vocabulary database, shared with the lists) and the propose → confirm flow that
 * keeps pages from planting corrections (fix-flow.ts, fix-proposals.ts). Who may send which request
 * is checked by the message handler (sender.ts) before anything here runs.
 */
import type { TabsApi } from '../tab-messaging';
import type { VocabStore } from '../vocab/vocab-store';
import { createReadingFixHandler } from './fix-flow';
import { FixProposals } from './fix-proposals';
import { createReadingFixService } from './reading-fix-service';

export function createReadingFixes(vocabStore: VocabStore, tabs: Pick<TabsApi, 'sendMessage'>) {
  const service = createReadingFixService(vocabStore, { warn: (m) => console.warn(`Yomitoki: ${m}`) });
  const handle = createReadingFixHandler(service, new FixProposals(), (to, nonce, outcome) => {
    // Back to the frame the proposing content script runs in: close the form, or annotate again.
    void tabs
      .sendMessage(to.tabId, { type: 'reading-fix-outcome', nonce, outcome }, { frameId: to.frameId })
      .catch(() => undefined);
  });
  return {
    /** The corrections to attach to annotate requests (see withReadingFixes). */
    overrides: service.overrides,
    /** Answers the reading-fix requests. */
    handle,
  };
}

export type ReadingFixes = ReturnType<typeof createReadingFixes>;
