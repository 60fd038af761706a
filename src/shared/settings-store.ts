import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { SerialQueue } from './serial-queue';

/** User settings kept in storage.local (validated on read: storage can hold anything). */
const Settings = v.object({
  disabledSites: v.optional(v.array(v.string()), []),
});
export type Settings = v.InferOutput<typeof Settings>;

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const r = v.safeParse(Settings, raw ?? {});
  return r.success ? r.output : { disabledSites: [] };
}

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
