import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './helpers/chromium';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Text of the Yomitoki popup (inside its shadow root), or '' when closed. */
export async function popupText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-ytk-host="popup"]');
    return host?.shadowRoot?.querySelector('.popup')?.textContent ?? '';
  });
}

describe('glossary popup in Chromium', () => {
  it('hovering CISA shows its expansion, with the EDRDG credit; Escape closes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/sample-news.html'));
    await page.waitForSelector('html[data-ytk-ready]', { timeout: 60_000 });
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
    const page = await browser.context.newPage();
    await page.goto(server.url('/sample-news.html'));
    await page.waitForSelector('html[data-ytk-ready]', { timeout: 60_000 });
    // 行われる in the first paragraph: hover its first kanji.
    const ruby = page.locator('#article ruby.ytk-ruby', { hasText: '行' }).first();
    await ruby.hover();
    await page.waitForFunction(() => !!document.querySelector('[data-ytk-host="popup"]'));
    expect(await popupText(page)).toMatch(/行う|おこなう/);
    await page.close();
  });

  it('tapping a name with touch emulation shows its English name', async () => {
    const context = browser.context;
    const page = await context.newPage();
    await page.goto(server.url('/sample-news.html'));
    await page.waitForSelector('html[data-ytk-ready]', { timeout: 60_000 });
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
