import type { PageState } from '../shared/messages';
import { siteOf, type SettingsStore, type StorageArea } from '../shared/settings-store';

const key = (tabId: number) => `tab:${tabId}`;
const siteKey = (tabId: number) => `site:${tabId}`;

/**
 * Per-tab on/off, kept in storage.session so it survives the service worker being stopped.
 * A tab with no explicit choice follows the site switch (from the settings store).
 */
export class TabState {
  constructor(
    private readonly session: StorageArea,
    private readonly settings: SettingsStore,
  ) {}

  /**
   * Without the "tabs" permission the background cannot read tab URLs, so each content script
   * reports its page and we remember the tab's site (for the per-site switch and the popup).
   */
  async rememberTabSite(tabId: number, url: string): Promise<void> {
    await this.session.set({ [siteKey(tabId)]: siteOf(url) });
  }

  async rememberedSite(tabId: number): Promise<string | undefined> {
    const v = (await this.session.get([siteKey(tabId)]))[siteKey(tabId)];
    return typeof v === 'string' ? v : undefined;
  }

  /** Tabs whose content script reported this site (every such tab when `site` is absent). */
  async tabsOfSite(site?: string): Promise<number[]> {
    const all = await this.session.get(null);
    return Object.entries(all)
      .filter(([k, v]) => k.startsWith('site:') && (site === undefined || v === site))
      .map(([k]) => Number(k.slice(5)));
  }

  async tabOverride(tabId: number): Promise<boolean | undefined> {
    const v = (await this.session.get([key(tabId)]))[key(tabId)];
    return typeof v === 'boolean' ? v : undefined;
  }

  async setTabOverride(tabId: number, enabled: boolean): Promise<void> {
    await this.session.set({ [key(tabId)]: enabled });
  }

  async clearTab(tabId: number): Promise<void> {
    await this.session.remove([key(tabId)]);
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.session.remove([key(tabId), siteKey(tabId)]);
  }

  async pageStateFor(tabId: number | undefined, url: string): Promise<PageState> {
    const urlSite = siteOf(url);
    // The tab's remembered site is needed only when the URL has none (the popup may not see tab URLs).
    const [remembered, settings, override] = await Promise.all([
      urlSite || tabId === undefined ? undefined : this.rememberedSite(tabId),
      this.settings.read(),
      tabId === undefined ? undefined : this.tabOverride(tabId),
    ]);
    const site = urlSite || (remembered ?? '');
    const siteDisabled = settings.sites.disabled.includes(site);
    const everywhere = settings.sites.enabled;
    return { site, siteDisabled, everywhere, enabled: override ?? (everywhere && !siteDisabled) };
  }
}
