/**
 * Extension benchmark in real Chromium (built dist/chrome and dist/chrome-worker):
 *  - warm: tokenizer loaded, service worker running
 *  - cold worker: service worker stopped by the browser (CDP), tokenizer host as it is
 *  - cold host: nothing loaded (offscreen document closed / worker stopped)
 * Time = navigation start → the page's last annotatable text under our ruby (annotatedAt: the
 * extension puts no marker on pages), polled in the page every animation frame.
 * Memory: RSS of Chromium's extension processes and the host's JS heap where reported.
 */
import { execFileSync, execSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  stopServiceWorker,
  waitForAnnotated,
  type ExtensionBrowser,
} from '../e2e/helpers/chromium';
import { startFixtureServer, type FixtureServer } from '../e2e/helpers/fixture-server';
import { contextMemory } from './context-memory';
import { runFirefoxBench } from './firefox';
import { longPage } from './long-page';
import { runPagesBench } from './pages';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

async function timeToAnnotated(b: ExtensionBrowser, url: string): Promise<number> {
  const page = await b.context.newPage();
  await page.goto(url);
  const ms = await waitForAnnotated(page);
  await page.close();
  return ms;
}

async function stopWorker(b: ExtensionBrowser, page: Page): Promise<void> {
  if (!(await stopServiceWorker(b, page))) throw new Error('the service worker did not stop');
}

async function worker(b: ExtensionBrowser) {
  return b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
}

async function hostStats(b: ExtensionBrowser): Promise<{ loadMs: number | null; heapBytes: number | null }> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  const res = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'host-stats' }));
  await page.close();
  return res as { loadMs: number | null; heapBytes: number | null };
}

/**
 * RSS (MB) of this browser's processes started for extensions (service worker, offscreen document):
 * descendants of the Chromium whose command line names `profile` (other browsers on the machine,
 * e.g. other test runs, are not counted).
 */
/**
 * The first-run page opens once after install; a reader closes it, and it must not count in the
 * extension processes' memory.
 */
export async function closeWelcomePage(b: ExtensionBrowser): Promise<void> {
  const isWelcome = (p: { url(): string }) => p.url().includes('/src/welcome/');
  const welcome =
    b.context.pages().find(isWelcome) ??
    (await b.context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined));
  await welcome?.close();
}

export function extensionProcessRssMb(profile: string): number {
  try {
    const procs = execSync('ps -eo pid=,ppid=,rss=,args=', { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [pid, ppid, rss, ...args] = l.trim().split(/\s+/);
        return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
      });
    const mine = new Set(procs.filter((p) => p.args.includes(profile)).map((p) => p.pid));
    for (let grew = true; grew;) {
      grew = false;
      for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) grew = Boolean(mine.add(p.pid));
    }
    const ext = procs.filter((p) => mine.has(p.pid) && p.args.includes('--extension-process'));
    return ext.reduce((sum, p) => sum + p.rss, 0) / 1024;
  } catch {
    return NaN;
  }
}

async function benchVariant(name: string, dist: string, server: FixtureServer, runs: number): Promise<void> {
  const url = server.url('/sample-news.html');
  const b = await launchWithExtension(dist);
  try {
    await closeWelcomePage(b);
    await timeToAnnotated(b, url); // first load: warms the dictionary
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(await timeToAnnotated(b, url));
    const coldWorker: number[] = [];
    const coldHost: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await b.context.newPage();
      await page.goto('about:blank');
      await stopWorker(b, page);
      coldWorker.push(await timeToAnnotated(b, url));
      if (dist.endsWith('chrome')) {
        // Close the offscreen document too: nothing loaded at all.
        await (await worker(b)).evaluate(() => chrome.offscreen.closeDocument());
      }
      await stopWorker(b, page);
      coldHost.push(await timeToAnnotated(b, url));
      const s = await hostStats(b);
      if (s.loadMs !== null) loads.push(s.loadMs);
      await page.close();
    }
    console.log(`\n[${name}]`);
    console.log(`  dictionary load in the host: median ${median(loads).toFixed(0)} ms`);
    console.log(`  warm (loaded, worker running): median ${median(warm).toFixed(0)} ms  (target ≤ 150)`);
    console.log(
      `  cold worker (worker stopped by the browser): median ${median(coldWorker).toFixed(0)} ms  (target ≤ 600)`,
    );
    console.log(`  cold host (no dictionary loaded): median ${median(coldHost).toFixed(0)} ms`);
    console.log(`  memory: extension processes RSS ${extensionProcessRssMb(b.profile).toFixed(0)} MB`);
    for (const c of await contextMemory(b))
      console.log(
        `    ${c.context}: JS heap ${c.heapMb.toFixed(1)} MB, ArrayBuffers ${c.buffersMb.toFixed(1)} MB`,
      );
  } finally {
    await b.close();
  }
}

/**
 * Long pages: time to the first pass done (what is near the viewport) and the page's long tasks (> 50 ms),
 * observed in the page itself (the content script runs on the page's main thread).
 */
async function benchLongPages(dist: string, runs: number): Promise<void> {
  const sizes = [1, 5, 20];
  const routes: Record<string, string> = {};
  for (const n of sizes) routes[`/long-${n}.html`] = await longPage(n);
  const server = await startFixtureServer(routes);
  const b = await launchWithExtension(dist);
  try {
    await timeToAnnotated(b, server.url('/long-1.html'));
    console.log('\n[long pages, offscreen host, warm]');
    const perChar: number[] = [];
    for (const n of sizes) {
      const times: number[] = [];
      let worst = 0;
      let longTasks = 0;
      let chars = 0;
      for (let i = 0; i < runs; i++) {
        const page = await b.context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __ytkLongTasks: { start: number; duration: number }[] };
          w.__ytkLongTasks = [];
          new PerformanceObserver((l) => {
            for (const e of l.getEntries())
              w.__ytkLongTasks.push({ start: e.startTime, duration: e.duration });
          }).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(server.url(`/long-${n}.html`));
        const ms = await waitForAnnotated(page, 120_000);
        const r = await page.evaluate(() => ({
          // Our work starts when the DOM is parsed (DOMContentLoaded); long tasks before that are
          // the page's own parsing, not ours.
          tasks: (
            window as unknown as { __ytkLongTasks: { start: number; duration: number }[] }
          ).__ytkLongTasks
            .filter(
              (t) =>
                t.start >=
                (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
                  .domContentLoadedEventStart,
            )
            .map((t) => t.duration),
          chars: document.getElementById('article')!.textContent!.length,
        }));
        times.push(ms);
        worst = Math.max(worst, ...r.tasks, 0);
        longTasks += r.tasks.length;
        chars = r.chars;
        await page.close();
      }
      const ms = median(times);
      perChar.push(ms / chars);
      console.log(
        `  ${n}× article (${chars} chars): median ${ms.toFixed(0)} ms to the first screen (and the margin ahead) annotated; ` +
          `long tasks after DOMContentLoaded over ${runs} loads: ${longTasks} (longest ${worst.toFixed(0)} ms)`,
      );
    }
    // Furigana follow the reader: the first pass covers what is near the viewport, so its time
    // should not grow with the page (ratio of times, 20× vs 1×; 1.0 = independent of length).
    console.log(
      `  first-pass time, 20× vs 1× article: ${((perChar[2]! * 20) / perChar[0]!).toFixed(2)}× (1.0 = independent of page length)`,
    );
  } finally {
    await b.close();
    await server.close();
  }
}

export async function runExtensionBench(runs: number): Promise<void> {
  console.log('\nbuilding dist/chrome and dist/chrome-worker …');
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, YOMITOKI_CHROME_HOST: 'worker' },
  });
  const server = await startFixtureServer();
  try {
    await benchVariant(
      'Chrome, offscreen-document host (shipped)',
      resolve(ROOT, 'dist/chrome'),
      server,
      runs,
    );
    await benchVariant(
      'Chrome, service-worker host (alternative)',
      resolve(ROOT, 'dist/chrome-worker'),
      server,
      runs,
    );
  } finally {
    await server.close();
  }
  await benchLongPages(resolve(ROOT, 'dist/chrome'), runs);
  await runPagesBench(runs);
  await runFirefoxBench(runs);
}
