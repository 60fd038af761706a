import { describe, expect, it, vi } from 'vitest';

// The settings store reads browser.storage.local: an in-memory stand-in holding two switched-off sites.
const stored = vi.hoisted(() => ({ settings: { disabledSites: ['a.example', 'b.example'] } as unknown }));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: { get: (key: string) => Promise.resolve({ [key]: stored.settings }) } },
  },
}));

const { mountDisabledSites } = await import('../../src/options/disabled-sites');
const { mountAboutData } = await import('../../src/options/about-data');

describe('settings page', () => {
  it('lists switched-off sites and turns one back on through the background', async () => {
    const section = document.createElement('section');
    const sent: unknown[] = [];
    const send = (async (msg: { type: string; site?: string }) => {
      sent.push(msg);
      stored.settings = { disabledSites: ['b.example'] };
      return { ok: true, enabled: true, siteDisabled: false, site: msg.site ?? '' };
    }) as never;
    await mountDisabledSites(section, { send });
    expect([...section.querySelectorAll('li')].map((li) => li.firstChild?.textContent?.trim())).toEqual([
      'a.example',
      'b.example',
    ]);
    section.querySelector('button')!.click();
    await vi.waitFor(() => expect(section.querySelectorAll('li')).toHaveLength(1));
    expect(sent).toEqual([{ type: 'set-site-disabled', site: 'a.example', disabled: false }]);
  });

  it('says when no site is switched off, and ignores settings of the wrong shape', async () => {
    stored.settings = { disabledSites: 'not a list' };
    const section = document.createElement('section');
    await mountDisabledSites(section, { send: (async () => ({ ok: true })) as never });
    expect(section.querySelector('li')?.textContent).toMatch(/^None\./);
  });

  it('credits the EDRDG dictionaries and links the licences shipped with the extension', () => {
    const section = document.createElement('section');
    mountAboutData(section, (f) => `ext://licences/${f}`);
    expect(section.textContent).toContain('Electronic Dictionary Research and Development Group');
    expect(section.textContent).toContain('Creative Commons Attribution-ShareAlike 3.0');
    expect([...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      'ext://licences/ATTRIBUTION.md',
    );
  });
});
