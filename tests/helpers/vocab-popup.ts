/**
 * The vocabulary popup panel mounted in happy-dom over the real background service (storage in
 * memory), and the seeded database its tests start from. Each test file clears the body after each
 * test.
 */
import { addOrUpdateItem, createEmptyDatabase, createList, type VocabDatabase } from '../../src/core/vocab';
import { createVocabService } from '../../src/background/vocab/vocab-service';
import { CURRENT_VOCAB_KEY, MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import type { BackgroundRequest } from '../../src/shared/messages';
import { VocabPanel, type VocabPanelDeps } from '../../src/popup/vocab/vocab-panel';
import type { Send } from '../../src/shared/send';
import { until } from './settle';

/** The real background service over a storage in memory: the popup cannot tell the difference. */
function fakeBackground(db: VocabDatabase) {
  const storage = new MemoryStorage({ [CURRENT_VOCAB_KEY]: db });
  const service = createVocabService(new VocabStore(storage), {
    now: () => new Date('2026-03-04T05:06:07Z'),
  });
  const sent: BackgroundRequest[] = [];
  const send = ((msg: BackgroundRequest) => {
    sent.push(msg);
    if (msg.type === 'anki-settings') return Promise.resolve({ ok: true, settings: null, permission: false });
    return service(msg as Parameters<typeof service>[0]);
  }) as Send;
  return { storage, send, sent };
}

const WORDS: [string, string, string][] = [
  ['経済', 'けいざい', 'economy'],
  ['会談', 'かいだん', 'conference; talks'],
  ['協議', 'きょうぎ', 'consultation'],
  ['半導体', 'はんどうたい', 'semiconductor'],
];

/** The default list and an empty 'News' list; `count` words in the default list, one second apart. */
export function seeded(count = WORDS.length): VocabDatabase {
  let db = createEmptyDatabase({ id: 'default', now: '2026-01-01T00:00:00Z' });
  db = createList(db, 'News', { id: 'news', now: '2026-01-01T00:00:00Z' }).db;
  for (let i = 0; i < count; i++) {
    const [word, reading, meaning] = WORDS[i] ?? [`語${i}`, 'ご', `word ${i}`];
    const sentence = `今日は${word}の話。`;
    db = addOrUpdateItem(
      db,
      { surface: word, reading, meaning, sentence, sentenceOffset: 3, url: 'https://example.com/a' },
      { id: `item-${i}`, now: new Date(Date.UTC(2026, 0, 2, 0, 0, i)).toISOString() },
    ).db;
  }
  return db;
}

const UNDO_MS = 300;

/** The panel alone in the body, started; what its tests read and press, and what it sent and stored. */
export async function mount(db: VocabDatabase, pageSize = 100, extra: Partial<VocabPanelDeps> = {}) {
  const bg = fakeBackground(db);
  const downloads: { fileName: string; content: string }[] = [];
  let settingsOpened = 0;
  const panel = new VocabPanel(document, {
    send: bg.send,
    download: (f) => downloads.push(f),
    openSettings: () => settingsOpened++,
    pageSize,
    searchDelayMs: 0,
    undoMs: UNDO_MS,
    ...extra,
  });
  document.body.replaceChildren(panel.el);
  await panel.start();
  const el = panel.el;
  return {
    ...bg,
    el,
    downloads,
    settingsOpened: () => settingsOpened,
    words: () => [...el.querySelectorAll('li.item .word')].map((w) => w.textContent),
    button: (name: string, root: ParentNode = el) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement,
    ready: () => until(() => el.getAttribute('data-state') === 'ready', 'query'),
  };
}

/** Types `value` into a field the way the panel hears it (an input event). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Presses key `k` on `target` (a bubbling keydown). */
export function key(target: Element, k: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));
}
