import { describe, expect, it, vi } from 'vitest';
import { memoryBrowserStorage } from '../helpers/memory-area';
import {
  SettingsStore,
  defaultSettings,
  followSettings,
  readSections,
  validatePatch,
  SETTINGS_SCHEMA,
  SETTINGS_SECTIONS,
  type SettingsSection,
} from '../../src/shared/settings-store';
import { migrateSettings, SETTINGS_VERSION, VERSION_KEY } from '../../src/shared/settings-migrations';

const newStore = (sync: Record<string, unknown> = {}, local: Record<string, unknown> = {}) => {
  const storage = memoryBrowserStorage({ sync, local });
  return { ...storage, store: new SettingsStore(storage) };
};

describe('settings schema', () => {
  it('every setting has a default its own schema accepts', () => {
    const d = defaultSettings();
    for (const section of SETTINGS_SECTIONS) {
      for (const name of Object.keys(SETTINGS_SCHEMA[section])) {
        expect(() =>
          validatePatch(section, { [name]: (d[section] as Record<string, unknown>)[name] }),
        ).not.toThrow();
      }
    }
    expect(d.look).toMatchObject({ rubySize: 50, rubyColour: '', popupTrigger: 'hover', hoverDelayMs: 180 });
    expect(d.access).toEqual({ speakReadings: false, keyboardTerms: false });
    expect(d.export).toEqual({ csvBom: true, excludeKnown: false });
    expect(d.sites).toEqual({ enabled: true, disabled: [] });
  });

  it.each([
    ['a number out of range', { rubySize: 500 }],
    ['a colour that is not #rrggbb', { rubyColour: 'red; background: url(x)' }],
    ['an unknown trigger', { popupTrigger: 'double-click' }],
    ['an unknown term kind', { markedKinds: ['person', 'spy'] }],
    ['a fractional delay', { hoverDelayMs: 12.5 }],
  ])('reads leniently: %s falls back to that setting’s default, the rest is kept', (_n, bad) => {
    const s = readSections({ 'settings.look': { ...bad, hoverDelayMs: 300, rubySize: 70, ...bad } });
    const [name] = Object.keys(bad);
    expect((s.look as Record<string, unknown>)[name!]).toEqual(
      (defaultSettings().look as Record<string, unknown>)[name!],
    );
    if (name !== 'hoverDelayMs') expect(s.look.hoverDelayMs).toBe(300);
  });

  it('a section that is not an object reads as its defaults', () => {
    expect(readSections({ 'settings.look': 'nonsense', 'settings.access': [1, 2] })).toEqual(
      defaultSettings(),
    );
  });

  it.each([
    ['look', { rubySize: 500 }, /look\.rubySize/],
    ['look', { size: 50 }, /Unknown setting “look\.size”/],
    ['access', { speakReadings: 'yes' }, /access\.speakReadings/],
  ] as const)('writes strictly: %s %o is refused and nothing is written', async (section, patch, message) => {
    const { sync, store } = newStore();
    await expect(store.update(section, patch as never)).rejects.toThrow(message);
    expect(sync.data.size).toBe(0);
  });

  it('a change writes only its section (one sync item each, far below the 8 KB item quota)', async () => {
    const { sync, store } = newStore();
    const next = await store.update('look', { rubySize: 65, markedKinds: ['acronym'] });
    expect(next.look.rubySize).toBe(65);
    expect([...sync.data.keys()]).toEqual(['settings.look']);
    expect(sync.data.get('settings.look')).toMatchObject({
      rubySize: 65,
      markedKinds: ['acronym'],
      hoverDelayMs: 180,
    });
    // A full section with a long site list still fits one item.
    const sites = Array.from({ length: 150 }, (_, i) => `news-site-${i}.example.co.jp`);
    for (const site of sites) await store.setSiteDisabled(site, true);
    expect(JSON.stringify(sync.data.get('settings.sites')).length).toBeLessThan(8192);
  });

  it('concurrent writes to one section keep every change (one at a time)', async () => {
    const { store } = newStore();
    await Promise.all([
      store.setSiteDisabled('a.example', true),
      store.setSiteDisabled('b.example', true),
      store.update('sites', { enabled: false }),
    ]);
    expect((await store.read()).sites).toEqual({ enabled: false, disabled: ['a.example', 'b.example'] });
  });

  it('reset puts one section back to its defaults', async () => {
    const { store } = newStore();
    await store.update('look', { rubySize: 80 });
    await store.update('access', { keyboardTerms: true });
    const s = await store.reset('look');
    expect(s.look).toEqual(defaultSettings().look);
    expect(s.access.keyboardTerms).toBe(true);
  });
});

describe('settings changes reach every context', () => {
  it.each([
    ['a section in sync', 'sync', { 'settings.look': { rubySize: 70 } }, ['look']],
    ['two sections at once', 'sync', { 'settings.look': {}, 'settings.access': {} }, ['look', 'access']],
    ['the version key only', 'sync', { [VERSION_KEY]: SETTINGS_VERSION }, []],
    ['a settings key in local', 'local', { 'settings.look': { rubySize: 70 } }, []],
    ['another key in sync', 'sync', { 'anki.settings': {} }, []],
  ] as const)('%s: listeners hear %j', async (_n, area, items, expected) => {
    const storage = newStore();
    const heard: SettingsSection[][] = [];
    storage.store.onChange((_s, changed) => heard.push(changed));
    await storage[area].set(items);
    // A marker write that every listener hears after the one under test.
    await storage.sync.set({ 'settings.export': { csvBom: false } });
    await vi.waitFor(() => expect(heard.at(-1)).toEqual(['export']));
    expect(heard.slice(0, -1)).toEqual(expected.length ? [expected] : []);
  });

  it('a listener gets the settings as stored, and nothing once unsubscribed', async () => {
    const { sync, store } = newStore();
    const sizes: number[] = [];
    const stop = store.onChange((s) => sizes.push(s.look.rubySize));
    await store.update('look', { rubySize: 65 });
    await vi.waitFor(() => expect(sizes).toEqual([65]));
    const current = followSettings(store);
    await vi.waitFor(() => expect(current().look.rubySize).toBe(65));
    stop();
    // Another context writes: the followed settings change, the stopped listener hears nothing.
    await sync.set({ 'settings.look': { rubySize: 80 } });
    await vi.waitFor(() => expect(current().look.rubySize).toBe(80));
    expect(sizes).toEqual([65]);
  });
});

describe('settings migrations', () => {
  it('version 1 (storage.local `settings`) → sync sections; the old copy goes once the new one is written', async () => {
    const { sync, local, store } = newStore(
      {},
      { settings: { disabledSites: ['b.example', 'a.example'] }, other: 1 },
    );
    await store.migrate();
    expect(sync.data.get(VERSION_KEY)).toBe(SETTINGS_VERSION);
    expect(sync.data.get('settings.sites')).toEqual({ disabled: ['a.example', 'b.example'] });
    expect(local.data.has('settings')).toBe(false);
    expect(local.data.get('other')).toBe(1);
    expect((await store.read()).sites).toEqual({ enabled: true, disabled: ['a.example', 'b.example'] });
  });

  it('merges with sites another device already synced, and runs once', async () => {
    const { sync, store } = newStore(
      { 'settings.sites': { disabled: ['c.example'] } },
      { settings: { disabledSites: ['a.example', 42] } },
    );
    await store.migrate();
    await store.migrate();
    expect(sync.data.get('settings.sites')).toEqual({ disabled: ['a.example', 'c.example'] });
  });

  it('a fresh profile gets the version key and defaults', async () => {
    const { sync, store } = newStore();
    await store.migrate();
    expect(sync.data.get(VERSION_KEY)).toBe(SETTINGS_VERSION);
    expect(await store.read()).toEqual(defaultSettings());
  });

  it('data written by a newer version is left alone', async () => {
    const stored = { [VERSION_KEY]: SETTINGS_VERSION + 1, 'settings.look': { rubySize: 60, future: true } };
    const { sync, store } = newStore(stored);
    await store.migrate();
    expect(Object.fromEntries(sync.data)).toEqual(stored);
    expect((await store.read()).look.rubySize).toBe(60);
  });

  it.each([
    ['no legacy data', {}, { 'settings.sites': { disabled: [] } }],
    ['legacy of the wrong shape', { settings: 'x' }, { 'settings.sites': { disabled: [] } }],
    [
      'legacy list',
      { settings: { disabledSites: ['x.example'] } },
      { 'settings.sites': { disabled: ['x.example'] } },
    ],
  ])('step 1 → 2: %s', (_n, stored, expected) => {
    expect(migrateSettings(1, stored)).toEqual(expected);
  });
});
