/** Per-tab on/off over in-memory storage.session and settings. */
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../src/shared/settings-store';
import { TabState } from '../../src/background/tab-state';
import { memoryBrowserStorage } from '../helpers/memory-area';

function tabStateWith(sites: { enabled?: boolean; disabled?: string[] }) {
  const storage = memoryBrowserStorage({ sync: { 'settings.sites': sites } });
  return new TabState(storage.session, new SettingsStore(storage));
}

describe('tab state', () => {
  it.each([
    ['on everywhere', {}, undefined, { siteDisabled: false, everywhere: true, enabled: true }],
    ['site switched off', { disabled: ['news.example'] }, undefined, { siteDisabled: true, enabled: false }],
    ['off everywhere', { enabled: false }, undefined, { everywhere: false, enabled: false }],
    ['tab on, site off', { disabled: ['news.example'] }, true, { siteDisabled: true, enabled: true }],
    ['tab off, everywhere on', {}, false, { everywhere: true, enabled: false }],
  ])('%s', async (_name, sites, override, expected) => {
    const tabs = tabStateWith(sites);
    if (override !== undefined) await tabs.setTabOverride(4, override);
    expect(await tabs.pageStateFor(4, 'https://news.example/a')).toMatchObject({
      site: 'news.example',
      ...expected,
    });
  });

  it('a tab without a URL (the toolbar popup may not see it) uses the site its page reported', async () => {
    const tabs = tabStateWith({ disabled: ['news.example'] });
    expect(await tabs.pageStateFor(4, '')).toMatchObject({ site: '', enabled: true });
    await tabs.rememberTabSite(4, 'https://news.example/a');
    expect(await tabs.pageStateFor(4, '')).toMatchObject({ site: 'news.example', enabled: false });
  });

  it('lists the tabs of a site, and forgets a closed tab with its choice', async () => {
    const tabs = tabStateWith({});
    await tabs.rememberTabSite(4, 'https://news.example/a');
    await tabs.rememberTabSite(5, 'https://other.example/');
    await tabs.rememberTabSite(6, 'https://news.example/b');
    await tabs.setTabOverride(6, false);
    expect(await tabs.tabsOfSite('news.example')).toEqual([4, 6]);
    expect(await tabs.tabsOfSite()).toEqual([4, 5, 6]);
    await tabs.forgetTab(6);
    expect(await tabs.tabsOfSite('news.example')).toEqual([4]);
    expect(await tabs.tabOverride(6)).toBeUndefined();
  });

  it('clearing a tab drops its choice: it follows the site again', async () => {
    const tabs = tabStateWith({});
    await tabs.setTabOverride(4, false);
    await tabs.clearTab(4);
    expect(await tabs.pageStateFor(4, 'https://news.example/a')).toMatchObject({ enabled: true });
  });
});
