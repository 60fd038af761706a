import { describe, expect, it, vi } from 'vitest';
import { FuriganaController } from '../../src/content/furigana/furigana-controller';
import { INFO_MS, PageNotices } from '../../src/content/notice';
import { trustedClick } from '../helpers/trusted-events';
import { privateText } from '../../src/content/closed-host';

describe('failure notice', () => {
  it('tells the reader when the dictionary cannot be loaded, and leaves the page untouched', async () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = '漢字の文章';
    document.body.append(p);
    const notices = new PageNotices(document);
    let root: ShadowRoot | undefined;
    const controller = new FuriganaController(document, {
      annotateTexts: () => Promise.reject(new Error('the Japanese dictionary could not be loaded')),
      onError: (err) => (root = notices.error((err as Error).message)),
    });
    await controller.enable();
    expect(privateText(root!.querySelector('[role="alert"] span'))).toContain(
      'dictionary could not be loaded',
    );
    expect(p.childNodes).toHaveLength(1);
    controller.disable();
    // Closed to the page: it finds a bare element without a shadowRoot, and none of the text.
    const host = root!.host;
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual([]);
    expect(document.body.textContent).not.toContain('dictionary');
    // A page script's click does not close it; the reader's does.
    const close = root!.querySelector('button')!;
    close.click();
    expect(host.isConnected).toBe(true);
    trustedClick(close);
    expect(host.isConnected).toBe(false);
  });

  it('a confirmation goes by itself; a new one replaces the one shown', () => {
    vi.useFakeTimers();
    try {
      document.body.replaceChildren();
      const notices = new PageNotices(document);
      const first = notices.info('Added 行う to Default.');
      const second = notices.info('Added 取る to Default.');
      expect(first.host.isConnected).toBe(false);
      expect(privateText(second.querySelector('[role="status"] span'))).toBe(
        'Yomitoki: Added 取る to Default.',
      );
      expect(second.querySelector('[role="status"]')!.textContent).toBe('');
      vi.advanceTimersByTime(INFO_MS);
      expect(second.host.isConnected).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
