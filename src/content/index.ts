/**
 * Content script entry: wires the furigana controller and the dictionary popup to the background
 * and the page. Holds no logic of its own worth testing; see src/content/furigana and popup.
 */
import { t } from '../shared/i18n';
import browser from 'webextension-polyfill';
import type { WordLookup } from '../core/glossary/glossary';
import { ApplyEnabledMessage, parseMessage } from '../shared/messages';
import { defaultSettings, SettingsStore, type Settings } from '../shared/settings-store';
import { RequestError } from '../shared/request-error';
import { annotateTexts, pageState, request } from './background-client';
import { FuriganaController } from './furigana/furigana-controller';
import { installReaderPrefs } from './furigana/reader-prefs';
import { RubyView } from './furigana/ruby-view';
import { PageNotices } from './notice';
import { OwnNodes } from './own-nodes';
import { PageLook } from './page-look';
import { LookupController } from './popup/lookup-controller';
import { installPopupWiring, popupActions } from './popup-actions';
import { PopupView } from './popup/popup-view';
import { onTrusted } from './trusted-events';

function describe(err: unknown): string {
  if (err instanceof RequestError && err.code === 'dictionary-unavailable') {
    return t('noticeDictionary', err.message);
  }
  return t('noticeFailed', err instanceof Error ? err.message : String(err));
}

async function lookup(text: string, offset: number): Promise<WordLookup | null> {
  const res = await request({ type: 'lookup', text, offset });
  if (!res.ok) throw new RequestError(res.code, res.message);
  return res.result;
}

const notices = new PageNotices(document);
/** Our ruby and term marks, by identity: the popup and "Fix reading" trust nothing else. */
const own = new OwnNodes();
const rubyView = new RubyView(document);
// Asked while the page loads, like the page state; rubies made before the answer follow it then.
const readerPrefs = installReaderPrefs(rubyView).catch(() => undefined);
const look = new PageLook(document);
const furigana = new FuriganaController(document, {
  annotateTexts,
  lazy: true,
  decorateRuby: rubyView.decorate,
  focusableTerms: () => look.termsFocusable,
  onError: (err) => notices.error(describe(err)),
  own,
});
/** After a reading correction: annotate the page again so the fix shows at once. */
async function reannotate(): Promise<void> {
  if (!furigana.isEnabled) return;
  furigana.disable();
  await furigana.enable();
}

const { actions, fix } = popupActions(document, { reannotate });
const popup = new PopupView(document, actions);
const lookups = new LookupController(document, popup, lookup, own, {
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
// The one storage read of the content script: the look, access and popup settings in storage.sync
// (never storage.local, never a write). Everything else it asks the background.
// eslint-disable-next-line no-restricted-syntax -- the settings read above, and only it
const settings = new SettingsStore(browser.storage);
settings.onChange(applySettings);
installPopupWiring(document, popup, notices, fix);

async function setEnabled(enabled: boolean): Promise<void> {
  if (!enabled) {
    lookups.disable();
    furigana.disable();
    return;
  }
  lookups.enable();
  // Nothing marks the page when this is done: a marker would tell every page that Yomitoki is there.
  // Tests and benchmarks watch what the reader sees, the ruby (tests/e2e/helpers/annotated.ts).
  await furigana.enable();
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
  // A page can dispatch its own DOMContentLoaded: only the browser's counts.
  return new Promise((r) => {
    const off = onTrusted(document, 'DOMContentLoaded', () => {
      off();
      r();
    });
  });
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
    notices.error(describe(err));
  }
}

void start();
