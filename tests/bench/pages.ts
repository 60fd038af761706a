/**
 * What Yomitoki costs a page, on the hostile corpus (tests/fixtures/hostile), in real Chromium:
 *  - extra blocking: the sum of long-animation-frame blockingDuration from navigation to 3 s after
 *    load (it includes the style and layout our insertions cause), median of `runs` loads, minus
 *    the same page with an EMPTY extension loaded instead (a page blocks itself while it parses);
 *  - layout shift (CLS sum) in the same window, both ways;
 *  - on the long pages (warm host): time from a jump to a part of the page never shown until the
 *    text on screen is annotated.
 * `npm run bench` runs it after the other extension figures; `npm run bench:pages` alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForAnnotated, type ExtensionBrowser } from '../e2e/helpers/chromium';
import { startFixtureServer, type FixtureServer } from '../e2e/helpers/fixture-server';
import { CORPUS } from '../e2e/helpers/hostile-corpus';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const WINDOW_AFTER_LOAD_MS = 3000;

/** Registered before any page script: long animation frames and layout shifts, buffered. */
const OBSERVE = `
  window.__ytkBench = { loaf: [], shifts: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ytkBench.loaf.push({ start: e.startTime, blocking: e.blockingDuration }); })
    .observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__ytkBench.shifts += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
`;

/**
 * In the page: scroll to `frac` of the page and resolve with the ms until ≥ 97% of the kanji on
 * screen sit under our ruby (checked each frame; long text nodes measured 200 characters at a time).
 */
const TIME_TO_ANNOTATED = `(async (frac) => {
  const KANJI = /[\\u3400-\\u9fff\\u3005]/g;
  const H = window.innerHeight;
  const ratio = () => {
    let total = 0, done = 0;
    const w = document.createTreeWalker(document.body, 4);
    const range = document.createRange();
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const p = n.parentElement;
      if (!p) continue;
      const pr = p.getBoundingClientRect();
      if (pr.bottom < 0 || pr.top > H) continue;
      const ours = !!p.closest('ruby.ytk-ruby');
      for (let i = 0; i < n.data.length; i += 200) {
        const k = (n.data.slice(i, i + 200).match(KANJI) || []).length;
        if (!k) continue;
        range.setStart(n, i); range.setEnd(n, Math.min(n.data.length, i + 200));
        const r = range.getBoundingClientRect();
        if (r.bottom < 0 || r.top > H) continue;
        total += k; if (ours) done += k;
      }
    }
    return total === 0 ? 1 : done / total;
  };
  const t0 = performance.now();
  window.scrollTo(0, Math.round(document.documentElement.scrollHeight * frac));
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    if (ratio() >= 0.97) return performance.now() - t0;
    if (performance.now() - t0 > 10000) return NaN;
  }
})`;

interface Load {
  blocking: number;
  shifts: number;
}

async function load(b: ExtensionBrowser, url: string, ours: boolean): Promise<{ page: Page; m: Load }> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'load' });
  if (url.includes('/hostile/'))
    await page.waitForSelector('html[data-page-done]', { state: 'attached', timeout: 30_000 });
  if (ours) await waitForAnnotated(page);
  const loadEnd = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  await page.waitForFunction((end) => performance.now() > end, loadEnd + WINDOW_AFTER_LOAD_MS, {
    timeout: 60_000,
  });
  const m = await page.evaluate((end) => {
    const b = (
      window as unknown as { __ytkBench: { loaf: { start: number; blocking: number }[]; shifts: number } }
    ).__ytkBench;
    return {
      blocking: b.loaf.filter((e) => e.start <= end).reduce((s, e) => s + e.blocking, 0),
      shifts: b.shifts,
    };
  }, loadEnd + WINDOW_AFTER_LOAD_MS);
  return { page, m };
}

async function emptyExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ytk-empty-ext-'));
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty',
      version: '0.0.1',
      background: { service_worker: 'sw.js' },
    }),
  );
  await writeFile(join(dir, 'sw.js'), '');
  return dir;
}

async function measure(dist: string, server: FixtureServer, files: string[], runs: number, ours: boolean) {
  const b = await launchWithExtension(dist);
  const out = new Map<string, { blocking: number[]; shifts: number[]; visible: number[] }>();
  try {
    if (ours) await (await load(b, server.url('/sample-news.html'), true)).page.close(); // warm the host
    for (const file of files) {
      const r = { blocking: [] as number[], shifts: [] as number[], visible: [] as number[] };
      for (let i = 0; i < runs; i++) {
        const { page, m } = await load(b, server.url(`/hostile/${file}`), ours);
        r.blocking.push(m.blocking);
        r.shifts.push(m.shifts);
        if (ours && CORPUS.find((c) => c.file === file)?.budget) {
          for (const frac of [0.3, 0.6, 0.9])
            r.visible.push(await page.evaluate(`${TIME_TO_ANNOTATED}(${frac})`));
        }
        await page.close();
      }
      out.set(file, r);
    }
  } finally {
    await b.close();
  }
  return out;
}

export async function runPagesBench(runs: number): Promise<void> {
  const only = process.env.BENCH_PAGES?.split(',');
  const files = CORPUS.filter((c) => (only ? only.includes(c.file) : c.budget || c.firefox)).map(
    (c) => c.file,
  );
  const server = await startFixtureServer();
  const empty = await emptyExtension();
  try {
    const alone = await measure(empty, server, files, runs, false);
    const ours = await measure(resolve(ROOT, 'dist/chrome'), server, files, runs, true);
    console.log(
      `\n[hostile corpus, Chromium, warm host; medians of ${runs} loads; window: navigation → load + ${WINDOW_AFTER_LOAD_MS} ms]`,
    );
    for (const file of files) {
      const a = alone.get(file)!;
      const o = ours.get(file)!;
      const extra = median(o.blocking) - median(a.blocking);
      const budget = CORPUS.find((c) => c.file === file)?.budget;
      console.log(
        `  ${file.padEnd(22)} blocking ${median(o.blocking).toFixed(0).padStart(5)} ms with Yomitoki, ` +
          `${median(a.blocking).toFixed(0).padStart(5)} ms with an empty extension: extra ${extra.toFixed(0)} ms` +
          (budget ? ' (budget ≤ 100)' : '') +
          `; CLS ${median(o.shifts).toFixed(3)} vs ${median(a.shifts).toFixed(3)}` +
          (o.visible.length
            ? `; on screen annotated ${median(o.visible).toFixed(0)} ms after a jump (max ${Math.max(...o.visible).toFixed(0)}, target ≤ 300)`
            : ''),
      );
    }
  } finally {
    await server.close();
    await rm(empty, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await runPagesBench(Number(process.env.BENCH_RUNS ?? 5));
}
