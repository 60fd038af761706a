import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { DEFAULT_FURIGANA_PREFS, furiganaPrefsFrom, type FuriganaPrefs } from './furigana-prefs';
import { SerialQueue } from './serial-queue';

/** User settings kept in storage.local (validated on read: storage can hold anything). */
/** Close the tokenizer host (and free its memory) after this long without a request; 0 = never. */
export const DEFAULT_HOST_IDLE_MINUTES = 10;

const Settings = v.object({
  disabledSites: v.fallback(v.optional(v.array(v.string()), []), []),
  hostIdleMinutes: v.fallback(
    v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
      DEFAULT_HOST_IDLE_MINUTES,
    ),
    DEFAULT_HOST_IDLE_MINUTES,
  ),
  /** Furigana mode, level, reading script, smallest reading (furigana-prefs.ts). */
  furigana: v.optional(v.pipe(v.unknown(), v.transform(furiganaPrefsFrom)), DEFAULT_FURIGANA_PREFS),
});
export type Settings = v.InferOutput<typeof Settings>;

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const r = v.safeParse(Settings, raw ?? {});
  return r.success
    ? r.output
    : { disabledSites: [], hostIdleMinutes: DEFAULT_HOST_IDLE_MINUTES, furigana: furiganaPrefsFrom({}) };
}

/**
 * The settings as they are now, kept current from storage (for code that reads a setting on every
 * request and must not wait for storage each time). Defaults until the first read completes.
 */
export function followSettings(): () => Settings {
  let current = v.parse(Settings, {});
  void readSettings().then((s) => (current = s));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const r = v.safeParse(Settings, changes[KEY]?.newValue ?? {});
    if (r.success) current = r.output;
  });
  return () => current;
}

/** Change some furigana preferences; open tabs follow through the background (storage.onChanged). */
export function setFuriganaPrefs(patch: Partial<FuriganaPrefs>): Promise<Settings> {
  return writes.run(async () => {
    const s = await readSettings();
    const next = { ...s, furigana: furiganaPrefsFrom({ ...s.furigana, ...patch }) };
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
}

/** The storage key of the settings, for listeners of storage.onChanged. */
export const SETTINGS_KEY = KEY;

/** Read-modify-write of the settings one at a time: the popup and the settings page may both write. */
const writes = new SerialQueue();

export function setSiteDisabled(site: string, disabled: boolean): Promise<Settings> {
  return writes.run(async () => {
    const s = await readSettings();
    const sites = new Set(s.disabledSites);
    if (disabled) sites.add(site);
    else sites.delete(site);
    const next = { ...s, disabledSites: [...sites].sort() };
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
}

/** The "site" a per-site switch applies to: the URL's host name. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
