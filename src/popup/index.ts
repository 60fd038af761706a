/** Toolbar popup entry: furigana switches for the active tab, then the vocabulary lists. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, Responses } from '../shared/messages';
import { renderFuriganaPrefs } from './furigana-prefs-ui';
import { renderFuriganaSwitches } from './furigana-switches';
import { downloadFile } from './vocab/download';
import { VocabPanel } from './vocab/vocab-panel';

const app = document.getElementById('app')!;
const switches = document.createElement('section');
switches.className = 'switches';
switches.setAttribute('aria-label', 'Furigana');
app.append(switches);
void renderFuriganaSwitches(switches);
const prefs = document.createElement('section');
prefs.className = 'furigana-prefs';
prefs.setAttribute('aria-label', 'Furigana preferences');
app.append(prefs);
void renderFuriganaPrefs(prefs);

const send = async <T extends BackgroundRequest>(msg: T) =>
  (await browser.runtime.sendMessage(msg)) as Responses[T['type']];

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
});
app.append(panel.el);
void panel.start();
