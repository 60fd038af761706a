import type { ReadingFix } from '../../shared/reading-fix-messages';
import type { HostRequest } from '../../shared/messages';
import type { AnalysisRouter } from '../analysis-router';

/**
 * Wraps the route to the tokenizer host so every annotate request carries the reader's corrections.
 * The background is the only source of them: whatever `overrides` a request arrived with is replaced,
 * and the host (an offscreen document without storage access in Chrome) needs nothing but the message.
 */
export function withReadingFixes(route: AnalysisRouter, fixes: () => Promise<ReadingFix[]>): AnalysisRouter {
  const attach = async (req: HostRequest): Promise<HostRequest> => {
    if (req.type !== 'annotate') return req;
    const { overrides: _sent, ...rest } = req;
    const current = await fixes();
    return current.length > 0 ? { ...rest, overrides: current } : rest;
  };
  return async (req) => route(await attach(req)) as never;
}
