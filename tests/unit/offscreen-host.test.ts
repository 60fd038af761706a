import { describe, expect, it } from 'vitest';
import { createHostListener } from '../../src/offscreen/host-listener';
import { PreemptibleHost } from '../../src/tokenizer-host/preemptible-host';

// No dictionary worker in this test: only who gets an answer matters.
const listener = createHostListener(
  new PreemptibleHost(
    () => {
      throw new Error('no worker in this test');
    },
    () => Promise.reject(new Error('no files in this test')),
    1_000,
    'offscreen',
  ),
);
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
