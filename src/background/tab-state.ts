import browser from 'webextension-polyfill';
import type { PageState } from '../shared/messages';
import { readSettings, siteOf } from './settings-store';

/**
 * Per-tab on/off, kept in storage.session so it survives the service worker being stopped.
 * A tab with no explicit choice follows the site switch.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function tabOverride(tabId: number): Promise<boolean | undefined> {
  const v = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return typeof v === 'boolean' ? v : undefined;
}

export async function setTabOverride(tabId: number, enabled: boolean): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: enabled });
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function pageStateFor(tabId: number | undefined, url: string): Promise<PageState> {
  const site = siteOf(url);
  const settings = await readSettings();
  const siteDisabled = settings.disabledSites.includes(site);
  const override = tabId === undefined ? undefined : await tabOverride(tabId);
  return { site, siteDisabled, enabled: override ?? !siteDisabled };
}
