/** Settings page entry: wires its sections to the background and the settings store. */
import browser from 'webextension-polyfill';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { sendToBackground } from '../shared/send';
import { SettingsStore, type SettingsListener } from '../shared/settings-store';
import { ACCESS_FIELDS, EXPORT_FIELDS, FURIGANA_FIELDS, LOOK_FIELDS } from '../ui/settings-fields';
import { mountAboutData } from './about-data';
import { mountAnkiSettings } from './anki-settings';
import { mountDisabledSites } from './disabled-sites';
import { mountKnownWords } from './known-words';
import { mountReadingFixes } from './reading-fixes';
import { mountSettingsSection, mountShortcuts } from './settings-sections';

const send = sendToBackground;

/** Each section is a landmark named by its heading's text, in the reader's language. */
const SECTION_NAMES: Record<string, MessageKey> = {
  'disabled-sites': 'sitesTitle',
  look: 'lookTitle',
  access: 'accessTitle',
  shortcuts: 'shortcutsTitle',
  export: 'exportTitle',
  'reading-fixes': 'fixesTitle',
  anki: 'ankiTitle',
  'about-data': 'dataTitle',
};
const section = (id: string) => {
  const el = document.getElementById(id)!;
  const name = SECTION_NAMES[id];
  if (name) el.setAttribute('aria-label', t(name));
  return el;
};
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
section('title').textContent = t('optionsTitle');

const store = new SettingsStore(browser.storage);
const deps = {
  store,
  subscribe: (fn: SettingsListener) => void store.onChange(fn),
};

void mountDisabledSites(section('disabled-sites'), { send, store, subscribe: deps.subscribe });
void mountSettingsSection(
  section('furigana'),
  { title: 'furiganaTitle', section: 'furigana', fields: FURIGANA_FIELDS },
  deps,
);
void mountSettingsSection(
  section('look'),
  { title: 'lookTitle', section: 'look', fields: LOOK_FIELDS },
  deps,
);
void mountSettingsSection(
  section('access'),
  { title: 'accessTitle', section: 'access', fields: ACCESS_FIELDS },
  deps,
);
void mountShortcuts(section('shortcuts'), {
  // Firefox for Android has no commands API: the section then says no shortcut is set.
  commands: async () => (browser.commands ? browser.commands.getAll() : []),
  openShortcutPage: async () => {
    // Firefox opens its add-ons manager's shortcut panel itself; Chrome has a page for it.
    if (__TARGET__ === 'firefox') await browser.commands.openShortcutSettings();
    else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  },
});
void mountSettingsSection(
  section('export'),
  { title: 'exportTitle', intro: 'exportIntro', section: 'export', fields: EXPORT_FIELDS },
  deps,
);
mountReadingFixes(section('reading-fixes'), { send });
mountKnownWords(section('known-words'), { send });
mountAnkiSettings(section('anki'), {
  send,
  requestPermission: () => browser.permissions.request({ origins: ['http://127.0.0.1:8765/*'] }),
});
mountAboutData(section('about-data'), (file) => browser.runtime.getURL(`licences/${file}`));
