import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, waitForAnnotated, type ExtensionBrowser } from './chromium';
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

/** Open a page and wait until the content script's first annotation pass is done. */
export async function openAnnotated(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForAnnotated(page);
  return page;
}
