import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsStore } from '../../src/shared/settings-store';
import { createKnownWords, createKnownWordsHandler } from '../../src/background/known-words';
import { createMessageHandler, createPushState } from '../../src/background/message-handler';
import { createReadingFixes } from '../../src/background/reading-fix';
import { TabState } from '../../src/background/tab-state';
import type { TabsApi } from '../../src/background/tab-messaging';
import { createVocabRequests } from '../../src/background/vocab';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import { memoryBrowserStorage } from '../helpers/memory-area';

/** The background built as its entry builds it, over in-memory storage and tabs that record messages. */
function background() {
  const storage = memoryBrowserStorage();
  const sentToTabs: unknown[] = [];
  const tabs: TabsApi = {
    get: () => Promise.resolve({ url: 'https://news.example/a' }),
    query: () => Promise.resolve([{ id: 7 }, { id: 8 }]),
    sendMessage: (tabId, msg) => {
      sentToTabs.push({ tabId, msg });
      return Promise.resolve();
    },
  };
  const analysis = () => Promise.reject(new Error('no analysis in this test'));
  const settings = new SettingsStore(storage);
  const tabState = new TabState(storage.session, settings);
  const vocabStore = new VocabStore(storage.local);
  const knownWords = createKnownWords(storage.local, tabs, vocabStore);
  const handler = createMessageHandler({
    self: { id: 'yomitoki-id', baseUrl: 'chrome-extension://yomitoki/' },
    analysis,
    settings,
    tabs,
    tabState,
    pushState: createPushState(tabs, tabState, undefined),
    knownWords,
    handleKnownWords: createKnownWordsHandler(knownWords, settings),
    handleVocab: createVocabRequests({
      store: vocabStore,
      storage: storage.local,
      analysis,
      hasAnkiPermission: () => Promise.resolve(false),
      fetch: () => Promise.reject(new Error('no network in this test')),
    }).handle,
    readingFixes: createReadingFixes(vocabStore, tabs),
  });
  return { handler, settings, sync: storage.sync, sentToTabs };
}

const fromPage = { id: 'yomitoki-id', tab: { id: 7 } as never, frameId: 0, url: 'https://news.example/a' };
const fromPopup = { id: 'yomitoki-id', url: 'chrome-extension://yomitoki/src/popup/index.html' };
/** The fix-reading confirm frame: an extension page inside the page's tab. */
const fromFixFrame = {
  id: 'yomitoki-id',
  tab: { id: 7 } as never,
  frameId: 3,
  url: 'chrome-extension://yomitoki/src/fix-reading/index.html#x',
};

let handler: ReturnType<typeof background>['handler'];
let settings: SettingsStore;
let sync: ReturnType<typeof background>['sync'];
let sentToTabs: unknown[];
beforeEach(() => {
  ({ handler, settings, sync, sentToTabs } = background());
});

describe('furigana switches are accepted only from Yomitoki pages', () => {
  it.each([
    { type: 'tab-state', tabId: 3 },
    { type: 'set-tab-enabled', tabId: 3, enabled: false },
    { type: 'set-site-disabled', site: 'news.example', disabled: true },
  ])('$type from a content script is refused and changes nothing', async (msg) => {
    const res = (await handler(msg, fromPage)) as { ok: boolean; code?: string };
    expect(res).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(sentToTabs).toEqual([]);
    expect((await settings.read()).sites.disabled).toEqual([]);
  });

  it.each([
    [{ type: 'tab-state', tabId: 3 }, true],
    [{ type: 'set-tab-enabled', tabId: 3, enabled: false }, false],
  ])('%o from the toolbar popup is applied', async (msg, enabled) => {
    const res = await handler(msg, fromPopup);
    expect(res).toMatchObject({ ok: true, site: 'news.example', enabled });
  });

  it('a page may still ask for its own state', async () => {
    const res = await handler({ type: 'page-state', url: 'https://news.example/a' }, fromPage);
    expect(res).toMatchObject({ ok: true, site: 'news.example' });
  });
});

describe('known words: pages may ask and mark, only Yomitoki pages import and export', () => {
  const waitForBroadcast = () => vi.waitFor(() => expect(sentToTabs.length).toBeGreaterThan(0));

  it.each([{ type: 'known-words-import', text: '読む', replace: false }, { type: 'known-words-export' }])(
    '$type from a content script is refused',
    async (msg) => {
      expect(await handler(msg, fromPage)).toMatchObject({ ok: false, code: 'not-allowed' });
    },
  );

  it('a word marked known from a page is known by its dictionary form, and every tab is told', async () => {
    expect(await handler({ type: 'known-words-set', words: ['読む'], known: true }, fromPage)).toMatchObject({
      ok: true,
      count: 1,
    });
    await waitForBroadcast();
    expect(sentToTabs).toContainEqual({ tabId: 8, msg: { type: 'known-words-changed' } });
    const res = await handler({ type: 'known-words-check', words: ['読む', '書く'] }, fromPage);
    expect(res).toMatchObject({ ok: true, known: ['読む'] });
  });

  it('imports a list from the settings page and exports it one word per line', async () => {
    const res = await handler({ type: 'known-words-import', text: '学校\n政府\n', replace: true }, fromPopup);
    expect(res).toMatchObject({ ok: true, count: 2, skippedLines: [] });
    expect(await handler({ type: 'known-words-export' }, fromPopup)).toMatchObject({ text: '学校\n政府\n' });
  });

  it('a vocabulary word marked known in the toolbar popup becomes a known word, by dictionary form', async () => {
    const added = (await handler(
      { type: 'vocab-add', item: { surface: '読んだ', dictionaryForm: '読む', reading: 'よむ' } },
      fromPage,
    )) as { ok: boolean; item: { id: string } };
    expect(added.ok).toBe(true);
    await handler({ type: 'vocab-mark-known', itemId: added.item.id, known: true }, fromPopup);
    expect(await handler({ type: 'known-words-check', words: ['読む'] }, fromPage)).toMatchObject({
      known: ['読む'],
    });
    await handler({ type: 'vocab-mark-known', itemId: added.item.id, known: false }, fromPopup);
    expect(await handler({ type: 'known-words-check', words: ['読む'] }, fromPage)).toMatchObject({
      known: [],
    });
  });

  it('the furigana preferences a page gets are validated, with defaults for what is missing or bad', async () => {
    sync.data.set('settings.furigana', { mode: 'level', level: { kind: 'jlpt', value: 9 } });
    const res = await handler({ type: 'reader-prefs' }, fromPage);
    expect(res).toMatchObject({
      ok: true,
      prefs: { mode: 'level', level: { kind: 'jlpt', value: 4 }, script: 'hiragana' },
    });
  });
});

describe('every request is checked against its sender', () => {
  const refused = { ok: false, code: 'not-allowed' };

  it.each([
    { type: 'reading-fix-set', surface: '電車', reading: 'ばか' },
    { type: 'reading-fix-confirm', nonce: '00000000-0000-4000-8000-000000000000', reading: 'ばか' },
    { type: 'reading-fix-pending', nonce: '00000000-0000-4000-8000-000000000000' },
    { type: 'reading-fix-list' },
    { type: 'reading-fix-remove', surface: '電車' },
    { type: 'vocab-overview' },
    { type: 'vocab-export', format: 'json' },
    { type: 'vocab-list-create', name: 'x' },
    { type: 'anki-settings' },
  ])('a content script may not send $type', async (msg) => {
    expect(await handler(msg, fromPage)).toMatchObject(refused);
  });

  it('a content script cannot store a correction: it may only propose one, which stores nothing', async () => {
    const proposed = (await handler(
      { type: 'reading-fix-propose', surface: '電車', reading: 'ばか', shown: false },
      fromPage,
    )) as { ok: boolean; nonce: string };
    expect(proposed.ok).toBe(true);
    // Not even with the nonce: confirming is for the extension-origin frame.
    const confirm = { type: 'reading-fix-confirm', nonce: proposed.nonce, reading: 'ばか' };
    expect(await handler(confirm, fromPage)).toMatchObject(refused);
    expect(await handler({ type: 'reading-fix-list' }, fromPopup)).toMatchObject({ ok: true, fixes: [] });
    // The frame in the same tab confirms; the proposing frame of the page is told.
    expect(await handler(confirm, fromFixFrame)).toMatchObject({ ok: true, fix: { surface: '電車' } });
    expect(sentToTabs).toEqual([
      { tabId: 7, msg: { type: 'reading-fix-outcome', nonce: proposed.nonce, outcome: 'saved' } },
    ]);
  });

  it.each([
    ['another extension', { ...fromPage, id: 'someone-else' }],
    ['another extension claiming our page URL', { ...fromPopup, id: 'someone-else' }],
    ['a sender without a tab', { id: 'yomitoki-id', url: 'https://news.example/a' }],
    ['a tab on a non-web URL', { ...fromPage, url: 'file:///etc/passwd' }],
  ])('%s is refused even what a content script may ask', async (_name, sender) => {
    expect(await handler({ type: 'page-state', url: 'https://news.example/a' }, sender)).toMatchObject(
      refused,
    );
    expect(
      await handler({ type: 'reading-fix-propose', surface: '電車', reading: '', shown: false }, sender),
    ).toMatchObject(refused);
  });
});
