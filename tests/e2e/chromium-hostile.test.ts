import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchWithExtension, type ExtensionBrowser } from './helpers/chromium';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { CORPUS } from './helpers/hostile-corpus';
import { deepKanjiCoverage, deepText, readThrough } from './helpers/read-through';

/**
 * The hostile-page corpus end to end in Chromium: each page is read through once in a Chromium
 * without extensions and once with Yomitoki. With the extension the page's text (deep: shadow
 * roots, frames) must be the same as alone, its kanji covered, no page errors, and the extension
 * must make no request of its own (every request the fixture server sees, the page alone made too).
 */
let ext: ExtensionBrowser;
let plain: Browser;
let server: FixtureServer;
let served: string[] = [];
const otherRequests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({}, (path) => served.push(path));
  ext = await launchWithExtension();
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  // Network watch: anything that is not the fixture server or the extension's own files.
  ext.context.on('request', (r) => {
    const url = r.url();
    if (!/^(http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|data:|about:|blob:)/.test(url))
      otherRequests.push(url);
  });
}, 60_000);
afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  text: string;
  errors: string[];
  requests: string[];
}

async function visit(context: BrowserContext, file: string, annotated: boolean): Promise<Visit> {
  served = [];
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // The fixture server has no favicon; that 404 is the browser's, with or without us.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  await page.goto(server.url(`/hostile/${file}`));
  const min = annotated ? 0.97 : 0;
  // Read until the page says it is done (an infinite scroll loads more as the reader nears its end).
  for (let i = 0; i < 10; i++) {
    await readThrough(page, min);
    if (await page.evaluate(() => document.documentElement.hasAttribute('data-page-done'))) break;
  }
  await page.waitForSelector('html[data-page-done]', { state: 'attached', timeout: 30_000 });
  await readThrough(page, min);
  const text = await page.evaluate(deepText);
  return { page, text, errors, requests: [...served].sort() };
}

describe('hostile pages in Chromium', () => {
  for (const entry of CORPUS) {
    it(`${entry.what} (${entry.file}): same text as alone, kanji covered, no errors, no requests`, async () => {
      const alone = await visit(await plain.newContext(), entry.file, false);
      const withExt = await visit(ext.context, entry.file, true);
      expect(withExt.text).toBe(alone.text);
      expect(withExt.errors).toEqual([]);
      expect(alone.errors).toEqual([]);
      const { kanji, covered } = await withExt.page.evaluate(deepKanjiCoverage, true);
      expect(kanji).toBeGreaterThan(0);
      expect(covered / kanji).toBeGreaterThanOrEqual(entry.minCoverage ?? 0.97);
      expect(withExt.requests).toEqual(alone.requests);
      expect(otherRequests).toEqual([]);
      await alone.page.context().close();
      await withExt.page.close();
    }, 180_000);
  }
});
