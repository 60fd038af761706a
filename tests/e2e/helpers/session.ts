import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchWithExtension, waitForAnnotated, type ExtensionBrowser } from './chromium';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface ChromiumSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/**
 * One Chromium with the built extension and one fixture server for a test file, started before
 * its tests and closed after them. Fields are filled in by beforeAll.
 */
export function useChromiumSession(): ChromiumSession {
  const session = {} as ChromiumSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

export interface FirefoxSession {
  ff: FirefoxWithExtension;
  server: FixtureServer;
}

/** The same for Firefox ESR: one browser with the built add-on and one fixture server per test file. */
export function useFirefoxSession(extraRoutes: Record<string, string> = {}): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    session.server = await startFixtureServer(extraRoutes);
    session.ff = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await session.ff?.close();
    await session.server?.close();
  });
  return session;
}

/** Open a page and wait until the content script's first annotation pass is done. */
export async function openAnnotated(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForAnnotated(page);
  return page;
}

/**
 * Put what a reader can change back to a fresh profile's, so no test sees another's changes: the
 * settings (storage.sync sections; open tabs and the background follow storage.onChanged) and the
 * known words (through the background's store, which keeps them in memory: clearing storage under it
 * would leave it stale). `ext` is any extension page: the background takes these requests only from
 * those. The settings version stays (it is the migrations' marker, not a setting).
 */
async function resetReaderState(ext: Page): Promise<void> {
  const res = await ext.evaluate(async () => {
    const stored = Object.keys(await chrome.storage.sync.get(null));
    await chrome.storage.sync.remove(
      stored.filter((k) => k.startsWith('settings.') && k !== 'settings.version'),
    );
    return chrome.runtime.sendMessage({ type: 'known-words-import', text: '', replace: true }) as Promise<{
      ok: boolean;
    }>;
  });
  if (!res.ok) throw new Error(`could not clear the known words: ${JSON.stringify(res)}`);
}

/**
 * After each test of the file, put the reader's state back (resetReaderState), whether the test
 * passed or not: a test that changes a setting cannot leave it changed for the next one.
 */
export function resetReaderStateAfterEach(session: ChromiumSession): void {
  afterEach(async () => {
    const ext = await session.browser.context.newPage();
    await ext.goto(`chrome-extension://${session.browser.extensionId}/src/options/index.html`);
    await resetReaderState(ext);
    await ext.close();
  });
}
