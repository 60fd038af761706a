import browser from 'webextension-polyfill';
import type { HostRequest, Responses } from '../shared/messages';
import { failure } from '../shared/messages';

/**
 * Chrome: the tokenizer lives in an offscreen document, which outlives the service worker. When
 * Chrome stops an idle worker (~30 s), the next request restarts only the small worker; the
 * dictionary stays loaded in the document. Same interface as AnalysisHost.handle.
 */
const OFFSCREEN_PATH = 'src/offscreen/index.html';

let creating: Promise<void> | undefined;

async function hasDocument(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

export async function ensureOffscreenDocument(): Promise<void> {
  if (await hasDocument()) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Hosts the Japanese tokenizer dictionary once per browser, shared by all tabs.',
    })
    .catch((err: unknown) => {
      // Another request created it first: that is fine.
      if (!String(err).includes('single offscreen')) throw err;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

export async function forwardToOffscreen<R extends HostRequest>(req: R): Promise<Responses[R['type']]> {
  for (let attempt = 0; ; attempt++) {
    try {
      await ensureOffscreenDocument();
      const res = (await browser.runtime.sendMessage({ target: 'tokenizer-host', request: req })) as
        Responses[R['type']] | undefined;
      if (res) return res;
      throw new Error('the tokenizer host did not answer');
    } catch (err) {
      // The document may still be starting its script: retry briefly before giving up.
      if (attempt >= 20) return failure('dictionary-unavailable', err);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
