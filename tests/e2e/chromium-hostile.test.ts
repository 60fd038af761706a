import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  launchWithExtension,
  waitForAnnotated,
  type ExtensionBrowser,
} from './helpers/chromium';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { CORPUS } from './helpers/hostile-corpus';
import { deepKanjiCoverage, deepText, readThrough } from './helpers/read-through';

/**
 * The hostile-page corpus end to end in Chromium: each page is read through once in a Chromium
 * without extensions and once with Yomitoki. With the extension the page's text (deep: shadow
 * roots, frames) must be the same as alone, its kanji covered, no page errors, and the extension
 * must make no request of its own (every request the fixture server sees, the page alone made too).
 */
let ext: ExtensionBrowser;
let plain: Browser;
let server: FixtureServer;
let served: string[] = [];
const otherRequests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({}, (path) => served.push(path));
  ext = await launchWithExtension();
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  // Network watch: anything that is not the fixture server or the extension's own files.
  ext.context.on('request', (r) => {
    const url = r.url();
    if (!/^(http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|data:|about:|blob:)/.test(url))
      otherRequests.push(url);
  });
}, 60_000);
afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  text: string;
  errors: string[];
  requests: string[];
}

async function visit(context: BrowserContext, file: string, min: number): Promise<Visit> {
  served = [];
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // The fixture server has no favicon; that 404 is the browser's, with or without us.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  await page.goto(server.url(`/hostile/${file}`));
  // Read until the page says it is done (an infinite scroll loads more as the reader nears its end).
  for (let i = 0; i < 10; i++) {
    await readThrough(page, min);
    if (await page.evaluate(() => document.documentElement.hasAttribute('data-page-done'))) break;
    // Rest at the end, as a reader does, until the page grows or says it is done: its own
    // IntersectionObserver reports only at a rendering update, which a quick scroll past may skip.
    const height = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.documentElement.scrollHeight;
    });
    await page
      .waitForFunction(
        (h) =>
          document.documentElement.scrollHeight > h ||
          document.documentElement.hasAttribute('data-page-done'),
        height,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
  }
  await page.waitForSelector('html[data-page-done]', { state: 'attached', timeout: 30_000 });
  await readThrough(page, min);
  const text = await page.evaluate(deepText);
  return { page, text, errors, requests: [...served].sort() };
}

describe('hostile pages in Chromium', () => {
  for (const entry of CORPUS) {
    it(`${entry.what} (${entry.file}): same text as alone, kanji covered, no errors, no requests`, async () => {
      const alone = await visit(await plain.newContext(), entry.file, 0);
      const withExt = await visit(ext.context, entry.file, entry.minCoverage ?? 0.97);
      expect(withExt.text).toBe(alone.text);
      expect(withExt.errors).toEqual([]);
      expect(alone.errors).toEqual([]);
      const { kanji, covered } = await withExt.page.evaluate(deepKanjiCoverage, true);
      expect(kanji).toBeGreaterThan(0);
      expect(covered / kanji).toBeGreaterThanOrEqual(entry.minCoverage ?? 0.97);
      expect(withExt.requests).toEqual(alone.requests);
      expect(otherRequests).toEqual([]);
      await alone.page.context().close();
      await withExt.page.close();
    }, 180_000);
  }
});

describe('hostile pages: particulars', () => {
  it('a name split by comments is read as one word: 岸<!---->田<!---->文<!---->雄 → きしだふみお', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/comment-split.html'));
    await readThrough(page);
    const rubies = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#kishida ruby.ytk-ruby'), (r) => [
        r.textContent,
        r.querySelector('rt')!.getAttribute('data-r'),
      ]),
    );
    // One ruby or one per part, the reading over 岸田文雄 is the name's.
    const name = rubies.filter(([base]) => '岸田文雄'.includes(base!));
    expect(name.map(([b]) => b).join('')).toBe('岸田文雄');
    expect(name.map(([, r]) => r).join('')).toBe('きしだふみお');
    // The comments are still there, in order.
    expect(
      await page.evaluate(() => document.getElementById('kishida')!.innerHTML.split('<!---->').length),
    ).toBe(4);
    await page.close();
  });

  it('never calls the functions a page replaced on its prototypes', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/monkey-patched.html'));
    await waitForAnnotated(page);
    // One probe, always the same cost in the page's counters (getElementById and innerHTML are not
    // replaced): the page's call counter and whether the far paragraph has our ruby.
    const probe = () =>
      page.evaluate(() => [
        (window as unknown as { __calls: number }).__calls,
        document.getElementById('far')!.innerHTML.includes('ytk-ruby'),
      ]) as Promise<[number, boolean]>;
    // Warm up until a probe costs the same twice in a row (the first ones set up the driver).
    const seen: number[] = [(await probe())[0], (await probe())[0], (await probe())[0]];
    while (seen.at(-1)! - seen.at(-2)! !== seen.at(-2)! - seen.at(-3)!) seen.push((await probe())[0]);
    const step = seen.at(-1)! - seen.at(-2)!;
    const scrollTo = (y: number) => page.evaluate((to) => window.scrollTo(0, to), y);
    // A scroll that changes nothing, then a probe: the driver's cost of scrolling.
    await scrollTo(0);
    const withScroll = (await probe())[0] - seen.at(-1)!;
    // Our work starts now, far down the page: scrolling there makes us annotate it.
    let last = (await probe())[0];
    await scrollTo(100_000);
    const deltas: number[] = [];
    for (let annotated = false; !annotated;) {
      const [calls, done] = await probe();
      deltas.push(calls - last);
      last = calls;
      annotated = done;
    }
    // Only the driver moved the page's counters: nothing of ours ran through them.
    expect(deltas[0]).toBe(withScroll);
    expect(deltas.slice(1).every((d) => d === step)).toBe(true);
    await page.close();
  });

  it('leaves the page’s own ruby, editors, fields, code and SVG exactly as they were', async () => {
    const snapshot = () =>
      Array.from(document.querySelectorAll('#own-ruby ruby:not(.ytk-ruby)'), (r) => r.outerHTML).join('') +
      ['editor', 'code', 'svgt', 'sel'].map((id) => document.getElementById(id)!.outerHTML).join('\n') +
      (document.getElementById('ta') as HTMLTextAreaElement).value +
      (document.getElementById('in') as HTMLInputElement).value;
    const alonePage = await (await plain.newContext()).newPage();
    await alonePage.goto(server.url('/hostile/untouchables.html'));
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/untouchables.html'));
    await readThrough(page);
    expect(await page.evaluate(snapshot)).toBe(await alonePage.evaluate(snapshot));
    expect(await page.evaluate(() => document.querySelectorAll('ruby.ytk-ruby').length)).toBeGreaterThan(0);
    await alonePage.context().close();
    await page.close();
  });
});
