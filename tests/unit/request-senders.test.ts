import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { mayRequest } from '../../src/background/sender';
import { REQUEST_SENDERS, type BackgroundRequest } from '../../src/shared/messages';

/** Every request the protocol declares, checked for each kind of sender by the one permission rule. */
const self = { id: 'ytk', baseUrl: 'chrome-extension://ytk/' };
const contentScript: Runtime.MessageSender = {
  id: 'ytk',
  url: 'https://news.example/a',
  tab: { id: 3 } as never,
};
const ownPage: Runtime.MessageSender = { id: 'ytk', url: 'chrome-extension://ytk/src/popup/index.html' };
const otherExtension: Runtime.MessageSender = { id: 'evil', url: 'chrome-extension://evil/x.html' };
const types = Object.entries(REQUEST_SENDERS) as [BackgroundRequest['type'], 'content' | 'pages'][];

describe('who may send each request (REQUEST_SENDERS, applied by mayRequest)', () => {
  it.each(types)(
    '%s: Yomitoki pages may; a content script only if declared "content"; others never',
    (type, who) => {
      expect(mayRequest(type, ownPage, self)).toBe(true);
      expect(mayRequest(type, contentScript, self)).toBe(who === 'content');
      expect(mayRequest(type, otherExtension, self)).toBe(false);
    },
  );

  it('what a content script may ask stays small: the page-facing requests only', () => {
    expect(
      types
        .filter(([, who]) => who === 'content')
        .map(([t]) => t)
        .sort(),
    ).toEqual([
      'annotate',
      'host-stats',
      'known-words-check',
      'known-words-set',
      'lookup',
      'page-state',
      'reader-prefs',
      'reading-fix-propose',
      'vocab-add',
      'vocab-find',
    ]);
  });
});
