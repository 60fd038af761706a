import * as v from 'valibot';
import { FURIGANA_MODES } from '../core/furigana/ruby-visibility';
import { TERM_KINDS } from '../core/types';
import { DEFAULT_FURIGANA_PREFS, LearnerLevelSchema, READING_SCRIPTS } from './furigana-prefs';
import { SerialQueue } from './serial-queue';
import { migrateSettings, SETTINGS_VERSION, VERSION_KEY, LEGACY_LOCAL_KEY } from './settings-migrations';

/**
 * The reader's settings: one schema, in sections, kept in storage.sync (one key per section, so
 * each stays far below sync's 8 KB per-item quota and two pages changing different sections never
 * overwrite each other). Adding a setting is one line in its section: `name: setting(schema, default)`.
 *
 * Reads are lenient: a stored value that does not fit its schema (older build, hand-edited sync data)
 * falls back to that one setting's default, the rest is kept. Writes are strict: a bad value is
 * refused with a message naming the setting, and nothing is written.
 */
interface Setting<S extends v.GenericSchema = v.GenericSchema> {
  schema: S;
  default: v.InferOutput<S>;
}
const setting = <S extends v.GenericSchema>(schema: S, fallback: v.InferOutput<S>): Setting<S> => ({
  schema,
  default: fallback,
});
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const POPUP_TRIGGERS = ['hover', 'hover-modifier', 'click'] as const;
const MODIFIER_KEYS = ['Shift', 'Alt', 'Control'] as const;

export const SETTINGS_SCHEMA = {
  /** Where furigana is on: everywhere (unless switched off), and the sites switched off. */
  sites: {
    enabled: setting(v.boolean(), true),
    disabled: setting(v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(2000)), []),
  },
  /** How readings, glossary marks and the popup look and open. */
  look: {
    /** Reading size, percent of the text's size. */
    rubySize: setting(int(30, 100), 50),
    /** Reading colour (#rrggbb); '' follows the page's text colour. */
    rubyColour: setting(v.union([v.literal(''), v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i))]), ''),
    /** Kinds of glossary terms shown underlined; the others are looked up on hover all the same. */
    markedKinds: setting(v.array(v.picklist(TERM_KINDS)), [...TERM_KINDS]),
    popupTrigger: setting(v.picklist(POPUP_TRIGGERS), 'hover'),
    popupModifier: setting(v.picklist(MODIFIER_KEYS), 'Shift'),
    hoverDelayMs: setting(int(0, 2000), 180),
  },
  /** Screen readers and keyboards. */
  access: {
    /** Let screen readers read the readings (hidden from them by default: 米 べい 連邦 れんぽう…). */
    speakReadings: setting(v.boolean(), false),
    /** Glossary terms are Tab stops (off: Tab goes through the page's own links and fields only). */
    keyboardTerms: setting(v.boolean(), false),
  },
  /** Which readings show (mode, level), in which script, and how small a reading may get. */
  furigana: {
    mode: setting(v.picklist(FURIGANA_MODES), DEFAULT_FURIGANA_PREFS.mode),
    level: setting(LearnerLevelSchema, DEFAULT_FURIGANA_PREFS.level),
    script: setting(v.picklist(READING_SCRIPTS), DEFAULT_FURIGANA_PREFS.script),
    /** Smallest reading in CSS pixels and in em of the text: the larger of the two applies. */
    minRubyPx: setting(v.pipe(v.number(), v.minValue(6), v.maxValue(32)), DEFAULT_FURIGANA_PREFS.minRubyPx),
    minRubyEm: setting(v.pipe(v.number(), v.minValue(0.3), v.maxValue(1)), DEFAULT_FURIGANA_PREFS.minRubyEm),
  },
  /** The tokenizer host: closed (its memory freed) after this many minutes without a request; 0 = never. */
  host: {
    idleMinutes: setting(int(0, 24 * 60), 10),
  },
  /** Defaults of the vocabulary export. */
  export: {
    csvBom: setting(v.boolean(), true),
    excludeKnown: setting(v.boolean(), false),
  },
} satisfies Record<string, Record<string, Setting>>;

type Schema = typeof SETTINGS_SCHEMA;
export type SettingsSection = keyof Schema;
export type Settings = {
  [S in SettingsSection]: {
    [K in keyof Schema[S]]: Schema[S][K] extends Setting<infer T> ? v.InferOutput<T> : never;
  };
};
export const SETTINGS_SECTIONS = Object.keys(SETTINGS_SCHEMA) as SettingsSection[];

export const sectionKey = (section: SettingsSection) => `settings.${section}`;

export function defaultSettings(): Settings {
  return readSections({});
}

/** Lenient read of stored sections: every setting that is missing or invalid gets its default. */
export function readSections(stored: Record<string, unknown>): Settings {
  const out: Record<string, Record<string, unknown>> = {};
  for (const section of SETTINGS_SECTIONS) {
    const raw = stored[sectionKey(section)];
    const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    const values: Record<string, unknown> = {};
    for (const [name, s] of Object.entries(SETTINGS_SCHEMA[section]) as [string, Setting][]) {
      const r = v.safeParse(s.schema, obj[name]);
      values[name] = r.success ? r.output : structuredClone(s.default);
    }
    out[section] = values;
  }
  return out as Settings;
}

class SettingsError extends Error {}

/** Strict check of a change to one section: unknown names and bad values are refused. */
export function validatePatch<S extends SettingsSection>(section: S, patch: unknown): Partial<Settings[S]> {
  const entries = SETTINGS_SCHEMA[section] as Record<string, Setting>;
  if (!patch || typeof patch !== 'object') throw new SettingsError(`Settings “${section}”: not an object.`);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(patch)) {
    const s = entries[name];
    if (!s) throw new SettingsError(`Unknown setting “${section}.${name}”.`);
    const r = v.safeParse(s.schema, value);
    if (!r.success) throw new SettingsError(`Setting “${section}.${name}”: ${r.issues[0].message}`);
    out[name] = r.output;
  }
  return out as Partial<Settings[S]>;
}

/** The storage calls the store needs (browser.storage.sync/local, or a Map in tests). */
export interface StorageArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** browser.storage.onChanged: which keys changed, in which area ('sync', 'local', …). */
interface StorageChangeEvent {
  addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/** The part of browser.storage the store uses: each entry passes `browser.storage` itself. */
export interface SettingsStorage {
  /** Where settings live. */
  sync: StorageArea;
  /** Where the first version kept them (read once by the migration). */
  local: StorageArea;
  /** Changes from any context (another tab, the settings page, another device). */
  onChanged: StorageChangeEvent;
}

export type SettingsListener = (settings: Settings, changed: SettingsSection[]) => void;

export class SettingsStore {
  /** Read-modify-write one at a time: the popup, the settings page and the background all write. */
  private readonly writes = new SerialQueue();
  private migrated: Promise<void> | undefined;

  constructor(private readonly storage: SettingsStorage) {}

  /** Bring stored settings to the current version (idempotent). Only the background calls it. */
  migrate(): Promise<void> {
    this.migrated ??= this.writes.run(async () => {
      const version = (await this.storage.sync.get([VERSION_KEY]))[VERSION_KEY];
      // Current, or written by a newer build (which knows its own data better): leave it.
      if (typeof version === 'number' && version >= SETTINGS_VERSION) return;
      const keys = SETTINGS_SECTIONS.map(sectionKey);
      const [sync, local] = await Promise.all([
        this.storage.sync.get(keys),
        this.storage.local.get([LEGACY_LOCAL_KEY]),
      ]);
      const next = migrateSettings(typeof version === 'number' ? version : 1, { ...sync, ...local });
      await this.storage.sync.set({ ...next, [VERSION_KEY]: SETTINGS_VERSION });
      // The old copy goes only once the new one is written.
      if (LEGACY_LOCAL_KEY in local) await this.storage.local.remove([LEGACY_LOCAL_KEY]);
    });
    return this.migrated;
  }

  /** In the context that migrates (the background), reads wait for the migration; others just read. */
  async read(): Promise<Settings> {
    await this.migrated?.catch(() => undefined);
    return readSections(await this.storage.sync.get(SETTINGS_SECTIONS.map(sectionKey)));
  }

  /** Change some settings of one section; resolves with all settings as stored. */
  update<S extends SettingsSection>(section: S, patch: Partial<Settings[S]>): Promise<Settings> {
    let valid: Partial<Settings[S]>;
    try {
      valid = validatePatch(section, patch);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new SettingsError(String(e)));
    }
    return this.writes.run(async () => {
      const current = readSections(await this.storage.sync.get(SETTINGS_SECTIONS.map(sectionKey)));
      const next = { ...current, [section]: { ...current[section], ...valid } } as Settings;
      await this.storage.sync.set({ [sectionKey(section)]: next[section] });
      return next;
    });
  }

  /** Put one section back to its defaults. */
  reset(section: SettingsSection): Promise<Settings> {
    return this.update(section, defaultSettings()[section]);
  }

  setSiteDisabled(site: string, disabled: boolean): Promise<Settings> {
    return this.writes.run(async () => {
      const current = readSections(await this.storage.sync.get([sectionKey('sites')]));
      const sites = new Set(current.sites.disabled);
      if (disabled) sites.add(site);
      else sites.delete(site);
      const next = { ...current.sites, disabled: [...sites].sort() };
      await this.storage.sync.set({ [sectionKey('sites')]: next });
      return { ...current, sites: next };
    });
  }

  /** Calls `listener` with the new settings whenever any section changes (in any context, any tab). */
  onChange(listener: SettingsListener): () => void {
    const keys = new Map(SETTINGS_SECTIONS.map((s) => [sectionKey(s), s]));
    const handler = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'sync') return;
      const changed = Object.keys(changes).flatMap((k) => keys.get(k) ?? []);
      if (changed.length) void this.read().then((s) => listener(s, changed));
    };
    this.storage.onChanged.addListener(handler);
    return () => this.storage.onChanged.removeListener(handler);
  }
}

/**
 * The settings as they are now, kept current from storage (for code that reads a setting on every
 * request and must not wait for storage each time). Defaults until the first read completes.
 */
export function followSettings(store: SettingsStore): () => Settings {
  let current = defaultSettings();
  void store.read().then((s) => (current = s));
  store.onChange((s) => (current = s));
  return () => current;
}

/** The "site" a per-site switch applies to: the URL's host name. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
