import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { annotatedAt } from './page-checks';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../../dist/firefox');

export function firefoxPath(): string {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH');
}

export interface FirefoxWithExtension {
  browser: Browser;
  close: () => Promise<void>;
}

/** Launch Firefox ESR headless and install the built add-on through WebDriver BiDi. */
export async function launchFirefoxWithExtension(dist = FIREFOX_DIST): Promise<FirefoxWithExtension> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`No build at ${dist}: run npm run build first`);
  const profile = await mkdtemp(join(tmpdir(), 'ytk-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'extensions.manifestV3.enabled': true, 'xpinstall.signatures.required': false },
  });
  await browser.installExtension(dist);
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Wait until the content script's first annotation pass is done (see annotatedAt); its time. */
export async function waitForFirefoxAnnotated(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(annotatedAt, { timeout, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}

/**
 * Whether `text` is drawn on the page, as the page itself can tell with window.find() (which also
 * searches closed shadow roots: the popup's dictionary text is public, its private text is not
 * findable; see src/content/closed-host.ts). The selection find makes is cleared again.
 */
export function pageFinds(page: Page, text: string): Promise<boolean> {
  return page.evaluate((t) => {
    const w = window as unknown as { find: (s: string, caseSensitive?: boolean) => boolean };
    getSelection()?.removeAllRanges();
    const found = w.find(t, true);
    getSelection()?.removeAllRanges();
    return found;
  }, text);
}
