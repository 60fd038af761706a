/** Settings page entry: sites where furigana is off. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, Responses } from '../shared/messages';
import { readSettings } from '../shared/settings-store';
import { mountAnkiSettings } from './anki-settings';
import { mountReadingFixes } from './reading-fixes';

async function render(): Promise<void> {
  const app = document.getElementById('app')!;
  // Validated read (storage can hold anything); the background stays the only writer.
  const sites = (await readSettings()).disabledSites;
  const h = document.createElement('h1');
  h.textContent = 'Yomitoki settings';
  const h2 = document.createElement('h2');
  h2.textContent = 'Sites where furigana is off';
  const list = document.createElement('ul');
  for (const site of sites) {
    const li = document.createElement('li');
    li.textContent = site + ' ';
    const b = document.createElement('button');
    b.textContent = 'Turn back on';
    b.addEventListener('click', async () => {
      await browser.runtime.sendMessage({ type: 'set-site-disabled', site, disabled: false });
      await render();
    });
    li.append(b);
    list.append(li);
  }
  if (sites.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'None.';
    list.append(li);
  }
  app.replaceChildren(h, h2, list);
}

void render();

const send = async <T extends BackgroundRequest>(msg: T) =>
  (await browser.runtime.sendMessage(msg)) as Responses[T['type']];

mountReadingFixes(document.getElementById('reading-fixes')!, { send });

mountAnkiSettings(document.getElementById('anki')!, {
  send,
  requestPermission: () => browser.permissions.request({ origins: ['http://127.0.0.1:8765/*'] }),
});
