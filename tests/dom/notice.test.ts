import { describe, expect, it } from 'vitest';
import { FuriganaController } from '../../src/content/furigana/furigana-controller';
import { showNotice } from '../../src/content/notice';

describe('failure notice', () => {
  it('tells the reader when the dictionary cannot be loaded, and leaves the page untouched', async () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = '漢字の文章';
    document.body.append(p);
    const controller = new FuriganaController(document, {
      annotateTexts: () => Promise.reject(new Error('the Japanese dictionary could not be loaded')),
      onError: (err) => showNotice(document, (err as Error).message),
    });
    await controller.enable();
    const host = document.querySelector('[data-ytk-host="notice"]')!;
    expect(host.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain(
      'dictionary could not be loaded',
    );
    expect(p.childNodes).toHaveLength(1);
    controller.disable();
    (host.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect(document.querySelector('[data-ytk-host="notice"]')).toBeNull();
  });
});
