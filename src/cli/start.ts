/**
 * `npm start`: build the extension, serve the bundled sample news page on 127.0.0.1 and open it in
 * Chromium with Yomitoki loaded. Without a display it says so, runs headless and writes a
 * screenshot of the annotated page instead.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { annotatedAt } from './annotated-at';
import { launchWithExtension } from './extension-browser';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOT = resolve(ROOT, 'yomitoki-sample.png');
/** The bundled sample news page and its neighbours (the same pages the end-to-end tests use). */
const SAMPLES = resolve(ROOT, 'tests/fixtures');

async function main(): Promise<void> {
  console.log('Building the extension (dist/chrome, dist/firefox) …');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startStaticServer(SAMPLES);
  const url = server.url('/sample-news.html');
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay)
    console.log('No display found (DISPLAY is unset): running Chromium headless and taking a screenshot.');
  const browser = await launchWithExtension(undefined, { headless: !hasDisplay });
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(annotatedAt, undefined, { timeout: 60_000, polling: 'raf' });
  const ruby = await page.evaluate(() => document.querySelectorAll('ruby.ytk-ruby').length);
  console.log(`Sample page ${url} annotated: ${ruby} ruby annotations.`);
  if (!hasDisplay) {
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Screenshot written to ${SCREENSHOT}`);
    await browser.close();
    await server.close();
    return;
  }
  console.log('Chromium is open with Yomitoki loaded. Close the browser window (or press Ctrl+C) to stop.');
  await new Promise<void>((r) => browser.context.on('close', () => r()));
  await server.close();
}

main().catch((err: unknown) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
