/**
 * Keep `storage.local` (vocabulary lists, corrections, settings) out of content scripts' reach. Our
 * content script never touches storage (it asks the background), but it runs inside web pages, and
 * Chrome lets content scripts use storage.local by default: TRUSTED_CONTEXTS limits it to the
 * extension's own pages and worker. Firefox has no such setting (there `storage` stays reachable
 * from content scripts; the content script simply does not use it).
 */
interface AccessLevelArea {
  setAccessLevel?: (options: {
    accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
  }) => Promise<void>;
}

/** `local`: Chrome's own chrome.storage.local (the polyfill does not pass setAccessLevel through). */
export function restrictStorageToExtension(
  local: AccessLevelArea = (globalThis as { chrome?: { storage?: { local?: AccessLevelArea } } }).chrome
    ?.storage?.local ?? {},
): void {
  if (typeof local.setAccessLevel !== 'function') return;
  // Restricted is Chrome's default today; set it explicitly so a changed default cannot open it.
  local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((err: unknown) => {
    console.warn(`Yomitoki: could not restrict storage.local to the extension (${String(err)})`);
  });
}
