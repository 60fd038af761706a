/**
 * Learner benchmark in real Chromium on the built extension (`npm run build` first):
 *  - mode/level change → an open sample tab updated (storage write in an extension page → the last
 *    ruby class change in the tab), median of runs;
 *  - a word marked known in one tab → its ruby gone in another open tab, with an empty list and with
 *    a 50,000-word known list;
 *  - ruby legibility on the sample and the second news page: readings shown, spread bases, smallest.
 * Both clocks are the same machine's wall clock (Date.now in Node and in the page).
 * Run: node --import tsx tests/bench/learner.ts [dist] (default dist/chrome).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForAnnotated } from '../e2e/helpers/chromium';
import { startFixtureServer } from '../e2e/helpers/fixture-server';
import { rubyMetrics } from '../e2e/helpers/ruby-metrics';
import { longPage } from './long-page';
import { median } from './stats';

const RUNS = 7;
const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../dist/chrome'));

/** Start recording, in the page, the time of the last class change of our rubies. */
function watch(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __ytkLast: number; __ytkObs?: MutationObserver };
    w.__ytkObs?.disconnect();
    w.__ytkLast = 0;
    w.__ytkObs = new MutationObserver(() => (w.__ytkLast = Date.now()));
    w.__ytkObs.observe(document.body, {
      attributes: true,
      attributeFilter: ['class', 'data-r'],
      subtree: true,
    });
  });
}

/** Wait until the page has been quiet for 150 ms after a change, then return the last change time. */
async function settled(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __ytkLast: number }).__ytkLast > 0, null, {
    timeout: 10_000,
  });
  let last = 0;
  for (;;) {
    const now = await page.evaluate(() => (window as unknown as { __ytkLast: number }).__ytkLast);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(150);
  }
}

/** Time from navigation to the first pass annotated, per page (waitForAnnotated). */
const annotatedTimes = new Map<Page, number>();
const server = await startFixtureServer({ '/long-20.html': await longPage(20) });
const b = await launchWithExtension(dist);
try {
  const open = async (path: string) => {
    const p = await b.context.newPage();
    await p.addInitScript('globalThis.__name = (f) => f');
    await p.goto(server.url(path));
    annotatedTimes.set(p, await waitForAnnotated(p));
    return p;
  };
  const sample = await open('/sample-news.html');
  const second = await open('/second-news.html');
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tab`);

  for (const [page, sel] of [
    [sample, '#article'],
    [second, '#story'],
  ] as const) {
    console.log(`ruby ${sel}: ${JSON.stringify(await page.evaluate(rubyMetrics, sel))}`);
  }

  const setPrefs = (patch: object) =>
    ext.evaluate(async (p) => {
      const key = 'settings.furigana';
      const cur = ((await chrome.storage.sync.get(key))[key] ?? {}) as object;
      await chrome.storage.sync.set({ [key]: { ...cur, ...p } });
    }, patch);

  const modeTimes: number[] = [];
  const steps: object[] = [
    { mode: 'level', level: { kind: 'jlpt', value: 3 } },
    { level: { kind: 'jlpt', value: 5 } },
    { mode: 'all' },
  ];
  for (let i = 0; i < RUNS; i++) {
    for (const step of steps) {
      await watch(sample);
      const t0 = Date.now();
      await setPrefs(step);
      modeTimes.push((await settled(sample)) - t0);
    }
  }
  console.log(
    `mode/level change → open sample tab updated: median ${median(modeTimes)} ms (n=${modeTimes.length})`,
  );

  await setPrefs({ mode: 'unknown' });
  const knownTimes = async (label: string) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const known of [true, false]) {
        await watch(second);
        const t0 = Date.now();
        await ext.evaluate(
          (k) => chrome.runtime.sendMessage({ type: 'known-words-set', words: ['政府'], known: k }),
          known,
        );
        times.push((await settled(second)) - t0);
      }
    }
    console.log(`known word (un)marked → ruby changed in another tab, ${label}: median ${median(times)} ms`);
  };
  await knownTimes('empty list');
  const pageLoad = async (label: string) => {
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await open('/sample-news.html');
      loads.push(annotatedTimes.get(p)!);
      await p.close();
    }
    console.log(
      `sample page annotated (navigation → first pass done), ${label}: median ${Math.round(median(loads))} ms`,
    );
  };
  await pageLoad('no known words');
  const big = Array.from({ length: 50_000 }, (_, i) => `語${i.toString(36)}`).join('\n');
  const imported = await ext.evaluate(
    (text) => chrome.runtime.sendMessage({ type: 'known-words-import', text, replace: false }),
    big,
  );
  console.log(`imported: ${JSON.stringify(imported).slice(0, 80)}`);
  await knownTimes('50,000 known words');
  await pageLoad('50,000 known words');

  // A long page (the article ×20, ~10,000 rubies): a mode change, and the longest frame it blocks.
  const long = await open('/long-20.html');
  await long.evaluate(() => {
    const w = window as unknown as { __ytkBlock: number };
    w.__ytkBlock = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const d = (e as unknown as { blockingDuration: number }).blockingDuration;
        w.__ytkBlock = Math.max(w.__ytkBlock, d);
      }
    }).observe({ type: 'long-animation-frame' });
  });
  const longTimes: number[] = [];
  const blocks: number[] = [];
  for (let i = 0; i < 3; i++) {
    for (const step of steps) {
      await long.evaluate(() => ((window as unknown as { __ytkBlock: number }).__ytkBlock = 0));
      await watch(long);
      const t0 = Date.now();
      await setPrefs(step);
      longTimes.push((await settled(long)) - t0);
      blocks.push(await long.evaluate(() => (window as unknown as { __ytkBlock: number }).__ytkBlock));
    }
  }
  const rubies = await long.evaluate(() => document.querySelectorAll('ruby.ytk-ruby').length);
  console.log(
    `long page (${rubies} rubies): mode/level change median ${median(longTimes)} ms, blocking per change: median ${Math.round(median(blocks))} ms, max ${Math.round(Math.max(...blocks))} ms`,
  );
} finally {
  await b.close();
  await server.close();
}
