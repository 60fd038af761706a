import { describe, expect, it, vi } from 'vitest';
import { memoryBrowserStorage } from '../helpers/memory-area';

const { SettingsStore, readSections, SETTINGS_SECTIONS, sectionKey } =
  await import('../../src/shared/settings-store');
const { mountDisabledSites } = await import('../../src/options/disabled-sites');
const { mountAboutData } = await import('../../src/options/about-data');
const { mountSettingsSection, mountShortcuts } = await import('../../src/options/settings-sections');
const { LOOK_FIELDS, ACCESS_FIELDS } = await import('../../src/ui/settings-fields');

function storeWith(sync: Record<string, unknown> = {}) {
  const storage = memoryBrowserStorage({ sync });
  const area = storage.sync;
  const store = new SettingsStore(storage);
  const subscribe = (fn: (s: ReturnType<typeof readSections>) => void) =>
    area.onChange((changes) => {
      if (Object.keys(changes).some((k) => SETTINGS_SECTIONS.map(sectionKey).includes(k))) {
        void store.read().then(fn);
      }
    });
  return { area, store, subscribe };
}

const change = (el: HTMLInputElement | HTMLSelectElement, value?: string) => {
  if (value !== undefined) el.value = value;
  el.dispatchEvent(new Event('change'));
};

describe('settings page: where furigana is on', () => {
  it('lists switched-off sites and turns one back on through the background', async () => {
    const { area, store, subscribe } = storeWith({
      'settings.sites': { enabled: true, disabled: ['a.example', 'b.example'] },
    });
    const section = document.createElement('section');
    const sent: unknown[] = [];
    const send = (async (msg: { type: string; site?: string }) => {
      sent.push(msg);
      await area.set({ 'settings.sites': { enabled: true, disabled: ['b.example'] } });
      return { ok: true, enabled: true, siteDisabled: false, everywhere: true, site: msg.site ?? '' };
    }) as never;
    await mountDisabledSites(section, { send, store, subscribe });
    expect([...section.querySelectorAll('li')].map((li) => li.firstChild?.textContent?.trim())).toEqual([
      'a.example',
      'b.example',
    ]);
    section.querySelector<HTMLButtonElement>('li button')!.click();
    await vi.waitFor(() => expect(section.querySelectorAll('li')).toHaveLength(1));
    expect(sent).toEqual([{ type: 'set-site-disabled', site: 'a.example', disabled: false }]);
  });

  it('says when no site is switched off, and ignores stored sites of the wrong shape', async () => {
    const { store } = storeWith({ 'settings.sites': { disabled: 'not a list' } });
    const section = document.createElement('section');
    await mountDisabledSites(section, { send: (async () => ({ ok: true })) as never, store });
    expect(section.querySelector('li')?.textContent).toMatch(/^No site is switched off\./);
  });

  it('the switch for every site goes through the background (which updates the open tabs)', async () => {
    const { area, store } = storeWith();
    const sent: unknown[] = [];
    const send = (async (msg: { type: string; enabled: boolean }) => {
      sent.push(msg);
      await area.set({ 'settings.sites': { enabled: msg.enabled, disabled: [] } });
      return { ok: true, everywhere: msg.enabled };
    }) as never;
    const section = document.createElement('section');
    await mountDisabledSites(section, { send, store });
    const box = section.querySelector<HTMLInputElement>('[data-setting="sites.enabled"] input')!;
    expect(box.checked).toBe(true);
    box.checked = false;
    change(box);
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'set-everywhere-enabled', enabled: false }]));
    expect((await store.read()).sites.enabled).toBe(false);
    expect(box.checked).toBe(false);
  });
});

describe('settings page: look and accessibility sections', () => {
  it('shows the defaults, writes a change to storage.sync at once, and resets the section', async () => {
    const { area, store, subscribe } = storeWith();
    const section = document.createElement('section');
    await mountSettingsSection(
      section,
      { title: 'lookTitle', section: 'look', fields: LOOK_FIELDS },
      { store, subscribe },
    );
    const size = section.querySelector<HTMLInputElement>('[data-setting="look.rubySize"] input')!;
    const trigger = section.querySelector<HTMLSelectElement>('[data-setting="look.popupTrigger"] select')!;
    expect(size.value).toBe('50');
    expect(trigger.value).toBe('hover');
    change(trigger, 'click');
    change(size, '70');
    await vi.waitFor(() =>
      expect(area.data.get('settings.look')).toMatchObject({ popupTrigger: 'click', rubySize: 70 }),
    );
    // Person names no longer underlined: one box of the kinds.
    const person = section.querySelector<HTMLInputElement>(
      '[data-setting="look.markedKinds"] input[value="person"]',
    )!;
    expect(person.checked).toBe(true);
    person.checked = false;
    change(person);
    await vi.waitFor(async () => expect((await store.read()).look.markedKinds).not.toContain('person'));
    section.querySelector<HTMLButtonElement>('button.reset')!.click();
    await vi.waitFor(() => expect(size.value).toBe('50'));
    expect(trigger.value).toBe('hover');
    expect(person.checked).toBe(true);
  });

  it('refuses an out-of-range value with a message and shows the stored value again', async () => {
    const { area, store } = storeWith();
    const section = document.createElement('section');
    await mountSettingsSection(
      section,
      { title: 'lookTitle', section: 'look', fields: LOOK_FIELDS },
      { store },
    );
    const row = section.querySelector<HTMLElement>('[data-setting="look.hoverDelayMs"]')!;
    const delay = row.querySelector('input')!;
    change(delay, '99999');
    await vi.waitFor(() => expect(delay.value).toBe('180'));
    expect(row.querySelector('.setting-error')!.textContent).toMatch(/hoverDelayMs/);
    expect(area.data.get('settings.look')).toBeUndefined();
  });

  it('follows changes made elsewhere (another page, another device)', async () => {
    const { area, store, subscribe } = storeWith();
    const section = document.createElement('section');
    await mountSettingsSection(
      section,
      { title: 'accessTitle', section: 'access', fields: ACCESS_FIELDS },
      { store, subscribe },
    );
    const speak = section.querySelector<HTMLInputElement>('[data-setting="access.speakReadings"] input')!;
    expect(speak.checked).toBe(false);
    await area.set({ 'settings.access': { speakReadings: true, keyboardTerms: false } });
    await vi.waitFor(() => expect(speak.checked).toBe(true));
  });

  it('every control has a label', async () => {
    const { store } = storeWith();
    const section = document.createElement('section');
    await mountSettingsSection(
      section,
      { title: 'lookTitle', section: 'look', fields: LOOK_FIELDS },
      { store },
    );
    for (const control of section.querySelectorAll('input, select')) {
      expect(section.querySelector(`label[for="${control.id}"]`), control.outerHTML).not.toBeNull();
    }
  });

  it('lists the shortcuts with their keys and opens the browser shortcut page', async () => {
    const section = document.createElement('section');
    let opened = 0;
    await mountShortcuts(section, {
      commands: async () => [
        { name: 'toggle-furigana', shortcut: 'Alt+Shift+F', description: 'Turn furigana on or off' },
      ],
      openShortcutPage: async () => void opened++,
    });
    expect(section.querySelector('kbd')!.textContent).toBe('Alt+Shift+F');
    section.querySelector('button')!.click();
    expect(opened).toBe(1);
  });
});

describe('settings page: dictionary data', () => {
  it('credits the EDRDG dictionaries and links the licences shipped with the extension', () => {
    const section = document.createElement('section');
    mountAboutData(section, (f) => `ext://licences/${f}`);
    expect(section.textContent).toContain('Electronic Dictionary Research and Development Group');
    expect(section.textContent).toContain('Creative Commons Attribution-ShareAlike 3.0');
    expect([...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      'ext://licences/ATTRIBUTION.md',
    );
  });
});
