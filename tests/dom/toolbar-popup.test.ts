/** The toolbar popup's switches (tab, site, every site) and its everyday settings. */
import { describe, expect, it, vi } from 'vitest';
import type { Send } from '../../src/shared/send';
import { memoryBrowserStorage } from '../helpers/memory-area';

/** A stand-in background for one tab on news.example. */
function fakeBackground() {
  const state = { enabled: true, siteDisabled: false, everywhere: true, site: 'news.example' };
  const sent: { type: string }[] = [];
  const send = (async (msg: { type: string; enabled?: boolean; disabled?: boolean }) => {
    sent.push(msg);
    if (msg.type === 'set-tab-enabled') state.enabled = msg.enabled!;
    if (msg.type === 'set-site-disabled') state.siteDisabled = msg.disabled!;
    if (msg.type === 'set-everywhere-enabled') {
      state.everywhere = msg.enabled!;
      state.enabled = msg.enabled! && !state.siteDisabled;
      return { ok: true, everywhere: msg.enabled };
    }
    return { ok: true, ...state };
  }) as unknown as Send;
  return { send, sent };
}

const { renderFuriganaSwitches } = await import('../../src/popup/furigana-switches');
const { mountSettingsForm } = await import('../../src/ui/settings-form');
const { EVERYDAY_FIELDS } = await import('../../src/ui/settings-fields');
const { SettingsStore } = await import('../../src/shared/settings-store');

describe('toolbar popup', () => {
  it('shows the tab, site and every-site switches for the active tab and sends each to the background', async () => {
    const section = document.createElement('section');
    const bg = fakeBackground();
    await renderFuriganaSwitches(section, {
      activeTab: async () => ({ id: 5, url: 'https://news.example/a' }),
      send: bg.send,
    });
    const labels = () => [...section.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels()).toEqual(['Furigana on this tab', 'Off on news.example', 'Furigana on every site']);
    const box = (i: number) => section.querySelectorAll<HTMLInputElement>('input')[i]!;
    expect([box(0).checked, box(1).checked, box(2).checked]).toEqual([true, false, true]);
    box(2).checked = false;
    box(2).dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(box(0).checked).toBe(false));
    expect(box(2).checked).toBe(false);
    expect(bg.sent.map((m) => m.type)).toEqual(['tab-state', 'set-everywhere-enabled', 'tab-state']);
  });

  it('everyday settings: reading size, popup trigger and keyboard terms, written to storage.sync', async () => {
    const storage = memoryBrowserStorage();
    const { sync } = storage;
    const store = new SettingsStore(storage);
    const section = document.createElement('section');
    await mountSettingsForm(section, EVERYDAY_FIELDS, { store });
    expect(
      [...section.querySelectorAll('[data-setting]')].map((r) => (r as HTMLElement).dataset.setting),
    ).toEqual(['look.rubySize', 'look.popupTrigger', 'access.keyboardTerms']);
    const keyboard = section.querySelector<HTMLInputElement>('[data-setting="access.keyboardTerms"] input')!;
    keyboard.checked = true;
    keyboard.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(sync.data.get('settings.access')).toMatchObject({ keyboardTerms: true }));
  });
});
