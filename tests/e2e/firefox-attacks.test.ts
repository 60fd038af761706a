/**
 * The hostile page (tests/fixtures/attacks/attack-page.html) against the built add-on in Firefox ESR.
 * Attacks run as the page's own script; each is paired with the reader's real input (puppeteer
 * mouse/keyboard over WebDriver BiDi) doing the same, so the test cannot pass because nothing works.
 * (WebDriver BiDi may not open moz-extension: pages, so what was stored is checked where the page
 * shows it: a planted correction would change the readings drawn after a reload. Saving words by
 * synthetic input is checked against storage in chromium-attacks.test.ts.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  pageFinds,
  waitForFirefoxAnnotated,
  type FirefoxWithExtension,
} from './helpers/firefox';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { readingsOf } from './helpers/page-checks';

interface Attack {
  foreignHosts(): Element[];
  hover(el: Element): void;
  tap(el: Element): void;
  keys(list: string[]): void;
  clickHosts(): number;
  spy(): {
    hosts: number;
    shadowRoots: unknown[];
    attributes: string[];
    innerText: string;
    textContent: string;
  };
  finds(text: string): string;
}
declare const attack: Attack;

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

async function open(): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(server.url('/attacks/attack-page.html'));
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
    // The page's imitation of our ruby is page text: the reader's hover on it opens nothing.
    await hover(page, '#planted ruby:has(rt[data-r="ばか"])');
    await settle(page);
    expect(await page.evaluate(() => attack.foreignHosts().length)).toBe(0);
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
});
