/**
 * The hostile page (tests/fixtures/attacks/attack-page.html) against the built add-on in Firefox ESR.
 * Attacks run as the page's own script; each is paired with the reader's real input (puppeteer
 * mouse/keyboard over WebDriver BiDi) doing the same, so the test cannot pass because nothing works.
 * (WebDriver BiDi may not open moz-extension: pages, so what was stored is checked where the page
 * shows it: a planted correction would change the readings drawn after a reload. Saving words by
 * synthetic input is checked against storage in chromium-attacks.test.ts.) The last test is the
 * control for corrections: the reader's own keys do store one through the extension-origin frame.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { pageFinds, waitForFirefoxAnnotated } from './helpers/firefox';
import { useFirefoxSession } from './helpers/session';
import { readingsOf } from './helpers/page-checks';
import type { AttackPage } from './helpers/attack-page';

declare const attack: AttackPage;

/** A page without focusable elements of its own: Tab goes straight into the popup. */
const FIX_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>修正</title>
<style>body { font-size: 22px; line-height: 2.4; margin: 24px; }</style></head>
<body><p id="p">日本の政府は新しい方針を発表した。</p></body></html>`;

const session = useFirefoxSession({ '/fix.html': FIX_PAGE });

async function open(): Promise<Page> {
  const page = await session.ff.browser.newPage();
  await page.goto(session.server.url('/attacks/attack-page.html'));
  await waitForFirefoxAnnotated(page);
  return page;
}

/** The reader's mouse on the first character of the element matched by `selector`. */
async function hover(page: Page, selector: string): Promise<void> {
  const p = await page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.left + 4, y: r.top + r.height * 0.7 };
  }, selector);
  await page.mouse.move(p.x, p.y);
}

/** Let the hover delay and a lookup round trip pass: the attack had its chance. */
async function settle(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  }
}

const CISA = 'Cybersecurity and Infrastructure Security Agency';

describe('a hostile page in Firefox ESR', () => {
  it("cannot open the popup with synthetic events; the reader's hover does", async () => {
    const page = await open();
    await page.evaluate(() => {
      const term = document.querySelector('#plain span.ytk-term')!;
      attack.hover(term);
      attack.tap(term);
      attack.keys(['Enter']);
    });
    await settle(page);
    expect(await page.evaluate(() => attack.foreignHosts().length)).toBe(0);
    expect(await pageFinds(page, CISA)).toBe(false);
    await hover(page, '#plain span.ytk-term');
    await expect.poll(() => pageFinds(page, CISA), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it("cannot read the popup's nodes or private text", async () => {
    const page = await open();
    await hover(page, '#plain span.ytk-term');
    await expect.poll(() => pageFinds(page, CISA), { timeout: 10_000 }).toBe(true);
    const seen = await page.evaluate(() => attack.spy());
    expect(seen.hosts).toBe(1);
    expect(seen.shadowRoots).toEqual([null]);
    expect(seen.attributes).toEqual([]);
    expect(seen.textContent).not.toContain(CISA);
    expect(seen.innerText).not.toContain(CISA);
    expect(await page.evaluate(() => attack.finds('Add to list'))).toBe('');
    expect(await page.evaluate(() => attack.finds('Fix reading'))).toBe('');
    // Clicks all over it and keys change nothing the page can see: the popup stays as it was.
    expect(await page.evaluate(() => attack.clickHosts())).toBeGreaterThan(20);
    await page.evaluate(() => attack.keys(['a', 'Enter', 'Escape']));
    await settle(page);
    expect(await pageFinds(page, CISA)).toBe(true);
    // The reader's Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => pageFinds(page, CISA)).toBe(false);
    await page.close();
  });

  it('cannot plant a reading correction with fake ruby and synthetic input', async () => {
    const page = await open();
    const before = await page.evaluate(readingsOf, ['#planted', '市内'] as [string, string]);
    expect(before).toEqual(['しない']);
    // The page's imitation of our ruby is page text: the reader's hover on it looks up 電車, and
    // the planted reading is nowhere in the popup.
    await hover(page, '#planted ruby:has(rt[data-r="ばか"])');
    await expect.poll(() => pageFinds(page, 'train'), { timeout: 10_000 }).toBe(true);
    expect(await pageFinds(page, 'ばか')).toBe(false);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => attack.foreignHosts().length)).toBe(0);
    // On our own 市内 next to it, the page clicks and types all over the popup.
    const ours = await page.evaluate(() => {
      const r = [...document.querySelectorAll('#planted ruby.ytk-ruby')].find(
        (x) => !x.querySelector('rt[data-r="ばか"]'),
      )!;
      const b = r.getBoundingClientRect();
      return { x: b.left + 4, y: b.top + b.height * 0.7 };
    });
    await page.mouse.move(ours.x, ours.y);
    await expect.poll(() => page.evaluate(() => attack.foreignHosts().length), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => attack.clickHosts());
    await page.evaluate(() => attack.keys(['Enter', 'ば', 'か', 'Enter']));
    await settle(page);
    // Nothing stored: after a reload 市内 reads as before, and ばか appears nowhere but the fake.
    await page.reload();
    await waitForFirefoxAnnotated(page);
    expect(await page.evaluate(readingsOf, ['#planted', '市内'] as [string, string])).toEqual(['しない']);
    expect(await page.evaluate(readingsOf, ['#plain', '電車'] as [string, string])).not.toContain('ばか');
    await page.close();
  });

  it("the reader's own keys (Tab to Fix reading, Enter, typing in the frame) do store a correction", async () => {
    const page = await session.ff.browser.newPage();
    await page.goto(session.server.url('/fix.html'));
    await waitForFirefoxAnnotated(page);
    expect(await page.evaluate(readingsOf, ['#p', '政府'] as [string, string])).toEqual(['せいふ']);
    const at = await page.evaluate(() => {
      const r = [...document.querySelectorAll('#p ruby.ytk-ruby')].find((x) =>
        x.firstChild?.textContent?.startsWith('政'),
      )!;
      const b = r.getBoundingClientRect();
      return { x: b.left + 4, y: b.top + b.height * 0.7 };
    });
    await page.mouse.move(at.x, at.y);
    // The popup's host appears beside <head> and <body>.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.children.length), { timeout: 10_000 })
      .toBe(3);
    // The popup's buttons are the page's only focusable elements: Add to list, then Fix reading.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The confirm frame opens in the popup and takes the keys: its input holds the reading shown,
    // selected, so typing replaces it. (WebDriver BiDi reports the frame's URL late; it can be asked.)
    await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBe(2);
    const frame = page.frames()[1]!;
    await expect
      .poll(
        () =>
          frame
            .evaluate(() => ({
              page: location.pathname,
              value: document.querySelector('input')?.value,
              focused: document.hasFocus() && document.activeElement?.tagName === 'INPUT',
            }))
            .catch(() => null),
        { timeout: 10_000 },
      )
      .toEqual({ page: '/src/fix-reading/index.html', value: 'せいふ', focused: true });
    await page.keyboard.type('せいふう');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(readingsOf, ['#p', '政府'] as [string, string]), { timeout: 10_000 })
      .toEqual(['せいふう']);
    await page.close();
  });
});
