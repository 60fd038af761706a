/**
 * Content script entry: wires the furigana controller and the dictionary popup to the background
 * and the page. Holds no logic of its own worth testing; see src/content/furigana and popup.
 */
import { t } from '../shared/i18n';
import browser from 'webextension-polyfill';
import type { WordLookup } from '../core/glossary/glossary';
import { ApplyEnabledMessage, parseMessage } from '../shared/messages';
import { defaultSettings, onSettingsChanged, settingsStore, type Settings } from '../shared/settings-store';
import { annotateTexts, HostError, pageState, request } from './background-client';
import { FuriganaController } from './furigana/furigana-controller';
import { installReaderPrefs } from './furigana/reader-prefs';
import { RubyView } from './furigana/ruby-view';
import { showNotice } from './notice';
import { PageLook } from './page-look';
import { LookupController } from './popup/lookup-controller';
import { installVocabCapture, popupActions } from './popup/popup-actions';
import { PopupView } from './popup/popup-view';

function describe(err: unknown): string {
  if (err instanceof HostError && err.code === 'dictionary-unavailable') {
    return t('noticeDictionary', err.message);
  }
  return t('noticeFailed', err instanceof Error ? err.message : String(err));
}

async function lookup(text: string, offset: number): Promise<WordLookup | null> {
  const res = await request({ type: 'lookup', text, offset });
  if (!res.ok) throw new HostError(res.code, res.message);
  return res.result as WordLookup | null;
}

const rubyView = new RubyView(document);
// Asked while the page loads, like the page state; rubies made before the answer follow it then.
const readerPrefs = installReaderPrefs(rubyView).catch(() => undefined);
const look = new PageLook(document);
const furigana = new FuriganaController(document, {
  annotateTexts,
  lazy: true,
  decorateRuby: rubyView.decorate,
  focusableTerms: () => look.termsFocusable,
  onError: (err) => showNotice(document, describe(err)),
});
/** After a reading correction: annotate the page again so the fix shows at once. */
async function reannotate(): Promise<void> {
  if (!furigana.isEnabled) return;
  furigana.disable();
  await furigana.enable();
}

const popup = new PopupView(document, popupActions(document, { reannotate }));
const lookups = new LookupController(document, popup, lookup, {
  isLoading: async () => {
    const stats = await request({ type: 'host-stats' });
    return stats.ok && !stats.loaded;
  },
});

/** The reader's look, accessibility and popup-trigger settings; changes arrive from any tab at once. */
function applySettings(s: Settings): void {
  look.apply(s);
  lookups.configure({
    trigger: s.look.popupTrigger,
    modifier: s.look.popupModifier,
    hoverDelayMs: s.look.hoverDelayMs,
  });
}
const settings = settingsStore();
onSettingsChanged(settings, applySettings);
installVocabCapture(document, popup);

async function setEnabled(enabled: boolean): Promise<void> {
  if (!enabled) {
    lookups.disable();
    furigana.disable();
    document.documentElement.removeAttribute('data-ytk-ready');
    return;
  }
  lookups.enable();
  await furigana.enable();
  // The end of the first pass, for the end-to-end tests and the benchmark (a timestamp, no globals);
  // not when the reader turned furigana off while the pass ran.
  if (furigana.isEnabled) document.documentElement.setAttribute('data-ytk-ready', String(Date.now()));
}

/** Set once the background pushed a state: the reader's switch, newer than the state asked for at start. */
let pushedState = false;

browser.runtime.onMessage.addListener((raw: unknown) => {
  const msg = parseMessage(ApplyEnabledMessage, raw);
  if (!msg.ok) return undefined;
  pushedState = true;
  void setEnabled(msg.value.enabled);
  return Promise.resolve({ ok: true });
});

/** Resolves once the DOM is parsed (the script runs at document_start). */
function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }));
}

async function start(): Promise<void> {
  try {
    // Ask for this page's state while the page is still loading, so the answer is there when the
    // DOM is ready: the round trip to the background does not add to the time to furigana.
    const state = pageState(location.href);
    // Settings that cannot be read leave the defaults: furigana must not depend on them.
    const stored = settings.read().catch(() => defaultSettings());
    await domReady();
    applySettings(await stored);
    const { enabled } = await state;
    await readerPrefs;
    // A switch flipped while the page loaded (Alt+Shift+F, the toolbar popup) wins over that answer.
    if (enabled && !pushedState) await setEnabled(true);
  } catch (err) {
    showNotice(document, describe(err));
  }
}

void start();
