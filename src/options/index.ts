/** Settings page entry: wires its sections to the background. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, Responses } from '../shared/messages';
import { mountAboutData } from './about-data';
import { mountAnkiSettings } from './anki-settings';
import { mountDisabledSites } from './disabled-sites';
import { mountKnownWords } from './known-words';
import { mountReadingFixes } from './reading-fixes';

const send = async <T extends BackgroundRequest>(msg: T) =>
  (await browser.runtime.sendMessage(msg)) as Responses[T['type']];

const section = (id: string) => document.getElementById(id)!;

void mountDisabledSites(section('disabled-sites'), { send });
mountReadingFixes(section('reading-fixes'), { send });
mountKnownWords(section('known-words'), { send });
mountAnkiSettings(section('anki'), {
  send,
  requestPermission: () => browser.permissions.request({ origins: ['http://127.0.0.1:8765/*'] }),
});
mountAboutData(section('about-data'), (file) => browser.runtime.getURL(`licences/${file}`));
