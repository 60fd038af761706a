import { describe, expect, it } from 'vitest';
import { popupText } from './helpers/closed-popup';
import { openAnnotated, useChromiumSession } from './helpers/session';

const session = useChromiumSession();
const sample = () => openAnnotated(session.browser.context, session.server.url('/sample-news.html'));

describe('glossary popup in Chromium', () => {
  it('hovering CISA shows its expansion, with the EDRDG credit; Escape closes it', async () => {
    const page = await sample();
    const term = page.locator('span.ytk-term', { hasText: 'CISA' }).first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    // The popup is in a closed shadow root: read over CDP (helpers/closed-popup.ts).
    await expect.poll(() => popupText(page)).toContain('Cybersecurity and Infrastructure Security Agency');
    const text = await popupText(page);
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
    await expect.poll(() => popupText(page)).toMatch(/行う|おこなう/);
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
    await expect.poll(() => popupText(page)).toContain('Wang Yi');
    await page.close();
  });
});
