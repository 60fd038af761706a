/**
 * First-run page (opened once on install): the three things Yomitoki does, shown on a sample sentence
 * annotated by the real tokenizer host, with the real popup, and where the settings are.
 */
import browser from 'webextension-polyfill';
import type { WordLookup } from '../core/glossary/glossary';
import { RequestError } from '../shared/request-error';
import { sendToBackground } from '../shared/send';
import { uiLanguage } from '../shared/i18n';
import { LookupController } from '../content/popup/lookup-controller';
import { OwnNodes } from '../content/own-nodes';
import { PopupView } from '../content/popup/popup-view';
import { mountWelcome } from './welcome-page';

const send = sendToBackground;

document.documentElement.lang = uiLanguage();
const popup = new PopupView(document);
const own = new OwnNodes();
const lookups = new LookupController(
  document,
  popup,
  async (text, offset): Promise<WordLookup | null> => {
    const res = await send({ type: 'lookup', text, offset });
    if (!res.ok) throw new RequestError(res.code, res.message);
    return res.result;
  },
  own,
);
lookups.enable();

void mountWelcome(document.getElementById('welcome')!, {
  own,
  annotate: async (text) => {
    const res = await send({ type: 'annotate', texts: [text] });
    if (!res.ok) throw new RequestError(res.code, res.message);
    return res.results[0]!;
  },
  openSettings: () => void browser.runtime.openOptionsPage(),
  shortcut: async () =>
    (await browser.commands?.getAll())?.find((c) => c.name === 'toggle-furigana')?.shortcut ?? '',
});
