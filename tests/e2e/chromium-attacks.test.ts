/**
 * A hostile page against the built extension in Chromium (tests/fixtures/attacks/attack-page.html).
 * Each attack runs as the page's own script (page.evaluate is the page's main world); each is paired
 * with the reader's real input (Playwright mouse/keyboard, trusted) doing the same thing, so a test
 * cannot pass because nothing works at all.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  byAttr,
  byClass,
  clickInPopup,
  popupButtonText,
  popupPartText,
  popupText,
} from './helpers/closed-popup';
import { openAnnotated, resetReaderStateAfterEach, useChromiumSession } from './helpers/session';
import type { AttackPage } from './helpers/attack-page';

const session = useChromiumSession();
resetReaderStateAfterEach(session);
const open = () => openAnnotated(session.browser.context, session.server.url('/attacks/attack-page.html'));

declare const attack: AttackPage;

/** The reader's hover (real mouse) on the first character of our ruby that starts `base` under `selector`. */
async function hoverWord(page: Page, selector: string, base: string): Promise<void> {
  const found = await page.evaluate(
    ([sel, b]) => {
      // Our ruby may cover the word or each kanji: the ruby whose base starts the word.
      for (const r of document.querySelectorAll(`${sel} ruby.ytk-ruby`)) {
        const head = r.firstChild?.textContent ?? '';
        if (head && b.startsWith(head) && r.parentElement!.textContent!.includes(b)) {
          const box = r.getBoundingClientRect();
          return { x: box.left + 4, y: box.top + box.height * 0.7 };
        }
      }
      return null;
    },
    [selector, base] as const,
  );
  if (!found) throw new Error(`no ruby of ours for ${base} under ${selector}`);
  await page.mouse.move(found.x, found.y);
}

/** Ask the background from one of Yomitoki's pages (the settings page), as the extension does. */
async function fromExtensionPage<T>(page: Page, msg: object): Promise<T> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<T>;
}

async function settingsPage(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/src/options/index.html`);
  return page;
}

async function savedWords(settings: Page): Promise<number> {
  const res = await fromExtensionPage<{ ok: boolean; counts: { all: { total: number } } }>(settings, {
    type: 'vocab-overview',
  });
  expect(res.ok).toBe(true);
  return res.counts.all.total;
}

async function corrections(settings: Page): Promise<unknown[]> {
  const res = await fromExtensionPage<{ ok: boolean; fixes: unknown[] }>(settings, {
    type: 'reading-fix-list',
  });
  expect(res.ok).toBe(true);
  return res.fixes;
}

/** Let the popup's hover delay and a lookup round trip pass, then some: the attack had its chance. */
async function settle(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
}

describe('a hostile page in Chromium', () => {
  it('cannot open the popup with synthetic pointer, mouse, tap, focus or key events', async () => {
    // A reader who uses the keyboard turns term Tab stops on (off by default): the reader's Tab below.
    const settings = await settingsPage();
    await settings.evaluate(() => chrome.storage.sync.set({ 'settings.access': { keyboardTerms: true } }));
    const page = await open();
    await page.evaluate(() => {
      const word = [...document.querySelectorAll('#plain ruby.ytk-ruby')][1]!;
      attack.hover(word);
      attack.tap(word);
      const term = document.querySelector<HTMLElement>('#plain span.ytk-term')!;
      attack.hover(term);
      // focus() from a script fires focus events the browser marks trusted: not the reader's Tab.
      term.focus();
      attack.keys(['Enter']);
    });
    await settle(page);
    expect(await popupText(page)).toBe('');
    expect(await page.evaluate(() => attack.foreignHosts().length)).toBe(0);
    // The reader's Tab to the same term opens it.
    // (A click on the page's margin first: Tab starts from there, not from where focus() put it.)
    await page.mouse.click(2, 2);
    await page.keyboard.press('Tab');
    await expect.poll(() => popupText(page)).toContain('Cybersecurity');
    await page.keyboard.press('Escape');
    expect(await popupText(page)).toBe('');
    // The reader's hover on the same word opens it.
    await hoverWord(page, '#plain', '電車');
    await expect.poll(() => popupText(page)).toContain('でんしゃ');
    await Promise.all([page.close(), settings.close()]);
  });

  it('cannot read the popup or press its buttons; the reader can', async () => {
    const settings = await settingsPage();
    const page = await open();
    expect(await savedWords(settings)).toBe(0);
    await hoverWord(page, '#plain', '電車');
    await expect.poll(() => popupButtonText(page, 'vocab-add')).toBe('Add to list');
    const size = () =>
      page.evaluate(() => {
        const r = attack.foreignHosts()[0]!.getBoundingClientRect();
        return [r.width, r.height];
      });
    const unsaved = await size();

    // The page sees one bare element: no shadowRoot, no attribute of ours, none of our text in its DOM.
    const seen = await page.evaluate(() => attack.spy());
    expect(seen.hosts).toBe(1);
    expect(seen.shadowRoots).toEqual([null]);
    expect(seen.attributes).toEqual([]);
    for (const ours of ['Add to list', 'Fix reading', 'EDRDG', 'でんしゃ']) {
      expect(seen.textContent).not.toContain(ours);
      expect(seen.innerText).not.toContain(ours);
    }
    // window.find() searches closed roots, but button labels and the status are not text there.
    expect(await page.evaluate(() => attack.finds('Add to list'))).toBe('');

    // Clicks everywhere on the popup, the A shortcut and Enter: nothing is saved, nothing proposed.
    expect(await page.evaluate(() => attack.clickHosts())).toBeGreaterThan(20);
    await page.evaluate(() => attack.keys(['a', 'A', 'Enter']));
    await settle(page);
    expect(await savedWords(settings)).toBe(0);
    expect(page.frames().some((f) => f.url().includes('/src/fix-reading/'))).toBe(false);

    // The reader's A saves it; what the popup then says stays the reader's.
    await page.keyboard.press('a');
    await expect.poll(() => popupPartText(page, byClass('status'))).toMatch(/^Added “電車” to Default/);
    expect(await savedWords(settings)).toBe(1);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await hoverWord(page, '#plain', '電車');
    await expect.poll(() => popupPartText(page, byClass('status'))).toBe('Saved in Default.');
    // Its size, which the page can measure, tells it nothing: the same as for a word not saved.
    expect(await size()).toEqual(unsaved);
    const after = await page.evaluate(() => attack.spy());
    for (const ours of ['Saved', 'Default']) {
      expect(after.textContent).not.toContain(ours);
      expect(await page.evaluate((t) => attack.finds(t), ours)).toBe('');
    }
    await Promise.all([page.close(), settings.close()]);
  });

  it("cannot plant a reading correction: fake ruby is page text, the confirm frame is not the page's", async () => {
    const settings = await settingsPage();
    const page = await open();
    // The planted <ruby class="ytk-ruby"><rt data-r="ばか"> is not ours: its base is page text to
    // look up like any other, but its reading is not one we show, so "Fix reading" starts from the
    // dictionary's でんしゃ, never the planted ばか.
    const fake = page.locator('#planted ruby', { has: page.locator('rt[data-r="ばか"]') });
    const box = (await fake.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height * 0.7);
    await expect.poll(() => popupButtonText(page, 'reading-fix')).toBe('Fix reading');
    expect(await popupText(page)).not.toContain('ばか');
    await clickInPopup(page, byAttr('data-action', 'reading-fix'));
    await expect.poll(() => page.frames().some((f) => f.url().includes('/src/fix-reading/'))).toBe(true);
    const fakeForm = page.frames().find((f) => f.url().includes('/src/fix-reading/'))!;
    await fakeForm.locator('input').waitFor();
    expect(await fakeForm.locator('label').textContent()).toContain('電車');
    expect(await fakeForm.locator('input').inputValue()).toBe('でんしゃ');
    await fakeForm.locator('input').press('Escape');
    await expect.poll(() => page.frames().some((f) => f.url().includes('/src/fix-reading/'))).toBe(false);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    // Next to it, our own 市内: the word to fix is 市内, with our reading, not widened into the fake.
    await hoverWord(page, '#planted', '市内');
    await expect.poll(() => popupButtonText(page, 'reading-fix')).toBe('Fix reading');
    expect(await popupText(page)).not.toContain('ばか');

    // The page clicks everywhere and types: no proposal, no frame, no correction.
    await page.evaluate(() => attack.clickHosts());
    await page.evaluate(() => attack.keys(['Enter', 'ば', 'か', 'Enter']));
    await settle(page);
    expect(page.frames().some((f) => f.url().includes('/src/fix-reading/'))).toBe(false);

    // The page tries the web-accessible confirm frame itself: Chrome serves it to pages only under a
    // per-session id (use_dynamic_url), so the page can neither embed it nor probe its fixed URL to
    // detect Yomitoki (both fail as for an extension that is not there). A frame with a made-up nonce
    // would have nothing to confirm anyway (tests/dom/reading-fix.test.ts).
    const fixed = `chrome-extension://${session.browser.extensionId}/src/fix-reading/index.html`;
    const probe = await page.evaluate(
      (u) =>
        new Promise<string>((done) => {
          const s = document.createElement('script');
          s.src = u;
          s.onload = () => done('loaded');
          s.onerror = () => done('error');
          document.head.append(s);
        }),
      fixed,
    );
    expect(probe).toBe('error');
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'embedded';
      f.src = `${src}#00000000-0000-4000-8000-000000000000`;
      document.body.append(f);
    }, fixed);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error:'))).toBe(true);
    expect(page.frames().some((f) => f.url().includes('/src/fix-reading/'))).toBe(false);
    await page.evaluate(() => document.getElementById('embedded')!.remove());

    // The reader's click opens the frame; only then is there a form, with our reading.
    await clickInPopup(page, byAttr('data-action', 'reading-fix'));
    await expect.poll(() => page.frames().some((f) => f.url().includes('/src/fix-reading/'))).toBe(true);
    const form = page.frames().find((f) => f.url().includes('/src/fix-reading/'))!;
    await form.locator('input').waitFor();
    expect(await form.locator('input').inputValue()).toBe('しない');
    // The page cannot script it (another origin) or read its text.
    const frameSeen = await page.evaluate(() => {
      const f = [...document.querySelectorAll('iframe')];
      return { frames: f.length, text: document.documentElement.textContent };
    });
    expect(frameSeen.frames).toBe(0);
    expect(frameSeen.text).not.toContain('Reading of');
    expect(await corrections(settings)).toEqual([]);
    await Promise.all([page.close(), settings.close()]);
  });

  it('the page gets no chrome.runtime to message Yomitoki, and our content script has no storage.local', async () => {
    const page = await open();
    expect(
      await page.evaluate(
        () =>
          typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
      ),
    ).toBe('undefined');
    // Run code in the content script's own world (an isolated world) over CDP.
    const cdp = await session.browser.context.newCDPSession(page);
    const worlds: { id: number; name: string; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated')).toBe(true);
    const world = worlds.find((w) => w.auxData?.type === 'isolated')!;
    const run = async (expression: string) =>
      (
        await cdp.send('Runtime.evaluate', {
          contextId: world.id,
          expression,
          awaitPromise: true,
          returnByValue: true,
        })
      ).result.value as string;
    // It is our content script's world (it has our extension id)…
    expect(await run('chrome.runtime.id')).toBe(session.browser.extensionId);
    // …and storage.local refuses it (TRUSTED_CONTEXTS, set by the background).
    const read = await run(
      'chrome.storage.local.get(null).then(() => "read", (e) => "refused: " + e.message)',
    );
    expect(read).toMatch(/^refused/);
    const write = await run(
      'chrome.storage.local.set({ x: 1 }).then(() => "written", (e) => "refused: " + e.message)',
    );
    expect(write).toMatch(/^refused/);
    await cdp.detach();
    await page.close();
  });
});
