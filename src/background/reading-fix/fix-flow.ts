/**
 * The reading-correction requests, once the message handler has checked who sent them (sender.ts):
 * a content script proposes a word, the extension-origin confirm frame in the same tab reads the
 * proposal and confirms or cancels it, and the proposing script is told the outcome. Why corrections
 * go this way: fix-proposals.ts. No browser API here (tests pass a service over memory).
 */
import type { Failure, Responses } from '../../shared/messages';
import type { ReadingFixOutcome, ReadingFixRequest } from '../../shared/reading-fix-messages';
import type { FixProposals, Proposal } from './fix-proposals';
import type { ReadingFixService } from './reading-fix-service';

/** The parts of a message sender this flow uses (webextension-polyfill's MessageSender fits). */
export interface FixSender {
  tab?: { id?: number };
  frameId?: number;
}

export type ReportOutcome = (to: Proposal, nonce: string, outcome: ReadingFixOutcome) => void;

const EXPIRED: Failure = {
  ok: false,
  code: 'not-allowed',
  message: 'This form has expired: press “Fix reading” in the word popup again.',
};

export function createReadingFixHandler(
  service: ReadingFixService,
  proposals: FixProposals,
  report: ReportOutcome,
) {
  return async function handle(
    msg: ReadingFixRequest,
    sender: FixSender,
  ): Promise<Responses[ReadingFixRequest['type']]> {
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case 'reading-fix-propose': {
        if (tabId === undefined) return EXPIRED;
        const { surface, reading, shown } = msg;
        const nonce = proposals.propose({ tabId, frameId: sender.frameId ?? 0, surface, reading, shown });
        return { ok: true, nonce };
      }
      case 'reading-fix-pending': {
        const p = proposals.peek(msg.nonce, tabId);
        return p ? { ok: true, surface: p.surface, reading: p.reading, shown: p.shown } : EXPIRED;
      }
      case 'reading-fix-confirm': {
        const p = proposals.peek(msg.nonce, tabId);
        if (!p) return EXPIRED;
        const res = await service.handle({
          type: 'reading-fix-set',
          surface: p.surface,
          reading: msg.reading,
        });
        // A failed write (storage full) keeps the proposal: the reader may try again.
        if (!res.ok) return res;
        proposals.take(msg.nonce, tabId);
        report(p, msg.nonce, 'saved');
        return res;
      }
      case 'reading-fix-cancel': {
        const p = proposals.take(msg.nonce, tabId);
        if (p) report(p, msg.nonce, 'cancelled');
        return { ok: true, cancelled: !!p };
      }
      case 'reading-fix-set':
      case 'reading-fix-remove':
      case 'reading-fix-list':
        return service.handle(msg);
    }
  };
}
