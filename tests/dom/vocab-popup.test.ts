import { afterEach, describe, expect, it } from 'vitest';
import {
  addOrUpdateItem,
  createEmptyDatabase,
  createList,
  markKnown,
  type VocabDatabase,
} from '../../src/core/vocab';
import { createVocabService } from '../../src/background/vocab/vocab-service';
import { CURRENT_VOCAB_KEY, MemoryStorage } from '../../src/background/vocab/vocab-storage';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import type { BackgroundRequest } from '../../src/shared/messages';
import { VocabPanel, type VocabPanelDeps } from '../../src/popup/vocab/vocab-panel';
import type { Send } from '../../src/shared/send';
import { until } from '../helpers/settle';

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

function seeded(count = WORDS.length): VocabDatabase {
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

let panel: VocabPanel | undefined;
afterEach(() => {
  panel?.el.remove();
  panel = undefined;
});

const UNDO_MS = 300;

async function mount(db: VocabDatabase, pageSize = 100, extra: Partial<VocabPanelDeps> = {}) {
  const bg = fakeBackground(db);
  const downloads: { fileName: string; content: string }[] = [];
  let settingsOpened = 0;
  panel = new VocabPanel(document, {
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

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function key(target: Element, k: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));
}

describe('vocab popup: items', () => {
  it('shows every word, newest first, with the sentence and the saved form marked', async () => {
    const ui = await mount(seeded());
    expect(ui.words()).toEqual(['半導体', '協議', '会談', '経済']);
    const first = ui.el.querySelector('li.item')!;
    expect(first.querySelector('.reading')!.textContent).toBe('はんどうたい');
    expect(first.querySelector('.sentence')!.textContent).toBe('今日は半導体の話。');
    expect(first.querySelector('.sentence mark')!.textContent).toBe('半導体');
    expect(first.querySelector('.source a')!.getAttribute('href')).toBe('https://example.com/a');
    expect(ui.el.querySelector('.summary')!.textContent).toBe('4 words');
  });

  it.each([
    ['economy', ['経済']],
    ['かいだん', ['会談']],
    ['カイダン', ['会談']],
    ['ＳＥＭＩ', ['半導体']],
    ['zzz', []],
  ])('search %s → %j', async (query, expected) => {
    const ui = await mount(seeded());
    type(ui.el.querySelector('input[type=search]')!, query);
    await until(() => ui.el.getAttribute('data-query') === query, 'search');
    expect(ui.words()).toEqual(expected);
    if (expected.length === 0)
      expect(ui.el.querySelector('.summary')!.textContent).toContain('No saved word');
  });

  it('Escape in the search box clears it', async () => {
    const ui = await mount(seeded());
    const search = ui.el.querySelector<HTMLInputElement>('input[type=search]')!;
    type(search, 'economy');
    await until(() => ui.words().length === 1);
    key(search, 'Escape');
    await until(() => ui.words().length === 4, 'cleared search');
    expect(search.value).toBe('');
  });

  it('sorts by word (reading order) and oldest first', async () => {
    const ui = await mount(seeded());
    const sort = ui.el.querySelectorAll('select')[1] as HTMLSelectElement;
    sort.value = 'word';
    sort.dispatchEvent(new Event('change'));
    await until(() => ui.words()[0] === '会談');
    expect(ui.words()).toEqual(['会談', '協議', '経済', '半導体']);
    sort.value = 'oldest';
    sort.dispatchEvent(new Event('change'));
    await until(() => ui.words()[0] === '経済');
  });

  it('pages 250 words 100 at a time with "Show more"', async () => {
    const ui = await mount(seeded(250), 100);
    const more = ui.button('Show more');
    expect(ui.words()).toHaveLength(100);
    expect(more.hidden).toBe(false);
    expect(ui.el.querySelector('.summary')!.textContent).toBe('250 words · showing 100');
    more.click();
    await until(() => ui.words().length === 200);
    more.click();
    await until(() => ui.words().length === 250);
    expect(more.hidden).toBe(true);
    expect(new Set(ui.words()).size).toBe(250);
  });

  it('deletes with undo: the row goes, Undo gets focus, and brings it back', async () => {
    const ui = await mount(seeded());
    const row = ui.el.querySelector('li[data-item-id="item-1"]')!;
    ui.button('Delete', row).click();
    await until(() => !row.isConnected, 'row removed');
    expect(ui.words()).not.toContain('会談');
    const undo = ui.button('Undo');
    expect(document.activeElement).toBe(undo);
    expect(ui.el.querySelector('.undo-bar')!.textContent).toContain('Deleted “会談”');
    undo.click();
    await until(() => ui.words().includes('会談'), 'restored');
    expect(ui.words()).toEqual(['半導体', '協議', '会談', '経済']);
    expect(ui.el.querySelector('.vocab-status')!.textContent).toBe('“会談” is back.');
  });

  it('the undo offer goes away after a while', async () => {
    const ui = await mount(seeded());
    ui.button('Delete', ui.el.querySelector('li.item')!).click();
    await until(() => !!ui.button('Undo'));
    await until(() => ui.button('Undo') === undefined, 'the undo offer to go');
  });

  it('edits the meaning inline: Enter saves, Escape cancels', async () => {
    const ui = await mount(seeded());
    const row = () => ui.el.querySelector('li[data-item-id="item-0"]')!;
    ui.button('Edit', row()).click();
    const meaning = row().querySelector<HTMLInputElement>('.item-editor input')!;
    expect(document.activeElement).toBe(meaning);
    type(meaning, 'the economy');
    key(meaning, 'Enter');
    await until(() => row().querySelector('.meaning')?.textContent === 'the economy', 'saved meaning');
    ui.button('Edit', row()).click();
    const notes = row().querySelector<HTMLTextAreaElement>('.item-editor textarea')!;
    type(notes, 'from the budget article');
    key(notes, 'Enter'); // a new line in a textarea, not a save
    expect(row().querySelector('.item-editor')).not.toBeNull();
    key(notes, 'Enter', { ctrlKey: true });
    await until(() => row().querySelector('.notes')?.textContent === 'from the budget article', 'notes');
    ui.button('Edit', row()).click();
    type(row().querySelector<HTMLInputElement>('.item-editor input')!, 'discarded');
    key(row().querySelector('.item-editor input')!, 'Escape');
    expect(row().querySelector('.meaning')!.textContent).toBe('the economy');
    const stored = await new VocabStore(ui.storage).read();
    expect(stored.items.find((i) => i.id === 'item-0')).toMatchObject({
      meaning: 'the economy',
      notes: 'from the budget article',
    });
  });

  it('marks a word known and the "To learn" filter hides it', async () => {
    const ui = await mount(seeded());
    const box = ui.el.querySelector<HTMLInputElement>('li[data-item-id="item-0"] input[type=checkbox]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await until(() => ui.el.querySelector('li[data-item-id="item-0"]')!.classList.contains('known'));
    const show = ui.el.querySelectorAll('select')[2] as HTMLSelectElement;
    show.value = 'unknown';
    show.dispatchEvent(new Event('change'));
    await until(() => ui.words().length === 3);
    expect(ui.words()).not.toContain('経済');
  });

  it('a failed write is shown to the user, not swallowed', async () => {
    const ui = await mount(seeded());
    ui.storage.failNextWrite = new Error('QUOTA_BYTES quota exceeded');
    ui.button('Delete', ui.el.querySelector('li.item')!).click();
    const status = ui.el.querySelector('.vocab-status')!;
    await until(() => status.textContent !== '', 'status');
    expect(status.classList.contains('error')).toBe(true);
    expect(status.textContent).toMatch(/storage for Yomitoki is full/);
    expect(ui.words()).toHaveLength(4);
  });
});

describe('vocab popup: lists', () => {
  const options = (el: HTMLElement) =>
    [...el.querySelectorAll<HTMLOptionElement>('select[name=list] option')].map((o) => o.textContent);

  it('shows counts per list and filters by list', async () => {
    const ui = await mount(seeded());
    expect(options(ui.el)).toEqual(['All lists (4)', 'Default ★ (4)', 'News (0)']);
    const select = ui.el.querySelector<HTMLSelectElement>('select[name=list]')!;
    select.value = 'news';
    select.dispatchEvent(new Event('change'));
    await until(() => ui.words().length === 0);
  });

  it('creates a list from the keyboard; a duplicate name is refused with the reason', async () => {
    const ui = await mount(seeded());
    ui.button('New list').click();
    const input = ui.el.querySelector<HTMLInputElement>('.list-form input')!;
    expect(document.activeElement).toBe(input);
    input.value = 'news';
    key(input, 'Enter');
    await until(() => !!ui.el.querySelector('.list-form .form-error')?.textContent);
    expect(ui.el.querySelector('.list-form .form-error')!.textContent).toBe(
      'There is already a list called "news".',
    );
    input.value = 'JLPT N2';
    key(input, 'Enter');
    await until(() => options(ui.el).includes('JLPT N2 (0)'));
    expect(ui.el.querySelector('.list-form input')).toBeNull();
  });

  it('renames, makes default, and deletes only after confirmation (Cancel is focused first)', async () => {
    const ui = await mount(seeded());
    const select = ui.el.querySelector<HTMLSelectElement>('select[name=list]')!;
    select.value = 'news';
    select.dispatchEvent(new Event('change'));
    await ui.ready();
    ui.button('Rename').click();
    const input = ui.el.querySelector<HTMLInputElement>('.list-form input')!;
    expect(input.value).toBe('News');
    input.value = 'World news';
    key(input, 'Enter');
    await until(() => options(ui.el).includes('World news (0)'));

    ui.button('Delete list…').click();
    const confirm = ui.el.querySelector('.confirm')!;
    expect(confirm.textContent).toContain('Delete the list “World news” and its 0 words?');
    expect(document.activeElement).toBe(ui.button('Cancel', confirm));
    key(confirm, 'Escape');
    expect(ui.el.querySelector('.confirm')).toBeNull();
    expect(options(ui.el)).toContain('World news (0)');

    ui.button('Make default').click();
    await until(() => options(ui.el).includes('World news ★ (0)'));
    select.value = 'default';
    select.dispatchEvent(new Event('change'));
    await ui.ready();
    ui.button('Delete list…').click();
    ui.button('Delete “Default”').click();
    await until(() => options(ui.el).length === 2);
    expect(options(ui.el)).toEqual(['All lists (0)', 'World news ★ (0)']);
    expect(ui.el.querySelector('.vocab-status')!.textContent).toBe('List deleted with 4 words.');
  });
});

describe('vocab popup: export and import', () => {
  function chooseFile(el: HTMLElement, name: string, text: string): void {
    const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('exports the selected format with the core file name; CSV can start with a BOM', async () => {
    const ui = await mount(seeded());
    ui.el.querySelector<HTMLButtonElement>('[data-export="anki-tsv"]')!.click();
    await until(() => ui.downloads.length === 1);
    expect(ui.downloads[0]!.fileName).toBe('yomitoki-all-2026-03-04.tsv');
    expect(ui.downloads[0]!.content.startsWith('#separator:tab\n')).toBe(true);
    (ui.el.querySelector('.transfer input[type=checkbox]') as HTMLInputElement).checked = true;
    const select = ui.el.querySelector<HTMLSelectElement>('select[name=list]')!;
    select.value = 'default';
    select.dispatchEvent(new Event('change'));
    ui.el.querySelector<HTMLButtonElement>('[data-export="csv"]')!.click();
    await until(() => ui.downloads.length === 2);
    expect(ui.downloads[1]!.fileName).toBe('yomitoki-default-2026-03-04.csv');
    expect(ui.downloads[1]!.content.charCodeAt(0)).toBe(0xfeff);
    expect(ui.el.querySelector('.vocab-status')!.textContent).toBe(
      'Exported yomitoki-default-2026-03-04.csv.',
    );
  });

  it('export switches: a BOM by default, known words left out on request, both remembered', async () => {
    let stored = { csvBom: true, excludeKnown: false };
    const saves: unknown[] = [];
    const exportSettings = {
      read: async () => stored,
      save: async (patch: Partial<typeof stored>) => {
        saves.push(patch);
        stored = { ...stored, ...patch };
      },
    };
    const db = markKnown(seeded(), 'item-0', true);
    const ui = await mount(db, 100, { exportSettings });
    const [bom, excludeKnown] = [
      ...ui.el.querySelectorAll<HTMLInputElement>('.transfer input[type=checkbox]'),
    ] as HTMLInputElement[];
    expect(bom!.checked).toBe(true);
    expect(excludeKnown!.checked).toBe(false);
    ui.el.querySelector<HTMLButtonElement>('[data-export="csv"]')!.click();
    await until(() => ui.downloads.length === 1);
    expect(ui.downloads[0]!.content.charCodeAt(0)).toBe(0xfeff);
    expect(ui.downloads[0]!.content).toContain('経済');
    bom!.checked = false;
    bom!.dispatchEvent(new Event('change'));
    excludeKnown!.checked = true;
    excludeKnown!.dispatchEvent(new Event('change'));
    expect(saves).toEqual([{ csvBom: false }, { excludeKnown: true }]);
    ui.el.querySelector<HTMLButtonElement>('[data-export="csv"]')!.click();
    ui.el.querySelector<HTMLButtonElement>('[data-export="anki-tsv"]')!.click();
    await until(() => ui.downloads.length === 3);
    expect(ui.downloads[1]!.content.startsWith('list,')).toBe(true);
    for (const file of ui.downloads.slice(1)) {
      expect(file.content).not.toContain('経済');
      expect(file.content).toContain('会談');
    }
  });

  it('an import shows its preview and changes nothing until confirmed', async () => {
    const source = await mount(seeded());
    source.el.querySelector<HTMLButtonElement>('[data-export="json"]')!.click();
    await until(() => source.downloads.length === 1);
    const backup = source.downloads[0]!.content;
    source.el.remove();

    let db = seeded(1);
    db = addOrUpdateItem(db, { surface: '外相', reading: 'がいしょう' }, { id: 'mine' }).db;
    const ui = await mount(db);
    chooseFile(ui.el, 'backup.json', backup);
    await until(() => !!ui.el.querySelector('.preview-counts'), 'preview');
    expect(ui.el.querySelector('.preview-counts')!.textContent).toBe(
      'backup.json: 3 new · 0 updated · 1 skipped',
    );
    expect(ui.words()).toEqual(['外相', '経済']);
    ui.button('Import').click();
    await until(() => ui.words().length === 5, 'imported');
    expect(ui.el.querySelector('.vocab-status')!.textContent).toBe(
      'Imported backup.json: 3 new · 0 updated · 1 skipped.',
    );
  });

  it('a broken import lists its problems (line, field, reason) and writes nothing', async () => {
    const ui = await mount(seeded());
    const writesBefore = ui.storage.writes;
    const csv = 'dictionary_form,reading,meaning\n経済,けいざい,economy\n会談,kaidan,talks\n';
    chooseFile(ui.el, 'words.csv', csv);
    await until(() => !!ui.el.querySelector('.import-errors'), 'errors');
    const errors = ui.el.querySelector('.import-errors')!;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toContain('words.csv was not imported; nothing was changed');
    expect(errors.querySelector('li')!.textContent).toMatch(/^line 3, field "reading": expected kana/);
    expect(ui.storage.writes).toBe(writesBefore);
    ui.button('Close', errors).click();
    expect(ui.el.querySelector('.import-errors')).toBeNull();
  });
});

describe('vocab popup: toolbar popup without file picker (Firefox)', () => {
  it('import opens the page in a tab instead of a file input', async () => {
    const bg = fakeBackground(seeded());
    let opened = 0;
    panel = new VocabPanel(document, {
      send: bg.send,
      download: () => undefined,
      openSettings: () => undefined,
      openInTab: () => opened++,
      importInTab: true,
    });
    document.body.replaceChildren(panel.el);
    await panel.start();
    expect(panel.el.querySelector('input[type=file]')).toBeNull();
    const importButton = [...panel.el.querySelectorAll('button')].find((b) =>
      b.textContent!.startsWith('Import a file'),
    )!;
    importButton.click();
    expect(opened).toBe(1);
  });
});

describe('vocab popup: Send to Anki', () => {
  it('opens the settings while Anki is not set up', async () => {
    const ui = await mount(seeded());
    ui.el.querySelector<HTMLButtonElement>('[data-anki="send"]')!.click();
    await until(() => ui.settingsOpened() === 1);
    expect(ui.sent.some((m) => m.type === 'anki-send')).toBe(false);
  });
});
