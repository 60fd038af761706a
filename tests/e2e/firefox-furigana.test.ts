import type { ElementHandle } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { pageFinds, waitForFirefoxAnnotated } from './helpers/firefox';
import { useFirefoxSession } from './helpers/session';
import { kanjiCoverage, pristineText } from './helpers/page-checks';
import { readThrough } from './helpers/read-through';

const session = useFirefoxSession();

describe('furigana and popups in Firefox ESR', () => {
  it('annotates the sample page with the background-script tokenizer and keeps its text', async () => {
    const page = await session.ff.browser.newPage();
    await page.goto(session.server.url('/sample-news.html'));
    await waitForFirefoxAnnotated(page);
    await readThrough(page);
    const { kanji, covered } = await page.evaluate(kanjiCoverage, '#article');
    expect(covered / kanji).toBeGreaterThanOrEqual(0.99);
    const now = await page.evaluate(() => document.querySelector('#article')!.textContent);
    expect(now).toBe(await page.evaluate(pristineText, '#article'));
  });

  it('hovering CISA shows its expansion in the popup', async () => {
    const page = await session.ff.browser.newPage();
    await page.goto(session.server.url('/sample-news.html'));
    await waitForFirefoxAnnotated(page);
    const handle = await page.evaluateHandle(() =>
      Array.from(document.querySelectorAll<HTMLElement>('span.ytk-term')).find(
        (e) => e.textContent === 'CISA',
      )!,
    );
    const term = handle.asElement() as ElementHandle<HTMLElement>;
    expect(await pageFinds(page, 'Cybersecurity and Infrastructure Security Agency')).toBe(false);
    await term.scrollIntoView();
    await term.hover();
    // The popup is in a closed shadow root; its dictionary text is drawn on the page (not the page's text).
    const expansion = 'Cybersecurity and Infrastructure Security Agency';
    await expect.poll(() => pageFinds(page, expansion), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => pageFinds(page, expansion)).toBe(false);
  });
});
