import browser, { type Runtime } from 'webextension-polyfill';
import { BackgroundRequest, failure, parseMessage, type PageState, type Responses } from '../shared/messages';
import type { AnalysisRouter } from './analysis-router';
import { setSiteDisabled } from '../shared/settings-store';
import { clearTab, pageStateFor, rememberTabSite, setTabOverride, tabsOfSite } from './tab-state';
import { isVocabRequest } from '../shared/vocab-messages';
import { handleVocabRequest } from './vocab';
import { isReadingFixRequest } from '../shared/reading-fix-messages';
import { handleReadingFixRequest } from './reading-fix';
import { mayRequest } from './sender';

/** Tell a tab's content script to apply a state; a tab without our script is simply skipped. */
export async function pushState(tabId: number, enabled: boolean): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'apply-enabled', enabled }).catch(() => undefined);
}

async function stateOfTab(tabId: number): Promise<PageState> {
  const tab = await browser.tabs.get(tabId);
  return pageStateFor(tabId, tab.url ?? '');
}

/** The runtime.onMessage listener: validate, then dispatch by type. */
export function createMessageHandler(analysis: AnalysisRouter) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Messages for the offscreen host pass through here too in Chrome; they are not ours.
    if (raw && typeof raw === 'object' && 'target' in raw) return undefined;
    const parsed = parseMessage(BackgroundRequest, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    return handle(parsed.value, sender, analysis).catch((err: unknown) => failure('internal', err));
  };
}

async function handle(
  msg: BackgroundRequest,
  sender: Runtime.MessageSender,
  analysis: AnalysisRouter,
): Promise<Responses[BackgroundRequest['type']]> {
  // Who may ask for what (sender.ts): checked here, once, before any request is handled.
  if (!mayRequest(msg.type, sender)) {
    return { ok: false, code: 'not-allowed', message: `${msg.type} is only accepted from Yomitoki's pages.` };
  }
  if (isVocabRequest(msg)) return handleVocabRequest(msg);
  if (isReadingFixRequest(msg)) return handleReadingFixRequest(msg, sender);
  switch (msg.type) {
    case 'annotate':
    case 'lookup':
    case 'host-stats':
      return analysis(msg);
    case 'page-state': {
      const tabId = sender.tab?.id;
      // Remembering the site is bookkeeping for later switches: the page need not wait for it.
      if (tabId !== undefined) void rememberTabSite(tabId, msg.url).catch(() => undefined);
      return { ok: true, ...(await pageStateFor(tabId, msg.url)) };
    }
    case 'tab-state':
      return { ok: true, ...(await stateOfTab(msg.tabId)) };
    case 'set-tab-enabled': {
      await setTabOverride(msg.tabId, msg.enabled);
      await pushState(msg.tabId, msg.enabled);
      return { ok: true, ...(await stateOfTab(msg.tabId)) };
    }
    case 'set-site-disabled': {
      await setSiteDisabled(msg.site, msg.disabled);
      // Every open tab of that site follows the switch at once: a per-tab choice made there is dropped.
      for (const tabId of await tabsOfSite(msg.site)) {
        await clearTab(tabId);
        await pushState(tabId, !msg.disabled);
      }
      const active = sender.tab?.id;
      const state =
        active === undefined
          ? await pageStateFor(undefined, `https://${msg.site}/`)
          : await stateOfTab(active);
      return { ok: true, ...state, siteDisabled: msg.disabled };
    }
  }
}
