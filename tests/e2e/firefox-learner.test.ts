import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  waitForFirefoxAnnotated,
  type FirefoxWithExtension,
} from './helpers/firefox';
import { readThrough } from './helpers/read-through';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { rubyMetrics } from './helpers/ruby-metrics';

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

describe('legible ruby in Firefox ESR', () => {
  it.each([
    ['/sample-news.html', '#article'],
    ['/second-news.html', '#story'],
  ])('%s: readings at least 10 px, few bases spread', async (path, selector) => {
    const page = await ff.browser.newPage();
    await page.goto(server.url(path));
    await waitForFirefoxAnnotated(page);
    await readThrough(page);
    const m = await page.evaluate(rubyMetrics, selector);
    console.log(`firefox ruby metrics ${selector}: ${JSON.stringify(m)}`);
    expect(m.shown).toBeGreaterThan(100);
    expect(m.minPx).toBeGreaterThanOrEqual(10);
    expect(m.spread / m.shown).toBeLessThan(0.25);
    await page.close();
  });
});
