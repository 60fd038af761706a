/**
 * The vocabulary popup, words in and out: export formats and switches, import preview and errors,
 * import in a tab where the toolbar popup has no file picker (Firefox), and Send to Anki.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addOrUpdateItem, markKnown } from '../../src/core/vocab';
import { mount, seeded } from '../helpers/vocab-popup';
import { until } from '../helpers/settle';

afterEach(() => document.body.replaceChildren());

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
    let opened = 0;
    const ui = await mount(seeded(), 100, { openInTab: () => opened++, importInTab: true });
    expect(ui.el.querySelector('input[type=file]')).toBeNull();
    const importButton = [...ui.el.querySelectorAll('button')].find((b) =>
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
