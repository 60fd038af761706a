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
 * Text of the Yomitoki popup, or '' when there is none. It is in a closed shadow root, out of page
 * scripts' reach; WebDriver BiDi finds it through the accessibility tree (its role and name).
 */
export async function firefoxPopupText(page: Page): Promise<string> {
  const box = await page.$('::-p-aria([name="Yomitoki dictionary"][role="dialog"])');
  if (!box) return '';
  try {
    return await box.evaluate((el) => el.textContent ?? '');
  } finally {
    await box.dispose();
  }
}
