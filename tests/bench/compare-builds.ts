/**
 * `npm run bench:compare -- OTHER_DIST`: this build (dist/) against another build of the extension
 * (e.g. an older commit: `git archive COMMIT | tar -x -C /tmp/old`, link node_modules, `npm run build`
 * there, then pass /tmp/old/dist), in the same run, alternating which goes first, a fresh browser
 * each time. On a busy machine only such side-by-side figures compare.
 *  Chromium: first page right after browser start (a new profile, where the extension's first-run
 *            page opens too; and a restart on that profile, as any day after the first), warm pages,
 *            dictionary load in the host, JS heap and ArrayBuffers per context (context-memory.ts),
 *            RSS of the extension's processes with everything loaded (first-run page closed; and
 *            after the restart's first page).
 *  Firefox ESR: first page and warm pages.
 */
import { resolve } from 'node:path';
import { launchWithExtension, waitForAnnotated, type ExtensionBrowser } from '../e2e/helpers/chromium';
import { startFixtureServer } from '../e2e/helpers/fixture-server';
import { launchFirefoxWithExtension, waitForFirefoxAnnotated } from '../e2e/helpers/firefox';
import { contextMemory } from './context-memory';
import { closeWelcomePage, extensionProcessRssMb } from './extension';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const other = process.argv[2];
if (!other) {
  console.error('usage: npm run bench:compare -- OTHER_DIST (a dist/ folder with chrome/ and firefox/)');
  process.exit(2);
}
const builds: Record<string, string> = {
  other: resolve(other),
  this: resolve(import.meta.dirname, '../../dist'),
};
const server = await startFixtureServer();
const url = server.url('/sample-news.html');

/** Navigation → the page's last annotatable text under our ruby (annotatedAt; no marker on pages). */
async function annotatedAfter<P extends { goto(u: string): Promise<unknown> }>(
  page: P,
  wait: (page: P) => Promise<number>,
): Promise<number> {
  await page.goto(url);
  return wait(page);
}

async function chromium(dist: string) {
  let b: ExtensionBrowser = await launchWithExtension(resolve(dist, 'chrome'));
  try {
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await b.context.newPage();
      times.push(await annotatedAfter(page, (p) => waitForAnnotated(p, 120_000)));
      await page.close();
    }
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    const stats = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'host-stats' }))) as {
      loadMs: number;
    };
    await page.close();
    await closeWelcomePage(b);
    // Before DevTools attaches to the contexts (contextMemory): its agents take memory of their own.
    const rssMb = extensionProcessRssMb(b.profile);
    const memory = await contextMemory(b);
    const of = (context: string) => memory.find((m) => m.context === context);
    // Any day after the first: the browser starts with the extension installed (no first-run page).
    b = await b.restart();
    const restarted = await b.context.newPage();
    const afterRestart = await annotatedAfter(restarted, (p) => waitForAnnotated(p, 120_000));
    const rssAfterRestartMb = extensionProcessRssMb(b.profile);
    return {
      rssAfterRestartMb,
      first: times[0]!,
      afterRestart,
      warm: median(times.slice(1)),
      load: stats.loadMs,
      swHeapMb: of('service worker')?.heapMb ?? NaN,
      pagesHeapMb: of('offscreen document and open pages')?.heapMb ?? NaN,
      hostHeapMb: of('tokenizer host worker')?.heapMb ?? NaN,
      hostBuffersMb: of('tokenizer host worker')?.buffersMb ?? NaN,
      rssMb,
    };
  } finally {
    await b.close();
  }
}

async function firefox(dist: string) {
  const ff = await launchFirefoxWithExtension(resolve(dist, 'firefox'));
  try {
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await ff.browser.newPage();
      times.push(await annotatedAfter(page, (p) => waitForFirefoxAnnotated(p, 120_000)));
      await page.close();
    }
    return { first: times[0]!, warm: median(times.slice(1)) };
  } finally {
    await ff.close();
  }
}

const results: Record<string, Record<string, number[]>> = {};
const record = (build: string, figures: Record<string, number>) => {
  for (const [k, v] of Object.entries(figures)) ((results[build] ??= {})[k] ??= []).push(v);
};
try {
  for (let i = 0; i < RUNS; i++) {
    for (const build of i % 2 ? ['this', 'other'] : ['other', 'this']) {
      const c = await chromium(builds[build]!);
      const f = await firefox(builds[build]!);
      record(build, {
        'Chromium first page, new profile ms': c.first,
        'Chromium first page, restart ms': c.afterRestart,
        'Chromium warm ms': c.warm,
        'Chromium dictionary load ms': c.load,
        'Chromium SW JS heap MB': c.swHeapMb,
        'Chromium pages JS heap MB': c.pagesHeapMb,
        'Chromium host JS heap MB': c.hostHeapMb,
        'Chromium host buffers MB': c.hostBuffersMb,
        'Chromium extension RSS MB': c.rssMb,
        'Chromium RSS after restart MB': c.rssAfterRestartMb,
        'Firefox first page ms': f.first,
        'Firefox warm ms': f.warm,
      });
    }
  }
} finally {
  await server.close();
}
/** Small figures (a few MB of heap) need their first decimal. */
const fmt = (n: number) => n.toFixed(Math.abs(n) < 20 ? 1 : 0);
console.log(`medians of ${RUNS} (this = ${builds.this}, other = ${builds.other})`);
for (const k of Object.keys(results.this ?? {})) {
  const a = median(results.other![k]!);
  const b = median(results.this![k]!);
  console.log(
    `  ${k.padEnd(36)} other ${fmt(a).padStart(6)}   this ${fmt(b).padStart(6)}   ${(b / a).toFixed(2)}×`,
  );
}
