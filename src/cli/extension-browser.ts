/**
 * Chromium with a built Yomitoki loaded, in a fresh profile: `npm start` opens it on the sample page,
 * and the end-to-end tests and benchmarks drive it (tests/e2e/helpers/chromium.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROME_DIST = resolve(import.meta.dirname, '../../dist/chrome');

export function chromiumPath(): string {
  for (const p of [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The fresh profile folder (its path is on the browser's command line: finds its processes). */
  profile: string;
  close: () => Promise<void>;
  /**
   * Close the browser and start it again on the same profile: the extension is installed already
   * (no first-run page), as on any day after the first. The old handle is closed.
   */
  restart: () => Promise<ExtensionBrowser>;
}

/** Launch Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(
  dist = CHROME_DIST,
  opts: { headless?: boolean; /** UI language, e.g. 'ja' (chrome.i18n follows it). */ lang?: string } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`No build at ${dist}: run npm run build first`);
  return launchOnProfile(dist, await mkdtemp(join(tmpdir(), 'ytk-profile-')), opts);
}

async function launchOnProfile(
  dist: string,
  profile: string,
  opts: { headless?: boolean; lang?: string },
): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1100, height: 900 },
    ...(opts.lang ? { locale: opts.lang } : {}),
    args: [
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
    restart: async () => {
      await context.close();
      return launchOnProfile(dist, profile, opts);
    },
  };
}
