/**
 * The vocabulary popup, its words: listed newest first with their sentence, search, sort, paging,
 * delete with undo, inline edit, known words, and a failed write shown to the user.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VocabStore } from '../../src/background/vocab/vocab-store';
import { key, mount, seeded, type } from '../helpers/vocab-popup';
import { until } from '../helpers/settle';

afterEach(() => document.body.replaceChildren());

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
