/**
 * Context-menu capture: "Add '…' to Yomitoki list" on a text selection. The tab's content script
 * tells the sentence around the selection; a dictionary lookup at its start gives the dictionary
 * form, reading and meaning when the selection is one word. The reader sees the outcome in the page.
 */
import { t } from '../../shared/i18n';
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { WordLookup } from '../../core/glossary/glossary';
import { parseMessage, type Responses } from '../../shared/messages';
import { captureFromSelection } from '../../shared/vocab-capture';
import { selectionContextFrom, VocabAddRequest, type SelectionContext } from '../../shared/vocab-messages';
import type { AnalysisRouter } from '../analysis-router';
import type { TabsApi } from '../tab-messaging';

const SELECTION_MENU_ID = 'ytk-vocab-add-selection';

export interface SelectionMenuDeps {
  analysis: AnalysisRouter;
  add: (msg: VocabAddRequest) => Promise<Responses['vocab-add']>;
  tabs: Pick<TabsApi, 'sendMessage'>;
}

async function selectionContext(
  tabs: SelectionMenuDeps['tabs'],
  tabId: number,
  frameId: number | undefined,
): Promise<SelectionContext | null> {
  try {
    const reply: unknown = await tabs.sendMessage(
      tabId,
      { type: 'vocab-selection-context' },
      frameId === undefined ? undefined : { frameId },
    );
    return selectionContextFrom(reply);
  } catch {
    // No content script in this tab (a browser page, a PDF): save the selection without its sentence.
    return null;
  }
}

async function lookupAt(analysis: AnalysisRouter, text: string, offset: number): Promise<WordLookup | null> {
  try {
    const res = await analysis({ type: 'lookup', text, offset });
    return res.ok ? res.result : null;
  } catch {
    return null;
  }
}

async function notify(
  tabs: SelectionMenuDeps['tabs'],
  tabId: number,
  ok: boolean,
  message: string,
): Promise<void> {
  // Where the page has no content script the notice cannot be shown; the badge still says it.
  await tabs.sendMessage(tabId, { type: 'vocab-capture-notice', ok, message }).catch(() => undefined);
  await browser.action?.setBadgeText({ tabId, text: ok ? '✓' : '!' }).catch(() => undefined);
  setTimeout(() => void browser.action?.setBadgeText({ tabId, text: '' }).catch(() => undefined), 4000);
}

async function onClicked(deps: SelectionMenuDeps, info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId !== SELECTION_MENU_ID || !info.selectionText || tab?.id === undefined) return;
  const context = await selectionContext(deps.tabs, tab.id, info.frameId);
  const lookup = context ? await lookupAt(deps.analysis, context.sentence, context.sentenceOffset) : null;
  const item = captureFromSelection({
    text: context?.text || info.selectionText,
    context,
    lookup,
    pageTitle: tab.title ?? '',
    url: tab.url ?? info.pageUrl ?? '',
  });
  if (!item) return;
  // Built from a page's reply and selection: held to the limits of any other add request.
  const req = parseMessage(VocabAddRequest, { type: 'vocab-add', item });
  if (!req.ok) {
    await notify(deps.tabs, tab.id, false, t('menuNotSaved', item.surface.slice(0, 40), req.message));
    return;
  }
  const res = await deps.add(req.value);
  if (res.ok) {
    const done = t(res.created ? 'menuAdded' : 'menuUpdated', res.item.dictionaryForm, res.listName);
    await notify(deps.tabs, tab.id, true, done);
  } else {
    await notify(deps.tabs, tab.id, false, t('menuNotSaved', item.surface, res.message));
  }
}

export function registerSelectionMenu(deps: SelectionMenuDeps): void {
  // Firefox for Android has no context menus: words are saved from the popup there.
  if (!browser.contextMenus) return;
  browser.runtime.onInstalled.addListener(async () => {
    // Menus persist across browser restarts; (re)create ours on install and update only.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: SELECTION_MENU_ID,
      title: t('menuAddSelection'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onClicked(deps, info, tab).catch((error: unknown) => {
      if (tab?.id !== undefined) void notify(deps.tabs, tab.id, false, t('actionNotSaved', String(error)));
    });
  });
}
