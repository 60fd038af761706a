/** The vocabulary popup, its lists: counts and filter, create, rename, make default, delete. */
import { afterEach, describe, expect, it } from 'vitest';
import { key, mount, seeded } from '../helpers/vocab-popup';
import { until } from '../helpers/settle';

afterEach(() => document.body.replaceChildren());

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
