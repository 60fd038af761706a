import type { ContentMessage } from '../shared/messages';

/**
 * The tab calls the background makes: read a tab's URL, list tabs, message a tab's content script.
 * `browser.tabs` fits; tests pass a fake that records what was sent.
 */
export interface TabsApi {
  get(tabId: number): Promise<{ url?: string }>;
  query(queryInfo: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number; url?: string }[]>;
  /** Only the messages the protocol declares for content scripts (ContentMessage). */
  sendMessage(tabId: number, message: ContentMessage, options?: { frameId?: number }): Promise<unknown>;
}

/** Send a message to every tab; tabs without our content script are skipped. */
export async function broadcast(tabs: TabsApi, message: ContentMessage): Promise<void> {
  const all = await tabs.query({}).catch(() => []);
  await Promise.all(
    all.map((t) => (t.id === undefined ? undefined : tabs.sendMessage(t.id, message).catch(() => undefined))),
  );
}
