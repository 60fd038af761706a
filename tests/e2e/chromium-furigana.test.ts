import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { stopServiceWorker } from './helpers/chromium';
import { openAnnotated, useChromiumSession } from './helpers/session';
import { kanjiCoverage, pristineText, readingsOf, selectedText, untouchables } from './helpers/page-checks';
import { readThrough, waitScreenAnnotated } from './helpers/read-through';

const session = useChromiumSession();

function openSample(): Promise<Page> {
  return openAnnotated(session.browser.context, session.server.url('/sample-news.html'));
}

/** Send a request through the real background handler, from an extension page. */
async function sendFromExtensionPage(message: object): Promise<unknown> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/src/options/index.html`);
  const res = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  return res;
}

/** The extension's service worker as it runs now (a test below has Chrome stop it). */
async function currentWorker(): Promise<Worker> {
  return (
    session.browser.context.serviceWorkers()[0] ??
    (await session.browser.context.waitForEvent('serviceworker'))
  );
}

/** The tab id of a page: bring it to the front and ask the worker for the active tab. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return (await currentWorker()).evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** The toolbar button's tooltip for a tab (says whether furigana is on there, and why not). */
async function badgeTitle(tabId: number): Promise<string> {
  return (await currentWorker()).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

describe('furigana in Chromium on the sample news page', () => {
  /** Read through once and shared by the tests that only look; a test that changes a page opens its own. */
  let page: Page;
  beforeAll(async () => {
    page = await openSample();
    // Furigana follow the reader: read the page through once, as a reader would.
    await readThrough(page);
  });

  it('puts ruby over at least 99% of the article kanji', async () => {
    const { kanji, covered } = await page.evaluate(kanjiCoverage, '#article');
    expect(kanji).toBeGreaterThan(400);
    expect(covered / kanji).toBeGreaterThanOrEqual(0.99);
  });

  it('reads in context: 5月 as がつ, 外相 as がいしょう, 王毅 as おうき', async () => {
    expect(await page.evaluate(readingsOf, ['#article', '外相'] as [string, string])).toContain('がいしょう');
    expect(await page.evaluate(readingsOf, ['#article', '月'] as [string, string])).toContain('がつ');
    expect(
      (await page.evaluate(readingsOf, ['#article', '王毅'] as [string, string]))[0]?.replace('・', ''),
    ).toBe('おうき');
  });

  it('reads words split by links and bold in their sentence (の<a>間</a>で, <b>行</b>われる)', async () => {
    expect(await page.evaluate(readingsOf, ['#split', '間'] as [string, string])).toEqual(['あいだ']);
    expect(await page.evaluate(readingsOf, ['#split', '行'] as [string, string])).toEqual(['おこな']);
  });

  it('leaves the page text unchanged and readings out of copied text', async () => {
    const now = await page.evaluate(() => document.querySelector('#article')!.textContent);
    expect(now).toBe(await page.evaluate(pristineText, '#article'));
    const copied = await page.evaluate(selectedText, '#article h1');
    expect(copied).toBe(await page.evaluate(() => document.querySelector('#article h1')!.textContent));
    expect(copied).not.toMatch(/ちゅうごく/);
  });

  it('does not touch form fields, code, editors, SVG or existing ruby', async () => {
    expect(await page.evaluate(untouchables)).toEqual({
      input: '漢字の検索',
      textarea: '日本語の入力欄',
      code: 1,
      editor: 1,
      svg: 1,
      existingRuby: 1,
      existingRubyText: '漢字かんじ',
    });
  });

  it('turning the tab off restores the page exactly; on annotates again', async () => {
    const page = await openSample();
    const tabId = await tabIdOf(page);
    await sendFromExtensionPage({ type: 'set-tab-enabled', tabId, enabled: false });
    await page.waitForFunction(() => document.querySelectorAll('ruby.ytk-ruby').length === 0);
    const html = await page.evaluate(() => document.getElementById('article')!.outerHTML);
    const pristine = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return doc.getElementById('article')!.outerHTML;
    });
    expect(html).toBe(pristine);
    await sendFromExtensionPage({ type: 'set-tab-enabled', tabId, enabled: true });
    await waitScreenAnnotated(page);
    expect(
      await page.evaluate(() => document.querySelectorAll('#article ruby.ytk-ruby').length),
    ).toBeGreaterThan(50);
    await page.close();
  });

  it('a per-site switch keeps furigana off on new pages of that site', async () => {
    const site = new URL(session.server.url('/')).hostname;
    await sendFromExtensionPage({ type: 'set-site-disabled', site, disabled: true });
    onTestFinished(async () => {
      await sendFromExtensionPage({ type: 'set-site-disabled', site, disabled: false });
    });
    const other = await session.browser.context.newPage();
    await other.goto(session.server.url('/sample-news.html'));
    // The badge turns OFF when the page's content script has asked for its state and been told the
    // site is off: from then on it annotates nothing.
    const tabId = await tabIdOf(other);
    await expect.poll(() => badgeTitle(tabId)).toBe(`Yomitoki: furigana off on ${site}`);
    expect(await other.evaluate(() => document.querySelectorAll('ruby.ytk-ruby').length)).toBe(0);
    await other.close();
  });

  it('annotates content added after load (infinite scroll)', async () => {
    const page = await openSample();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '追加された記事の本文です。';
      document.getElementById('article')!.append(p);
      p.scrollIntoView();
    });
    await page.waitForFunction(() => document.querySelectorAll('#late ruby.ytk-ruby').length >= 3);
    await page.close();
  });
});

describe('tokenizer host across a stopped service worker', () => {
  it('still annotates the next page after Chrome stops the worker', async () => {
    const page = await openSample();
    expect(await stopServiceWorker(session.browser, page)).toBe(true);
    const next = await openSample();
    await readThrough(next);
    const { kanji, covered } = await next.evaluate(kanjiCoverage, '#article');
    expect(covered / kanji).toBeGreaterThanOrEqual(0.99);
    await next.close();
    await page.close();
  });
});
