/**
 * Toolbar popup with 5,000 saved words, in Chromium with the built extension (dist/chrome):
 *  - seed: a generated JSON backup imported through the background (the same request the popup uses)
 *  - open: navigation start of src/popup/index.html → lists and the first page of words shown
 *  - filter: a search submitted (Enter, so the 150 ms typing pause is not counted) → results shown
 *  - show more: "Show more" pressed → the next 100 words shown
 *  - add: one vocab-add into the 5,000-word database (load + write of the whole store)
 * Each is the median of 5 runs. Run: npm run build && npm run bench:vocab
 */
import type { Page } from 'playwright-core';
import { addOrUpdateItem, createEmptyDatabase, createList, exportJsonBackup } from '../../src/core/vocab';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/helpers/chromium';
import { median } from './stats';

const ITEMS = 5000;
const RUNS = 5;
const KANJI = '経済会談協議政府首相外相国際安全保障技術半導体攻撃関係訪問戦略対話責任同盟';
const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねの';

/** 5,000 distinct words over two lists, with sentences and pages like real captures. */
function seedBackup(): string {
  let db = createEmptyDatabase({ id: 'default' });
  db = createList(db, 'News', { id: 'news' }).db;
  const items = [];
  for (let i = 0; i < ITEMS; i++) {
    const word = `${KANJI[i % KANJI.length]}${KANJI[(i * 7) % KANJI.length]}${i}`;
    const reading = `${KANA[i % KANA.length]}${KANA[(i * 3) % KANA.length]}`;
    items.push({
      surface: word,
      reading,
      meaning: `meaning number ${i}; something about ${i % 2 ? 'policy' : 'security'}`,
      sentence: `英国の外相が明日北京を訪れ、${word}について中国の外務大臣と会談する際には、議題となるだろう。`,
      sentenceOffset: 14,
      pageTitle: `記事 ${i}`,
      url: `https://news.example/article/${i}`,
      listId: i % 3 === 0 ? 'news' : 'default',
    });
  }
  const start = Date.parse('2026-01-01T00:00:00Z');
  items.forEach((item, i) => {
    db = addOrUpdateItem(db, item, { id: `item-${i}`, now: new Date(start + i * 60_000).toISOString() }).db;
  });
  return exportJsonBackup(db);
}

function popupUrl(b: ExtensionBrowser): string {
  return `chrome-extension://${b.extensionId}/src/popup/index.html`;
}

async function sendFrom(page: Page, msg: unknown): Promise<{ ok: boolean; [k: string]: unknown }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<{ ok: boolean }>;
}

async function timeOpen(b: ExtensionBrowser): Promise<number> {
  const page = await b.context.newPage();
  const t0 = performance.now();
  await page.goto(popupUrl(b));
  await page.waitForSelector('.vocab[data-ready][data-state="ready"] li.item');
  const ms = performance.now() - t0;
  await page.close();
  return ms;
}

async function timeFilter(page: Page, query: string): Promise<{ ms: number; shown: string }> {
  const search = page.locator('input[type="search"]');
  await search.fill(query);
  const t0 = performance.now();
  await search.press('Enter');
  await page.waitForFunction(
    (q) => {
      const el = document.querySelector('.vocab');
      return el?.getAttribute('data-state') === 'ready' && el.getAttribute('data-query') === q;
    },
    query,
    { polling: 'raf' },
  );
  const ms = performance.now() - t0;
  return { ms, shown: (await page.locator('.summary').textContent()) ?? '' };
}

async function main(): Promise<void> {
  const b = await launchWithExtension();
  try {
    const page = await b.context.newPage();
    await page.goto(popupUrl(b));
    await page.waitForSelector('.vocab[data-ready]');
    const backup = seedBackup();
    let t0 = performance.now();
    const seeded = await sendFrom(page, { type: 'vocab-import', text: backup, apply: true });
    const seedMs = performance.now() - t0;
    if (!seeded.ok || seeded.valid !== true) throw new Error(`seeding failed: ${JSON.stringify(seeded)}`);
    console.log(`seeded ${ITEMS} words through the background in ${seedMs.toFixed(0)} ms`);
    await page.close();

    const open: number[] = [];
    for (let i = 0; i < RUNS; i++) open.push(await timeOpen(b));

    // Many matches, a kanji pair (~1 in 36 words), a kana reading (1 in 25), one word, none.
    const queries = ['security', `${KANJI[0]}${KANJI[0]}`, 'ああ', 'number 4999', 'no-such-word'];
    const filter: Record<string, number[]> = {};
    const shown: Record<string, string> = {};
    const more: number[] = [];
    const add: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const p = await b.context.newPage();
      await p.goto(popupUrl(b));
      await p.waitForSelector('.vocab[data-ready][data-state="ready"] li.item');
      for (const q of queries) {
        const r = await timeFilter(p, q);
        (filter[q] ??= []).push(r.ms);
        shown[q] = r.shown;
      }
      await timeFilter(p, '');
      t0 = performance.now();
      await p.click('button.more');
      await p.waitForFunction(() => document.querySelectorAll('li.item').length >= 200, null, {
        polling: 'raf',
      });
      more.push(performance.now() - t0);
      t0 = performance.now();
      const added = await sendFrom(p, {
        type: 'vocab-add',
        item: { surface: `新語${i}`, reading: 'しんご', sentence: `新語${i}の文。`, sentenceOffset: 0 },
      });
      add.push(performance.now() - t0);
      if (!added.ok) throw new Error(`add failed: ${JSON.stringify(added)}`);
      await p.close();
    }
    const fmt = (xs: number[]) =>
      `${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(`open popup with ${ITEMS} words, first 100 shown: median ${fmt(open)}`);
    for (const q of queries) console.log(`filter "${q}" → ${shown[q]}: median ${fmt(filter[q]!)}`);
    console.log(`show more (next 100): median ${fmt(more)}`);
    console.log(`add one word to the ${ITEMS}-word store (validated, written): median ${fmt(add)}`);
  } finally {
    await b.close();
  }
}

await main();
