import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../src/cli/extension-browser';
import { annotatedAt } from './page-checks';

// Launching lives with `npm start`, which opens the same browser on the sample page.
export {
  CHROME_DIST,
  chromiumPath,
  launchWithExtension,
  type ExtensionBrowser,
} from '../../../src/cli/extension-browser';

/**
 * Stop the extension's service worker as Chrome does when it is idle (CDP), and wait until it has
 * stopped. Resolves false if it did not stop within 10 s.
 */
export async function stopServiceWorker(b: ExtensionBrowser, page: Page): Promise<boolean> {
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<boolean>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      const ours = e.versions.filter((v) => v.scriptURL.includes(b.extensionId));
      if (ours.some((v) => v.runningStatus === 'stopped')) resolve(true);
    });
    setTimeout(() => resolve(false), 10_000);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  const ok = await stopped;
  await cdp.detach();
  return ok;
}

/** Wait until the content script's first annotation pass is done (see annotatedAt); its time. */
export async function waitForAnnotated(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(annotatedAt, undefined, { timeout, polling: 'raf' });
  return (await handle.jsonValue()) as number;
}
