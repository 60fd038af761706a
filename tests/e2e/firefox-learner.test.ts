import { describe, expect, it } from 'vitest';
import { waitForFirefoxAnnotated } from './helpers/firefox';
import { readThrough } from './helpers/read-through';
import { useFirefoxSession } from './helpers/session';
import { rubyMetrics } from './helpers/ruby-metrics';

const session = useFirefoxSession();

describe('legible ruby in Firefox ESR', () => {
  it.each([
    ['/sample-news.html', '#article'],
    ['/second-news.html', '#story'],
  ])('%s: readings at least 10 px, few bases spread', async (path, selector) => {
    const page = await session.ff.browser.newPage();
    await page.goto(session.server.url(path));
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
