import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { kanjiCoverage, pristineText } from './helpers/page-checks';

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

describe('furigana in Firefox ESR', () => {
  it('annotates the sample page with the background-script tokenizer and keeps its text', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/sample-news.html'));
    await page.waitForSelector('html[data-ytk-ready]', { timeout: 60_000 });
    const { kanji, covered } = await page.evaluate(kanjiCoverage, '#article');
    expect(covered / kanji).toBeGreaterThanOrEqual(0.99);
    const now = await page.evaluate(() => document.querySelector('#article')!.textContent);
    expect(now).toBe(await page.evaluate(pristineText, '#article'));
  });
});
