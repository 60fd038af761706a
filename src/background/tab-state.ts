import browser from 'webextension-polyfill';
import type { PageState } from '../shared/messages';
import { readSettings, siteOf } from '../shared/settings-store';

/**
 * Per-tab on/off, kept in storage.session so it survives the service worker being stopped.
 * A tab with no explicit choice follows the site switch.
 */
const key = (tabId: number) => `tab:${tabId}`;
const siteKey = (tabId: number) => `site:${tabId}`;

/**
 * Without the "tabs" permission the background cannot read tab URLs, so each content script
 * reports its page and we remember the tab's site (for the per-site switch and the popup).
 */
export async function rememberTabSite(tabId: number, url: string): Promise<void> {
  await browser.storage.session.set({ [siteKey(tabId)]: siteOf(url) });
}

async function rememberedSite(tabId: number): Promise<string | undefined> {
  const v = (await browser.storage.session.get(siteKey(tabId)))[siteKey(tabId)];
  return typeof v === 'string' ? v : undefined;
}

/** Tabs whose content script reported this site (every such tab when `site` is absent). */
export async function tabsOfSite(site?: string): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([k, v]) => k.startsWith('site:') && (site === undefined || v === site))
    .map(([k]) => Number(k.slice(5)));
}

async function tabOverride(tabId: number): Promise<boolean | undefined> {
  const v = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return typeof v === 'boolean' ? v : undefined;
}

export async function setTabOverride(tabId: number, enabled: boolean): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: enabled });
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), siteKey(tabId)]);
}

export async function pageStateFor(tabId: number | undefined, url: string): Promise<PageState> {
  const urlSite = siteOf(url);
  // The tab's remembered site is needed only when the URL has none (the popup may not see tab URLs).
  const [remembered, settings, override] = await Promise.all([
    urlSite || tabId === undefined ? undefined : rememberedSite(tabId),
    readSettings(),
    tabId === undefined ? undefined : tabOverride(tabId),
  ]);
  const site = urlSite || (remembered ?? '');
  const siteDisabled = settings.sites.disabled.includes(site);
  const everywhere = settings.sites.enabled;
  return { site, siteDisabled, everywhere, enabled: override ?? (everywhere && !siteDisabled) };
}
