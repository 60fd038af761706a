import browser from 'webextension-polyfill';
import { pushState } from './message-handler';
import { forgetTab, pageStateFor, setTabOverride } from './tab-state';

/** Keyboard shortcut (commands API): toggle furigana in the active tab. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-furigana') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const state = await pageStateFor(tab.id, tab.url ?? '');
    await setTabOverride(tab.id, !state.enabled);
    await pushState(tab.id, !state.enabled);
  });
  // A closed tab's choice is forgotten.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
