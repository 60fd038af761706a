import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { CORPUS } from './helpers/hostile-corpus';
import { deepKanjiCoverage, deepText, evaluate, readThrough } from './helpers/read-through';

/**
 * The main pages of the hostile corpus in Firefox ESR: read through with the add-on and in a
 * Firefox without it; same deep text, kanji covered, no page errors beyond the page's own, no
 * requests of ours.
 */
let ff: FirefoxWithExtension;
let plain: Browser;
let plainProfile: string;
let server: FixtureServer;
let served: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({}, (path) => served.push(path));
  ff = await launchFirefoxWithExtension();
  plainProfile = await mkdtemp(join(tmpdir(), 'ytk-ff-plain-'));
  plain = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: plainProfile,
  });
}, 120_000);
afterAll(async () => {
  await ff?.close();
  await plain?.close();
  if (plainProfile) await rm(plainProfile, { recursive: true, force: true });
  await server?.close();
});

async function visit(browser: Browser, file: string, min: number) {
  served = [];
  const page: Page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  await page.goto(server.url(`/hostile/${file}`));
  for (let i = 0; i < 10; i++) {
    await readThrough(page, min);
    if (await evaluate(page, () => document.documentElement.hasAttribute('data-page-done'), undefined)) break;
  }
  await page.waitForSelector('html[data-page-done]', { timeout: 30_000 });
  await readThrough(page, min);
  const text = await evaluate(page, deepText, undefined);
  return { page, text, errors, requests: [...served].sort() };
}

describe('hostile pages in Firefox ESR', () => {
  for (const entry of CORPUS.filter((c) => c.firefox)) {
    it(`${entry.what} (${entry.file}): same text as alone, kanji covered, no errors, no requests`, async () => {
      const alone = await visit(plain, entry.file, 0);
      const withExt = await visit(ff.browser, entry.file, entry.minCoverage ?? 0.97);
      expect(withExt.text).toBe(alone.text);
      // The browser's own complaints (a favicon a strict CSP blocks) are there alone too: none of ours.
      expect(withExt.errors).toEqual(alone.errors);
      const { kanji, covered } = await evaluate(withExt.page, deepKanjiCoverage, true);
      expect(kanji).toBeGreaterThan(0);
      expect(covered / kanji).toBeGreaterThanOrEqual(entry.minCoverage ?? 0.97);
      expect(withExt.requests).toEqual(alone.requests);
      await alone.page.close();
      await withExt.page.close();
    }, 240_000);
  }
});
