import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { kanjiCoverage, pristineText } from './helpers/page-checks';
import { readThrough } from './helpers/read-through';

let ff: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('furigana and popups in Firefox ESR', () => {
  it('annotates the sample page with the background-script tokenizer and keeps its text', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/sample-news.html'));
    await page.waitForSelector('html[data-ytk-ready]', { timeout: 60_000 });
    await readThrough(page);
    const { kanji, covered } = await page.evaluate(kanjiCoverage, '#article');
    expect(covered / kanji).toBeGreaterThanOrEqual(0.99);
    const now = await page.evaluate(() => document.querySelector('#article')!.textContent);
    expect(now).toBe(await page.evaluate(pristineText, '#article'));
  });

  it('hovering CISA shows its expansion in the popup', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/sample-news.html'));
    await page.waitForSelector('html[data-ytk-ready]', { timeout: 60_000 });
    const handle = await page.evaluateHandle(() =>
      Array.from(document.querySelectorAll<HTMLElement>('span.ytk-term')).find(
        (e) => e.textContent === 'CISA',
      )!,
    );
    const term = handle.asElement() as ElementHandle<HTMLElement>;
    await term.scrollIntoView();
    await term.hover();
    await page.waitForFunction(() => !!document.querySelector('[data-ytk-host="popup"]'), {
      timeout: 10_000,
    });
    const text = await page.evaluate(
      () =>
        document.querySelector('[data-ytk-host="popup"]')?.shadowRoot?.querySelector('.popup')?.textContent ??
        '',
    );
    expect(text).toContain('Cybersecurity and Infrastructure Security Agency');
  });
});
