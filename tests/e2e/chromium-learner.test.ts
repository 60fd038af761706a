import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAnnotated, resetReaderStateAfterEach, useChromiumSession } from './helpers/session';
import { popupButtonText, popupText } from './helpers/closed-popup';
import { firstCharCentre, rubyMetrics, shownReadings } from './helpers/ruby-metrics';

/**
 * Furigana for a learner, in Chromium on the built extension: modes and level change the readings of
 * an open tab, a word marked known loses its ruby in another open tab, readings stay legible. Each
 * test opens its own pages and starts from a fresh profile's settings and known words (one browser
 * for the file), so no test depends on what another changed or on their order.
 */
const session = useChromiumSession();
resetReaderStateAfterEach(session);

/** An extension page to act as the toolbar popup / settings page would (real storage, real messages). */
async function extensionPage(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/src/popup/index.html?tab`);
  return page;
}

async function setPrefs(ext: Page, patch: object): Promise<void> {
  // As the settings store writes them: one storage.sync item per section (settings-store.ts).
  await ext.evaluate(async (p) => {
    const key = 'settings.furigana';
    const cur = ((await chrome.storage.sync.get(key))[key] ?? {}) as object;
    await chrome.storage.sync.set({ [key]: { ...cur, ...p } });
  }, patch);
}

const send = (ext: Page, message: object) => ext.evaluate((m) => chrome.runtime.sendMessage(m), message);

describe('furigana modes and known words in Chromium', () => {
  /** Acts as the toolbar popup would; it only sends, so tests can share it. */
  let ext: Page;
  const opened: Page[] = [];
  const open = async (path: string): Promise<Page> => {
    const page = await openAnnotated(session.browser.context, session.server.url(path));
    opened.push(page);
    return page;
  };
  const openSample = () => open('/sample-news.html');
  const openSecond = () => open('/second-news.html');
  beforeAll(async () => {
    ext = await extensionPage();
  });
  // (Runs before the file's reset: hooks run last registered first.)
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });

  it('readings are at least 10 px at 18 px text and rarely spread their base (sample and a second page)', async () => {
    const [sample, second] = [await openSample(), await openSecond()];
    for (const [page, sel] of [
      [sample, '#article'],
      [second, '#story'],
    ] as const) {
      const m = await page.evaluate(rubyMetrics, sel);
      console.log(`ruby metrics ${sel}: ${JSON.stringify(m)}`);
      expect(m.shown).toBeGreaterThan(100);
      // The sample article is 18 px text; the second page's smallest text is a 14 px caption.
      expect(m.textPx).toBe(sel === '#article' ? 18 : 14);
      expect(m.minPx).toBeGreaterThanOrEqual(10);
      expect(m.spread / m.shown).toBeLessThan(0.2);
    }
  });

  it('a level change updates an open tab: at N3, 日本 loses its ruby, 政府 and irregular 今日 keep theirs', async () => {
    const [sample, second] = [await openSample(), await openSecond()];
    const before = await sample.evaluate(rubyMetrics, '#article');
    await setPrefs(ext, { mode: 'level', level: { kind: 'jlpt', value: 3 } });
    await sample.waitForFunction(() => document.querySelector('#article ruby.ytk-ruby.ytk-hidden') !== null);
    const after = await sample.evaluate(rubyMetrics, '#article');
    expect(after.shown).toBeLessThan(before.shown);
    expect(await sample.evaluate(shownReadings, ['#article', '日本'] as [string, string])).toEqual([]);
    expect(await sample.evaluate(shownReadings, ['#article', '政府'] as [string, string])).toContain(
      'せいふ',
    );
    expect(await sample.evaluate(shownReadings, ['#article', '今日'] as [string, string])).toEqual([
      'きょう',
    ]);
    // A lower level (N5) shows more readings than N3; N1 fewer.
    await setPrefs(ext, { level: { kind: 'jlpt', value: 5 } });
    await sample.waitForFunction(
      (n) => document.querySelectorAll('#article ruby.ytk-hidden').length < n,
      after.hidden,
    );
    const n5 = await sample.evaluate(rubyMetrics, '#article');
    await setPrefs(ext, { level: { kind: 'jlpt', value: 1 } });
    await sample.waitForFunction(
      (n) => document.querySelectorAll('#article ruby.ytk-hidden').length > n,
      n5.hidden,
    );
    const n1 = await sample.evaluate(rubyMetrics, '#article');
    expect(n5.shown).toBeGreaterThan(after.shown);
    expect(n1.shown).toBeLessThan(after.shown);
    // And the second page follows the same preference.
    expect(await second.evaluate(shownReadings, ['#story', '大人'] as [string, string])).toEqual(['おとな']);
  });

  it('off hides every reading, hover hides them until the word is hovered, all shows them again', async () => {
    const sample = await openSample();
    await setPrefs(ext, { mode: 'off' });
    await sample.waitForFunction(
      () => document.querySelectorAll('#article ruby.ytk-ruby:not(.ytk-hidden)').length === 0,
    );
    await setPrefs(ext, { mode: 'hover' });
    await sample.waitForFunction(() => document.querySelectorAll('#article ruby.ytk-hover').length > 100);
    expect((await sample.evaluate(rubyMetrics, '#article')).shown).toBe(0);
    const target = sample.locator('#article ruby.ytk-ruby', { hasText: '政府' }).first();
    await target.hover();
    expect(await target.evaluate((r) => getComputedStyle(r.querySelector('rt')!).visibility)).toBe('visible');
    await setPrefs(ext, { mode: 'all' });
    await sample.waitForFunction(
      () => document.querySelectorAll('#article ruby.ytk-hover, #article ruby.ytk-hidden').length === 0,
    );
  });

  it('katakana and romaji readings', async () => {
    const sample = await openSample();
    await setPrefs(ext, { script: 'romaji' });
    await sample.waitForFunction(() =>
      Array.from(document.querySelectorAll('#article rt')).some(
        (rt) => rt.getAttribute('data-r') === 'seifu',
      ),
    );
    await setPrefs(ext, { script: 'katakana' });
    await sample.waitForFunction(() =>
      Array.from(document.querySelectorAll('#article rt')).some(
        (rt) => rt.getAttribute('data-r') === 'セイフ',
      ),
    );
    await setPrefs(ext, { script: 'hiragana' });
    await sample.waitForFunction(() =>
      Array.from(document.querySelectorAll('#article rt')).some(
        (rt) => rt.getAttribute('data-r') === 'せいふ',
      ),
    );
  });

  it('a word marked known in one tab loses its ruby in another open tab; unmarking restores it', async () => {
    const [sample, second] = [await openSample(), await openSecond()];
    await setPrefs(ext, { mode: 'unknown' });
    await sample.waitForFunction(() => document.querySelectorAll('#article ruby.ytk-hidden').length === 0);
    expect(await second.evaluate(shownReadings, ['#story', '政府'] as [string, string])).toEqual(['せいふ']);
    // Marked from the page's popup in the sample tab: hover 政府, press M (trusted input).
    await sample.bringToFront();
    const at = await sample.evaluate(firstCharCentre, ['#article', '政府'] as [string, string]);
    await sample.mouse.move(at!.x, at!.y);
    await expect.poll(() => popupText(sample)).toContain('政府');
    await expect.poll(() => popupButtonText(sample, 'known-word')).toBe('Mark known');
    await sample.keyboard.press('m');
    await expect.poll(() => popupText(sample)).toContain('“政府” is known');
    await second.waitForFunction(() =>
      Array.from(document.querySelectorAll('#story ruby.ytk-ruby'))
        .filter((r) => r.firstChild?.textContent === '政府')
        .every((r) => r.classList.contains('ytk-hidden')),
    );
    expect(await sample.evaluate(shownReadings, ['#article', '政府'] as [string, string])).toEqual([]);
    await send(ext, { type: 'known-words-set', words: ['政府'], known: false });
    await second.waitForFunction(() =>
      Array.from(document.querySelectorAll('#story ruby.ytk-ruby'))
        .filter((r) => r.firstChild?.textContent === '政府')
        .every((r) => !r.classList.contains('ytk-hidden')),
    );
  });

  it('known words count by dictionary form and import/export as one word per line', async () => {
    const [sample, second] = [await openSample(), await openSecond()];
    // Known words lose their ruby in the "words not marked known" mode.
    await setPrefs(ext, { mode: 'unknown' });
    const res = (await send(ext, {
      type: 'known-words-import',
      text: '#separator:tab\n述べる\t to state\n相次ぐ\n',
      replace: false,
    })) as {
      ok: boolean;
      added: number;
    };
    expect(res).toMatchObject({ ok: true, added: 2 });
    // 述べた / 相次いで are inflected forms: their ruby goes.
    await sample.waitForFunction(() =>
      Array.from(document.querySelectorAll('#article ruby.ytk-ruby'))
        .filter((r) => r.firstChild?.textContent === '述')
        .every((r) => r.classList.contains('ytk-hidden')),
    );
    await second.waitForFunction(() =>
      Array.from(document.querySelectorAll('#story ruby.ytk-ruby'))
        .filter((r) => r.firstChild?.textContent === '相次')
        .every((r) => r.classList.contains('ytk-hidden')),
    );
    const out = (await send(ext, { type: 'known-words-export' })) as { ok: boolean; text: string };
    expect(out.text.split('\n').filter(Boolean).sort()).toEqual(['相次ぐ', '述べる']);
  });

  it('a page cannot import or export the known words', async () => {
    const sample = await openSample();
    const res = await sample.evaluate(() => 'chrome' in window && typeof chrome.runtime?.sendMessage);
    // A page has no extension messaging at all; a content script asking gets not-allowed (unit-tested).
    expect(res).not.toBe('function');
  });
});
