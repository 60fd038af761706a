import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { Badges } from './badge';
import type { PushState } from './message-handler';
import type { TabState } from './tab-state';

export interface CommandDeps {
  badges: Badges;
  tabState: TabState;
  pushState: PushState;
}

/** Keyboard shortcut (commands API): toggle furigana in the active tab. */
export function registerCommands({ badges, tabState, pushState }: CommandDeps): void {
  // A closed tab's choice is forgotten.
  browser.tabs.onRemoved.addListener((tabId) => {
    badges.forget(tabId);
    void tabState.forgetTab(tabId);
  });
  // Firefox for Android has no keyboard shortcuts (no commands API).
  if (!browser.commands) return;
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-furigana') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      const state = await tabState.pageStateFor(tab.id, tab.url ?? '');
      await tabState.setTabOverride(tab.id, !state.enabled);
      await pushState(tab.id, !state.enabled);
    } catch (err) {
      // A shortcut has no UI of its own: say on the toolbar button that it failed, and why.
      const why = err instanceof Error ? err.message : String(err);
      await browser.action.setBadgeText({ tabId: tab.id, text: '!' }).catch(() => undefined);
      await browser.action
        .setTitle({ tabId: tab.id, title: t('badgeTitleSwitchFailed', why) })
        .catch(() => undefined);
    }
  });
}
