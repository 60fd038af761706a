import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

type Listener = (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;
const { listeners } = vi.hoisted(() => ({ listeners: [] as Listener[] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      getURL: (p: string) => `chrome-extension://yomitoki/${p}`,
      onMessage: { addListener: (fn: Listener) => listeners.push(fn) },
    },
  },
}));
// No dictionary in this test: only who gets an answer matters.
vi.mock('../../src/tokenizer-host/browser-resources', () => ({
  loadBrowserResources: () => Promise.reject(new Error('no dictionary in this test')),
}));

await import('../../src/offscreen/index');
const listener = listeners[0]!;
const stats = { target: 'tokenizer-host', request: { type: 'host-stats' } };

describe('the offscreen tokenizer host', () => {
  it('answers the service worker', async () => {
    await expect(
      listener(stats, { id: 'yomitoki', url: 'chrome-extension://yomitoki/sw.js' }),
    ).resolves.toMatchObject({
      ok: true,
      host: 'offscreen',
    });
  });

  it.each([
    [
      'a content script, even with the host target',
      stats,
      { tab: { id: 4 } as never, url: 'https://news.example/' },
    ],
    ['a message without the host target', { type: 'host-stats' }, {}],
  ])('ignores %s', (_name, raw, sender) => {
    expect(listener(raw, sender)).toBeUndefined();
  });
});
