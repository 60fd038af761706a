/**
 * Settings versions and the steps between them. Pure: stored data in, stored data out (keys of
 * storage.sync), so every step is unit-tested without a browser.
 *
 * - 1 (implicit, no version key): `{ disabledSites: string[] }` under `settings` in storage.local.
 * - 2: sections in storage.sync under `settings.<section>`, version under `settings.version`.
 *
 * A new version adds one step here; values a step does not know are left for the lenient read
 * (readSections) to default.
 */
export const SETTINGS_VERSION = 2;
export const VERSION_KEY = 'settings.version';
export const LEGACY_LOCAL_KEY = 'settings';

type Stored = Record<string, unknown>;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

/** Step from version N to N+1, keyed by N. Storage without a version key is version 1. */
const STEPS: Record<number, (stored: Stored) => Stored> = {
  // 1 → 2: the first version's local copy (or nothing yet): the switched-off sites move to sync.
  1: (stored) => {
    const legacy = stored[LEGACY_LOCAL_KEY];
    const sites = isRecord(stored['settings.sites']) ? stored['settings.sites'] : {};
    const legacySites =
      isRecord(legacy) && Array.isArray(legacy.disabledSites)
        ? legacy.disabledSites.filter((s): s is string => typeof s === 'string')
        : [];
    const disabled = Array.isArray(sites.disabled) ? sites.disabled : [];
    const merged = [...new Set([...disabled, ...legacySites])].sort();
    const out: Stored = { ...stored, 'settings.sites': { ...sites, disabled: merged } };
    delete out[LEGACY_LOCAL_KEY];
    return out;
  },
};

/** Run the steps from `from` to the current version. A version newer than ours is left as it is. */
export function migrateSettings(from: number, stored: Stored): Stored {
  let data: Stored = { ...stored };
  for (let version = Math.max(1, from); version < SETTINGS_VERSION; version++) {
    const step = STEPS[version];
    if (step) data = step(data);
  }
  delete data[LEGACY_LOCAL_KEY];
  return data;
}
