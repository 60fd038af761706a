/**
 * Vocabulary lists end to end in Chromium with the built extension, as a user works: save words from
 * the popup on the sample page (button and the A key), see them in the toolbar popup, export Anki TSV
 * and a JSON backup, restore the backup in a fresh profile, and try a broken file. Each test starts
 * with no saved words and only the Default list, and saves the words it needs itself through the
 * popup, so no test depends on another or on their order.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForAnnotated, type ExtensionBrowser } from './helpers/chromium';
import {
  byAttr,
  byClass,
  clickInPopup,
  popupButtonText,
  popupPartText,
  popupText,
} from './helpers/closed-popup';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server';
import { ankiKanji } from '../helpers/anki-text-import';

let browser: ExtensionBrowser;
let server: FixtureServer;
const opened: ExtensionBrowser[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  opened.push(browser);
});
afterAll(async () => {
  for (const b of opened) await b.close();
  await server?.close();
});

const FILE_DATE = /\d{4}-\d{2}-\d{2}/.source;

const status = (page: Page) => popupPartText(page, byClass('status'));
const addLabel = (page: Page) => popupButtonText(page, 'vocab-add');

async function openSample(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(server.url('/sample-news.html'));
  await waitForAnnotated(page);
  return page;
}

async function openListPage(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
  await page.waitForSelector('.vocab[data-ready][data-state="ready"]');
  return page;
}

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: (file as Download).suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** Send requests from a Yomitoki page, as the toolbar popup does (real messages, real storage). */
async function fromExtensionPage<T>(b: ExtensionBrowser, run: () => Promise<T>): Promise<T> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  const result = await page.evaluate(run);
  await page.close();
  return result;
}

/** Back to a fresh profile's lists: no words, only the Default list (through the background, which owns them). */
function clearVocab(b: ExtensionBrowser): Promise<void> {
  return fromExtensionPage(b, async () => {
    const send = async (m: object) => {
      const res = (await chrome.runtime.sendMessage(m)) as { ok: boolean } & Record<string, unknown>;
      if (!res.ok) throw new Error(`${JSON.stringify(m)}: ${JSON.stringify(res)}`);
      return res;
    };
    const { lists } = (await send({ type: 'vocab-overview' })) as unknown as {
      lists: { id: string; isDefault: boolean }[];
    };
    for (const l of lists) if (!l.isDefault) await send({ type: 'vocab-list-delete', listId: l.id });
    const { items } = (await send({ type: 'vocab-query', offset: 0, limit: 500 })) as unknown as {
      items: { id: string }[];
    };
    for (const item of items) await send({ type: 'vocab-delete-item', itemId: item.id });
  });
}

/** What the first test does, for the tests that need words saved: 行われる by the button, CISA by A. */
async function saveSampleWords(b: ExtensionBrowser): Promise<void> {
  const page = await openSample(b);
  await page.locator('#article p ruby.ytk-ruby', { hasText: '行' }).first().hover();
  await expect.poll(() => addLabel(page)).toBe('Add to list');
  await clickInPopup(page, byAttr('data-action', 'vocab-add'));
  await expect.poll(() => status(page)).toMatch(/^Added “行われる” to Default/);
  const term = page.locator('span.ytk-term', { hasText: 'CISA' }).first();
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  await expect.poll(() => popupText(page)).toContain('Cybersecurity');
  await page.keyboard.press('a');
  await expect.poll(() => status(page)).toMatch(/^Added “CISA” to Default/);
  await page.close();
}

/** The backup without its export time: what must be identical between profiles. */
function backupBody(text: string): unknown {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}

describe('vocabulary lists in Chromium', () => {
  afterEach(() => clearVocab(browser));

  it('saves a hovered word with its sentence from the popup button, and CISA with the A key', async () => {
    const page = await openSample(browser);
    const ruby = page.locator('#article p ruby.ytk-ruby', { hasText: '行' }).first();
    await ruby.hover();
    // The popup is in a closed shadow root: read over CDP, pressed with the real mouse.
    await expect.poll(() => addLabel(page)).toBe('Add to list');
    await clickInPopup(page, byAttr('data-action', 'vocab-add'));
    await expect.poll(() => status(page)).toMatch(/^Added “行われる” to Default/);
    await expect.poll(() => addLabel(page)).toBe('Saved ✓ — update');

    // The same word again: updated, not duplicated; the popup says it is saved.
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await ruby.hover();
    await expect.poll(() => status(page)).toBe('Saved in Default.');

    const term = page.locator('span.ytk-term', { hasText: 'CISA' }).first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expect.poll(() => popupText(page)).toContain('Cybersecurity');
    await page.keyboard.press('a');
    await expect.poll(() => status(page)).toMatch(/^Added “CISA” to Default/);
    await page.close();
  });

  it('the content script gives the context menu the sentence around a selection', async () => {
    // The selection menu entry is registered (update fails for an unknown id).
    const menu = await browser.worker.evaluate(() =>
      chrome.contextMenus.update('ytk-vocab-add-selection', {}).then(
        () => 'registered',
        (e: unknown) => String(e),
      ),
    );
    expect(menu).toBe('registered');
    const page = await openSample(browser);
    await page.evaluate(() => {
      const p = document.querySelector('#article p')!;
      const text = p.textContent!;
      const start = text.indexOf('外務大臣');
      // Select the word across whatever ruby/term markup the page now has.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0;
      const range = document.createRange();
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (seen + n.data.length > start && range.startContainer === document) {
          range.setStart(n, start - seen);
        }
        if (seen + n.data.length >= start + 4) {
          range.setEnd(n, start + 4 - seen);
          break;
        }
        seen += n.data.length;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // Ask every tab as the background does for a menu click (tab URLs need the "tabs" permission);
    // only the sample page has a selection.
    const context = await browser.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const answers = await Promise.allSettled(
        tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type: 'vocab-selection-context' })),
      );
      for (const a of answers) if (a.status === 'fulfilled' && a.value) return a.value as unknown;
      return null;
    });
    expect(context).toEqual({
      text: '外務大臣',
      sentence:
        '英国のジェームズ・クレバリー外相が明日北京を訪れ、中国の外務大臣と会談する際には、サイバーセキュリティが最優先の議題となるだろう。',
      sentenceOffset: 28,
    });
    await page.close();
  });

  it('the toolbar popup shows the words with their sentences; a second list is created', async () => {
    await saveSampleWords(browser);
    const page = await openListPage(browser);
    const rows = page.locator('li.item');
    await expect.poll(() => rows.count()).toBe(2);
    const saved = page.locator('li.item', { hasText: '行われる' });
    await expect(saved.locator('.reading').textContent()).resolves.toBe('おこなわれる');
    await expect(saved.locator('.sentence mark').textContent()).resolves.toBe('行われる');
    expect(await saved.locator('.sentence').textContent()).toContain('という背景で行われる。');
    expect(await saved.locator('.source a').getAttribute('href')).toBe(server.url('/sample-news.html'));
    const cisa = page.locator('li.item', { hasText: 'CISA' });
    expect(await cisa.locator('.meaning').textContent()).toContain('Cybersecurity and Infrastructure');

    await page.getByRole('button', { name: 'New list' }).click();
    await page.getByLabel('New list name').fill('JLPT N2');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('select[name="list"] option').allTextContents())
      .toEqual(['All lists (2)', 'Default ★ (2)', 'JLPT N2 (0)']);
    await page.close();
  });

  it('exports Anki TSV and a JSON backup as downloads named by list and date', async () => {
    await saveSampleWords(browser);
    await fromExtensionPage(browser, () =>
      chrome.runtime.sendMessage({ type: 'vocab-list-create', name: 'JLPT N2' }),
    );
    const page = await openListPage(browser);
    const tsv = await download(page, '[data-export="anki-tsv"]');
    expect(tsv.name).toMatch(new RegExp(`^yomitoki-all-${FILE_DATE}\\.tsv$`));
    const lines = tsv.text.split('\n');
    expect(lines[0]).toBe('#separator:tab');
    expect(lines).toContain('#html:true');
    expect(lines).toContain('#notetype:Yomitoki');
    expect(lines).toContain('#deck:Yomitoki');
    expect(lines.find((l) => l.startsWith('#columns:'))).toBe(
      '#columns:Expression\tReading\tFurigana\tMeaning\tSentence\tSentenceFurigana\tSource\tTags',
    );
    const row = lines.find((l) => l.startsWith('行われる\t'))!.split('\t');
    expect(row[1]).toBe('おこなわれる');
    expect(row[2]).toBe('行[おこな]われる');
    expect(row[4]).toContain('<b>行われる</b>');
    // The sentence's readings come from the tokenizer host at export time.
    expect(ankiKanji(row[5]!)).toBe(row[4]);
    expect(row[5]).toContain('<b>行[おこな]われる</b>');

    const json = await download(page, '[data-export="json"]');
    expect(json.name).toMatch(new RegExp(`^yomitoki-all-${FILE_DATE}\\.json$`));
    const backup = JSON.parse(json.text) as { format: string; lists: { name: string }[]; items: unknown[] };
    expect(backup.format).toBe('yomitoki-backup');
    expect(backup.lists.map((l) => l.name)).toEqual(['Default', 'JLPT N2']);
    expect(backup.items).toHaveLength(2);
    await page.close();
  });

  it('importing the backup into a fresh profile gives identical lists and words', async () => {
    await saveSampleWords(browser);
    const exported = await openListPage(browser);
    const jsonBackup = (await download(exported, '[data-export="json"]')).text;
    await exported.close();
    const fresh = await launchWithExtension();
    opened.push(fresh);
    const page = await openListPage(fresh);
    expect(await page.locator('li.item').count()).toBe(0);
    await page.setInputFiles('input[type="file"]', {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(jsonBackup),
    });
    const preview = page.locator('.preview-counts');
    await expect.poll(() => preview.textContent()).toContain('2 new · 0 updated · 0 skipped');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('li.item').count()).toBe(2);
    const again = await download(page, '[data-export="json"]');
    expect(backupBody(again.text)).toEqual(backupBody(jsonBackup));

    // A truncated file: the problem is shown with its place, and nothing changes.
    await page.setInputFiles('input[type="file"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(jsonBackup.slice(0, Math.floor(jsonBackup.length / 2))),
    });
    const errors = page.locator('.import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(/broken\.json was not imported; nothing was changed/);
    expect(await errors.locator('li').first().textContent()).toMatch(/ends too early.*truncated/);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();

    // A complete file with one bad field: the field and the reason are named.
    const badField = jsonBackup.replace('"reading": "おこなわれる"', '"reading": "okonawareru"');
    expect(badField).not.toBe(jsonBackup);
    await page.setInputFiles('input[type="file"]', {
      name: 'bad-field.json',
      mimeType: 'application/json',
      buffer: Buffer.from(badField),
    });
    await expect
      .poll(() => errors.locator('li').first().textContent())
      .toMatch(/items\[\d\]\.reading: expected kana, got "okonawareru"/);
    const after = await download(page, '[data-export="json"]');
    expect(backupBody(after.text)).toEqual(backupBody(jsonBackup));
    await page.reload();
    await page.waitForSelector('.vocab[data-ready][data-state="ready"]');
    expect(await page.locator('li.item').count()).toBe(2);
    await page.close();
  });
});
