import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAnnotated, useChromiumSession } from './helpers/session';

const session = useChromiumSession();
const sample = () => openAnnotated(session.browser.context, session.server.url('/sample-news.html'));

/** Text of the Yomitoki popup (inside its shadow root), or '' when closed. */
export async function popupText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-ytk-host="popup"]');
    return host?.shadowRoot?.querySelector('.popup')?.textContent ?? '';
  });
}

describe('glossary popup in Chromium', () => {
  it('hovering CISA shows its expansion, with the EDRDG credit; Escape closes it', async () => {
    const page = await sample();
    const term = page.locator('span.ytk-term', { hasText: 'CISA' }).first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await page.waitForFunction(() => !!document.querySelector('[data-ytk-host="popup"]'));
    const text = await popupText(page);
    expect(text).toContain('Cybersecurity and Infrastructure Security Agency');
    expect(text).toContain('EDRDG');
    await page.keyboard.press('Escape');
    expect(await popupText(page)).toBe('');
    await page.close();
  });

  it('hovering an ordinary word shows its dictionary entry via deinflection', async () => {
    const page = await sample();
    // 行われる in the first paragraph: hover its first kanji.
    const ruby = page.locator('#article ruby.ytk-ruby', { hasText: '行' }).first();
    await ruby.hover();
    await page.waitForFunction(() => !!document.querySelector('[data-ytk-host="popup"]'));
    expect(await popupText(page)).toMatch(/行う|おこなう/);
    await page.close();
  });

  it('tapping a name with touch emulation shows its English name', async () => {
    const context = session.browser.context;
    const page = await sample();
    const name = page.locator('span.ytk-term', { hasText: '王毅' }).first();
    await name.scrollIntoViewIfNeeded();
    const box = (await name.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const x = box.x + box.width / 3;
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction(() => !!document.querySelector('[data-ytk-host="popup"]'));
    expect(await popupText(page)).toContain('Wang Yi');
    await page.close();
  });
});
