import type { Runtime } from 'webextension-polyfill';
import { BackgroundRequest, failure, parseMessage, type PageState, type Responses } from '../shared/messages';
import type { AnalysisRouter } from './analysis-router';
import type { SettingsStore } from '../shared/settings-store';
import type { Badges } from './badge';
import type { TabState } from './tab-state';
import type { TabsApi } from './tab-messaging';
import { isVocabRequest } from '../shared/vocab-messages';
import type { VocabHandler } from './vocab';
import { isReadingFixRequest } from '../shared/reading-fix-messages';
import type { ReadingFixes } from './reading-fix';
import { mayRequest, type ExtensionIdentity } from './sender';
import { isKnownWordsRequest } from '../shared/known-words-messages';
import type { KnownWordsHandler } from './known-words';
import type { KnownWordsStore } from './known-words/known-words-store';

/** Tell a tab's content script to apply a state, and show it on the toolbar button. */
export type PushState = (tabId: number, enabled: boolean) => Promise<void>;

/** A tab without our script is simply skipped; without `badges` (tests) nothing is shown. */
export function createPushState(
  tabs: Pick<TabsApi, 'sendMessage'>,
  tabState: TabState,
  badges: Badges | undefined,
): PushState {
  return async (tabId, enabled) => {
    await tabs.sendMessage(tabId, { type: 'apply-enabled', enabled }).catch(() => undefined);
    if (badges) await badges.show(tabId, await tabState.pageStateFor(tabId, ''));
  };
}

/** What the message handler answers with; the background entry builds each once. */
export interface MessageHandlerDeps {
  /** Who we are, to tell our own pages from content scripts and other extensions (sender.ts). */
  self: ExtensionIdentity;
  analysis: AnalysisRouter;
  settings: SettingsStore;
  tabs: Pick<TabsApi, 'get'>;
  tabState: TabState;
  pushState: PushState;
  badges?: Badges;
  knownWords: KnownWordsStore;
  handleKnownWords: KnownWordsHandler;
  handleVocab: VocabHandler;
  readingFixes: Pick<ReadingFixes, 'handle'>;
}

/** The runtime.onMessage listener: validate, then dispatch by type. */
export function createMessageHandler(deps: MessageHandlerDeps) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Messages for the offscreen host pass through here too in Chrome; they are not ours.
    if (raw && typeof raw === 'object' && 'target' in raw) return undefined;
    const parsed = parseMessage(BackgroundRequest, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    return handle(parsed.value, sender, deps).catch((err: unknown) => failure('internal', err));
  };
}

async function handle(
  msg: BackgroundRequest,
  sender: Runtime.MessageSender,
  deps: MessageHandlerDeps,
): Promise<Responses[BackgroundRequest['type']]> {
  const { tabState, pushState, badges } = deps;
  const stateOfTab = async (tabId: number): Promise<PageState> => {
    const tab = await deps.tabs.get(tabId);
    return tabState.pageStateFor(tabId, tab.url ?? '');
  };
  // Who may ask for what (sender.ts): checked here, once, before any request is handled.
  if (!mayRequest(msg.type, sender, deps.self)) {
    return { ok: false, code: 'not-allowed', message: `${msg.type} is only accepted from Yomitoki's pages.` };
  }
  if (isKnownWordsRequest(msg)) return deps.handleKnownWords(msg);
  if (isVocabRequest(msg)) {
    const res = await deps.handleVocab(msg);
    // A vocabulary word marked known is a known word: its ruby goes in every tab.
    if (msg.type === 'vocab-mark-known' && res.ok && 'item' in res) {
      await deps.knownWords.set([res.item.dictionaryForm], msg.known);
    }
    return res;
  }
  if (isReadingFixRequest(msg)) return deps.readingFixes.handle(msg, sender);
  switch (msg.type) {
    case 'annotate':
    case 'lookup':
    case 'host-stats':
      return deps.analysis(msg);
    case 'page-state': {
      const tabId = sender.tab?.id;
      // Frames inside a page (iframes, srcdoc, about:blank) follow their tab's switches: the site
      // is the top page's. Only the top frame's URL is remembered as the tab's site.
      const topFrame = (sender.frameId ?? 0) === 0;
      // Remembering the site is bookkeeping for later switches: the page need not wait for it.
      if (tabId !== undefined && topFrame)
        void tabState.rememberTabSite(tabId, msg.url).catch(() => undefined);
      const state = await tabState.pageStateFor(tabId, topFrame ? msg.url : '');
      if (tabId !== undefined && topFrame) void badges?.show(tabId, state);
      return { ok: true, ...state };
    }
    case 'tab-state':
      return { ok: true, ...(await stateOfTab(msg.tabId)) };
    case 'set-tab-enabled': {
      await tabState.setTabOverride(msg.tabId, msg.enabled);
      await pushState(msg.tabId, msg.enabled);
      return { ok: true, ...(await stateOfTab(msg.tabId)) };
    }
    case 'set-site-disabled': {
      await deps.settings.setSiteDisabled(msg.site, msg.disabled);
      // Every open tab of that site follows the switch at once: a per-tab choice made there is dropped.
      for (const tabId of await tabState.tabsOfSite(msg.site)) {
        await tabState.clearTab(tabId);
        await pushState(tabId, (await tabState.pageStateFor(tabId, '')).enabled);
      }
      const active = sender.tab?.id;
      const state =
        active === undefined
          ? await tabState.pageStateFor(undefined, `https://${msg.site}/`)
          : await stateOfTab(active);
      return { ok: true, ...state, siteDisabled: msg.disabled };
    }
    case 'set-everywhere-enabled': {
      await deps.settings.update('sites', { enabled: msg.enabled });
      // Every open tab follows (a site switched off stays off); per-tab choices are dropped.
      for (const tabId of await tabState.tabsOfSite()) {
        await tabState.clearTab(tabId);
        await pushState(tabId, (await tabState.pageStateFor(tabId, '')).enabled);
      }
      return { ok: true, everywhere: msg.enabled };
    }
  }
}
