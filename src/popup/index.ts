/** Toolbar popup entry: furigana switches for the active tab, then the vocabulary lists. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, Responses } from '../shared/messages';
import { renderFuriganaSwitches } from './furigana-switches';
import { downloadFile } from './vocab/download';
import { VocabPanel } from './vocab/vocab-panel';

const app = document.getElementById('app')!;
const switches = document.createElement('section');
switches.className = 'switches';
switches.setAttribute('aria-label', 'Furigana');
app.append(switches);
void renderFuriganaSwitches(switches);

const send = async <T extends BackgroundRequest>(msg: T) =>
  (await browser.runtime.sendMessage(msg)) as Responses[T['type']];

const panel = new VocabPanel(document, {
  send,
  download: (file) => downloadFile(document, file),
  openSettings: () => void browser.runtime.openOptionsPage(),
});
app.append(panel.el);
void panel.start();
