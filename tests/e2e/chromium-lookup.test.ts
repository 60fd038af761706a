/**
 * Hover lookups in real Chromium on a page the extension has never seen: an inflected form, a
 * katakana name broken by a line break in the page source, a name ENAMDICT knows, and the kanji
 * card. Real mouse and keyboard input; the popup is read over CDP (works for a closed shadow root).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForAnnotated, type ExtensionBrowser } from './helpers/chromium';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { charPoint, PopupReader } from './helpers/popup-cdp';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>lookup</title>
<style>body { font: 22px/1.8 "IPAGothic", sans-serif; margin: 40px; width: 700px; }</style></head><body>
<p id="verb">野党は政府の責任を問うている。</p>
<p id="zaru">主催者は大会を中止せざるを得ないと述べた。</p>
<p id="split">会見したのはゼレン
      スキー大統領だった。</p>
<p id="name">首脳はワシントンで会談した。</p>
<p id="kanji">会議が開かれた。</p>
</body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ '/lookup.html': PAGE });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<{ page: Page; popup: PopupReader }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/lookup.html'));
  await waitForAnnotated(page);
  return { page, popup: await PopupReader.attach(browser.context, page) };
}

/** Rest the real mouse on the `index`-th character of `needle` (moving in from the side first). */
async function hover(page: Page, needle: string, index = 0): Promise<void> {
  const { x, y } = await charPoint(page, needle, index);
  await page.mouse.move(x - 30, y + 200);
  await page.mouse.move(x, y, { steps: 3 });
}

describe('hover lookup in Chromium', () => {
  it('an inflected form shows its dictionary form for the whole span', async () => {
    const { page, popup } = await open();
    await hover(page, '問うている', 0);
    const text = await popup.waitFor((t) => t.includes('問うている ← 問う'));
    expect(text).toContain('EDRDG');
    await page.keyboard.press('Escape');
    await hover(page, '中止せざるを得ない', 0);
    await popup.waitFor((t) => t.includes('中止せざるを得ない ← 中止する'));
    await page.close();
  });

  it('half of a katakana name after a line break is read as the whole name', async () => {
    const { page, popup } = await open();
    await hover(page, 'ゼレンスキー', 4);
    const text = await popup.waitFor((t) => /Zelensk/.test(t));
    expect(text).not.toMatch(/skiing/);
    await page.close();
  });

  it('a katakana place name shows the name before a kanji spelling of its reading', async () => {
    const { page, popup } = await open();
    await hover(page, 'ワシントン', 2);
    const text = await popup.waitFor((t) => t.includes('Washington'));
    expect(text.indexOf('ワシントン')).toBeLessThan(text.indexOf('Washington'));
    const kanjiSpelling = text.indexOf('華盛頓');
    if (kanjiSpelling >= 0) expect(kanjiSpelling).toBeGreaterThan(text.indexOf('Washington'));
    await page.close();
  });

  it('Shift while hovering a kanji shows its kanji card; K switches to the word and back', async () => {
    const { page, popup } = await open();
    await page.keyboard.down('Shift');
    await hover(page, '会議', 0);
    const card = await popup.waitFor((t) => t.includes('Strokes'));
    expect(card).toMatch(/meeting/);
    expect(card).toContain('カイ');
    expect(card).toContain('Grade 2');
    expect(card).toContain('KANJIDIC');
    await page.keyboard.up('Shift');
    await page.keyboard.press('k');
    await popup.waitFor((t) => t.includes('会議') && !t.includes('Strokes'));
    await page.keyboard.press('k');
    await popup.waitFor((t) => t.includes('Strokes'));
    await page.close();
  });
});
