/**
 * `npm run bench:compare -- OTHER_DIST`: this build (dist/) against another build of the extension
 * (e.g. an older commit: `git archive COMMIT | tar -x -C /tmp/old`, link node_modules, `npm run build`
 * there, then pass /tmp/old/dist), in the same run, alternating which goes first, a fresh browser
 * each time. On a busy machine only such side-by-side figures compare.
 *  Chromium: first page right after browser start, warm pages, dictionary load in the host, the
 *            host's JS heap, RSS of the extension's processes with everything loaded.
 *  Firefox ESR: first page and warm pages.
 */
import { resolve } from 'node:path';
import { launchWithExtension, waitForAnnotated, type ExtensionBrowser } from '../e2e/helpers/chromium';
import { startFixtureServer } from '../e2e/helpers/fixture-server';
import { launchFirefoxWithExtension, waitForFirefoxAnnotated } from '../e2e/helpers/firefox';
import { extensionProcessRssMb } from './extension';
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
  const b: ExtensionBrowser = await launchWithExtension(resolve(dist, 'chrome'));
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
      heapBytes: number | null;
    };
    await page.close();
    return {
      first: times[0]!,
      warm: median(times.slice(1)),
      load: stats.loadMs,
      heapMb: (stats.heapBytes ?? NaN) / 1e6,
      rssMb: extensionProcessRssMb(b.profile),
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
        'Chromium first page ms': c.first,
        'Chromium warm ms': c.warm,
        'Chromium dictionary load ms': c.load,
        'Chromium host heap MB': c.heapMb,
        'Chromium extension RSS MB': c.rssMb,
        'Firefox first page ms': f.first,
        'Firefox warm ms': f.warm,
      });
    }
  }
} finally {
  await server.close();
}
console.log(`medians of ${RUNS} (this = ${builds.this}, other = ${builds.other})`);
for (const k of Object.keys(results.this ?? {})) {
  const a = median(results.other![k]!);
  const b = median(results.this![k]!);
  console.log(
    `  ${k.padEnd(30)} other ${a.toFixed(0).padStart(6)}   this ${b.toFixed(0).padStart(6)}   ${(b / a).toFixed(2)}×`,
  );
}
