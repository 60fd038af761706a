/**
 * Firefox ESR with the built add-on (dist/firefox): navigation → sample page fully annotated, first
 * page (the background script loads the dictionary) and warm pages after it.
 */
import { waitForFirefoxAnnotated } from '../e2e/helpers/firefox';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchFirefoxWithExtension } from '../e2e/helpers/firefox';
import { startFixtureServer } from '../e2e/helpers/fixture-server';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

export async function runFirefoxBench(runs: number): Promise<void> {
  execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const server = await startFixtureServer();
  const ff = await launchFirefoxWithExtension();
  try {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await ff.browser.newPage();
      await page.goto(server.url('/sample-news.html'));
      times.push(await waitForFirefoxAnnotated(page));
      await page.close();
    }
    console.log('\n[Firefox ESR, background-script host]');
    console.log(`  first page (dictionary loads): ${times[0]!.toFixed(0)} ms`);
    console.log(`  warm: median ${median(times.slice(1)).toFixed(0)} ms  (target ≤ 150)`);
  } finally {
    await ff.close();
    await server.close();
  }
}
