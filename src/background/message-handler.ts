import browser, { type Runtime } from 'webextension-polyfill';
import { BackgroundRequest, failure, parseMessage, type PageState, type Responses } from '../shared/messages';
import type { AnalysisRouter } from './analysis-router';
import { settingsStore } from '../shared/settings-store';
import type { Badges } from './badge';
import { clearTab, pageStateFor, rememberTabSite, setTabOverride, tabsOfSite } from './tab-state';
import { isVocabRequest } from '../shared/vocab-messages';
import { handleVocabRequest } from './vocab';
import { isReadingFixRequest } from '../shared/reading-fix-messages';
import { handleReadingFixRequest } from './reading-fix';
import { mayRequest } from './sender';
import { isKnownWordsRequest } from '../shared/known-words-messages';
import { handleKnownWordsRequest, knownWords } from './known-words';

/**
 * Tell a tab's content script to apply a state (a tab without our script is simply skipped) and show
 * it on the toolbar button.
 */
export async function pushState(tabId: number, enabled: boolean, badges?: Badges): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'apply-enabled', enabled }).catch(() => undefined);
  if (badges) await badges.show(tabId, await pageStateFor(tabId, ''));
}

async function stateOfTab(tabId: number): Promise<PageState> {
  const tab = await browser.tabs.get(tabId);
  return pageStateFor(tabId, tab.url ?? '');
}

/** The runtime.onMessage listener: validate, then dispatch by type. */
export function createMessageHandler(analysis: AnalysisRouter, badges?: Badges) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Messages for the offscreen host pass through here too in Chrome; they are not ours.
    if (raw && typeof raw === 'object' && 'target' in raw) return undefined;
    const parsed = parseMessage(BackgroundRequest, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    return handle(parsed.value, sender, analysis, badges).catch((err: unknown) => failure('internal', err));
  };
}

async function handle(
  msg: BackgroundRequest,
  sender: Runtime.MessageSender,
  analysis: AnalysisRouter,
  badges: Badges | undefined,
): Promise<Responses[BackgroundRequest['type']]> {
  // Who may ask for what (sender.ts): checked here, once, before any request is handled.
  if (!mayRequest(msg.type, sender)) {
    return { ok: false, code: 'not-allowed', message: `${msg.type} is only accepted from Yomitoki's pages.` };
  }
  if (isKnownWordsRequest(msg)) return handleKnownWordsRequest(msg);
  if (isVocabRequest(msg)) {
    const res = await handleVocabRequest(msg);
    // A vocabulary word marked known is a known word: its ruby goes in every tab.
    if (msg.type === 'vocab-mark-known' && res.ok && 'item' in res) {
      await knownWords.set([res.item.dictionaryForm], msg.known);
    }
    return res;
  }
  if (isReadingFixRequest(msg)) return handleReadingFixRequest(msg, sender);
  switch (msg.type) {
    case 'annotate':
    case 'lookup':
    case 'host-stats':
      return analysis(msg);
    case 'page-state': {
      const tabId = sender.tab?.id;
      // Frames inside a page (iframes, srcdoc, about:blank) follow their tab's switches: the site
      // is the top page's. Only the top frame's URL is remembered as the tab's site.
      const topFrame = (sender.frameId ?? 0) === 0;
      // Remembering the site is bookkeeping for later switches: the page need not wait for it.
      if (tabId !== undefined && topFrame) void rememberTabSite(tabId, msg.url).catch(() => undefined);
      const state = await pageStateFor(tabId, topFrame ? msg.url : '');
      if (tabId !== undefined && topFrame) void badges?.show(tabId, state);
      return { ok: true, ...state };
    }
    case 'tab-state':
      return { ok: true, ...(await stateOfTab(msg.tabId)) };
    case 'set-tab-enabled': {
      await setTabOverride(msg.tabId, msg.enabled);
      await pushState(msg.tabId, msg.enabled, badges);
      return { ok: true, ...(await stateOfTab(msg.tabId)) };
    }
    case 'set-site-disabled': {
      await settingsStore().setSiteDisabled(msg.site, msg.disabled);
      // Every open tab of that site follows the switch at once: a per-tab choice made there is dropped.
      for (const tabId of await tabsOfSite(msg.site)) {
        await clearTab(tabId);
        await pushState(tabId, (await pageStateFor(tabId, '')).enabled, badges);
      }
      const active = sender.tab?.id;
      const state =
        active === undefined
          ? await pageStateFor(undefined, `https://${msg.site}/`)
          : await stateOfTab(active);
      return { ok: true, ...state, siteDisabled: msg.disabled };
    }
    case 'set-everywhere-enabled': {
      await settingsStore().update('sites', { enabled: msg.enabled });
      // Every open tab follows (a site switched off stays off); per-tab choices are dropped.
      for (const tabId of await tabsOfSite()) {
        await clearTab(tabId);
        await pushState(tabId, (await pageStateFor(tabId, '')).enabled, badges);
      }
      return { ok: true, everywhere: msg.enabled };
    }
  }
}
