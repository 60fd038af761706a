import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

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
