import type { Runtime } from 'webextension-polyfill';
import type { PreemptibleHost } from '../tokenizer-host/preemptible-host';
import { HostRequest, parseMessage } from '../shared/messages';

/**
 * The offscreen document's runtime.onMessage listener. Answers only messages addressed to the host
 * by the service worker: content scripts' messages reach every extension page too, and one carrying
 * the host's `target` must not get past the background's checks.
 */
export function createHostListener(host: Pick<PreemptibleHost, 'handle'>) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!raw || typeof raw !== 'object' || (raw as { target?: unknown }).target !== 'tokenizer-host')
      return undefined;
    // The service worker sends from no tab; a content script always does.
    if (sender.tab !== undefined) return undefined;
    const msg = parseMessage(HostRequest, raw);
    if (!msg.ok) return Promise.resolve(msg);
    return host.handle(msg.value.request);
  };
}
