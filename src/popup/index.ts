/** Toolbar popup entry: furigana switches for the active tab, everyday settings, then the vocabulary lists. */
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/send';
import { renderFuriganaPrefs } from './furigana-prefs-ui';
import { SettingsStore } from '../shared/settings-store';
import { EVERYDAY_FIELDS } from '../ui/settings-fields';
import { mountSettingsForm } from '../ui/settings-form';
import { renderFuriganaSwitches } from './furigana-switches';
import { downloadFile } from '../ui/download';
import { VocabPanel } from './vocab/vocab-panel';

document.documentElement.lang = uiLanguage();
const app = document.getElementById('app')!;
const switches = document.createElement('section');
switches.className = 'switches';
switches.setAttribute('aria-label', t('popupSwitchesLabel'));
const everyday = document.createElement('section');
everyday.className = 'everyday';
everyday.setAttribute('aria-label', t('popupEverydayLabel'));
app.append(switches, everyday);
const send = sendToBackground;
void renderFuriganaSwitches(switches, {
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
  send,
});
const store = new SettingsStore(browser.storage);
void mountSettingsForm(everyday, EVERYDAY_FIELDS, {
  store,
  subscribe: (fn) => void store.onChange(fn),
});
const prefs = document.createElement('section');
prefs.className = 'furigana-prefs';
prefs.setAttribute('aria-label', t('popupFuriganaPrefsLabel'));
app.append(prefs);
void renderFuriganaPrefs(prefs, store);

// The toolbar popup opens this page without a query; "Open in a tab" adds ?tab.
const inTab = new URLSearchParams(location.search).has('tab');
const openInTab = () => {
  void browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html?tab') });
  window.close();
};

const panel = new VocabPanel(document, {
  send,
  download: (file) => downloadFile(document, file),
  openSettings: () => void browser.runtime.openOptionsPage(),
  ...(inTab ? {} : { openInTab }),
  // Firefox closes the toolbar popup when a file picker opens, so import happens in a tab there.
  importInTab: __TARGET__ === 'firefox' && !inTab,
  exportSettings: {
    read: async () => (await store.read()).export,
    save: (patch) => store.update('export', patch),
  },
});
app.append(panel.el);
void panel.start();
